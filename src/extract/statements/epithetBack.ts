import type { Gender } from './people.ts';

/**
 * "Archbishop Bagrat Galstanyan leads the protest. “…,” the cleric told the crowd": a definite
 * common noun for a kind of person ("the woman", "the young man", "the Queens Democrat", "the
 * 19-year-old", "the cleric") is an epithet for someone the text just named, not a new speaker.
 * No title or office: those are read by who holds them (roleHolder.ts).
 */
const EPITHET =
  /^the\s+(?:(?:young|elderly|old|older|retired|local|veteran|seasoned|longtime|long-time|\d{1,3}-year-old|\p{Lu}[\p{Ll}-]+)\s+)?(woman|man|girl|boy|cleric|priest|pastor|expert|analyst|volunteer|Democrat|Republican|politician|negotiator|senator|ombudsman|lawmaker|legislator|\d{1,3}-year-old)$/u;

const CLERIC_KIND =
  /\b(?:archbishop|bishop|priest|pastor|imam|mufti|cleric|catholicos|rabbi|sheikh|father)\b/i;

/**
 * "the 58-year-old former schoolteacher", "the 34-year-old nurse": an age makes any description a
 * person's, one the text just named; the work it names is news about them, not a second person.
 */
const AGED = /^the\s+\d{1,3}-year-old\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}[\p{Ll}-]+)$/u;

/** A seat in a parliament, written by a name: "MP", "Duma deputy", "member of the National Assembly". */
const LEGISLATOR =
  /\b(?:MP|lawmaker|legislator|parliament\w*|deputy|senator|congress\w*|Milli Majlis|National Assembly|Duma|Bundestag|Knesset|Verkhovna Rada)\b/i;

/** An office won in politics, or a party, written by a name. */
const POLITICAL_OFFICE =
  /\b(?:minister|president|premier|chancellor|senator|MP|lawmaker|legislator|parliament\w*|party|mayor|governor|politician|congress\w*|Democrats?|Republicans?|Greens?|Social Democrats?|Conservatives?|Labour|Tories|Tory)\b/i;

const FEMALE = /^(?:woman|girl)$/;
const MALE = /^(?:man|boy)$/;

/**
 * What a noun of work must find written by the person's name to be theirs: "the expert" after
 * "Mayor Ruben Hakobyan spoke" is some expert, not the mayor; after "military expert Andrei
 * Kozlov", him. Nouns of sex, age or party need nothing.
 */
const KIND_WORDS: Record<string, RegExp> = {
  cleric: CLERIC_KIND,
  // "Father Arakel Sargsyan … the priest says": a Christian cleric's title tells the same work.
  // Kin is lower case ("his father"); the title is capitalised before a name.
  priest: /\b(?:[Pp]riest|[Pp]astor|[Aa]rchpriest|[Rr]everend|Rev\.|Father\s+\p{Lu}|Fr\.\s+\p{Lu})/u,
  pastor: /\b(?:[Pp]astor|[Pp]riest|[Rr]everend|Rev\.)/u,
  expert: /\bexpert\b/i,
  analyst: /\b(?:analyst|expert|political scientist)\b/i,
  volunteer: /\bvolunteer/i,
  // "Foreign Minister Annalena Baerbock … the Green politician": any office won in politics.
  politician: POLITICAL_OFFICE,
  negotiator: /\b(?:negotiat\w*|envoy|mediator|co-chair\w*|special representative)\b/i,
  // "Konstantin Kosachev, Deputy Chairman of the Federation Council, … the senator": the upper
  // house's members are senators, whatever their own title.
  senator: /\b(?:[Ss]enators?|Sen\.|Senate|Federation Council)/u,
  // "Human Rights Defender Kristinne Grigoryan … the ombudsman": the office's other names.
  ombudsman:
    /\b(?:ombudsman|ombudsperson|human rights defender|human rights commissioner|public defender)\b/i,
  lawmaker: LEGISLATOR,
  legislator: LEGISLATOR,
};

export interface Epithet {
  noun: string;
  gender: Gender;
  /** Words that must stand by the person's name, for a noun of work. */
  kind: RegExp | null;
  /** A noun of office or politics: two people named who both fit leave it no one's. */
  unique: boolean;
}

/** Nouns any of several people named together may fit ("X met Y. …, the politician said"): no guess between them. */
const UNIQUE_NOUNS = new Set(['politician', 'negotiator', 'senator', 'ombudsman', 'lawmaker', 'legislator']);

/** The epithet's head noun and the gender it tells, or null for any other phrase. */
export function epithetOf(phrase: string): Epithet | null {
  const noun = EPITHET.exec(phrase)?.[1];
  const aged = noun ? null : AGED.exec(phrase)?.[1];
  if (aged)
    return {
      noun: aged,
      gender: FEMALE.test(aged) ? 'f' : MALE.test(aged) ? 'm' : null,
      kind: null,
      unique: false,
    };
  if (!noun) return null;
  return {
    noun,
    gender: FEMALE.test(noun) ? 'f' : MALE.test(noun) ? 'm' : null,
    kind: KIND_WORDS[noun] ?? null,
    unique: UNIQUE_NOUNS.has(noun),
  };
}

/**
 * "A woman in the queue said …. “…,” the woman added": an epithet whose noun the text before
 * gave someone unnamed with an indefinite article points back to them, not to a name.
 */
export function introducedUnnamed(noun: string, before: string): boolean {
  const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?<![\\p{L}])(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}${escaped}(?![\\p{L},])`,
    'u',
  ).test(before);
}
