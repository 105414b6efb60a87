import { Minimatch } from 'minimatch';
import type { Settings } from './settings';

/** What a `.verity.json` at a workspace folder's root holds (schema: schemas/verity.schema.json). */
export interface ProjectConfig {
  /** Settings over the editor's own; invalid values are reported by `readSettings`. */
  overrides: Partial<Record<keyof Settings, unknown>>;
  /** Files not to check, as patterns relative to the folder. */
  ignoreFiles: FileGlob[];
}

/** One glob of `ignoreFiles`, for paths relative to the workspace folder (`/` between folders). */
export interface FileGlob {
  readonly glob: string;
  test(path: string): boolean;
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
  let ignoreFiles: FileGlob[] = [];
  for (const [key, value] of Object.entries(data)) {
    // `sources` names the reference folder `verity check` reads (src/cli/evidence/); the editor does not yet.
    if (key === '$schema' || key === 'sources') continue;
    if (key === 'ignoreFiles') {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) ignoreFiles = readGlobs(value, errors);
      else errors.push('.verity.json: ignoreFiles must be a list of glob patterns');
    } else if (SETTING_NAMES.has(key)) overrides[key as keyof Settings] = value;
    else errors.push(`.verity.json: unknown setting "${key}"`);
  }
  return { config: { overrides, ignoreFiles }, errors };
}

/** The globs that minimatch accepts; each one it refuses is reported and left out. */
function readGlobs(globs: string[], errors: string[]): FileGlob[] {
  const out: FileGlob[] = [];
  for (const glob of globs) {
    try {
      out.push(fileGlob(glob));
    } catch (e) {
      errors.push(`.verity.json: ignoreFiles pattern "${glob.slice(0, 80)}" is not a glob minimatch can read (${(e as Error).message})`);
    }
  }
  return out;
}

/**
 * `drafts/**`, `*.txt`, `news/?.md`, `*.{md,txt}`: `**` crosses folders, `*` and `?` do not, and they match
 * names that start with a dot too. Matched by minimatch, whose matcher does not backtrack: a glob turned
 * into a regular expression (by hand or by picomatch) takes exponential time on `*a*a*a*a*a*a*a*a*a*a*b`
 * against a long name, and the editor tests every file it checks against every glob. Throws on a glob
 * minimatch refuses (longer than 64 KB, too many extglobs).
 */
export function fileGlob(glob: string): FileGlob {
  const matcher = new Minimatch(glob, { dot: true });
  return { glob, test: (path) => matcher.match(path) };
}
