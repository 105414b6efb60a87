import { docsUrl, LineIndex, PROJECT_URL, RULES, type Finding, type Severity } from '../../engine';
import { LEDGER_RULES } from '../../ledger';
import { EVIDENCE_RULES } from '../../engine/evidence';
import type { CheckedFile, Report } from '../checked';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * The SARIF report written at the end (one JSON document), keeping of each file only its results: the
 * article's text and claims are let go once the file is checked.
 */
export function sarifReport(version: string, print: (text: string) => void): Report {
  const results: unknown[] = [];
  return {
    file: (f) => {
      for (const r of sarifResults(f)) results.push(r);
    },
    end: () => print(sarifDocument(results, version)),
  };
}

/** SARIF 2.1.0, for code-scanning tools: one result per finding, with the rule's docs page. */
export function formatSarif(files: readonly CheckedFile[], version: string): string {
  return sarifDocument(files.flatMap(sarifResults), version);
}

function sarifResults(file: CheckedFile): unknown[] {
  const index = new LineIndex(file.text);
  return file.result.findings.map((f: Finding) => {
    const start = index.positionAt(f.start);
    const end = index.positionAt(f.end);
    return {
      ruleId: f.rule,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file.path.replace(/\\/g, '/') },
            // SARIF counts lines and columns from 1, columns in UTF-16 code units like ours.
            region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
          },
        },
      ],
      ...(f.claimId ? { partialFingerprints: { verityClaimId: f.claimId } } : {}),
    };
  });
}

function sarifDocument(results: unknown[], version: string): string {
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
