import { CLAIM_KINDS, type ClaimKind } from '../engine';
import { entryTable, setEntry } from './entries';
import { CLAIM_STATUSES, LEDGER_VERSION, type ClaimStatus, type HistoryItem, type Ledger, type LedgerEntry, type LedgerSource } from './types';

/** Why a ledger cannot be read, and where (1-based line and column). */
export interface LedgerSyntaxError {
  message: string;
  line: number;
  column: number;
}

/** A field of the wrong type: reported, kept in the file as it was, and not used. */
export type LedgerWarning = LedgerSyntaxError;

export type ParsedLedger = { ok: true; ledger: Ledger; warnings: LedgerWarning[] } | { ok: false; error: LedgerSyntaxError };

/** Thrown by the checks below with the offset of what is wrong. */
class Invalid extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** At most this many wrong-typed fields are reported, each with its line: finding a line reads the text. */
const MAX_WARNINGS = 20;

/** What reading a ledger notes on the way: each position is looked for only when something is wrong. */
interface Reading {
  text: string;
  warnings: LedgerWarning[];
  /** Wrong-typed fields beyond {@link MAX_WARNINGS}, counted. */
  more: number;
}

/**
 * Reads a ledger's text. Never throws: malformed JSON, a newer format version or an entry that does
 * not fit the format give an error with its line, so the user can find and fix it. A byte order mark is
 * skipped. Fields it does not know are kept (`extra`); a known one of the wrong type is kept too, and
 * reported in `warnings`. Linear in the text: an entry's place in it is looked for only to report it.
 */
export function parseLedger(input: string): ParsedLedger {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
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
  const reading: Reading = { text, warnings: [], more: 0 };
  try {
    const ledger = toLedger(data, reading);
    const warnings = reading.more > 0 ? [...reading.warnings, { message: `and ${reading.more} more fields of the wrong type`, line: 1, column: 1 }] : reading.warnings;
    return { ok: true, ledger, warnings };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { ok: false, error: { message: e.message, ...lineColumn(text, e.offset) } };
  }
}

const LEDGER_FIELDS = new Set(['version', 'article', 'entries']);
const ENTRY_FIELDS = new Set(['kind', 'text', 'before', 'after', 'position', 'status', 'sources', 'note', 'checkedAt', 'history']);
const SOURCE_FIELDS = ['url', 'file', 'citation', 'title', 'accessed', 'note'] as const;

function toLedger(data: unknown, reading: Reading): Ledger {
  const { text } = reading;
  if (!isObject(data)) throw new Invalid('the ledger must be a JSON object', 0);
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new Invalid('"version" must be a positive whole number', keyOffset(text, 'version'));
  if (version > LEDGER_VERSION) throw new Invalid(`format version ${version} is newer than this Verity reads (${LEDGER_VERSION}); update Verity`, keyOffset(text, 'version'));
  if (!isObject(data.entries)) throw new Invalid('"entries" must be an object', keyOffset(text, 'entries'));
  const entries = entryTable();
  for (const key of Object.keys(data.entries)) setEntry(entries, key, toEntry(data.entries[key], key, reading));
  const extra = extraFields(data, LEDGER_FIELDS);
  if (data.article !== undefined && typeof data.article !== 'string') {
    warn(reading, '"article" must be a string', () => keyOffset(text, 'article'));
    (extra.fields ??= {}).article = data.article;
  }
  return { version, article: typeof data.article === 'string' ? data.article : '', entries, ...(extra.fields ? { extra: extra.fields } : {}) };
}

function toEntry(raw: unknown, key: string, reading: Reading): LedgerEntry {
  const where = () => keyOffset(reading.text, key);
  const fail = (what: string): never => {
    throw new Invalid(`entry "${key}": ${what}`, where());
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
  const extra = extraFields(raw, ENTRY_FIELDS);
  // An optional field of the wrong type is not used, but kept as written and reported.
  const optional = <T>(field: string, ok: (v: unknown) => v is T, fallback: T): T => {
    const v = raw[field];
    if (v === undefined || ok(v)) return v === undefined ? fallback : v;
    warn(reading, `entry "${key}": "${field}" must be ${field === 'position' ? 'a number' : field === 'checkedAt' ? 'a date and time or null' : 'a string'}`, where);
    (extra.fields ??= {})[field] = v;
    return fallback;
  };
  const entry: LedgerEntry = {
    kind: raw.kind as ClaimKind,
    text: raw.text as string,
    before: optional('before', isString, ''),
    after: optional('after', isString, ''),
    position: optional('position', isNumber, 0),
    status: raw.status as ClaimStatus,
    sources: (sources as Record<string, unknown>[]).map((s) => toSource(s, key, reading)),
    note: optional('note', isString, ''),
    checkedAt: optional('checkedAt', isStringOrNull, null),
    history: (history as Record<string, unknown>[]).map(toHistoryItem),
  };
  if (extra.fields) entry.extra = extra.fields;
  return entry;
}

function toSource(raw: Record<string, unknown>, key: string, reading: Reading): LedgerSource {
  const s: LedgerSource = {};
  const extra = extraFields(raw, new Set(SOURCE_FIELDS));
  for (const k of SOURCE_FIELDS) {
    if (typeof raw[k] === 'string') s[k] = raw[k] as string;
    else if (raw[k] !== undefined) {
      warn(reading, `entry "${key}": a source's "${k}" must be a string`, () => keyOffset(reading.text, key));
      (extra.fields ??= {})[k] = raw[k];
    }
  }
  if (extra.fields) s.extra = extra.fields;
  return s;
}

/** A history item as read; fields it does not know are kept with it. */
function toHistoryItem(raw: Record<string, unknown>): HistoryItem {
  const extra = extraFields(raw, new Set(['status', 'at', 'note']));
  if (raw.note !== undefined && typeof raw.note !== 'string') setEntry((extra.fields ??= {}), 'note', raw.note);
  const note = typeof raw.note === 'string' ? { note: raw.note } : {};
  return { status: raw.status as ClaimStatus, at: raw.at as string, ...note, ...(extra.fields ? { extra: extra.fields } : {}) };
}

/** The fields of `raw` not among `known`, in their order, or nothing when there are none. */
function extraFields(raw: Record<string, unknown>, known: ReadonlySet<string>): { fields?: Record<string, unknown> } {
  let fields: Record<string, unknown> | undefined;
  for (const k of Object.keys(raw)) if (!known.has(k)) setEntry((fields ??= {}), k, raw[k]);
  return { fields };
}

function warn(reading: Reading, message: string, offset: () => number): void {
  if (reading.warnings.length >= MAX_WARNINGS) {
    reading.more++;
    return;
  }
  reading.warnings.push({ message: `${message} (kept as it is, not used)`, ...lineColumn(reading.text, offset()) });
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

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
