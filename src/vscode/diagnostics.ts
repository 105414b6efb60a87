import * as vscode from 'vscode';
import { docsUrl, type Claim, type Finding } from '../engine';
import { claimMark, findingLevel } from '../cards/levels';
import type { DocumentScan } from './documentResults';
import type { Level, Settings } from './settings';

const LEVEL: Record<Exclude<Level, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function range(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/**
 * A claim's diagnostic: its kind's level, a Hint once verified (or none, with `showVerified: false`),
 * none when ignored. The code links to the kind's docs page.
 */
export function claimDiagnostic(document: vscode.TextDocument, claim: Claim, scan: DocumentScan, settings: Settings): vscode.Diagnostic | null {
  const mark = claimMark(claim, scan, settings);
  if (!mark) return null;
  const d = new vscode.Diagnostic(range(document, claim.start, claim.end), mark.message, LEVEL[mark.level]);
  d.source = 'Verity';
  d.code = { value: claim.kind, target: vscode.Uri.parse(docsUrl(`claim-${claim.kind}`)) };
  return d;
}

/** A finding's diagnostic, at its rule's level (the setting over the rule's default). */
export function findingDiagnostic(document: vscode.TextDocument, finding: Finding, settings: Settings): vscode.Diagnostic | null {
  const level = findingLevel(finding, settings);
  if (level === 'off') return null;
  const d = new vscode.Diagnostic(range(document, finding.start, finding.end), finding.message, LEVEL[level]);
  d.source = 'Verity';
  d.code = { value: finding.rule, target: vscode.Uri.parse(docsUrl(finding.rule)) };
  return d;
}

/**
 * Every finding and claim of a scan, as diagnostics. Findings first; claims up to the cap, since the
 * Problems panel slows down with thousands of entries (the claims view lists every claim).
 */
export function toDiagnostics(document: vscode.TextDocument, scan: DocumentScan, settings: Settings, extraFindings: readonly Finding[] = []): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  for (const f of [...scan.result.findings, ...extraFindings]) {
    const d = findingDiagnostic(document, f, settings);
    if (d) out.push(d);
  }
  let claims = 0;
  for (const c of scan.result.claims) {
    if (claims >= settings.maxClaimDiagnostics) break;
    const d = claimDiagnostic(document, c, scan, settings);
    if (d) {
      out.push(d);
      claims++;
    }
  }
  return out;
}
