import type { Claim, QuoteClaim } from '../../types';
import type { Paragraph } from '../../text/textModel';
import type { Range } from '../../text/ranges';

/**
 * Verbs (and a few nouns) that hand a quotation to the subject before them: `Trump called it "…"`,
 * `the statement read: "…"`, `Nadler said "maybe" …`. A quotation after one of them is the subject's words.
 */
const ATTRIBUTING = new RegExp(
  '\\b(?:s(?:ai|ay)(?:s|d|ing)?|told|tells?|telling|wr(?:o|i)tes?|writing|written|add(?:s|ed|ing)|ask(?:s|ed)|repl(?:y|ies|ied)|' +
    'expla(?:in|ins|ined)|not(?:e|es|ed)|argu(?:e|es|ed|ing)|claim(?:s|ed)?|insist(?:s|ed)?|warn(?:s|ed|ing)?|urg(?:e|es|ed)|' +
    'call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dub(?:s|bed)|label(?:s|ed|led)|term(?:s|ed)|brand(?:s|ed)|declar(?:e|es|ed)|' +
    'announc(?:e|es|ed)|stat(?:e|es|ed)|tweet(?:s|ed)?|post(?:s|ed)|recall(?:s|ed)|remark(?:s|ed|ing)?|exclaim(?:s|ed)|' +
    'shout(?:s|ed|ing)?|yell(?:s|ed)|chant(?:s|ed|ing)?|reads?|promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)|predict(?:s|ed)|' +
    'suggest(?:s|ed)|acknowledg(?:e|es|ed|ing)|admit(?:s|ted)|conced(?:e|es|ed)|complain(?:s|ed)|accus(?:e|es|ed|ing)|' +
    'prais(?:e|es|ed|ing)|criticiz(?:e|es|ed)|denounc(?:e|es|ed)|defend(?:s|ed)|mock(?:s|ed)|jok(?:e|es|ed)|quip(?:s|ped)|' +
    'continu(?:e|es|ed)|conclud(?:e|es|ed)|testif(?:y|ies|ied)|report(?:s|ed)?|quot(?:e|es|ed|ing)|cit(?:e|es|ed)|echo(?:es|ed)|' +
    'boast(?:s|ed)|lament(?:s|ed)|titled|entitled|headlined|nicknamed|known as|goes by|so-called|according to|statement|' +
    'slogan|motto|headline|message|words?|phrase|cr(?:y|ies|ied)|sang|sing(?:s|ing)?|prays?|hop(?:e|es|ed)|believ(?:e|es|ed)|' +
    'think(?:s)?|thought|feel(?:s)?|felt|want(?:s|ed)?|see(?:s)?|saw|view(?:s|ed)?|consider(?:s|ed)?|deem(?:s|ed)?|' +
    'refer(?:s|red)? to|pointed out|went on|spoke|speak(?:s|ing)?|explained|responded|respond(?:s)?|retort(?:s|ed)|' +
    'counter(?:s|ed)|demand(?:s|ed)|promis(?:ing)|thank(?:s|ed)|greet(?:s|ed)|sa(?:id|ys) in)\\b',
  'i',
);

/** `— Krystal Correa`, `–@realDonaldTrump`: a quotation signed after its closing mark. */
const SIGNED_AFTER = /^[\s,.]*[—–―-]+\s*[@A-Z]/;

/** True when the words name a speaker: an attributing verb among them. */
export function hasAttributingVerb(words: string): boolean {
  return ATTRIBUTING.test(words);
}

/** The index of the sentence, within its paragraph, that holds an offset (binary search), or -1. */
export function sentenceIndex(p: Paragraph, at: number): number {
  let lo = 0;
  let hi = p.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.sentences[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < p.sentences[lo - 1].end ? lo - 1 : -1;
}

/**
 * The claims that name who speaks (an attribution with a source, a quotation with a speaker), to ask
 * whether one overlaps a range by binary search: a rule asks it for every quotation of a long article.
 */
export class Speakers {
  private readonly spans: { start: number; end: number }[];
  /** The furthest end among spans[0..i]: how far back a span may still reach a range. */
  private readonly reach: number[];

  constructor(claims: readonly Claim[]) {
    this.spans = claims.filter(
      (c) => (c.kind === 'attribution' && (c.source !== null || c.speaker !== null)) || (c.kind === 'quote' && c.speaker !== null),
    );
    this.reach = [];
    let far = -1;
    for (const s of this.spans) this.reach.push((far = Math.max(far, s.end)));
  }

  /** True when a speaker's claim overlaps the range. */
  in(r: Range): boolean {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < r.end) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo - 1; j >= 0 && this.reach[j] > r.start; j--) if (this.spans[j].end > r.start) return true;
    return false;
  }
}

/**
 * Whether the words of the quotation's own sentence hand it to a speaker: an attributing verb or a colon
 * before it, a verb of saying or a signature after it, or a fragment (a partial or scare quote) inside a
 * sentence that has a subject of its own.
 */
export function attributedInSentence(prose: string, q: QuoteClaim, sentence: Range): boolean {
  const before = prose.slice(sentence.start, q.start);
  const after = prose.slice(q.end, sentence.end);
  if (/[:,]\s*$/.test(before) && /\S/.test(before)) return true;
  if (ATTRIBUTING.test(before) || SIGNED_AFTER.test(after)) return true;
  // `"…?" asked Sen. Cantwell`, `"…!" LeVell declared`: the sentence may end inside the marks, so the
  // verb after the quotation is looked for past the sentence's end, up to the next quotation.
  const next = prose.slice(q.end, q.end + 80).split(/["“”]/)[0];
  if (ATTRIBUTING.test(next)) return true;
  // A quotation inside a sentence that is not a whole sentence itself is a partial or scare quote: the
  // sentence's subject owns it, or it is no speech at all. So is one run on from a word with no stop or
  // comma between ('between ''X'' and ''Y.''', 'not ''Z.'''): a phrase quoted as a name, not speech.
  return /\p{L}/u.test(before) && (!wholeSentence(q.content.text) || /\p{Ll}\s+$/u.test(before));
}

/** A quotation that is a whole sentence of speech: opens with a capital and ends with its own stop. */
function wholeSentence(words: string): boolean {
  return /^\s*['‘]?\p{Lu}/u.test(words) && /[.?!…]['’]?\s*$/.test(words) && words.trim().split(/\s+/).length >= 4;
}
