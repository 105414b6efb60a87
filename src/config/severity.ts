import { RULES, type Finding, type Severity } from '../engine';

/**
 * How loud a claim kind or rule is. Configuration spells it as VS Code and LSP do (`information`); the
 * engine's `info` is accepted as the same level on input (settings, `.verity.json`), and this file is the
 * one place that maps between the two vocabularies.
 */
export type Level = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const LEVELS: readonly Level[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The level a configured value names, `info` read as `information`; null for anything else. */
export function readLevel(value: unknown): Level | null {
  if (value === 'info') return 'information';
  return LEVELS.includes(value as Level) ? (value as Level) : null;
}

export const LEVEL_OF_SEVERITY: Record<Severity, Exclude<Level, 'off'>> = { error: 'error', warning: 'warning', info: 'information', hint: 'hint' };
export const SEVERITY_OF_LEVEL: Record<Exclude<Level, 'off'>, Severity> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

const RULE_DEFAULT = new Map(RULES.map((r) => [r.name, LEVEL_OF_SEVERITY[r.defaultSeverity]]));

/** A finding's level: the configured one over the rule's default. */
export function findingLevel(finding: Finding, ruleSeverity: Readonly<Record<string, Level>>): Level {
  return ruleSeverity[finding.rule] ?? RULE_DEFAULT.get(finding.rule) ?? LEVEL_OF_SEVERITY[finding.severity];
}

/**
 * The findings as configured, for the CLI: a rule set `off` reports nothing, the others carry their
 * configured level in the engine's vocabulary. The editor reaches the same levels through {@link findingLevel}.
 */
export function configuredFindings(findings: readonly Finding[], ruleSeverity: Readonly<Record<string, Level>>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = findingLevel(f, ruleSeverity);
    if (level === 'off') continue;
    const severity = SEVERITY_OF_LEVEL[level];
    out.push(severity === f.severity ? f : { ...f, severity });
  }
  return out;
}
