import { writeFileSync } from 'node:fs';
import { buildReport, formatReport, REPORT_FORMATS } from '../ledger';
import { ClaimReviewError, formatClaimReview } from '../ledger/report';
import { choice, stringOption, UsageError, type ParsedArgs } from './args';
import { singleArticleSettings } from './projectConfig';
import { readArticle, readLedgerView } from './ledgerInputs';
import { reason } from './readInputs';
import type { CliIo } from './io';
import { EvidenceRun, type FileEvidence } from './evidence/attach';

/**
 * `verity report <file> --format md|csv|json|html [--out FILE]`: the fact-check report of an article,
 * every claim with its sentence, value, source, status, sources and notes, grouped by status.
 * Refuses (exit 2) when the ledger cannot be read: a report of all-unchecked claims would mislead.
 */
export function runReport(args: ParsedArgs, io: CliIo): number | Promise<number> {
  const format = choice(args, 'format', [...REPORT_FORMATS, 'claimreview'] as const, 'md');
  const out = stringOption(args, 'out');
  const publisher = stringOption(args, 'publisher');
  const url = stringOption(args, 'url');
  if ((publisher !== undefined || url !== undefined) && format !== 'claimreview') throw new UsageError('--publisher and --url go with --format claimreview');
  if (url !== undefined && !/^https?:\/\//i.test(url)) throw new UsageError(`--url takes a web address (https://...), not "${url}"`);
  if (args.operands.length !== 1) throw new UsageError('report needs one article file: verity report <file> --format md|csv|json|html');
  // The article's .verity.json: its publication date, date order and ledger folder, under the flags.
  const configured = singleArticleSettings(args, io);
  const article = readArticle(args, io, 'report', configured.options);
  if (!article) return 2;
  const view = readLedgerView(article.path, article.text, article.result, configured.location);
  if (view.unreadable) {
    io.stderr(`verity: ${view.findings[0].message}`);
    return 2;
  }
  for (const w of view.warnings ?? []) io.stderr(`verity: ${view.path}:${w.line}:${w.column}: ${w.message}`);
  const write = (evidence?: FileEvidence) => {
    for (const m of evidence?.messages ?? []) io.stderr(`verity: ${m}`);
    const report = buildReport({ articlePath: article.path, text: article.text, claims: article.result.claims, view, evidence: evidence?.evidence, scan: article.result, findings: article.result.findings });
    if (format !== 'claimreview') return writeReport(formatReport(report, format), out, article.path, format, io);
    try {
      return writeReport(formatClaimReview(report, { publisher, url }), out, article.path, format, io);
    } catch (e) {
      if (!(e instanceof ClaimReviewError)) throw e;
      io.stderr(`verity: ${article.path}: ${e.message}`);
      return 2;
    }
  };
  // The sources are read when a claim has one (or a reference folder is named): each passage is quoted.
  const pending = new EvidenceRun(configured.location).evidenceFor({ path: article.path, text: article.text, result: article.result, states: view.states });
  return pending ? pending.then(write) : write();
}

function writeReport(text: string, out: string | undefined, path: string, format: string, io: CliIo): number {
  if (out === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    writeFileSync(out, text);
  } catch (e) {
    io.stderr(`verity: ${out}: ${reason(e)}`);
    return 2;
  }
  io.stdout(`${path}: ${format} report written to ${out}`);
  return 0;
}
