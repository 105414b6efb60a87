import { CLAIM_KINDS, parsePublicationTime, type ClaimKind } from '../engine';
import { readLevel, type Level } from './severity';
import { unknownRuleWarnings } from './ruleNames';

export { LEVELS, type Level } from './severity';

/** Verity's settings, read once per change and handed around as a plain object. */
export interface Settings {
  enabledKinds: ClaimKind[];
  languages: string[];
  debounceMs: number;
  dateOrder: 'mdy' | 'dmy';
  /** Severity of each claim kind's diagnostics. */
  claimSeverity: Record<ClaimKind, Level>;
  /** Severity by rule name, over the rule's default. */
  ruleSeverity: Record<string, Level>;
  /** Verified claims: shown as hints (true) or hidden (false). */
  showVerified: boolean;
  /** Publication dates by workspace-relative path (`news/bridge.md`) or absolute URI. */
  publicationDates: Record<string, string>;
  /** Where ledgers live: beside each article, or in a `.verity/` folder at the workspace root. */
  ledgerLocation: 'beside' | 'folder';
  /** At most this many claim diagnostics a document; the claims view lists them all. */
  maxClaimDiagnostics: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enabledKinds: [...CLAIM_KINDS],
  languages: ['plaintext', 'markdown'],
  debounceMs: 300,
  dateOrder: 'mdy',
  claimSeverity: { number: 'information', date: 'information', attribution: 'information', quote: 'information' },
  ruleSeverity: {},
  showVerified: true,
  publicationDates: {},
  ledgerLocation: 'beside',
  maxClaimDiagnostics: 1000,
};

/**
 * Where settings are read from, by key without the `verity.` prefix: a `WorkspaceConfiguration` in VS Code,
 * the `verity` section a language client sends (`workspace/configuration`), a plain object in unit tests.
 */
export interface ConfigurationPort {
  get<T>(key: string): T | undefined;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLevel = (v: unknown) => readLevel(v) !== null;
/** A date or date-time as ISO 8601 that the calendar has: `2024-02-30` is refused with a warning, not dropped unsaid. */
const isIsoDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d\d-\d\d/.test(v) && !('error' in parsePublicationTime(v));

/** Checks each setting's value; a wrong one falls back to its default. */
const VALIDATORS: { [K in keyof Settings]: (v: unknown) => boolean } = {
  enabledKinds: (v) => isStringArray(v) && v.every((k) => CLAIM_KINDS.includes(k as ClaimKind)),
  languages: isStringArray,
  debounceMs: (v) => typeof v === 'number' && v >= 0 && v <= 10000,
  dateOrder: (v) => v === 'mdy' || v === 'dmy',
  claimSeverity: (v) => isRecord(v) && Object.entries(v).every(([k, l]) => CLAIM_KINDS.includes(k as ClaimKind) && isLevel(l)),
  ruleSeverity: (v) => isRecord(v) && Object.values(v).every(isLevel),
  showVerified: (v) => typeof v === 'boolean',
  publicationDates: (v) => isRecord(v) && Object.values(v).every(isIsoDate),
  ledgerLocation: (v) => v === 'beside' || v === 'folder',
  maxClaimDiagnostics: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0,
};

/** The keys of `Settings`: the manifest contributes exactly these under `verity.` (a unit test checks). */
export const SETTING_KEYS = Object.keys(VALIDATORS) as (keyof Settings)[];

/**
 * Reads the settings; a value of the wrong type falls back to the default with a warning, so a typo in
 * settings.json never stops the checks. `overrides` (from `.verity.json`) win over both.
 */
export function readSettings(config: ConfigurationPort, warn: (message: string) => void = () => {}, overrides: Partial<Record<keyof Settings, unknown>> = {}): Settings {
  const out = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  for (const key of SETTING_KEYS) {
    for (const [origin, value] of [['verity.' + key, config.get<unknown>(key)], ['.verity.json ' + key, overrides[key]]] as const) {
      if (value === undefined || value === null) continue;
      if (VALIDATORS[key](value)) {
        const read = levelled(key) ? canonicalLevels(value as Record<string, unknown>) : value;
        if (key === 'ruleSeverity') for (const w of unknownRuleWarnings(Object.keys(read as object), origin)) warn(w);
        out[key] = mergeable(key) ? { ...(out[key] as object), ...(read as object) } : read;
      } else warn(`Setting ${origin} has an invalid value (${JSON.stringify(value)}); using ${JSON.stringify(out[key])}.`);
    }
  }
  return out as unknown as Settings;
}

/** Object settings merge key by key, so setting one claim kind's severity keeps the others. */
function mergeable(key: keyof Settings): boolean {
  return key === 'claimSeverity' || key === 'ruleSeverity' || key === 'publicationDates';
}

function levelled(key: keyof Settings): boolean {
  return key === 'claimSeverity' || key === 'ruleSeverity';
}

/** Levels in their one spelling: `info` (the engine's word) is stored as `information`. */
function canonicalLevels(value: Record<string, unknown>): Record<string, Level> {
  return Object.fromEntries(Object.entries(value).map(([k, l]) => [k, readLevel(l)!]));
}
