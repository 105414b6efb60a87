import { docsUrl, LineIndex, PROJECT_URL, RULES, type Finding, type Severity } from '../../engine';
import { LEDGER_RULES } from '../../ledger';
import { EVIDENCE_RULES } from '../../engine/evidence';
import { describeValue, type Claim } from '../../engine';
import { claimStatus, type CheckedFile, type Report } from '../checked';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * The SARIF report written at the end (one JSON document), keeping of each file only its results: the
 * article's text and claims are let go once the file is checked.
 */
export function sarifReport(version: string, print: (text: string) => void, options: SarifOptions = {}): Report {
  const results: unknown[] = [];
  return {
    file: (f) => {
      for (const r of sarifResults(f, options)) results.push(r);
    },
    end: () => print(sarifDocument(results, version, options)),
  };
}

export interface SarifOptions {
  /** `--sarif-claims`: every claim too, as a `note` of the rule `claim`, beside the problems. */
  claims?: boolean;
}

/** The rule id claims are listed under with `--sarif-claims`: no engine rule is named so. */
export const CLAIM_RULE = 'claim';

/** SARIF 2.1.0, for code-scanning tools: one result per finding, with the rule's docs page. */
export function formatSarif(files: readonly CheckedFile[], version: string, options: SarifOptions = {}): string {
  return sarifDocument(files.flatMap((f) => sarifResults(f, options)), version, options);
}

function sarifResults(file: CheckedFile, options: SarifOptions): unknown[] {
  const index = new LineIndex(file.text);
  const location = (from: number, to: number) => {
    const start = index.positionAt(from);
    const end = index.positionAt(to);
    return [
      {
        physicalLocation: {
          artifactLocation: { uri: file.path.replace(/\\/g, '/') },
          // SARIF counts lines and columns from 1, columns in UTF-16 code units like ours.
          region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
        },
      },
    ];
  };
  const findings = file.result.findings.map((f: Finding) => ({
    ruleId: f.rule,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: location(f.start, f.end),
    ...(f.claimId ? { partialFingerprints: { verityClaimId: f.claimId } } : {}),
  }));
  if (!options.claims) return findings;
  // Claims are what to check, not problems: `note`, the lowest level, so no gate fails on them.
  const claims = file.result.claims.map((c: Claim) => ({
    ruleId: CLAIM_RULE,
    level: 'note',
    message: { text: `${c.kind} "${c.text.replace(/\s+/g, ' ').trim()}": ${describeValue(c)} (${claimStatus(file, c)})` },
    locations: location(c.start, c.end),
    partialFingerprints: { verityClaimId: c.id },
    properties: { kind: c.kind, status: claimStatus(file, c) },
  }));
  return [...findings, ...claims];
}

const CLAIM_RULE_DESCRIPTOR = {
  id: CLAIM_RULE,
  name: CLAIM_RULE,
  shortDescription: { text: 'A claim to check: a figure, a date, an attribution or a quotation (listed with --sarif-claims).' },
  defaultConfiguration: { level: 'note' },
};

function sarifDocument(results: unknown[], version: string, options: SarifOptions): string {
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'Verity',
              version,
              informationUri: PROJECT_URL,
              rules: [
                ...[
                  ...RULES.map((r) => ({ name: r.name, description: r.description, severity: r.defaultSeverity })),
                  ...Object.values(LEDGER_RULES).map((r) => ({ name: r.name, description: r.description, severity: r.severity })),
                  ...Object.values(EVIDENCE_RULES).map((r) => ({ name: r.name, description: r.description, severity: r.severity })),
                ].map((r) => ({
                  id: r.name,
                  name: r.name,
                  shortDescription: { text: r.description },
                  helpUri: docsUrl(r.name),
                  defaultConfiguration: { level: LEVEL[r.severity] },
                })),
                ...(options.claims ? [CLAIM_RULE_DESCRIPTOR] : []),
              ],
            },
          },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  );
}
