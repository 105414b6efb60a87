/**
 * Evidence: a claim checked against the documents it rests on, passage by passage. Pure: the readers
 * that turn a file into passages are behind a port (src/cli/sources/ for Node).
 *
 *   const source = prepareSource('report.pdf', passages);        // each passage scanned once
 *   checkEvidence(claim, articleText, [source]);                 // Evidence[]: supports / differs / not-found
 *   proposeEvidence(claim, articleText, referenceFolder);        // the best three, proposed: true
 *   differsFindings(claim, evidence);                            // `source-differs` warnings
 */
export * from './types';
export { prepareSource, preparePassage } from './figures';
export { checkEvidence, proposeEvidence, differsFindings, EVIDENCE_RULES, where } from './check';
export { SentenceWords } from './match';
export { roundingOf } from './numbers';
