/**
 * The verbs that attribute speech, thought or stance, as data. Each line: the lemma, its past form (and
 * past participle when it differs), and whether the verb attributes on its own (`S`, strong: "said",
 * "told", "believes") or only with a speech complement after it (`W`, weak: "added that", but not "the
 * economy added 200,000 jobs").
 */
const VERBS = `
say said S|tell told S|state stated W|add added W|note noted W|emphasize emphasized S|emphasise emphasised S
stress stressed S|announce announced S|claim claimed W|argue argued S|warn warned S|believe believed S
think thought S|insist insisted S|explain explained S|acknowledge acknowledged S|admit admitted S
concede conceded W|confirm confirmed S|deny denied S|declare declared W|assert asserted S|remark remarked S
comment commented S|reply replied S|respond responded W|answer answered W|contend contended S
maintain maintained W|observe observed W|counter countered S|complain complained S|boast boasted S
vow vowed W|pledge pledged W|promise promised W|predict predicted W|estimate estimated W|report reported W
describe described S|write wrote,written S|tweet tweeted S|post posted W|testify testified S|recall recalled W
reiterate reiterated S|reveal revealed W|disclose disclosed W|suggest suggested W|indicate indicated W
hint hinted S|caution cautioned S|inform informed S|assure assured S|conclude concluded W|allege alleged S
charge charged W|accuse accused S|ask asked S|wonder wondered S|fear feared W|agree agreed W|dispute disputed W
find found W|show showed,shown S|underscore underscored W
retort retorted S|quip quipped S|joke joked W|muse mused S|speculate speculated S|recount recounted S
specify specified W|clarify clarified W|elaborate elaborated W|urge urged W|demand demanded W|forecast forecast W
calculate calculated W|confide confided S|concur concurred S|lament lamented S|scoff scoffed S
continue continued W|point pointed W|threaten threatened W|proclaim proclaimed S|reaffirm reaffirmed S
expect expected W|hope hoped W|worry worried W|suspect suspected W|doubt doubted W|acknowledge acknowledged S
call called S|criticize criticized S|criticise criticised S|praise praised S|endorse endorsed S|decline declined S
cite cited S|defend defended S|blast blasted S|dismiss dismissed S|blame blamed S|reject rejected S|attack attacked S
mock mocked S|denounce denounced S|slam slammed S|condemn condemned S|applaud applauded S|laud lauded S|hail hailed S
thank thanked S|welcome welcomed S|decry decried S|question questioned S|propose proposed W|refuse refused S
support supported W|oppose opposed W|back backed W|want wanted W|plan planned W|seek sought W|vow vowed W
recommend recommended S|advise advised S|remind reminded S|mention mentioned W|highlight highlighted W|tout touted S
refer referred W
`;

/** How a cue word reads: its lemma, whether it attributes alone, and its grammatical form. */
export interface CueWord {
  lemma: string;
  strong: boolean;
  form: 'base' | 's' | 'past' | 'ing';
}

/** Every inflected form of every cue verb, lowercased. */
export const CUE_WORDS: ReadonlyMap<string, CueWord> = buildForms();

/** Verbs that attribute only with their particle: "pointed out". */
export const PARTICLES: ReadonlyMap<string, string> = new Map([['point', 'out']]);

/** Particles a cue takes in when they follow it: "called for", "called on", "pointed to", "asked about". */
export const OPTIONAL_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['for', 'on'])],
  ['point', new Set(['to'])],
  ['ask', new Set(['about'])],
  ['refer', new Set(['to'])],
]);

/** Verbs that take the hearer as an object: the cue is "told reporters", "informed lawmakers". */
export const RECIPIENT_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'ask', 'caution', 'advise']);

/**
 * Verbs of stance, whose object is what they attribute ("criticized the plan"); in the passive ("were
 * rejected by the court") they report an act, not words.
 */
export const STANCE_VERBS = new Set(
  `call criticize criticise praise endorse decline cite defend blast dismiss blame reject attack mock denounce slam condemn
  applaud laud hail thank welcome decry question propose refuse support oppose back want plan seek recommend highlight tout`.split(/\s+/),
);

/** Verbs whose content may be an infinitive: "declined to comment", "urged him to resign", "vowed to fight". */
export const INFINITIVE_VERBS = new Set(['decline', 'refuse', 'urge', 'want', 'plan', 'seek', 'vow', 'pledge', 'promise', 'threaten', 'ask', 'call', 'expect', 'hope', 'agree', 'advise', 'remind', 'tell', 'warn']);

function buildForms(): Map<string, CueWord> {
  const forms = new Map<string, CueWord>();
  for (const entry of VERBS.split(/[|\n]/)) {
    const [lemma, pasts, kind] = entry.trim().split(' ');
    if (!lemma) continue;
    const strong = kind === 'S';
    const past = pasts.split(',');
    const add = (w: string, form: CueWord['form']) => {
      if (!forms.has(w)) forms.set(w, { lemma, strong, form });
    };
    add(lemma, 'base');
    add(thirdPerson(lemma), 's');
    for (const p of past) add(p, 'past');
    add(ingForm(lemma, past[0]), 'ing');
  }
  return forms;
}

function thirdPerson(base: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

function ingForm(base: string, past: string): string {
  const last = base[base.length - 1];
  if (past === `${base}${last}ed`) return `${base}${last}ing`; // admit, admitted, admitting
  if (base.endsWith('e') && !base.endsWith('ee')) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

/** Auxiliaries and negation that belong to the cue's verb group ("has said", "did not say"). */
export const AUXILIARIES = new Set(
  `has have had having will would could can may might should must shall did does do is was were are be been being am
  not never didn't doesn't don't hasn't haven't hadn't won't wouldn't couldn't isn't wasn't weren't can't cannot`.split(/\s+/),
);

/** The forms of "be": with a past participle and "by" they make a passive cue ("was stated by"). */
export const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am']);

/** Words before a cue form that make it a noun or an adjective ("the said property", "their claims"). */
export const NOUN_MARKERS = new Set(
  'the a an this that these those such his her its their our my your whose any every each no some of'.split(' '),
);

/** Pronouns that can be a source. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);
