import type { CardPart } from '../cards/hoverCard';
import { cardMarkdown } from '../cards/markdown';
import { commandLink } from './commandLinks';

/** A hover card as VS Code shows it: the shared card, with its links to Verity's commands drawn. Pure. */
export function vscodeCardMarkdown(parts: readonly CardPart[]): string {
  return cardMarkdown(parts, (links) => links.map((l) => commandLink(l.label, l.command, l.args)).join(' · '));
}
