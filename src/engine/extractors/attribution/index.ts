import { mentionTableSteps } from '../../resolvers/mentionTable';
import { drain, type Steps } from '../../steps';
import { resolveSpeakers } from '../../resolvers/speakers';
import type { AttributionClaim, Span } from '../../types';
import type { Range } from '../../text/ranges';
import type { TextModel } from '../../text/textModel';
import type { Draft, DocumentExtractor, ExtractContext } from '../extractor';
import type { Found } from './found';
import { extendToFollowingQuotes } from './continuations';
import { resolveFirstPerson } from './firstPerson';
import { withoutNested } from './nested';
import { findQuotations, withMarks, type Quotation } from './quotations';
import { findSpeakerLabels } from './speakerLabels';
import { reportedSpeechSteps } from './speechByParagraph';
import { isVagueSource } from './vague';

export { quoteExtractor } from './quoteExtractor';

/**
 * Who said what: speaker labels, reported speech and `according to`, with source, cue and content spans
 * as PARC and PolNeAR annotate them, each source resolved to the fullest name the article gives.
 *
 * A claim's own range is its source and cue ("Smith said", "according to the ministry", a speaker label
 * line): short enough for a diagnostic squiggle, and clear of the figures and dates inside the content,
 * which carry their own claims and point back here through `attribution.attributionId`. A cue that
 * shares its source with another ("but insisted", ", saying") is a claim of its own words only.
 */
export const attributionExtractor: DocumentExtractor = {
  name: 'attribution',
  kind: 'attribution',
  scope: 'document',
  extract(ctx) {
    return drain(attributionSteps(ctx));
  },
  steps: (ctx) => attributionSteps(ctx),
};

/** The attribution extractor's work, pausing between its stages and within the long ones. */
function* attributionSteps(ctx: ExtractContext): Steps<Draft[]> {
  const { model } = ctx;
  const table = yield* mentionTableSteps(model);
  yield;
  const labels = findSpeakerLabels(model, table);
  const speech = yield* reportedSpeechSteps(model, new Set(labels.map((l) => l.cue.start)));
  yield;
  const found = withoutOverlaps(
    [...labels, ...speech]
      .map((f) => ({ f, at: blockOf(f).start }))
      .sort((a, b) => a.at - b.at)
      .map((x) => x.f),
  );
  const resolved = resolveSpeakers(
    table,
    found.map((f) => ({ source: f.source && span(model, withoutComma(model, f.source)), role: f.role && model.text.slice(f.role.start, f.role.end) })),
  );
  yield;
  const drafts = found.map((f, i): Draft<AttributionClaim> => {
    const block = blockOf(f);
    const source = f.source && span(model, f.source);
    const who = resolved[i];
    return {
      kind: 'attribution',
      ...block,
      text: model.text.slice(block.start, block.end),
      source,
      cue: span(model, f.cue),
      content: f.content && span(model, f.content),
      vague: !who.named && (source === null || isVagueSource(source.text.replace(/,$/, ''))),
      speaker: who.speaker,
      role: who.role,
      via: f.via,
    };
  });
  const quotes = findQuotations(model);
  splitAtCue(model, drafts, quotes);
  extendToFollowingQuotes(model, drafts, quotes);
  resolveFirstPerson(drafts);
  return withoutNested(drafts, quotes);
}

/**
 * The attributions whose claim range starts after the previous one ends. "according to the according to
 * the ..." reads a source that is itself the next cue; two claims of one kind never overlap.
 */
function withoutOverlaps(found: Found[]): Found[] {
  let end = -1;
  return found.filter((f) => {
    const block = blockOf(f);
    if (block.start < end) return false;
    end = block.end;
    return true;
  });
}

/** The source and cue together: the claim's own range. */
function blockOf(f: Found): Range {
  if (!f.source || f.detached) return f.cue;
  return { start: Math.min(f.source.start, f.cue.start), end: Math.max(f.source.end, f.cue.end) };
}

function span(model: TextModel, r: Range): Span {
  return { start: r.start, end: r.end, text: model.text.slice(r.start, r.end) };
}

/** The source without the comma that closes its apposition: the resolver reads names, not punctuation. */
function withoutComma(model: TextModel, r: Range): Range {
  return model.text[r.end - 1] === ',' ? { start: r.start, end: r.end - 1 } : r;
}

/**
 * '"Q1," she said, "Q2."': the content is the quotation before the cue, as PolNeAR marks it, and the one
 * after it continues the speech.
 */
function splitAtCue(model: TextModel, drafts: Draft<AttributionClaim>[], quotes: readonly Quotation[]): void {
  let byStart: Map<number, number> | null = null;
  for (const d of drafts) {
    const c = d.content;
    if (d.via !== 'quotation' || !c || !d.cue || !(c.start < d.cue.start && d.cue.end < c.end)) continue;
    byStart ??= new Map(quotes.map((q, i) => [q.start, i]));
    const k = byStart.get(c.start) ?? -1;
    const first = quotes[k];
    if (!first || first.end > d.cue.start) continue;
    let next = k + 1;
    while (next < quotes.length && quotes[next].start < d.cue.end) next++;
    const end = withMarks(first, model.prose).end;
    const from = quotes[next] && quotes[next].start < c.end ? quotes[next].start : d.cue.end;
    d.content = { start: c.start, end, text: model.text.slice(c.start, end) };
    d.continued = { start: from, end: c.end, text: model.text.slice(from, c.end) };
  }
}
