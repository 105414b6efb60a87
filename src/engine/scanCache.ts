import { carryFocus } from './resolvers/dateFocus';
import type { Draft } from './extractors/extractor';
import type { ReferenceDate } from './resolvers/referenceDate';
import type { SpellingReads } from './rules/nameSpelling';
import type { TextEdit } from './text/textEdit';
import type { Paragraph, TextModel } from './text/textModel';
import type { Claim, Finding } from './types';

/** What the paragraph extractors found in one paragraph, one list per extractor, in document offsets. */
export type ParagraphDrafts = Draft[][];

/** The scan a re-scan starts from: its model, its context and what each of its paragraphs held. */
export interface PreviousScan {
  model: TextModel;
  /** The publication date and date order the extractors ran with. */
  context: string;
  found: ParagraphDrafts[];
  /** The paragraphs where an extractor failed: extracted again, so that the failure is reported again. */
  failed: Set<number>;
}

/**
 * The last complete scan, which a word edit (`incremental/`) moves rather than repeats. Its claims
 * belong to the cache: the next scan may move them in place.
 */
export interface LastScan {
  text: string;
  model: TextModel;
  /** The options the scan ran with, as one string. */
  options: string;
  reference: ReferenceDate;
  /** Every claim, whatever kinds the options asked for, sorted, with ids and attributions. */
  claims: Claim[];
  /** Each claim's id base (kind, text, context words), before numbering. */
  bases: string[];
  /**
   * The claims whose extent (their range and their spans: a speech's content may stand paragraphs away)
   * crosses a paragraph's end.
   */
  crossing: Claim[];
  /**
   * The speaker labels' attributions (never in a paragraph a word edit changes, since a label's line ends
   * in a colon; a word edit moves them in place).
   */
  labels: Claim[];
  /** The longest claim's length: how far before an edit a claim can start and still reach it. */
  longest: number;
  findings: Finding[];
  /**
   * What name-spelling turned on (the surnames it checked, the lower-case words it asked about): a word
   * edit that touches none of them leaves its findings, and what it turns on, as they were.
   */
  spelling: SpellingReads;
}

/** How the scans with a cache ran: a word edit moved the last result, or the scan ran in full. */
export interface ScanStats {
  wordEdits: number;
  full: number;
}

/**
 * Remembers one document's last scan so that the next one re-extracts only the paragraphs an edit
 * touched: the rest are found by position (moved by the edit's length change) and checked to hold the
 * very same text. Also keeps each claim's id base while the words around it are unchanged, and the last
 * complete result, which a keystroke inside a word only moves. Keep one per open document.
 *
 * The claims of a result scanned with a cache belong to the cache: the next scan with it may move them
 * in place (copying 2,600 claims took longer than the rest of a keystroke's re-check). Keep the newest
 * result only, or copy one you keep.
 */
export class ParagraphCache {
  previous: PreviousScan | null = null;
  /** Each draft's id base (kind, text and context words), computed once per draft object. */
  readonly idBases = new WeakMap<Draft, string>();
  /**
   * The last scan's id bases by kind, start and text: the document-wide extractors (attributions,
   * quotations) make new drafts on every scan, so their claims are found again by where they stood.
   */
  basesAt = new Map<string, string>();
  /** The last complete scan, for a word edit to move. */
  last: LastScan | null = null;
  readonly stats: ScanStats = { wordEdits: 0, full: 0 };

