/** Words that tell a figure went up or down, and the factor the multiplying verbs name. */

/** Verbs and nouns of a rise. "up" is matched apart from "up to", a bound. */
export const RISE_WORDS =
  /\b(?:rose|rise[sn]?|rising|climb(?:ed|s|ing)?|increas(?:e|ed|es|ing)|grew|grow(?:s|n|ing|th)?|jump(?:ed|s|ing)?|soar(?:ed|s|ing)?|surg(?:e|ed|es|ing)|gain(?:ed|s)?|up(?!\s+to\b)|swell(?:ed|s)?|swollen|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing))\b/gi;

/** Verbs and nouns of a fall. */
export const FALL_WORDS =
  /\b(?:fell|fall(?:s|en|ing)?|drop(?:ped|s|ping)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|slump(?:ed|s)?|plung(?:e|ed|es|ing)|shr(?:ank|ink|inks|unk|inking)|tumbl(?:e|ed|es)|dipped|slid(?:e|es)?|down|reduc(?:ed|tion)|halv(?:e|ed|es|ing)|sank|sunk)\b/gi;

/** The factor a multiplying verb names: "doubled" 2, "halved" 0.5; null for other words. */
export function factorOf(word: string): number | null {
  const w = word.toLowerCase();
  if (w.startsWith('doubl')) return 2;
  if (w.startsWith('tripl')) return 3;
  if (w.startsWith('quadrupl')) return 4;
  if (w.startsWith('halv')) return 0.5;
  return null;
}

/** A change word found in the text. */
export interface ChangeWord {
  start: number;
  end: number;
  word: string;
  rise: boolean;
}

/** Every change word of `text`, with offsets shifted by `base`, in order. */
export function changeWords(text: string, base: number): ChangeWord[] {
  const out: ChangeWord[] = [];
  for (const [re, rise] of [[RISE_WORDS, true], [FALL_WORDS, false]] as const) {
    for (const m of text.matchAll(re)) out.push({ start: base + m.index, end: base + m.index + m[0].length, word: m[0], rise });
  }
  return out.sort((a, b) => a.start - b.start);
}
