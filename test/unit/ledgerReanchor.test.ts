import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scan, type Claim } from '../../src/engine';
import { applyMark, CLAIM_STATUSES, emptyLedger, fingerprintOf, reanchor, reconcile, refreshAnchors, type Fingerprint, type Ledger } from '../../src/ledger';
import { seededRandom as random } from '../../scripts/seededRandom';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/ledger/harbour-expansion.txt'), 'utf8');


/** Paragraphs inserted by the edits: some with claims, one repeating a figure of the article elsewhere. */
const INSERTS = [
  'Officials counted 75 vessels in the bay during the summer of 2019.',
  'The opposition has called the project a vanity plan and wants a public debate.',
  'A second study, published by a university team, also expects traffic to rise by 40% in a decade.',
  'Fishermen worry about the noise and the dredging near the northern breakwater.',
];
const FILLERS = ['notably', 'plainly', 'largely', 'openly'];

interface Tracked {
  key: string;
  text: string;
  /** Set once the edits changed the claim's own words: the entry must then report it as changed. */
  changed?: boolean;
  /** The paragraph the claim stands in, and its offset there. */
  para: number;
  offset: number;
}
interface Doc {
  paras: { id: number; text: string }[];
  tracked: Tracked[];
}

function join2(doc: Doc): string {
  return doc.paras.map((p) => p.text).join('\n');
}

function startOf(doc: Doc, t: Tracked): number | null {
  let at = 0;
  for (const p of doc.paras) {
    if (p.id === t.para) return at + t.offset;
    at += p.text.length + 1;
  }
  return null;
}

/** Marks every claim of the article, each with a status, and remembers where each stands. */
function markAll(text: string): { ledger: Ledger; doc: Doc } {
  const claims = scan(text).claims;
  const ledger = emptyLedger('a.txt');
  const paras = text.split('\n').map((t, id) => ({ id, text: t }));
  const tracked: Tracked[] = [];
  claims.forEach((c, i) => {
    ledger.entries[c.id] = applyMark(null, fingerprintOf(c, text), CLAIM_STATUSES[1 + (i % 5)], { at: new Date(Date.UTC(2025, 0, 1)) });
    let at = 0;
    for (const p of paras) {
      if (c.start < at + p.text.length + 1) {
        tracked.push({ key: c.id, text: c.text, para: p.id, offset: c.start - at });
        break;
      }
      at += p.text.length + 1;
    }
  });
  return { ledger, doc: { paras, tracked } };
}

type Edit = (doc: Doc, rnd: () => number, claims: readonly Claim[]) => void;
const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)];
let nextId = 1000;
/** How often the random sequences changed a claim's own words: the last test checks they did. */
let retexts = 0;

const EDITS: Record<string, Edit> = {
  insert(doc, rnd) {
    doc.paras.splice(Math.floor(rnd() * (doc.paras.length + 1)), 0, { id: nextId++, text: pick(INSERTS, rnd) });
  },
  move(doc, rnd) {
    const [p] = doc.paras.splice(Math.floor(rnd() * doc.paras.length), 1);
    doc.paras.splice(Math.floor(rnd() * (doc.paras.length + 1)), 0, p);
  },
  delete(doc, rnd) {
    const [p] = doc.paras.splice(Math.floor(rnd() * doc.paras.length), 1);
    doc.tracked = doc.tracked.filter((t) => t.para !== p.id);
  },
  /** Changes a digit of a figure: the claim's own words change, its entry must follow it as changed. */
  retext(doc, rnd) {
    const figures = doc.tracked.filter((t) => /^\d/.test(t.text));
    if (figures.length === 0) return;
    const t = pick(figures, rnd);
    const para = doc.paras.find((p) => p.id === t.para)!;
    // The last digit of the leading figure, as an edit would: 2015 → 2016, 12 out of 15 → 13 out of 15.
    const at = /^\d+/.exec(t.text)![0].length - 1;
    const digit = t.text[at] === '9' ? '8' : String(Number(t.text[at]) + 1);
    para.text = para.text.slice(0, t.offset + at) + digit + para.text.slice(t.offset + at + 1);
    t.text = t.text.slice(0, at) + digit + t.text.slice(at + 1);
    t.changed = true;
    retexts++;
  },
  /** Puts a word before another word that is well away from any claim: the sentence is reworded around its claims. */
  reword(doc, rnd, claims) {
    const text = join2(doc);
    const words = [...text.matchAll(/[a-z]{4,}/g)].filter((m) => !claims.some((c) => m.index! > c.start - 2 && m.index! < c.end + 2));
    if (words.length === 0) return;
    const at = pick(words, rnd).index!;
    const filler = `${pick(FILLERS, rnd)} `;
    let base = 0;
    for (const p of doc.paras) {
      if (at < base + p.text.length + 1) {
        const local = at - base;
        p.text = p.text.slice(0, local) + filler + p.text.slice(local);
        for (const t of doc.tracked) if (t.para === p.id && t.offset > local) t.offset += filler.length;
        return;
      }
      base += p.text.length + 1;
    }
  },
};

