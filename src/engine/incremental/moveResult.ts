import type { StageError } from '../extractParagraph';
import type { ExtractContext } from '../extractors/extractor';
import { activeRules, RULES } from '../rules';
import type { Paragraph, TextModel } from '../text/textModel';
import { sortRanges } from '../text/ranges';
import type { Claim, Finding } from '../types';

/**
 * The findings of the rules that read one paragraph at a time, run on the edited paragraph alone, by
 * rule; null when a rule failed (the full scan reports it).
 */
export function paragraphFindings(model: TextModel, edited: Paragraph, claims: readonly Claim[], ctx: ExtractContext, errors: StageError[]): Map<string, Finding[]> | null {
  const view: TextModel = { ...model, paragraphs: [edited] };
  const out = new Map<string, Finding[]>();
  for (const rule of activeRules(model.ignores.rules)) {
    if (rule.scope !== 'paragraph') continue;
    try {
      const found = rule.run({ ...ctx, model: view, claims });
      out.set(
        rule.name,
        found.filter((f) => f.start >= edited.start && f.start < edited.end).map((f) => ({ ...f, rule: rule.name, severity: rule.defaultSeverity })),
      );
    } catch (e) {
      errors.push({ stage: `rule ${rule.name}`, message: String((e as Error)?.message ?? e) });
      return null;
    }
  }
  return out;
}

/**
 * The last scan's findings moved by the edit, with the edited paragraph's findings of paragraph rules
 * replaced by `local`, in the order a full scan gives: by place, then by rule, then as the rule gave
 * them. Null when a finding would start or end inside the edited word.
 */
export function moveFindings(
  findings: readonly Finding[],
  before: Paragraph,
  move: (x: number) => number,
  local: Map<string, Finding[]>,
  ids: { changed: Map<string, string> },
): Finding[] | null {
  const replaced = (f: Finding) => f.start >= before.start && f.start < before.end && local.has(f.rule);
  const kept: Finding[] = [];
  for (const f of findings) {
    if (replaced(f)) continue;
    const moved = moveFinding(f, move, ids.changed);
    if (!moved) return null;
    kept.push(moved);
  }
  const fresh: Finding[] = [];
  for (const rule of RULES) for (const f of local.get(rule.name) ?? []) fresh.push(f);
  if (fresh.length === 0) return kept;
  // Merge the two sorted lists; at one place, a full scan lists the rules' findings in rule order.
  sortRanges(fresh);
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < fresh.length) {
    if (j >= fresh.length || (i < kept.length && comesFirst(kept[i], fresh[j]))) out.push(kept[i++]);
    else out.push(fresh[j++]);
  }
  return out;
}

/** Whether `a` comes before `b` in a full scan's list: by start, end, then rule order. */
function comesFirst(a: Finding, b: Finding): boolean {
  if (a.start !== b.start) return a.start < b.start;
  if (a.end !== b.end) return a.end < b.end;
  return RULE_ORDER.get(a.rule)! <= RULE_ORDER.get(b.rule)!;
}

const RULE_ORDER = new Map(RULES.map((r, i) => [r.name, i]));

function moveFinding(f: Finding, move: (x: number) => number, changed: Map<string, string>): Finding | null {
  const start = move(f.start);
  const end = move(f.end);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  const claimId = f.claimId && changed.has(f.claimId) ? changed.get(f.claimId) : f.claimId;
  if (start === f.start && end === f.end && claimId === f.claimId && !f.fixes?.some((x) => 'start' in x)) return f;
  const moved: Finding = { ...f, start, end };
  if (f.claimId !== undefined) moved.claimId = claimId;
  if (f.fixes) {
    moved.fixes = f.fixes.map((x) => ('start' in x && typeof x.start === 'number' ? { ...x, start: move(x.start), end: move(x.end) } : x));
    if (moved.fixes.some((x) => 'start' in x && Number.isNaN(x.start))) return null;
  }
  return moved;
}
