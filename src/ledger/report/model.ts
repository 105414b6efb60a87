import { describeValue, LineIndex, type Claim, type Finding, type ScanOutput } from '../../engine';
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
  /** Who checked it, when the ledger says (`checkedBy` in its entry), else null. */
  checkedBy: string | null;
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

/** A problem the rules found in the article (or its ledger), for the report's own section. */
export interface ProblemRow {
  rule: string;
  severity: Finding['severity'];
  message: string;
  /** 1-based line in the article. */
  line: number;
  claimId: string | null;
}

/** The publication date relative dates were resolved against, and where it came from. */
export interface ReportPublication {
  /** `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  /** `HH:MM[:SS][Z]` when a time was given. */
  time: string | null;
  /** `option`, `front-matter`, `dateline`, `none`. */
  source: string;
  /** A dateline's month and day without a year (`--05-28`), when that is all there is. */
  partial: string | null;
}

/** The fact-check report of one article: every claim grouped by status, with totals. */
export interface FactCheckReport {
  version: 1;
  article: string;
  ledger: string;
  generatedAt: string;
  /** Null when the caller gave no scan fields (the report then says nothing of the date rather than "unknown"). */
  publication: ReportPublication | null;
  /** The rules' findings, in order of place: the problems found. Null when the caller gave no findings. */
  problems: ProblemRow[] | null;
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
  /** The scan's publication date fields; without them the report says the date is unknown. */
  scan?: Pick<ScanOutput, 'referenceDate' | 'referenceDateSource' | 'referenceTime' | 'partialReferenceDate'>;
  /** The scan's findings (the ledger's are added from the view). */
  findings?: readonly Finding[];
}): FactCheckReport {
  const lines = new LineIndex(input.text);
  const problems = input.findings === undefined ? null : [...input.findings, ...input.view.findings]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((f): ProblemRow => ({ rule: f.rule, severity: f.severity, message: f.message, line: lines.positionAt(f.start).line + 1, claimId: f.claimId ?? null }));
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
      attribution: attributionOf(c),
      status: state?.status ?? 'unchecked',
      sources: entry?.sources ?? [],
      note: entry?.note ?? '',
      checkedAt: entry?.checkedAt ?? null,
      checkedBy: checkerOf(entry?.extra),
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
    publication: input.scan
      ? {
          date: input.scan.referenceDate ?? null,
          time: input.scan.referenceTime ?? null,
          source: input.scan.referenceDateSource ?? 'none',
          partial: input.scan.partialReferenceDate ?? null,
        }
      : null,
    problems,
    ledgerProblem: input.view.findings.find((f) => f.rule === 'ledger-unreadable')?.message ?? null,
    totals: { claims: rows.length, changed: rows.filter((r) => r.changedFrom !== null).length, orphaned: orphans.length, byStatus },
    groups: GROUP_ORDER.map((status) => ({ status, rows: rows.filter((r) => r.status === status) })).filter((g) => g.rows.length > 0),
    orphans,
  };
}

/**
 * Who a claim comes from: the source the article names for it, or, for an attribution (`the mayor said`),
 * the one it names, resolved to the fullest mention (`he` → `Nikolai Snopkov`).
 */
function attributionOf(c: Claim): string | null {
  const who = (source: string | null, role: string | null) => (source ? `${source}${role ? `, ${role}` : ''}` : null);
  if (c.kind === 'attribution') return who(c.speaker ?? c.source?.text ?? null, c.role);
  return c.attribution ? who(c.attribution.source, c.attribution.role) : null;
}

/** The checker's name, kept by the ledger as `checkedBy` (written by an editor that asks for it). */
function checkerOf(extra: Record<string, unknown> | undefined): string | null {
  const name = extra?.checkedBy;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

/** The publication date in words: `2025-03-14 (dateline)`, `unknown`, or the partial date and what it lacks. */
export function publicationText(p: ReportPublication): string {
  if (p.date) return `${p.date}${p.time ? ` ${p.time}` : ''} (${p.source === 'option' ? 'given with --reference-date' : `from the ${p.source}`})`;
  if (p.partial) return `partial: the dateline gives ${p.partial.slice(-5)} (month-day) without a year, so relative dates are unresolved`;
  return 'unknown: relative dates (tomorrow, last week) are unresolved';
}

/** An ISO 8601 timestamp as people read it: `1 May 2025, 09:00 UTC`; anything else as it is. */
export function readableTime(iso: string): string {
  const d = new Date(iso);
  if (!/^\d{4}-\d\d-\d\dT/.test(iso) || Number.isNaN(d.getTime())) return iso;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.getUTCMonth()];
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${hm} UTC`;
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
