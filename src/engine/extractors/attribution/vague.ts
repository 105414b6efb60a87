/** People named by what they are, not who: "experts say", "critics argue", "officials said". */
const GROUP_NOUNS = new Set(
  (
    'experts critics officials analysts observers sources insiders people economists scientists researchers ' +
    'commentators pundits witnesses residents diplomats aides advisers advisors activists supporters opponents skeptics ' +
    'sceptics proponents advocates scholars historians authorities investigators lawmakers legislators studies reports ' +
    'rumors rumours some many others most few several someone somebody everyone everybody anyone observers specialists ' +
    'campaigners environmentalists doctors physicians officers staffers employees members voters locals citizens ' +
    'watchers forecasters strategists consultants authorities'
  ).split(' '),
);

/** Single unnamed people, vague with "a", "an", "one", "another": "a spokesman", "one official". */
const SINGLE_NOUNS = new Set(
  ('spokesman spokeswoman spokesperson official source person aide adviser advisor diplomat member employee staffer ' +
    'expert analyst insider observer witness resident officer executive').split(' '),
);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'certain']);
/** Words that say the source keeps its name back: "who spoke on condition of anonymity", "people familiar with". */
const ANONYMOUS = new Set(['anonymity', 'anonymously', 'unnamed', 'unidentified', 'anonymous', 'familiar']);

/**
 * True when a source names nobody: a group noun without a name ("experts", "senior officials", "some")
 * or one unnamed person ("a senior official"). The caller has already found no person's name in it.
 */
export function isVagueSource(text: string): boolean {
  const words = text.toLowerCase().split(/[\s,]+/).filter((w) => w.length > 0);
  if (words.some((w) => ANONYMOUS.has(w))) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'who' || w === 'of' || w === 'for' || w === 'at') break; // the head comes before these
    if (GROUP_NOUNS.has(w)) return true;
    if (SINGLE_NOUNS.has(w) && words.slice(0, i).some((d) => INDEFINITE.has(d))) return true;
  }
  return false;
}
