import { parsePrepositional, prepositionalCueAt } from './accordingTo';
import { contentAfter, contentBefore, quotationBefore, rest, union, type Content, type SentenceContext } from './content';
import { phraseRanges, rangeOf, type Found } from './found';
import { BE_FORMS, INFINITIVE_VERBS, RECIPIENT_VERBS, STANCE_VERBS } from './cueWords';
import { evidentialAt } from './evidential';
import { dashCreditAt, inlineLabelAt } from './inlineLabel';
import { phraseAfter } from './nounPhrase';
import type { Range } from '../../text/ranges';
import { isQuoteMark, type Token } from './tokens';
import { CLAUSE_STOPS, LEADING_FILLERS } from './wordLists';
import { skipTimeForward, verbCueAt, type VerbCue } from './verbCue';
import { sourceAfter, sourceBefore } from './verbSource';

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'it', 'such']);

/**
 * The attributions of one sentence with a verb or prepositional cue, in every order: "X said Y",
 * "Y, X said", "said X", "X, the minister, said", "This was stated by X", "As X has emphasized, Y",
 * "it is claimed that Y", "according to X". Each cue word is looked up once per token.
 */
export function findReportedSpeech(ctx: SentenceContext): Found[] {
  const { tokens } = ctx;
  const out: Found[] = [];
  let firstWord = tokens.findIndex((t) => t.word);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word) {
      if (isQuoteMark(tokens[i]) && firstWord === i - 1) firstWord = i + 1;
      const label = tokens[i].text === ':' ? inlineLabelAt(ctx, i, firstWord) : dashCreditAt(ctx, i);
      if (label) out.push(label);
      continue;
    }
    const prepositional = prepositionalCueAt(ctx, i);
    if (prepositional > 0) {
      const parsed = parsePrepositional(ctx, i, prepositional);
      if (parsed) out.push(parsed.found);
      // Past the source too: a cue inside it ("according to the according to ...") is not another one.
      i = parsed ? Math.max(i + prepositional - 1, parsed.last) : i + prepositional - 1;
      continue;
    }
    const evidential = evidentialAt(ctx, i);
    if (evidential) {
      out.push(evidential.found);
      i = evidential.last;
      continue;
    }
    const cue = verbCueAt(tokens, i, firstWord);
    if (!cue) continue;
    const found = parseVerb(ctx, cue, out[out.length - 1] ?? null, firstWord);
    if (found) {
      out.push(found.attribution);
      i = Math.max(i, found.last);
    }
  }
  return out;
}

interface Parsed {
  attribution: Found;
  /** The last token the attribution used as source or cue. */
  last: number;
}

function parseVerb(ctx: SentenceContext, cue: VerbCue, previous: Found | null, firstWord: number): Parsed | null {
  const { tokens } = ctx;
  if (cue.passive) return parsePassive(ctx, cue, firstWord);
  // ", saying that ...": a participle hangs on its clause's subject, not on a phrase before its comma.
  const hanging = cue.word.form === 'ing' && !BE_FORMS.has(tokens[cue.from - 1]?.lower ?? '');
  let phrase = hanging ? null : sourceBefore(tokens, cue);
  const inverted = !phrase;
  if (!phrase && cue.word.form === 'ing') return participle(ctx, cue, previous, firstWord);
  const joined = /^(?:and|but)$/.test(tokens[cue.from - 1]?.lower ?? '');
  if (!phrase && previous?.source && joined) return coordinated(ctx, cue, previous);
  if (!phrase && joined) return sharedSubject(ctx, cue, firstWord);
  phrase ??= sourceAfter(ctx, cue);
  if (!phrase) return null;
  const from = Math.min(phrase.from, cue.from);
  const last = Math.max(phrase.to, cue.to);
  const after = infinitive(ctx, cue, last) ?? contentAfter(ctx, last + 1);
  const before = from > firstWord ? contentBefore(ctx, from) : after ? null : quotationBefore(ctx, last);
  const content = pickContent(before, after, tokens[last + 1]?.text === ',');
  // "As X noted, Y": the as-clause attributes what follows it.
  const asClause = tokens[from - 1]?.lower === 'as' && tokens[skipTimeForward(tokens, last + 1)]?.text === ',';
  if (!cue.word.strong && !asClause && !speechComplement(tokens, last, before, after, inverted)) return null;
  if (!content && (cue.word.form === 'base' || cue.word.form === 'ing')) return null;
  const { source, role } = phraseRanges(tokens, phrase);
  return { attribution: { ...make(tokens, cue, source, role, content), detached: phrase.aside }, last };
}

/** "declined to comment", "vowed to fight on": the infinitive is what the verb attributes. */
function infinitive(ctx: SentenceContext, cue: VerbCue, last: number): Content | null {
  if (!INFINITIVE_VERBS.has(cue.word.lemma) || ctx.tokens[last + 1]?.lower !== 'to' || !ctx.tokens[last + 2]?.word) return null;
  return rest(ctx, last + 1, true);
}

/** "Cruz urged Republicans to vote and said he was standing on principle": the clause's subject speaks. */
function sharedSubject(ctx: SentenceContext, cue: VerbCue, firstWord: number): Parsed | null {
  const source = clauseSubject(ctx.tokens, cue.from, firstWord);
  const content = source && contentAfter(ctx, cue.to + 1);
  if (!source || !content || (!cue.word.strong && !content.marked)) return null;
  return { attribution: { ...make(ctx.tokens, cue, source, null, content), detached: true }, last: cue.to };
}

