import type { Settings } from './settings';

/** What a `.verity.json` at a workspace folder's root holds (schema: schemas/verity.schema.json). */
export interface ProjectConfig {
  /** Settings over the editor's own; invalid values are reported by `readSettings`. */
  overrides: Partial<Record<keyof Settings, unknown>>;
  /** Files not to check, as patterns relative to the folder. */
  ignoreFiles: RegExp[];
}

export const EMPTY_PROJECT_CONFIG: ProjectConfig = { overrides: {}, ignoreFiles: [] };

const SETTING_NAMES = new Set(['enabledKinds', 'dateOrder', 'claimSeverity', 'ruleSeverity', 'showVerified', 'publicationDates', 'ledgerLocation']);

/**
 * Parses `.verity.json`. Never throws: a broken file gives its error (with the line) and no overrides,
 * so a typo in the shared file never stops the checks.
 */
export function parseProjectConfig(text: string): { config: ProjectConfig; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { config: EMPTY_PROJECT_CONFIG, errors: [`.verity.json is not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { config: EMPTY_PROJECT_CONFIG, errors: ['.verity.json must hold an object of settings'] };
  }
  const errors: string[] = [];
  const overrides: ProjectConfig['overrides'] = {};
  let ignoreFiles: RegExp[] = [];
  for (const [key, value] of Object.entries(data)) {
    // `sources` names the reference folder `verity check` reads (src/cli/evidence/); the editor does not yet.
    if (key === '$schema' || key === 'sources') continue;
    if (key === 'ignoreFiles') {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) ignoreFiles = value.map(globToRegExp);
      else errors.push('.verity.json: ignoreFiles must be a list of glob patterns');
    } else if (SETTING_NAMES.has(key)) overrides[key as keyof Settings] = value;
    else errors.push(`.verity.json: unknown setting "${key}"`);
  }
  return { config: { overrides, ignoreFiles }, errors };
}

/** `drafts/**`, `*.txt`, `news/?.md`: `**` crosses folders, `*` and `?` do not. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        re += '(?:.*/)?';
        i++;
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
