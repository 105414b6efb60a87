import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LedgerLocation } from '../../ledger';

/**
 * The workspace an article belongs to: `--ledger-root` when given, else the nearest folder above the
 * article holding a `.verity.json`, else the article's own folder. Its `.verity/` holds the source
 * archive and the reference index, beside the ledgers.
 */
export function workspaceRoot(articlePath: string, location: LedgerLocation): string {
  if (location.kind === 'folder') return resolve(location.root);
  const own = dirname(resolve(articlePath));
  for (let dir = own; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.verity.json'))) return dir;
    if (dirname(dir) === dir) return own;
  }
}

/** The reference folder's patterns, `"sources": ["reference/**"]` in the root's `.verity.json`, or a reason it has none. */
export function referencePatterns(root: string): { patterns: string[]; error?: string } {
  const path = join(root, '.verity.json');
  if (!existsSync(path)) return { patterns: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // Said once already, in the one line src/cli/projectConfig.ts gives each broken .verity.json.
    return { patterns: [] };
  }
  const sources = (data as { sources?: unknown } | null)?.sources;
  if (sources === undefined) return { patterns: [] };
  if (!Array.isArray(sources) || !sources.every((s) => typeof s === 'string')) return { patterns: [], error: `${path}: "sources" must be a list of glob patterns` };
  return { patterns: sources as string[] };
}

/** Where a local source stands: under the workspace root (as {@link sourceName} writes it), else beside the article. */
export function sourceCandidates(file: string, articlePath: string, root: string): string[] {
  if (isAbsolute(file)) return [file];
  return [resolve(root, file), resolve(dirname(articlePath), file)];
}

/** How the ledger names a local source: relative to the workspace root when inside it, else to the article's folder. */
export function sourceName(absolute: string, articlePath: string, root: string): string {
  const inRoot = relative(root, absolute);
  const name = !inRoot.startsWith('..') && !isAbsolute(inRoot) ? inRoot : relative(dirname(resolve(articlePath)), absolute);
  return name.split(sep).join('/');
}