/** "X acknowledged Y but insisted Z": the second verb shares the first one's source. */
function coordinated(ctx: SentenceContext, cue: VerbCue, previous: Found): Parsed | null {
  const content = contentAfter(ctx, cue.to + 1);
  if (!content || (!cue.word.strong && !content.marked)) return null;
  return { attribution: { ...make(ctx.tokens, cue, previous.source, previous.role, content), detached: true }, last: cue.to };
}

/**
 * A weak cue ("added", "noted", "reported") attributes only with a complement of speech: `that`, a
 * colon or a quotation after it, a quotation before it, or a clause before it when the cue ends the
 * sentence ("Sales fell, the company reported.").
 */
function speechComplement(tokens: Token[], last: number, before: Content | null, after: Content | null, inverted: boolean): boolean {
  if (after?.marked || before?.quotation) return true;
  let k = last + 1;
  while (k < tokens.length && k < last + 4 && !tokens[k].word) k++;
  const endsSentence = k >= tokens.length;
  return !!before && (endsSentence || inverted);
}

/** "was stated by X", "it is claimed that Y". */
function parsePassive(ctx: SentenceContext, cue: VerbCue, firstWord: number): Parsed | null {
  const { tokens } = ctx;
  const subject = tokens[cue.from - 1];
  if (STANCE_VERBS.has(cue.word.lemma)) return null;
  if (tokens[cue.verb + 1]?.lower === 'by') {
    const phrase = phraseAfter(tokens, cue.verb + 2);
    if (!phrase) return null;
    const anaphoric = cue.from - 1 === firstWord && DEMONSTRATIVES.has(subject.lower) && ctx.previous;
    const content = anaphoric ? { range: ctx.previous!, quotation: false, marked: true } : pickContent(contentBefore(ctx, cue.from - 1), contentAfter(ctx, phrase.to + 1), false);
    const { source, role } = phraseRanges(tokens, phrase);
    return { attribution: make(tokens, cue, source, role, content), last: phrase.to };
  }
  // "it is claimed that ...", "Lawmakers were told that ...": attributed, to nobody named.
  const after = contentAfter(ctx, cue.verb + 1);
  const impersonal = subject?.lower === 'it';
  if (!impersonal && !(RECIPIENT_VERBS.has(cue.word.lemma) && after?.marked)) return null;
  const content = pickContent(impersonal ? contentBefore(ctx, cue.from - 1) : null, after, false);
  if (!content) return null;
  return { attribution: make(tokens, cue, null, null, content), last: cue.verb };
}

/** "..., saying that Y": the speaker is the sentence's subject, or the source of the cue before. */
function participle(ctx: SentenceContext, cue: VerbCue, previous: Found | null, firstWord: number): Parsed | null {
  const { tokens } = ctx;
  const source = previous?.source ?? clauseSubject(tokens, cue.from, firstWord);
  if (!source) return null;
  const content = contentAfter(ctx, cue.to + 1);
  if (!content) return null;
  const attribution = make(tokens, cue, source, previous?.role ?? null, content);
  return { attribution: { ...attribution, detached: source.end <= tokens[cue.from].start }, last: cue.to };
}

/**
 * The subject of the clause a participle hangs on: the name that opens the sentence or follows the
 * nearest comma before it ("When the Air Force chose Northrop, Boeing protested, claiming ...").
 */
function clauseSubject(tokens: Token[], before: number, firstWord: number): Range | null {
  for (let s = before - 2; s >= firstWord && s > before - 40; s--) {
    if (s !== firstWord && tokens[s - 1].text !== ',') continue;
    if (!tokens[s].cap || CLAUSE_STOPS.has(tokens[s].lower) || LEADING_FILLERS.has(tokens[s].lower)) continue;
    // The subject ends before its verb: a word in the past ("released"), or a cue.
    let end = s;
    while (end + 1 < before && end < s + 8 && tokens[end + 1].word && !/ed$/.test(tokens[end + 1].lower) && !CLAUSE_STOPS.has(tokens[end + 1].lower)) end++;
    return rangeOf(tokens, s, end);
  }
  return null;
}

/**
 * A quotation before the cue wins ('"Q," she said'), joined by one after ('"Q1," she said, "Q2."');
 * a cue set off by commas inside its content takes both sides ("The plan, he said, is dead"); else the
 * clause after the cue, or the one before it ("Sales fell, the company said").
 */
function pickContent(before: Content | null, after: Content | null, parenthetical: boolean): Content | null {
  if (before?.quotation) return after?.quotation ? { ...before, range: union(before.range, after.range) } : before;
  if (before && after && parenthetical) return { ...after, range: union(before.range, after.range) };
  return after ?? before;
}

function make(tokens: Token[], cue: Pick<VerbCue, 'from' | 'cueEnd'>, source: Found['source'], role: Found['role'], content: Content | null): Found {
  return { source, role, cue: rangeOf(tokens, cue.from, cue.cueEnd), content: content?.range ?? null, via: content?.quotation ? 'quotation' : 'reported-speech' };
}
