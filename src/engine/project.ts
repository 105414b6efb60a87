/** Where Verity's sources and docs pages live; diagnostics and SARIF link rule docs under it. */
export const PROJECT_URL = 'https://github.com/verity-factcheck/verity';

/** The docs page of a rule or claim kind, e.g. `docs/rules/weekday-mismatch.md`. */
export function docsUrl(name: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${name}.md`;
}
