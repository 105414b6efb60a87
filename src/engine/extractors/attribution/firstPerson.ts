import type { AttributionClaim } from '../../types';
import type { Draft } from '../extractor';
import { spokenRange } from './spoken';

const FIRST_PERSON = new Set(['i', 'we']);

/**
 * "As I said, ..." inside a speaker's speech or a quotation: "I" is the speaker of the speech around it.
 * One sweep over the attributions in text order (they are sorted by start), with a stack of the contents
 * still open.
 */
export function resolveFirstPerson(drafts: Draft<AttributionClaim>[]): void {
  const open: Draft<AttributionClaim>[] = [];
  for (const d of drafts) {
    while (open.length > 0 && spokenRange(open[open.length - 1])!.end <= d.start) open.pop();
    const holder = open[open.length - 1];
    if (holder && d.source && FIRST_PERSON.has(d.source.text.toLowerCase()) && holder.content!.start <= d.start) {
      d.speaker = holder.speaker;
      d.role = holder.role;
      d.vague = holder.vague;
    }
    if (d.content && spokenRange(d)!.end > d.start) open.push(d);
  }
}
