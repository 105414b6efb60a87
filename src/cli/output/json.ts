import type { CheckedFile } from '../check';

/**
 * The JSON report documented in docs/json-output.md, on one line: it is for programs (`jq .` prints it
 * for people), and a report of a whole archive stays half the size and quick to write.
 */
export function formatJson(files: readonly CheckedFile[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: files.map((f) => ({
        path: f.path,
        referenceDate: f.result.referenceDate,
        referenceDateSource: f.result.referenceDateSource,
        claims: f.result.claims,
        findings: f.result.findings,
        ...(f.ledger ? { ledger: f.ledger } : {}),
      })),
    },
  );
}
