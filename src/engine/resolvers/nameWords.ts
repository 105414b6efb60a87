/** Word tables for reading names: what is not a name, what is a title, what names an organisation. */
const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Capitalized words that are not part of a person's name. */
export const NOT_NAMES = words(`
  The A An In On At For But And Or As If When While After Before Since During From With By To Of This That
  These Those It He She They We I You His Her Their Our My Its Mr Mrs Ms Dr Monday Tuesday Wednesday
  Thursday Friday Saturday Sunday January February March April May June July August September October
  November December Today Tomorrow Yesterday`);

/**
 * Titles and role nouns that stand before a name ("President Donald Trump", "Northrop Grumman CEO Ron
 * Sugar", "Democratic strategist James Carville"). Lowercase, without a final stop.
 */
export const TITLE_WORDS = words(`
  president vice prime minister deputy first secretary senator sen rep representative gov governor mayor
  chairman chairwoman chair chief executive ceo cfo coo director spokesman spokeswoman spokesperson general
  gen col adm judge justice attorney ambassador commissioner speaker leader king queen prince princess pope
  chancellor premier sheriff officer professor prof dr mr mrs ms sir lord lady dame minority majority whip
  head analyst economist founder co-founder owner manager coach captain lt sgt capt rev father bishop
  cardinal candidate nominee strategist adviser advisor aide lawyer official lawmaker congressman
  congresswoman commentator columnist correspondent reporter editor researcher scientist historian pollster
  consultant activist organizer negotiator envoy diplomat host anchor writer author expert investor
  challenger incumbent member president-elect treasurer counsel superintendent commander`);

/** Last words of organisation names: "the Congressional Budget Office" is not a person. */
const ORGANIZATION_HEADS = words(`
  office department committee agency bureau service administration ministry council commission institute
  university college school party house senate congress court company inc corp corporation group bank
  association foundation center centre times post news journal press reuters network campaign union
  authority board fund organization organisation agency police army navy force forces guard parliament
  assembly government cabinet embassy federation league coalition alliance club hospital church`);

/** True when the capitalized run names an organisation rather than a person. */
export function isOrganization(name: readonly string[]): boolean {
  return isOrganizationWord(name[name.length - 1]);
}

/** True for a word that ends an organisation's name ("Office", "Force", "Committee"). */
export function isOrganizationWord(word: string): boolean {
  return ORGANIZATION_HEADS.has(word.toLowerCase().replace(/\.$/, ''));
}
