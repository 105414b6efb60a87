import { relative, resolve, sep } from 'node:path';
import { checkEvidence, differsFindings, proposeEvidence, SentenceWords, type Evidence, type PreparedSource } from '../../engine/evidence';
import type { Claim, Finding } from '../../engine';
import type { LedgerLocation, LedgerSource } from '../../ledger';
import type { CheckedFile } from '../checked';
import { SourceLibrary } from './library';
import { loadReferenceFolder, type ReferenceFolder } from './referenceIndex';
import { referencePatterns, workspaceRoot } from './workspace';

/** What `check` adds to a file from its sources: evidence by claim id, `source-differs` findings, messages. */
export interface FileEvidence {
  evidence: Map<string, Evidence[]>;
  findings: Finding[];
  messages: string[];
}

/** The claim kinds evidence is looked for: attributions are checked through their quotations and figures. */
const CHECKED_KINDS = new Set(['number', 'date', 'quote']);

/** The sources and reference folders of one run, shared by its files. */
export class EvidenceRun {
  private readonly libraries = new Map<string, SourceLibrary>();
  private readonly folders = new Map<string, Promise<ReferenceFolder | null>>();
  private readonly told = new Set<string>();

  constructor(private readonly location: LedgerLocation) {}

  /**
   * The file's evidence, or null when it has neither a claim with a source nor a reference folder (so a
   * run without sources does no more than before).
   */
  evidenceFor(file: CheckedFile): Promise<FileEvidence> | null {
    if (file.path === '<stdin>') return null;
    const root = workspaceRoot(file.path, this.location);
    const { patterns, error } = referencePatterns(root);
    const claims = file.result.claims.filter((c) => CHECKED_KINDS.has(c.kind));
    let library = this.libraries.get(root);
    if (!library) this.libraries.set(root, (library = new SourceLibrary(root)));
    const lib = library;
    const cited = claims.some((c) => sourcesOf(file, c).some((s) => lib.readable(s, file.path)));
    if (!cited && patterns.length === 0 && !error) return null;
    return this.collect(file, root, lib, claims, patterns, error);
  }

  private async collect(file: CheckedFile, root: string, library: SourceLibrary, claims: Claim[], patterns: string[], configError?: string): Promise<FileEvidence> {
    const out: FileEvidence = { evidence: new Map(), findings: [], messages: [] };
    if (configError) this.tell(out, configError);
    const folder = patterns.length > 0 ? await this.folder(root, patterns, out) : null;
    const cache = new SentenceWords();
    // An article inside the folder's patterns is not its own evidence.
    const own = relative(root, resolve(file.path)).split(sep).join('/');
    const all = folder?.sources ?? [];
    // (The folder's own list when the article is not in it: its word index is built once per run.)
    const reference = all.some((s) => s.source === own) ? all.filter((s) => s.source !== own) : all;
    for (const claim of claims) {
      const sources = sourcesOf(file, claim);
      const prepared: PreparedSource[] = [];
      for (const s of sources) {
        if (!library.readable(s, file.path)) continue;
        const loaded = await library.load(s, file.path);
        if (loaded?.ok) prepared.push(loaded.source);
        else if (loaded) this.tell(out, `${file.path}: source ${loaded.name}: ${loaded.error}`);
      }
      let evidence = prepared.length > 0 ? checkEvidence(claim, file.text, prepared, cache) : [];
      if (sources.length === 0 && reference.length > 0) evidence = proposeEvidence(claim, file.text, reference, 3, cache);
      if (evidence.length === 0) continue;
      out.evidence.set(claim.id, evidence);
      out.findings.push(...differsFindings(claim, evidence));
    }
    return out;
  }

  private folder(root: string, patterns: string[], out: FileEvidence): Promise<ReferenceFolder | null> {
    let pending = this.folders.get(root);
    if (!pending) this.folders.set(root, (pending = loadReferenceFolder(root, patterns).catch((e) => (this.tell(out, `the reference folder cannot be indexed: ${(e as Error).message}`), null))));
    return pending.then((f) => {
      for (const e of f?.errors ?? []) this.tell(out, `reference folder: ${e}`);
      return f;
    });
  }

  /** A message once per run, however many files meet the same source. */
  private tell(out: FileEvidence, message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    out.messages.push(message);
  }
}

/** The sources the ledger lists for a claim (the states `check` keeps are the ledger's ClaimStates). */
function sourcesOf(file: CheckedFile, claim: Claim): readonly LedgerSource[] {
  const state = file.states?.get(claim.id) as { entry?: { sources?: LedgerSource[] } | null } | undefined;
  return state?.entry?.sources ?? [];
}

/** The file with its evidence and the `source-differs` findings sorted in among the others. */
export function withEvidence(file: CheckedFile, found: FileEvidence): CheckedFile {
  if (found.evidence.size === 0 && found.findings.length === 0) return file;
  const findings = found.findings.length === 0 ? file.result.findings : [...file.result.findings, ...found.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...file, result: { ...file.result, findings }, evidence: found.evidence };
}
