import { isPersonNoun } from '../entities/textEntity.ts';
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
const AGED = /^the\s+\d{1,3}-year-old\s+(?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}.'’-]*)\s+){0,3}(\p{Ll}[\p{Ll}-]+)$/u;

/**
 * "the teacher", "the retired mechanic", "the Zurich nurse": "the", at most three modifiers, and a
 * head noun for a kind of person (entities/textEntity.ts). Journalists name someone, then go on
 * by what they do; the noun is news about them, so it need not be written by the name.
 */
const DESCRIBED = /^the\s+(?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}.'’-]*)\s+){0,3}(\p{Ll}[\p{Ll}-]+)$/u;

/**
 * Heads that are no description of one named person: offices and ranks (read by who holds them,
 * roleHolder.ts), kin and company (someone's relation: "the mother" of whom), and nouns the text
 * uses for the many ("the soldier", "the witness", "the resident").
 */
const NOT_DESCRIBING = new Set(
  (
    'official officer person spokesperson spokesman spokeswoman representative diplomat source minister ' +
    'ambassador envoy adviser advisor aide lawmaker mp deputy leader head chief director coordinator ' +
    'governor mayor ombudsman ombudsperson defender judge commander speaker host presenter anchor owner ' +
    'manager founder candidate moderator participant delegate attendee panelist panellist correspondent ' +
    'reporter journalist editor columnist negotiator mediator sister brother son daughter wife husband ' +
    'widow widower relative cousin uncle aunt nephew niece grandmother grandfather grandson granddaughter ' +
    'sibling parent mother father friend colleague neighbour neighbor witness resident citizen voter ' +
    'soldier serviceman peacekeeper guard policeman policewoman employee staffer worker refugee evacuee ' +
    'returnee migrant villager survivor protester campaigner activist'
  ).split(' '),
);

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
  /**
   * A noun the text need not have written by the name ("the teacher"): it fits the one person the
   * nearest sentence names when no office is written by their name.
   */
  described: boolean;
  /**
   * Read only so: where the noun is written by a name ("Lawyer Artur Ghazaryan … the lawyer"),
   * the readings of a title (roleHolder.ts and after) decide, as they did before.
   */
  only?: boolean;
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
      described: false,
    };
  if (!noun) return describedOf(phrase);
  return {
    noun,
    gender: FEMALE.test(noun) ? 'f' : MALE.test(noun) ? 'm' : null,
    kind: KIND_WORDS[noun] ?? null,
    unique: UNIQUE_NOUNS.has(noun),
    described: noun === 'expert' || noun === 'analyst',
  };
}

function describedOf(phrase: string): Epithet | null {
  const noun = DESCRIBED.exec(phrase)?.[1];
  if (!noun || NOT_DESCRIBING.has(noun) || !isPersonNoun(noun)) return null;
  return {
    noun,
    gender: null,
    kind: new RegExp(`\\b${noun}`, 'i'),
    unique: true,
    described: true,
    only: true,
  };
}

/**
 * Words by a name that make its bearer an office holder ("Mayor Ruben Hakobyan", "the spokeswoman
 * of the ministry, Shushan Stepanyan,"): such a person is not who "the teacher" describes.
 */
export const OFFICE_BY_NAME =
  /\b(?:minister|president|premier|prime|chancellor|mayor|governor|spokes\w+|ambassador|envoy|secretary|chair\w*|leader|commander|general|official|deputy|MP|senator|lawmaker|head|chief|director|ombuds\w+|defender|adviser|advisor|aide|press|judge|prosecutor|king|queen|prince)\b/i;

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
