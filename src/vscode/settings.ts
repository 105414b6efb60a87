import type * as vscode from 'vscode';
import { CLAIM_KINDS, type ClaimKind } from '../engine';

/** Verity's settings, read once per change and handed around as a plain object. */
export interface Settings {
  enabledKinds: ClaimKind[];
  languages: string[];
  debounceMs: number;
  dateOrder: 'mdy' | 'dmy';
}

export const DEFAULT_SETTINGS: Settings = {
  enabledKinds: [...CLAIM_KINDS],
  languages: ['plaintext', 'markdown'],
  debounceMs: 300,
  dateOrder: 'mdy',
};

/** The part of `vscode.workspace` settings are read from: a plain object in unit tests. */
export type ConfigurationPort = Pick<vscode.WorkspaceConfiguration, 'get'>;

/**
 * Reads the settings, falling back to the default for each value of the wrong type and reporting it,
 * so a typo in settings.json never stops the checks.
 */
export function readSettings(config: ConfigurationPort, warn: (message: string) => void = () => {}): Settings {
  const pick = <T>(key: string, fallback: T, valid: (v: unknown) => boolean): T => {
    const value = config.get<unknown>(key);
    if (value === undefined || value === null) return fallback;
    if (valid(value)) return value as T;
    warn(`Setting verity.${key} has an invalid value (${JSON.stringify(value)}); using the default.`);
    return fallback;
  };
  const isStringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  return {
    enabledKinds: pick('enabledKinds', DEFAULT_SETTINGS.enabledKinds, (v) => isStringArray(v) && (v as string[]).every((k) => CLAIM_KINDS.includes(k as ClaimKind))),
    languages: pick('languages', DEFAULT_SETTINGS.languages, isStringArray),
    debounceMs: pick('debounceMs', DEFAULT_SETTINGS.debounceMs, (v) => typeof v === 'number' && v >= 0 && v <= 10000),
    dateOrder: pick('dateOrder', DEFAULT_SETTINGS.dateOrder, (v) => v === 'mdy' || v === 'dmy'),
  };
}
