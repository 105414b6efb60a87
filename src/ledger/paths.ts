/** Where ledgers live: beside each article (the default), or all in a `.verity/` folder at a root. */
export type LedgerLocation = { kind: 'beside' } | { kind: 'folder'; root: string };

export const LEDGER_SUFFIX = '.verity.json';
export const LEDGER_FOLDER = '.verity';

/**
 * The ledger's path for an article: `<article>.verity.json` beside it, or
 * `<root>/.verity/<article path under root>.verity.json`. Works on file paths and URI strings alike
 * (string operations only), so the editor can pass `uri.toString()`.
 */
export function ledgerPathFor(articlePath: string, location: LedgerLocation = { kind: 'beside' }): string {
  if (location.kind === 'beside') return `${articlePath}${LEDGER_SUFFIX}`;
  const root = location.root.replace(/[\\/]+$/, '');
  const sep = root.includes('\\') && !root.includes('/') ? '\\' : '/';
  const under = articlePath.startsWith(root) && /^[\\/]/.test(articlePath.slice(root.length));
  const relative = under ? articlePath.slice(root.length + 1) : baseName(articlePath);
  return `${root}${sep}${LEDGER_FOLDER}${sep}${relative}${LEDGER_SUFFIX}`;
}

/** The last segment of a path or URI. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/** The backup a reset moves an unreadable ledger to: `.bak`, then `.2.bak`, ... when earlier ones exist. */
export function backupPath(ledgerPath: string, attempt: number): string {
  return attempt <= 1 ? `${ledgerPath}.bak` : `${ledgerPath}.${attempt}.bak`;
}
