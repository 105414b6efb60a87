/** The engine's public surface: what the CLI and the extension may use. */
export { scan, ParagraphCache, type ScanOutput } from './scan';
export * from './types';
export { RULES } from './rules';
export type { Rule } from './rules/rule';
export { isoDay } from './resolvers/referenceDate';