suite('ledger re-anchoring', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
    test(`random edit sequence, seed ${seed}: every surviving claim keeps its entry, deleted ones are orphans`, () => {
      const rnd = random(seed);
      const marked = markAll(ARTICLE);
      let ledger = marked.ledger;
      const doc = marked.doc;
      const deletedKeys = new Set<string>();
      for (let step = 0; step < 8; step++) {
        const before = new Set(doc.tracked.map((t) => t.key));
        const name = pick(Object.keys(EDITS), rnd);
        EDITS[name](doc, rnd, scan(join2(doc)).claims);
        for (const k of before) if (!doc.tracked.some((t) => t.key === k)) deletedKeys.add(k);
        const text = join2(doc);
        const claims = scan(text).claims;
        const rec = reconcile(ledger, claims, text);
        let checked = 0;
        for (const t of doc.tracked) {
          const start = startOf(doc, t)!;
          const claim = claims.find((c) => c.start === start && c.text === t.text && rec.states.get(c.id)?.entryKey === t.key);
          const any = claims.filter((c) => c.start === start && c.text === t.text);
          if (any.length === 0) continue; // the extractor no longer reads it as a claim: nothing to anchor to
          checked++;
          assert.ok(claim, `step ${step} (${name}): "${t.text}" lost its entry ${t.key}`);
          const state = rec.states.get(claim.id)!;
          if (t.changed) {
            assert.ok(state.changed, `step ${step} (${name}): "${t.text}" is reported as changed`);
            assert.equal(state.changed.oldText, ledger.entries[t.key].text);
          } else {
            assert.equal(state.status, ledger.entries[t.key].status);
            assert.equal(state.changed, null, `step ${step} (${name}): "${t.text}" is not changed`);
          }
        }
        assert.ok(checked >= doc.tracked.length * 0.9, `step ${step}: most tracked claims are still claims`);
        const orphanKeys = new Set(rec.orphans.map((o) => o.key));
        for (const k of deletedKeys) assert.ok(orphanKeys.has(k), `step ${step} (${name}): deleted ${k} is an orphan`);
        assert.equal(rec.claimOf.size + rec.orphans.length, Object.keys(marked.ledger.entries).length, 'no entry dropped');
        ledger = refreshAnchors(ledger, rec);
      }
    });
  }

  test('the random sequences did change claims\' own words', () => {
    assert.ok(retexts >= 5, `${retexts} figures changed`);
  });

  test('without saving in between, three edits at once still re-anchor', () => {
    const { ledger, doc } = markAll(ARTICLE);
    const rnd = random(99);
    for (const name of ['insert', 'move', 'reword']) EDITS[name](doc, rnd, scan(join2(doc)).claims);
    const text = join2(doc);
    const claims = scan(text).claims;
    const rec = reconcile(ledger, claims, text);
    for (const t of doc.tracked) {
      const here = claims.filter((c) => c.start === startOf(doc, t) && c.text === t.text);
      if (here.length > 0) assert.ok(here.some((c) => rec.states.get(c.id)?.entryKey === t.key), t.text);
    }
  });

  const changes: [string, string, string][] = [
    ['12 out of 15', '13 out of 15', 'a ratio'],
    ['March 2022', 'April 2022', 'a date'],
    ['€850 million', '€900 million', 'an amount'],
  ];
  for (const [from, to, what] of changes) {
    test(`the claim's own text changes (${what}): the entry stays, unchecked, with a claim-changed finding`, () => {
      const { ledger } = markAll(ARTICLE);
      const original = scan(ARTICLE).claims.find((c) => c.text.includes(from))!;
      ledger.entries[original.id] = { ...ledger.entries[original.id], status: 'verified' };
      const text = `A paragraph added at the top.\n${ARTICLE.replace(from, to)}`;
      const claims = scan(text).claims;
      const rec = reconcile(ledger, claims, text);
      const now = claims.find((c) => c.text.includes(to))!;
      const state = rec.states.get(now.id)!;
      assert.equal(state.entryKey, original.id);
      assert.equal(state.status, 'unchecked');
      assert.deepEqual(state.changed, { oldText: original.text, previousStatus: 'verified' });
      assert.equal(rec.findings.length, 1);
      assert.equal(rec.findings[0].rule, 'claim-changed');
      assert.equal(rec.findings[0].claimId, now.id);
      assert.ok(rec.findings[0].message.includes(original.text), rec.findings[0].message);
      assert.deepEqual(rec.orphans, []);
    });
  }

  test('a changed claim changed back is verified again; an unrelated new claim does not take an entry', () => {
    const { ledger } = markAll(ARTICLE);
    const claims = scan(ARTICLE).claims;
    assert.ok(claims.every((c) => reconcile(ledger, claims, ARTICLE).states.get(c.id)?.changed === null));
    const other = `${ARTICLE}\nThe mayor said 17 ferries would be replaced.`;
    const rec = reconcile(ledger, scan(other).claims, other);
    const ferries = scan(other).claims.find((c) => c.text.includes('17'))!;
    assert.equal(rec.states.get(ferries.id)?.entryKey, null);
    assert.equal(rec.findings.length, 0);
  });

  test('the same figure twice: each entry keeps its own occurrence when paragraphs swap', () => {
    const text = 'Exports rose 5% in the north.\nImports rose 5% in the south.\n';
    const claims = scan(text).claims.filter((c) => c.text === '5%');
    assert.equal(claims.length, 2);
    const ledger = emptyLedger('a.txt');
    ledger.entries.north = applyMark(null, fingerprintOf(claims[0], text), 'verified');
    ledger.entries.south = applyMark(null, fingerprintOf(claims[1], text), 'false');
    const swapped = 'Imports rose 5% in the south.\nExports rose 5% in the north.\n';
    const now = scan(swapped).claims.filter((c) => c.text === '5%');
    const rec = reconcile(ledger, now, swapped);
    assert.equal(rec.states.get(now[0].id)?.status, 'false');
    assert.equal(rec.states.get(now[1].id)?.status, 'verified');
  });

  test('identical twins (same words, same context): an entry keeps the twin whose id is its key', () => {
    const text = 'Sales rose 5%.\nSales rose 5%.\n';
    const twins = scan(text).claims.filter((c) => c.text === '5%');
    assert.equal(twins.length, 2);
    for (const marked of twins) {
      const ledger = emptyLedger('a.txt');
      ledger.entries[marked.id] = applyMark(null, fingerprintOf(marked, text), 'verified');
      const rec = reconcile(ledger, twins, text);
      assert.equal(rec.states.get(marked.id)?.entryKey, marked.id);
      assert.equal(rec.states.get(twins.find((t) => t !== marked)!.id)?.entryKey, null);
    }
  });

  test('a deleted claim is an orphan, even when the same text stands elsewhere in another context', () => {
    const text = 'Prices rose 5% in March.\nSome 300 people attended.\n';
    const ledger = emptyLedger('a.txt');
    const c = scan(text).claims.find((x) => x.text === '5%')!;
    ledger.entries.k = applyMark(null, fingerprintOf(c, text), 'verified');
    const after = 'Some 300 people attended, and turnout was 5% higher than the police expected to see there.\n';
    const rec = reconcile(ledger, scan(after).claims, after);
    assert.deepEqual(rec.orphans.map((o) => o.key), ['k']);
  });

  const rewordings: [string, string, string, boolean][] = [
    ['Traffic should grow by 40% over the decade.', 'Over the decade, traffic is expected to grow by 40%.', '40%', true],
    ['Traffic should grow by 40% over the decade.', 'Traffic should, the authority says, grow by 40% over the next decade.', '40%', true],
    ['Traffic should grow by 40% over the decade.', 'Ticket prices went up by 40% after the strike.', '40%', false],
    ['The plant employs 1,200 people in the town.', 'Wages were cut for 1,200 drivers last winter.', '1,200', false],
  ];
  for (const [from, to, claimText, kept] of rewordings) {
    test(`reworded "${from}" → "${to}": ${kept ? 'kept' : 'another claim'}`, () => {
      const ledger = emptyLedger('a.txt');
      const claim = scan(from).claims.find((c) => c.text === claimText)!;
      ledger.entries.k = applyMark(null, fingerprintOf(claim, from), 'verified');
      const now = scan(to).claims.find((c) => c.text === claimText)!;
      assert.equal(reconcile(ledger, scan(to).claims, to).states.get(now.id)?.entryKey, kept ? 'k' : null);
    });
  }

  test('worst case: 10,000 entries and claims of one text, half their contexts changed, stay near-linear', () => {
    const fp = (i: number, after: string): Fingerprint => ({ kind: 'number', text: '5%', before: 'prices rose by', after, position: i / 10000 });
    const entries = Array.from({ length: 10000 }, (_, i) => [`k${i}`, fp(i, 'in the north')] as const);
    const claims = Array.from({ length: 10000 }, (_, i) => fp(i, i % 2 ? 'in the north' : 'across the south of the country'));
    const t0 = Date.now();
    const anchors = reanchor(entries, claims);
    const ms = Date.now() - t0;
    assert.ok(ms < 5000, `${ms} ms`);
    assert.equal(anchors.size, 10000, 'every entry finds one of the claims');
    assert.equal(new Set([...anchors.values()].map((a) => a.claimIndex)).size, 10000, 'no claim taken twice');
  });

  test('8,000 marked claims in a 155 KB article, a third of their sentences reworded, re-anchor in bounded time', () => {
    const paragraph = (i: number) => `Item ${i}: the council spent $${i + 1} million on ${(i % 50) + 2} roads and ${(i % 30) + 5} bridges in 2019.`;
    const text = Array.from({ length: 2000 }, (_, i) => paragraph(i)).join('\n');
    const claims = scan(text).claims;
    assert.ok(claims.length >= 6000, `${claims.length} claims`);
    const ledger = emptyLedger('a.txt');
    for (const c of claims) ledger.entries[c.id] = applyMark(null, fingerprintOf(c, text), 'verified');
    let n = 0;
    const reworded = text.replace(/ the council spent/g, (m) => (n++ % 3 === 0 ? ' the city council spent' : m));
    const edited = `A new first paragraph.\n${reworded.replace('$501 million', '$502 million')}`;
    const editedClaims = scan(edited).claims;
    const t0 = Date.now();
    const rec = reconcile(ledger, editedClaims, edited);
    const ms = Date.now() - t0;
    assert.ok(ms < 5000, `${ms} ms`);
    assert.equal(rec.orphans.length, 0);
    assert.equal(rec.findings.length, 1);
    assert.equal(rec.claimOf.size, claims.length);
  });
});
