import { EXCERPT_LIMIT, type Locator } from './types';

/**
 * The sentence of a passage around `[start, end)`: a sentence ends at `.`, `!` or `?` before a space, or
 * at a blank line. Clipped to {@link EXCERPT_LIMIT} characters around the match.
 */
export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !boundaryBefore(text, from)) from--;
  let to = end;
  while (to < text.length && !boundaryAfter(text, to)) to++;
  if (to < text.length && /[.!?]/.test(text[to])) to++;
  while (from < start && /\s/.test(text[from])) from++;
  if (to - from > EXCERPT_LIMIT) {
    const room = Math.max(0, EXCERPT_LIMIT - (end - start));
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, from + EXCERPT_LIMIT);
  }
  return { from, to };
}

function boundaryBefore(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (prev === '\n' && (text[i - 2] === '\n' || i < 2)) return true;
  return /\s/.test(prev) && /[.!?]/.test(text[i - 2] ?? '') && !/\d/.test(text[i] ?? '');
}

function boundaryAfter(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' && text[i + 1] === '\n') return true;
  return /[.!?]/.test(c) && (i + 1 >= text.length || /\s/.test(text[i + 1]));
}

/** The locator of an offset in a passage: its line counted on from the passage's first line. */
export function locatorAt(passage: { text: string; locator: Locator }, offset: number): Locator {
  if (passage.locator.line === undefined) return { ...passage.locator };
  let line = passage.locator.line;
  for (let i = passage.text.indexOf('\n'); i >= 0 && i < offset; i = passage.text.indexOf('\n', i + 1)) line++;
  return { ...passage.locator, line };
}
