import * as vscode from 'vscode';
import { describeValue, docsUrl, type Claim, type Finding, type ScanOutput, type Severity } from '../engine';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const KIND_LABEL: Record<Claim['kind'], string> = {
  number: 'Figure',
  date: 'Date',
  attribution: 'Attribution',
  quote: 'Quotation',
};

function range(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** A claim to check, as an Information diagnostic whose code links to the kind's docs page. */
export function claimDiagnostic(document: vscode.TextDocument, claim: Claim): vscode.Diagnostic {
  const d = new vscode.Diagnostic(
    range(document, claim.start, claim.end),
    `${KIND_LABEL[claim.kind]} to check: ${describeValue(claim)}`,
    vscode.DiagnosticSeverity.Information,
  );
  d.source = 'Verity';
  d.code = { value: claim.kind, target: vscode.Uri.parse(docsUrl(`claim-${claim.kind}`)) };
  return d;
}

/** A finding, with its rule's severity and docs page. */
export function findingDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range(document, finding.start, finding.end), finding.message, SEVERITY[finding.severity]);
  d.source = 'Verity';
  d.code = { value: finding.rule, target: vscode.Uri.parse(docsUrl(finding.rule)) };
  return d;
}

/** Every claim and finding of a scan, as diagnostics. */
export function toDiagnostics(document: vscode.TextDocument, result: ScanOutput): vscode.Diagnostic[] {
  return [...result.claims.map((c) => claimDiagnostic(document, c)), ...result.findings.map((f) => findingDiagnostic(document, f))];
}
