import type { Finding } from '../types';
import type { Rule, RuleContext } from './rule';
import { isDate } from './support/claims';
import { parseIsoDay } from './support/calendar';

/**
 * Ages as news writes them: "the 61-year-old", "aged 61", "61 years old", "Smith, 61,". A name starts
 * after no name character, an opening quote ('Smith, 61,') or a particle ("al-Assad, 56,"): with `\b`, a
 * match could start at every letter of "A-A-A-...", each one reading to the end of the run, quadratic
 * in its length.
 */
const AGE =
  /\b(\d{1,3})-year-old\b|\baged\s+(\d{1,3})\b|\b(\d{1,3})\s+years\s+old\b|\bage\s+(?:of\s+)?(\d{1,3})\b|(?:(?<![\w'’-])|(?<=(?:^|[^\w'’-])(?:['’]|[a-z]{1,4}-)))[A-Z][a-zA-Z'’-]+,\s+(\d{1,3}),/g;
/** Birth years: "born in 1955", "born 12 March 1955", "born March 12, 1955", "(b. 1955)". */
const BORN =
  /\b[Bb]orn(?:\s+(?:in|on))?\s+(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?((?:18|19|20)\d\d)\b|\(b\.\s*((?:18|19|20)\d\d)\)/g;

/** Words that bring in another person between an age and a birth year: "45, whose father was born in". */
const KIN = /\b(?:father|mother|parents?|son|daughter|child|children|wife|husband|brother|sister|grand\w+|partner|predecessor|successor)\b/i;

/**
 * "The 61-year-old, born in 1955" in an article of 2021: someone born in 1955 was 65 or 66 in 2021. An
 * age and a birth year in one sentence must agree with the publication year, or with another year the
 * sentence names (the age may be the age at that time: "in 1990 the 35-year-old").
 */
export const ageBirthYear: Rule = {
  id: 'VER015',
  name: 'age-birth-year',
  description: 'An age and a birth year in one sentence do not agree with the date of the article.',
  defaultSeverity: 'error',
  scope: 'paragraph',
  run(ctx) {
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    const prose = ctx.model.prose;
    let years: Map<number, number[]> | null = null;
    for (const p of ctx.model.paragraphs) {
      // Cheap trigger: a paragraph with no "born" has nothing to check.
      if (!/\b[Bb]orn\b|\(b\./.test(prose.slice(p.start, p.end))) continue;
      years ??= yearsBySentence(ctx);
      for (const s of p.sentences) {
        const finding = checkSentence(ctx, s.start, prose.slice(s.start, s.end), years.get(s.start) ?? []);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

function checkSentence(ctx: RuleContext, base: number, text: string, sentenceYears: number[]): Omit<Finding, 'rule' | 'severity'> | null {
  const born = [...text.matchAll(BORN)][0];
  const age = [...text.matchAll(AGE)][0];
  if (!born || !age) return null;
  // The age and the birth year must be one person's: near each other, no relative named between them.
  const between = text.slice(Math.min(age.index!, born.index!), Math.max(age.index!, born.index!));
  if (between.length > 80 || KIN.test(between)) return null;
  const birthYear = Number(born[1] ?? born[2]);
  const ref = parseIsoDay(ctx.referenceDate);
  // The publication year first, then the other years the sentence names (not the birth year itself).
  const years = [...(ref ? [ref.year] : []), ...sentenceYears.filter((y) => y > birthYear)];
  const value = Number(age[1] ?? age[2] ?? age[3] ?? age[4] ?? age[5]);
  if (years.length === 0 || years.some((y) => value === y - birthYear || value === y - birthYear - 1)) return null;
  const y = years[0];
  const start = base + Math.min(age.index!, born.index!);
  const end = base + Math.max(age.index! + age[0].length, born.index! + born[0].length);
  return {
    message: `Someone born in ${birthYear} was ${y - birthYear - 1} or ${y - birthYear} in ${y}, not ${value}.`,
    start,
    end,
  };
}

/** The years named by the non-relative dates of each sentence, by sentence start. */
function yearsBySentence(ctx: RuleContext): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const c of ctx.claims) {
    if (!isDate(c) || c.relative) continue;
    const y = /^(\d{4})/.exec(c.value);
    if (!y) continue;
    const list = out.get(c.sentence.start) ?? [];
    list.push(Number(y[1]));
    out.set(c.sentence.start, list);
  }
  return out;
}
