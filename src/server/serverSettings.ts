import { readSettings, type ConfigurationPort, type Settings } from '../config/settings';
import type { ProjectConfig } from '../config/projectConfig';

/** Settings of the language server alone, beside the editor's. */
export interface ServerSettings extends Settings {
  /** How long one check of a document may run before the server stops it, in milliseconds. */
  timeBudgetMs: number;
}

export const DEFAULT_TIME_BUDGET_MS = 10_000;

/**
 * The server's settings: the client's `verity` section (asked through `workspace/configuration`, or
 * pushed with `workspace/didChangeConfiguration`), with `.verity.json` over it. Invalid values fall back
 * to their defaults, with a warning.
 */
export function serverSettings(section: unknown, project: ProjectConfig, warn: (message: string) => void): ServerSettings {
  const values = typeof section === 'object' && section !== null ? (section as Record<string, unknown>) : {};
  const port: ConfigurationPort = { get: <T>(key: string) => values[key] as T | undefined };
  const settings = readSettings(port, warn, project.overrides);
  const budget = values.timeBudgetMs;
  const valid = typeof budget === 'number' && budget >= 100 && budget <= 600_000;
  if (budget !== undefined && budget !== null && !valid) warn(`Setting verity.timeBudgetMs has an invalid value (${JSON.stringify(budget)}); using ${DEFAULT_TIME_BUDGET_MS}.`);
  return { ...settings, timeBudgetMs: valid ? budget : DEFAULT_TIME_BUDGET_MS };
}
