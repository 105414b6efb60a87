import { describeValue, type Claim, type Finding } from '../engine';
import type { Level, Settings } from '../config/settings';
import { findingLevel as configuredLevel } from '../config/severity';
import type { ScannedText } from './claimState';
import { STATUS_LABEL } from './labels';

const KIND_LABEL: Record<Claim['kind'], string> = { number: 'Figure', date: 'Date', attribution: 'Attribution', quote: 'Quotation' };

/** What an editor shows of a claim: its level and message, or null for none. */
export interface ClaimMark {
  level: Exclude<Level, 'off'>;
  message: string;
  verified: boolean;
}

/**
 * A claim as a diagnostic: its kind's level, a hint once verified (or none, with `showVerified: false`),
 * none when ignored.
 */
export function claimMark(claim: Claim, scan: Pick<ScannedText, 'states'>, settings: Pick<Settings, 'showVerified' | 'claimSeverity'>): ClaimMark | null {
  const status = scan.states.get(claim.id)?.status ?? 'unchecked';
  if (status === 'ignored') return null;
  if (status === 'verified' && !settings.showVerified) return null;
  const level = status === 'verified' ? 'hint' : settings.claimSeverity[claim.kind];
  if (level === 'off') return null;
  const suffix = status === 'unchecked' ? '' : ` [${STATUS_LABEL[status]}]`;
  return { level, message: `${KIND_LABEL[claim.kind]} to check: ${describeValue(claim)}${suffix}`, verified: status === 'verified' };
}

/** A finding's level: the setting over the rule's default. */
export function findingLevel(finding: Finding, settings: Pick<Settings, 'ruleSeverity'>): Level {
  return configuredLevel(finding, settings.ruleSeverity);
}
