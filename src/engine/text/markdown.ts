import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { markdownNonProseByLines, markdownTooHostile } from './markdownFallback';
import type { Range } from './ranges';

/**
 * Token types whose text is not prose: code, raw HTML, link targets, autolinks, front matter.
 * Link text (`[the report](url)`) stays prose; only its destination and title are masked.
 */
const NOT_PROSE = new Set([
  'codeFenced',
  'codeIndented',
  'codeText',
  'htmlFlow',
  'htmlText',
  'autolink',
  'resourceDestination',
  'resourceTitle',
  'definition',
  'frontmatter',
  'yaml',
  'toml',
  'characterEscape',
]);

/** Markdown syntax characters that are not words: heading marks, emphasis, list bullets, quote marks. */
const MARKUP = new Set([
  'atxHeadingSequence',
  'emphasisSequence',
  'strongSequence',
  'listItemPrefix',
  'blockQuotePrefix',
  'thematicBreak',
  'setextHeadingLine',
  'labelMarker',
  'labelImageMarker',
  'resourceMarker',
  'tableDelimiterRow',
]);

/**
 * The ranges of a Markdown document that are not prose, from a real CommonMark parse (micromark),
 * so that code, HTML, URLs and front matter never yield claims. A document on which the parse would
 * slow down without bound (nesting thousands deep, walls of `*_`) is masked by a line scan instead.
 */
export function markdownNonProse(text: string): Range[] {
  if (markdownTooHostile(text)) return markdownNonProseByLines(text);
  const events = postprocess(
    parse({ extensions: [frontmatter(['yaml', 'toml'])] })
      .document()
      .write(preprocess()(text, undefined, true)),
  );
  const ranges: Range[] = [];
  let depth = 0;
  let openStart = 0;
  for (const [phase, token] of events) {
    const masked = NOT_PROSE.has(token.type);
    if (masked) {
      if (phase === 'enter') {
        if (depth === 0) openStart = token.start.offset;
        depth++;
      } else {
        depth--;
        if (depth === 0) ranges.push({ start: openStart, end: token.end.offset });
      }
    } else if (depth === 0 && phase === 'enter' && MARKUP.has(token.type)) {
      ranges.push({ start: token.start.offset, end: token.end.offset });
    }
  }
  return ranges;
}
