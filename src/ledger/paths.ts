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
  const root = normalizeDots(location.root).replace(/[\\/]+$/, '');
  const article = normalizeDots(articlePath);
  const sep = root.includes('\\') && !root.includes('/') ? '\\' : '/';
  // `..` is resolved first, so that `<root>/../x.txt` (outside the root) cannot reach out of `.verity/`.
  const under = article.startsWith(root) && /^[\\/]/.test(article.slice(root.length));
  const relative = under ? article.slice(root.length + 1) : baseName(article);
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

/**
 * The path with its `.` segments dropped and each `..` taken back with the segment before it (never
 * above the start): string operations only, for file paths and URI strings alike. A `..` that would
 * climb above a relative path's start is kept, so the path is then not under any root.
 */
export function normalizeDots(path: string): string {
  if (!/(^|[\\/])\.\.?([\\/]|$)/.test(path)) return path;
  const parts = path.split(/([\\/])/);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i];
    const sep = parts[i - 1] ?? '';
    if (part === '.') continue;
    const last = out.length > 0 ? out[out.length - 1] : null;
    if (part === '..' && last !== null && last.replace(/^[\\/]/, '') !== '..' && last.replace(/^[\\/]/, '') !== '') {
      out.pop();
      continue;
    }
    out.push(out.length === 0 ? part : sep + part);
  }
  const joined = out.join('');
  return joined === '' ? '.' : joined;
}
