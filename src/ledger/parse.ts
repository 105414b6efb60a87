import { CLAIM_KINDS, type ClaimKind } from '../engine';
import { CLAIM_STATUSES, LEDGER_VERSION, type ClaimStatus, type HistoryItem, type Ledger, type LedgerEntry, type LedgerSource } from './types';

/** Why a ledger cannot be read, and where (1-based line and column). */
export interface LedgerSyntaxError {
  message: string;
  line: number;
  column: number;
}

export type ParsedLedger = { ok: true; ledger: Ledger } | { ok: false; error: LedgerSyntaxError };

/** Thrown by the checks below with the offset of what is wrong. */
class Invalid extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/**
 * Reads a ledger's text. Never throws: malformed JSON, a newer format version or an entry that does
 * not fit the format give an error with its line, so the user can find and fix it.
 */
export function parseLedger(text: string): ParsedLedger {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = String((e as Error).message);
    const at = /position (\d+)/.exec(message);
    let offset = at ? Number(at[1]) : (unexpectedTokenOffset(message, text) ?? text.length);
    // A missing comma is noticed at the next value, often on the next line: point at the end of the value
    // that wants the comma, where the user has to type it. Anything else (a conflict marker) stays put.
    const missingComma = /after (?:property value|array element)/.test(message) && /["{[\d]/.test(text[offset] ?? '');
    if (missingComma) while (offset > 0 && /\s/.test(text[offset - 1])) offset--;
    return { ok: false, error: { message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, '')}`, ...lineColumn(text, offset) } };
  }
  try {
    return { ok: true, ledger: toLedger(data, text) };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { ok: false, error: { message: e.message, ...lineColumn(text, e.offset) } };
  }
}

function toLedger(data: unknown, text: string): Ledger {
  if (!isObject(data)) throw new Invalid('the ledger must be a JSON object', 0);
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new Invalid('"version" must be a positive whole number', keyOffset(text, 'version'));
  if (version > LEDGER_VERSION) throw new Invalid(`format version ${version} is newer than this Verity reads (${LEDGER_VERSION}); update Verity`, keyOffset(text, 'version'));
  if (!isObject(data.entries)) throw new Invalid('"entries" must be an object', keyOffset(text, 'entries'));
  const entries: Record<string, LedgerEntry> = {};
  for (const [key, raw] of Object.entries(data.entries)) entries[key] = toEntry(raw, key, keyOffset(text, key));
  return { version, article: typeof data.article === 'string' ? data.article : '', entries };
}

function toEntry(raw: unknown, key: string, offset: number): LedgerEntry {
  const fail = (what: string): never => {
    throw new Invalid(`entry "${key}": ${what}`, offset);
  };
  if (!isObject(raw)) return fail('must be an object');
  if (!CLAIM_KINDS.includes(raw.kind as ClaimKind)) fail(`"kind" must be one of ${CLAIM_KINDS.join(', ')}`);
  if (!CLAIM_STATUSES.includes(raw.status as ClaimStatus)) fail(`"status" must be one of ${CLAIM_STATUSES.join(', ')}`);
  if (typeof raw.text !== 'string') fail('"text" must be a string');
  const sources = raw.sources ?? [];
  if (!Array.isArray(sources) || !sources.every(isObject)) fail('"sources" must be a list of objects');
  const history = raw.history ?? [];
  if (!Array.isArray(history) || !history.every((h) => isObject(h) && CLAIM_STATUSES.includes(h.status as ClaimStatus) && typeof h.at === 'string')) {
    fail('"history" must be a list of { status, at }');
  }
  return {
    kind: raw.kind as ClaimKind,
    text: raw.text as string,
    before: typeof raw.before === 'string' ? raw.before : '',
    after: typeof raw.after === 'string' ? raw.after : '',
    position: typeof raw.position === 'number' ? raw.position : 0,
    status: raw.status as ClaimStatus,
    sources: (sources as Record<string, unknown>[]).map(toSource),
    note: typeof raw.note === 'string' ? raw.note : '',
    checkedAt: typeof raw.checkedAt === 'string' ? raw.checkedAt : null,
    history: history as HistoryItem[],
  };
}

function toSource(raw: Record<string, unknown>): LedgerSource {
  const s: LedgerSource = {};
  for (const k of ['url', 'file', 'citation', 'title', 'accessed', 'note'] as const) if (typeof raw[k] === 'string') s[k] = raw[k] as string;
  return s;
}

/**
 * V8 reports an unexpected token without its position but with the text around it, 10 characters on
 * each side: `Unexpected token '<', ..."": 1, "b": <<<<<<< HE"... is not valid JSON`. Finds that text.
 */
function unexpectedTokenOffset(message: string, text: string): number | null {
  const m = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]{0,40})"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!m) return null;
  const [, token, clippedStart, around, clippedEnd] = m;
  const start = text.indexOf(around);
  if (start < 0) return null;
  if (clippedStart) return start + 10;
  return clippedEnd ? start + around.length - 10 : text.indexOf(token, start);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Where a key is written, so an error points at the entry rather than at the top of the file. */
function keyOffset(text: string, key: string): number {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 0 : at;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
