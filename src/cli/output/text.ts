import { describeValue, LineIndex, type Claim, type Finding } from '../../engine';
import type { CheckedFile } from '../check';

/** Shortens long claim text for one line of output. */
function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function claimLine(where: string, c: Claim): string {
  const source = c.attribution ? `  ← ${c.attribution.source} (${c.attribution.via})` : '';
  // The ledger's status, once a claim has been marked (`check` adds it to each claim of a file).
  const status = (c as { status?: string }).status;
  const marked = status && status !== 'unchecked' ? `  [${status}]` : '';
  // The id last: what `verity mark` takes.
  return `${where}  ${c.kind.padEnd(11)} "${clip(c.text)}"  ${describeValue(c)}${source}${marked}  #${c.id}`;
}

function findingLine(where: string, f: Finding): string {
  return `${where}  ${f.severity.padEnd(11)} ${f.message}  [${f.rule}]`;
}

/** Readable by a person: one line a claim or finding, `file:line:col`, then a summary line per file. */
export function formatText(files: readonly CheckedFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    const index = new LineIndex(file.text);
    const at = (offset: number) => {
      const p = index.positionAt(offset);
      return `${file.path}:${p.line + 1}:${p.character + 1}`;
    };
    const rows = [
      ...file.result.claims.map((c) => ({ start: c.start, line: claimLine(at(c.start), c) })),
      ...file.result.findings.map((f) => ({ start: f.start, line: findingLine(at(f.start), f) })),
    ].sort((a, b) => a.start - b.start);
    // One by one: spreading a hundred thousand claims into push() overflows the stack.
    for (const r of rows) lines.push(r.line);
    // Ledger entries whose claim is gone are kept in the ledger; say so rather than let them vanish.
    for (const o of file.ledger?.orphans ?? []) lines.push(`${file.path}: ${o.kind} "${clip(o.text)}" (${o.status}, ${o.id}) is in the ledger but no longer in the article`);
    const ref = file.result.referenceDate
      ? `publication date ${file.result.referenceDate} (${file.result.referenceDateSource})`
      : 'publication date unknown';
    lines.push(`${file.path}: ${file.result.claims.length} claims, ${file.result.findings.length} findings; ${ref}`, '');
  }
  return lines.join('\n');
}
