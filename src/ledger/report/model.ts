import { describeValue, LineIndex, type Claim } from '../../engine';
import { where, type Evidence } from '../../engine/evidence';
import type { LedgerView } from '../view';
import type { ClaimStatus, LedgerSource } from '../types';

/** One claim in the report. */
export interface ReportRow {
  claimId: string;
  kind: Claim['kind'];
  text: string;
  /** 1-based line of the claim in the article. */
  line: number;
  sentence: string;
  /** The claim's value in words (`ratio 37/44 = 84.1%`, `DATE 2023-12`). */
  value: string;
  /** Who the article says the claim comes from, or null for the article's own voice. */
  attribution: string | null;
  status: ClaimStatus;
  sources: LedgerSource[];
  note: string;
  checkedAt: string | null;
  /** The text that was checked, when the claim has changed since. */
  changedFrom: string | null;
  /** The passages of its sources that bear on the claim (`verity report` reads the sources); absent without any. */
  evidence?: readonly Evidence[];
}

/** An entry whose claim is no longer in the article. */
export interface OrphanRow {
  entryKey: string;
  kind: Claim['kind'];
  text: string;
  status: ClaimStatus;
  sources: LedgerSource[];
  note: string;
  checkedAt: string | null;
}

/** The fact-check report of one article: every claim grouped by status, with totals. */
export interface FactCheckReport {
  version: 1;
  article: string;
  ledger: string;
  generatedAt: string;
  /** Set when the ledger cannot be read: every claim is then reported as unchecked. */
  ledgerProblem: string | null;
  totals: { claims: number; changed: number; orphaned: number; byStatus: Record<ClaimStatus, number> };
  /** In {@link GROUP_ORDER}; groups without claims are left out. */
  groups: { status: ClaimStatus; rows: ReportRow[] }[];
  orphans: OrphanRow[];
}

/** Problems first: what an editor must act on before publication, then what is done. */
export const GROUP_ORDER: readonly ClaimStatus[] = ['false', 'disputed', 'needs-source', 'unchecked', 'verified', 'ignored'];

/** Builds the report from a scan of the article and the ledger laid over it. Pure. */
export function buildReport(input: {
  articlePath: string;
  text: string;
  claims: readonly Claim[];
  view: LedgerView;
  generatedAt?: Date;
  evidence?: ReadonlyMap<string, readonly Evidence[]>;
}): FactCheckReport {
  const lines = new LineIndex(input.text);
  const rows = input.claims.map((c): ReportRow => {
    const state = input.view.states.get(c.id);
    const entry = state?.entry ?? null;
    const evidence = input.evidence?.get(c.id);
    return {
      claimId: c.id,
      kind: c.kind,
      text: c.text,
      line: lines.positionAt(c.start).line + 1,
      sentence: input.text.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ').trim(),
      value: describeValue(c),
      attribution: c.attribution ? `${c.attribution.source}${c.attribution.role ? `, ${c.attribution.role}` : ''}` : null,
      status: state?.status ?? 'unchecked',
      sources: entry?.sources ?? [],
      note: entry?.note ?? '',
      checkedAt: entry?.checkedAt ?? null,
      changedFrom: state?.changed?.oldText ?? null,
      ...(evidence ? { evidence } : {}),
    };
  });
  const byStatus = Object.fromEntries(GROUP_ORDER.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<ClaimStatus, number>;
  const orphans = input.view.orphans.map(({ key, entry }): OrphanRow => ({
    entryKey: key,
    kind: entry.kind,
    text: entry.text,
    status: entry.status,
    sources: entry.sources,
    note: entry.note,
    checkedAt: entry.checkedAt,
  }));
  return {
    version: 1,
    article: input.articlePath,
    ledger: input.view.path,
    generatedAt: (input.generatedAt ?? new Date()).toISOString(),
    ledgerProblem: input.view.findings.find((f) => f.rule === 'ledger-unreadable')?.message ?? null,
    totals: { claims: rows.length, changed: rows.filter((r) => r.changedFrom !== null).length, orphaned: orphans.length, byStatus },
    groups: GROUP_ORDER.map((status) => ({ status, rows: rows.filter((r) => r.status === status) })).filter((g) => g.rows.length > 0),
    orphans,
  };
}

/** A status as a heading: `needs-source` → `Needs source`. */
export function statusLabel(status: ClaimStatus): string {
  const words = status.replace('-', ' ');
  return words[0].toUpperCase() + words.slice(1);
}

/** A passage in one line of plain text: how it bears, where it stands, what it says. */
export function evidenceText(e: Evidence): string {
  const how = `${e.proposed ? 'proposed: ' : ''}${e.match}`;
  return e.match === 'not-found' ? `${how}: ${e.source} says nothing of it` : `${how}: ${e.source}${where(e)}: “${e.passage}”`;
}

/** A source in one line of plain text: title, link or citation, accessed date, note. */
export function sourceText(s: LedgerSource): string {
  const ref = [s.title, s.url ?? s.file ?? s.citation].filter(Boolean).join(', ');
  return `${ref}${s.accessed ? ` (accessed ${s.accessed})` : ''}${s.note ? `: ${s.note}` : ''}`;
}
