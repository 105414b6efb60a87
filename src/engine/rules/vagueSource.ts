import { isEvidential } from '../extractors/attribution/evidential';
import type { AttributionClaim } from '../types';
import type { Rule } from './rule';

/**
 * A source with no name ("experts say", "officials said", "it is claimed") cannot be asked whether it
 * said so. Each vague attribution gets a note on its source and cue, so the editor can name the source
 * or drop the claim. Evidential cues ("Trump is expected to win", "it seems that") name no source
 * because they attribute nothing anyone said: they get no note.
 */
export const vagueSource: Rule = {
  id: 'VER002',
  name: 'vague-source',
  description: 'A claim is attributed to a source with no name.',
  defaultSeverity: 'info',
  scope: 'paragraph',
  run(ctx) {
    return ctx.claims
      .filter((c): c is AttributionClaim => c.kind === 'attribution' && c.vague && !isEvidential(c))
      .map((c) => ({
        message: c.source
          ? `Vague source: "${c.source.text}" names nobody a reader could check with. Who, exactly?`
          : `"${c.text}" names no source. Who says so?`,
        start: c.start,
        end: c.end,
        claimId: c.id,
      }));
  },
};
