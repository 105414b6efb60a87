import type { DocumentFormat } from '../types';
import type { Range } from './ranges';

/**
 * Rules silenced for a whole file by a directive on a line of its own:
 * Markdown `<!-- verity-ignore-file rule-a, rule-b -->`, plain text `// verity-ignore-file rule-a`.
 * With no names, every rule is silenced (claims are still listed).
 */
export interface IgnoreDirectives {
  /** Rule names, or `*` for all. */
  rules: Set<string>;
  /** The directive lines: never prose. */
  ranges: Range[];
}

const MARKDOWN = /^[ \t]*<!--[ \t]*verity-ignore-file\b([^\n]*?)-->[ \t]*$/gm;
const PLAIN = /^[ \t]*\/\/[ \t]*verity-ignore-file\b([^\n]*)$/gm;

export function readIgnoreDirectives(text: string, format: DocumentFormat): IgnoreDirectives {
  const rules = new Set<string>();
  const ranges: Range[] = [];
  // A cheap test first: almost no article has a directive.
  if (!text.includes('verity-ignore-file')) return { rules, ranges };
  for (const m of text.matchAll(format === 'markdown' ? MARKDOWN : PLAIN)) {
    const names = m[1].split(/[\s,]+/).filter(Boolean);
    if (names.length === 0) rules.add('*');
    for (const n of names) rules.add(n);
    ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return { rules, ranges };
}

/** The directive line that silences a rule in this file, for the quick fix that inserts it. */
export function ignoreDirective(rule: string, format: DocumentFormat): string {
  return format === 'markdown' ? `<!-- verity-ignore-file ${rule} -->` : `// verity-ignore-file ${rule}`;
}
