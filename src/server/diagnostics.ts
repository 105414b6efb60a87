import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Level, Settings } from '../config/settings';
import { claimMark, findingLevel } from '../cards/levels';
import type { ScannedText } from '../cards/claimState';
import { docsUrl, type Finding, type ScanOutput } from '../engine';
import type { Steps } from '../engine/steps';

const SEVERITY: Record<Exclude<Level, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function range(doc: TextDocument, start: number, end: number): Diagnostic['range'] {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** Diagnostics built between two pauses of {@link diagnosticSteps}. */
const PER_STEP = 250;

/**
 * A scan's findings and claims as LSP diagnostics, as the extension shows them: findings first, then
 * claims up to the cap; the code names the rule or claim kind and links its docs page; verified claims
 * are hints tagged Unnecessary, which editors fade. A generator that pauses every few hundred, so that
 * the thousands of a long article never hold the server's message loop for long (see `runInSlices`).
 */
export function* diagnosticSteps(doc: TextDocument, scan: ScannedText & { result: ScanOutput }, settings: Settings, extra: readonly Finding[]): Steps<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const f of [...scan.result.findings, ...extra]) {
    const level = findingLevel(f, settings);
    if (level !== 'off') out.push({ range: range(doc, f.start, f.end), severity: SEVERITY[level], source: 'Verity', code: f.rule, codeDescription: { href: docsUrl(f.rule) }, message: f.message });
    if (out.length % PER_STEP === 0) yield;
  }
  let claims = 0;
  for (const c of scan.result.claims) {
    if (claims >= settings.maxClaimDiagnostics) break;
    const mark = claimMark(c, scan, settings);
    if (!mark) continue;
    const d: Diagnostic = { range: range(doc, c.start, c.end), severity: SEVERITY[mark.level], source: 'Verity', code: c.kind, codeDescription: { href: docsUrl(`claim-${c.kind}`) }, message: mark.message };
    if (mark.verified) d.tags = [DiagnosticTag.Unnecessary];
    out.push(d);
    if (++claims % PER_STEP === 0) yield;
  }
  return out;
}

/** The one diagnostic of a document whose check was stopped: why, and when Verity tries again. */
export function stoppedDiagnostic(doc: TextDocument, reason: string): Diagnostic {
  const firstLine = doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
    severity: DiagnosticSeverity.Warning,
    source: 'Verity',
    code: 'check-stopped',
    message: `Verity stopped checking this document: ${reason}. It checks it again after the next edit.`,
  };
}
