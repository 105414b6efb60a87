import { CLAIM_STATUSES, entryAt, LedgerStore, type LedgerEntry, toSource, unreadableMessage, type LedgerSource, type LedgerView } from '../ledger';
import { fetchMarked, markedSource } from './evidence/markSource';
import { choice, stringOption, UsageError, type ParsedArgs } from './args';
import { nodeLedgerFs } from './ledgerNodeFs';
import { terminalSafe } from './output/terminal';
import { readArticle } from './ledgerInputs';
import { singleArticleSettings } from './projectConfig';
import type { CliIo } from './io';

/**
 * `verity mark <file> <claim-id> --status <status> [--source <url-file-or-citation> [--title <title>]
 * [--fetch]] [--note <text>]`: records a fact-checker's verdict in the article's ledger, or `verity mark --reset
 * <file>` to move an unreadable ledger aside. Returns the exit code.
 */
export async function runMark(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.options.has('reset')) return runReset(args, io);
  if (args.operands.length !== 2) throw new UsageError('mark needs a file and a claim id: verity mark <file> <claim-id> --status <status>');
  if (!args.options.has('status')) throw new UsageError(`mark needs --status ${CLAIM_STATUSES.join('|')}`);
  const status = choice(args, 'status', CLAIM_STATUSES, 'unchecked');
  const typed = sourceOf(args);
  const note = stringOption(args, 'note');
  // Scanned as `check` scans it (the same .verity.json and flags), so the ids it prints are found here.
  const configured = singleArticleSettings(args, io);
  const location = configured.location;
  const article = readArticle(args, io, 'mark', configured.options);
  if (!article) return 2;
  const source = typed && markedSource(typed.ref, article.path, location, typed.accessed, typed.title);
  const store = await LedgerStore.open(article.path, nodeLedgerFs, location);
  if (store.unreadable) {
    io.stderr(`verity: ${unreadableMessage(store.path, store.unreadable)} Fix it, or run: verity mark --reset ${article.path}`);
    return 2;
  }
  const view = store.reconcile(article.result, article.text);
  const id = resolveId(args.operands[1], view, store.entries);
  if (id === null) {
    io.stderr(`verity: ${article.path}: no claim with id "${args.operands[1]}" (verity check ${article.path} lists the ids)`);
    return 2;
  }
  if (args.options.has('fetch') && !(source && (await fetchMarked(source, article.path, location, io)))) {
    if (!source) io.stderr('verity: --fetch fetches the source given with --source');
    return 2;
  }
  const entry = await store.setStatus(id, status, { source, note });
  for (const w of store.warnings) io.stderr(`verity: ${store.path}:${w.line}:${w.column}: ${w.message}`);
  if (entry.status === status) io.stdout(terminalSafe(`${article.path}: "${entry.text}" marked ${status} in ${store.path}`));
  // Another writer marked the claim at the same time, later: their status stands, mine is in the history.
  else {
    io.stdout(terminalSafe(
      `${article.path}: "${entry.text}": your ${status} is recorded in its history in ${store.path}, but the claim stays ${entry.status}: ` +
        `another writer marked it so at ${entry.checkedAt ?? 'the same time'}, after you (your source and note are kept)`,
    ));
  }
  return 0;
}

/** The claim id to mark: a claim of the article, or the key of a ledger entry (an orphan, or a claim whose id changed). */
function resolveId(typed: string, view: LedgerView, entries: Readonly<Record<string, unknown>>): string | null {
  const given = typed.replace(/^#/, ''); // as `verity check` prints it
  if (view.states.has(given)) return given;
  const anchored = view.claimOf.get(given);
  if (anchored) return anchored.id;
  return entryAt(entries as Readonly<Record<string, LedgerEntry>>, given) ? given : null;
}

function sourceOf(args: ParsedArgs): { ref: string; title?: string; accessed: string } | undefined {
  const ref = stringOption(args, 'source');
  const title = stringOption(args, 'title');
  if (ref === undefined) {
    if (title !== undefined) throw new UsageError('--title names a source: give the source with --source');
    return undefined;
  }
  if (ref.trim() === '') throw new UsageError('--source needs a URL, a file or a citation');
  return { ref, title, accessed: new Date().toISOString().slice(0, 10) };
}

/** `verity mark --reset <file>`: keeps the ledger as a `.bak` and starts an empty one. */
async function runReset(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.operands.length !== 1) throw new UsageError('mark --reset needs the article file: verity mark --reset <file>');
  const store = await LedgerStore.open(args.operands[0], nodeLedgerFs, singleArticleSettings(args, io).location);
  const backup = await store.reset();
  io.stdout(backup === null ? `${store.path}: no ledger to reset` : `${store.path}: reset to an empty ledger; the old one is kept as ${backup}`);
  return 0;
}
