/** The engine's public surface: what the CLI and the extension may use. */
export { scan, scanSteps, ParagraphCache, type ScanOutput } from './scan';
export * from './types';
export { RULES } from './rules';
export type { Rule } from './rules/rule';
export { isoDay } from './resolvers/referenceDate';
export { parsePublicationTime, type PublicationTime } from './resolvers/publicationTime';
export { LineIndex, type Position } from './text/lineIndex';
export { describeInWords, describeValue, formatNumber, partialInWords } from './describe';
export { PROJECT_URL, docsUrl } from './project';
export { ignoreDirective } from './text/ignoreDirectives';
export { readFrontMatter } from './text/frontMatter';