  /**
   * The previous scan's drafts for `p` of the new model, moved to its place, when the paragraph is
   * unchanged and the extractors ran in the same context; `cursor` walks the previous paragraphs in order.
   */
  reuse(model: TextModel, p: Paragraph, edit: TextEdit, context: string, cursor: { at: number }): ParagraphDrafts | null {
    const prev = this.previous;
    if (!prev || prev.context !== context) return null;
    const delta = edit.newEnd - edit.oldEnd;
    const oldStart = p.end <= edit.start ? p.start : p.start >= edit.newEnd ? p.start - delta : -1;
    if (oldStart < 0) return null;
    const paras = prev.model.paragraphs;
    while (cursor.at < paras.length && paras[cursor.at].start < oldStart) cursor.at++;
    const old = paras[cursor.at];
    if (!old || old.start !== oldStart || old.end - old.start !== p.end - p.start || prev.failed.has(cursor.at)) return null;
    if (!sameBody(prev.model.prose, model.prose, old, p) || !sameBody(prev.model.text, model.text, old, p)) return null;
    const shiftBy = p.start - old.start;
    const found = prev.found[cursor.at];
    return shiftBy === 0 ? found : found.map((list) => list.map((d) => this.moved(d, shiftBy)));
  }

  /** The draft moved by `delta`, keeping its id base: the scan checks that its context is unchanged. */
  private moved(d: Draft, delta: number): Draft {
    const copy = shift(d, delta);
    const base = this.idBases.get(d);
    if (base) this.idBases.set(copy, base);
    return copy;
  }
}

/** A draft's place in `ParagraphCache.basesAt`, at `start`. */
export function baseKey(d: Draft, start: number): string {
  return `${d.kind}:${start}:${d.text}`;
}

function sameBody(a: string, b: string, pa: Paragraph, pb: Paragraph): boolean {
  return a.slice(pa.start, pa.end) === b.slice(pb.start, pb.end);
}

/** A copy of the draft with every offset moved by `delta`. */
export function shift(d: Draft, delta: number): Draft {
  const moved: Record<string, unknown> = { ...d, start: d.start + delta, end: d.end + delta };
  for (const key of ['source', 'cue', 'content', 'continued'] as const) {
    const span = (d as Record<string, unknown>)[key] as { start: number; end: number; text: string } | null | undefined;
    if (span) moved[key] = { ...span, start: span.start + delta, end: span.end + delta };
  }
  // A date told from the period in focus stays so where its paragraph moved.
  carryFocus(d, moved);
  return moved as Draft;
}

/**
 * The results of a pure function of a paragraph's text, kept from scan to scan, for the document-wide
 * stages (attributions, names) that re-read every paragraph on every keystroke: an unchanged paragraph
 * is looked up, not parsed again. The paragraph's text and the context the function reads beside it
 * (a character before it, the next paragraph, the quotations reaching it) together say what it
 * returns; the text is the map's key (a slice of the document: no copy) and the short context is
 * compared on a hit, so no long key is built. Values hold offsets relative to the paragraph, so that
 * a paragraph moved by an edit is found again. Two generations bound the memory: when the current one
 * is full it becomes the older one, and entries still in use are carried over on their next read.
 */
export class TextMemo<V> {
  private current = new Map<string, MemoEntry<V>[]>();
  private older = new Map<string, MemoEntry<V>[]>();

  /** `limit`: texts a generation holds, a few times the paragraphs of a long document. */
  constructor(private readonly limit: number) {}

  /** The value remembered for `text` in `context`, else `make()`'s, remembered. Values are shared: never mutate them. */
  get(text: string, context: string, make: () => V): V {
    const entries = this.current.get(text);
    const known = entries?.find((e) => e.context === context);
    if (known) return known.value;
    const old = this.older.get(text)?.find((e) => e.context === context);
    const entry = old ?? { context, value: make() };
    if (entries) {
      // The same text in a few contexts (a paragraph repeated in the document) each keeps its value.
      if (entries.length >= CONTEXTS_PER_TEXT) entries.shift();
      entries.push(entry);
      return entry.value;
    }
    if (this.current.size >= this.limit) {
      this.older = this.current;
      this.current = new Map();
    }
    this.current.set(text, [entry]);
    return entry.value;
  }
}

interface MemoEntry<V> {
  context: string;
  value: V;
}

/** Contexts remembered for one text. */
const CONTEXTS_PER_TEXT = 4;
