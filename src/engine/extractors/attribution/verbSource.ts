import type { SentenceContext } from './content';
import { phraseAfter, phraseBefore, type Phrase } from './nounPhrase';
import { isQuoteMark, type Token } from './tokens';
import { skipAdjunctsBack, type VerbCue } from './verbCue';

/** The source before the cue: "X said", "X also said", "X, the minister, said", "X, who said". */
export function sourceBefore(tokens: Token[], cue: VerbCue): Phrase | null {
  const k = skipAdjunctsBack(tokens, cue.from - 1);
  if (k < 0) return null;
  if (tokens[k].lower === 'who' && tokens[k - 1]?.text === ',') return phraseBefore(tokens, k - 2);
  if (tokens[k].text === ')') return parenthesized(tokens, k);
  if (tokens[k].word) return phraseBefore(tokens, k);
  if (tokens[k].text !== ',') return null;
  // "X, the minister, said": the role is between the commas, the name before them.
  for (let c = k - 1; c >= 0 && c > k - 30; c--) {
    const t = tokens[c];
    if (isQuoteMark(t) || t.text === ';') return null;
    if (t.text !== ',') continue;
    const name = tokens[c - 1]?.text === ')' ? parenthesized(tokens, c - 1) : phraseBefore(tokens, c - 1);
    if (!name || !tokens.slice(name.from, name.to + 1).some((w) => w.cap) || c === k - 1) return null;
    const opener = tokens[c + 1].lower;
    // "The president, according to two aides, told ...", "Trump, speaking to veterans, said": an aside,
    // not a role; PolNeAR's source is the name alone.
    if (opener === 'according' || opener === 'in' || /ing$/.test(opener)) return { ...name, aside: true };
    // "A spokesman, who was not authorized to speak, said": the clause stays in the source (it tells a
    // vague source), not a role.
    if (opener === 'who' || opener === 'which' || opener === 'whose') return { from: name.from, to: k };
    // The closing comma belongs to the apposition: PolNeAR's source is "Brazile's colleague, Jake Tapper,".
    return { from: name.from, to: k, role: { from: c + 1, to: k - 1 } };
  }
  return null;
}

/**
 * The source after the cue, where the cue opens a clause: '"Q," said Smith', "Sales fell, said the
 * company", or a sentence that starts with the cue.
 */
export function sourceAfter(ctx: SentenceContext, cue: VerbCue): Phrase | null {
  const prev = ctx.tokens[cue.from - 1];
  if (prev?.word) return null;
  const phrase = phraseAfter(ctx.tokens, cue.to + 1);
  return phrase && invertedSource(ctx, cue.from, phrase.from) ? phrase : null;
}

/** "Sen. Lindsey Graham (R-S.C.) said": the name before the parenthesis, which stays in the source. */
function parenthesized(tokens: Token[], close: number): Phrase | null {
  for (let k = close - 1; k > 0 && k > close - 12; k--) {
    if (tokens[k].text === '(') {
      const name = phraseBefore(tokens, k - 1);
      return name && { from: name.from, to: close };
    }
    if (tokens[k].text === ')') return null;
  }
  return null;
}

/**
 * "said Smith" after a quotation ('"Q," said Smith') or a clause ("Sales fell, said Smith"): after a
 * comma the source must read as a name or a noun phrase, not a pronoun ("..., called it a plan").
 */
function invertedSource(ctx: SentenceContext, cueFrom: number, sourceFrom: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[cueFrom - 1];
  if (!prev) return true;
  // After a quotation's closing mark, not an opening one ('the president "believes he won"').
  const mark = isQuoteMark(prev) ? prev : prev.text === ',' && isQuoteMark(tokens[cueFrom - 2]) ? tokens[cueFrom - 2] : null;
  if (mark) return ctx.quotesByEnd.has(mark.end);
  const first = tokens[sourceFrom];
  return first.cap || first.lower === 'the' || first.lower === 'a' || first.lower === 'an';
}
