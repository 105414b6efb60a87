import type { AttributionClaim } from '../../types';
import type { Draft, ParagraphExtractor } from '../extractor';

// A first attribution extractor: `Name said` / `said Name` in a sentence; the rest of it is the content.
const SAID = /\b((?:[A-Z][\w'-]+\s){0,3}[A-Z][\w'-]+)\s+(said|says|told|stated)\b|\b(said|says)\s+((?:[A-Z][\w'-]+\s?){1,4})/g;

export const attributionExtractor: ParagraphExtractor = {
  name: 'attribution',
  kind: 'attribution',
  scope: 'paragraph',
  extract(paragraph, ctx) {
    const out: Draft<AttributionClaim>[] = [];
    for (const s of paragraph.sentences) {
      const sentence = ctx.model.prose.slice(s.start, s.end);
      for (const m of sentence.matchAll(SAID)) {
        const name = (m[1] ?? m[4]).trim();
        const nameAt = s.start + m.index + (m[1] ? 0 : m[0].indexOf(name));
        const cue = m[2] ?? m[3];
        const cueAt = s.start + m.index + (m[1] ? m[0].lastIndexOf(cue) : 0);
        out.push({
          kind: 'attribution',
          start: s.start,
          end: s.end,
          text: sentence,
          source: { start: nameAt, end: nameAt + name.length, text: name },
          cue: { start: cueAt, end: cueAt + cue.length, text: cue },
          content: { start: s.start, end: s.end, text: sentence },
          vague: false,
          speaker: name,
          role: null,
          via: 'reported-speech',
        });
      }
    }
    return out;
  },
};
