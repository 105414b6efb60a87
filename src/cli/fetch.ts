import { join } from 'node:path';
import { LedgerStore } from '../ledger';
import { FetchError, fetchSource } from '../sources/fetchSource';
import { stringOption, UsageError, type ParsedArgs } from './args';
import { readArchived, saveArchived, archiveFolder } from './evidence/archive';
import { workspaceRoot } from './evidence/workspace';
import { ledgerLocation } from './ledgerInputs';
import { nodeLedgerFs } from './ledgerNodeFs';
import type { CliIo } from './io';

const WEB = /^https?:\/\//i;

/**
 * `verity fetch <article>`: fetches each web source of the article's ledger not yet archived (all of them
 * with `--refresh`) into `.verity/sources/`; `verity fetch <url>...` fetches addresses into the archive of
 * the current folder's workspace. Nothing is fetched anywhere else: `check` reads the archive. Exit 0
 * when every fetch succeeded, 2 otherwise (each failure a message).
 */
export async function runFetch(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.operands.length === 0) throw new UsageError('fetch needs an article (its sources are fetched) or web addresses: verity fetch <file>|<url>...');
  const timeout = stringOption(args, 'timeout');
  const timeoutMs = timeout === undefined ? undefined : Number(timeout) * 1000;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new UsageError(`--timeout takes seconds, not "${timeout}"`);
  const location = ledgerLocation(args);
  const refresh = args.options.has('refresh');
  let failed = false;
  for (const operand of args.operands) {
    const urls = WEB.test(operand) ? [operand] : await ledgerUrls(operand, location, io);
    if (urls === null) {
      failed = true;
      continue;
    }
    // An address is archived in the workspace of the current folder (a file named in it stands for the folder).
    const root = workspaceRoot(WEB.test(operand) ? join(process.cwd(), 'fetched') : operand, location);
    if (urls.length === 0) io.stdout(`${operand}: no web sources in its ledger`);
    for (const url of urls) failed = !(await fetchOne(url, root, refresh, timeoutMs, io)) || failed;
  }
  return failed ? 2 : 0;
}

/** Fetches one address into the archive (unless it is there already); false when it failed. */
export async function fetchOne(url: string, root: string, refresh: boolean, timeoutMs: number | undefined, io: CliIo): Promise<boolean> {
  if (!refresh && (await readArchived(root, url))) {
    io.stdout(`${url}: already archived in ${archiveFolder(root)} (--refresh fetches it again)`);
    return true;
  }
  try {
    const record = await saveArchived(root, await fetchSource(url, { timeoutMs }));
    io.stdout(`${url}: ${record.bytes} bytes saved in ${archiveFolder(root)} (sha256 ${record.sha256.slice(0, 12)}…)`);
    return true;
  } catch (e) {
    io.stderr(`verity: ${url}: ${e instanceof FetchError ? e.message : `cannot be saved: ${(e as Error).message}`}`);
    return false;
  }
}

/** The web addresses among the sources of an article's ledger, or null when its ledger cannot be read. */
async function ledgerUrls(article: string, location: ReturnType<typeof ledgerLocation>, io: CliIo): Promise<string[] | null> {
  const store = await LedgerStore.open(article, nodeLedgerFs, location);
  if (store.unreadable) {
    io.stderr(`verity: ${store.path} cannot be read: fix it, or run: verity mark --reset ${article}`);
    return null;
  }
  const urls = new Set<string>();
  for (const entry of Object.values(store.entries)) for (const s of entry.sources) if (s.url && WEB.test(s.url)) urls.add(s.url);
  return [...urls];
}
