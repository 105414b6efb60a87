import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { toSource, type LedgerLocation, type LedgerSource } from '../../ledger';
import { fetchOne } from '../fetch';
import type { CliIo } from '../io';
import { sourceCandidates, sourceName, workspaceRoot } from './workspace';

/**
 * What `verity mark --source REF` records: a local document as `file` (a path from the current folder,
 * the workspace root or the article's folder, written relative to the root), a link as `url`, anything
 * else as a citation.
 */
export function markedSource(ref: string, articlePath: string, location: LedgerLocation, accessed: string, title?: string): LedgerSource {
  const typed = toSource(ref, accessed);
  const titled = (s: LedgerSource) => (title === undefined ? s : { ...s, title });
  if (typed.url !== undefined) return titled(typed);
  const root = workspaceRoot(articlePath, location);
  const path = [resolve(ref.trim()), ...sourceCandidates(ref.trim(), articlePath, root)].find((p) => existsSync(p) && statSync(p).isFile());
  return titled(path ? { file: sourceName(path, articlePath, root), accessed } : typed);
}

/** `--fetch` with a web source: fetched and archived before the mark is made; false when it failed. */
export function fetchMarked(source: LedgerSource, articlePath: string, location: LedgerLocation, io: CliIo): Promise<boolean> {
  if (!source.url || !/^https?:\/\//i.test(source.url)) {
    io.stderr('verity: --fetch fetches a web source: give --source https://…');
    return Promise.resolve(false);
  }
  return fetchOne(source.url, workspaceRoot(articlePath, location), true, undefined, io);
}
