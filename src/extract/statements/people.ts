import { MONTH_NAMES } from '../dates/calendar.ts';
import { COUNTRY_ADJECTIVE } from '../entities/demonyms.ts';
import { PERSON_GENDER } from '../entities/gazetteer.ts';
import { privateNamesake } from '../entities/privateNamesake.ts';
import { resolveEntityAt } from '../entities/resolve.ts';
import {
  AGE_BEFORE_NAME,
  coordinatedNames,
  SPELLED_AGE_WORD,
  textEntity,
  trailingProperName,
} from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';
import { KIN_WORDS, wordsExcept } from '../wordLists.ts';
import { allMatches } from './allMatches.ts';
import { knownFullNameBefore } from './honorificSurname.ts';
import { keptPerText } from './keptPerText.ts';
import { LIST_SEPARATOR } from './lexicon.ts';
import { bySurnameSpelling } from './namesakes.ts';
import { givenNameGender } from './personGender.ts';

const LOWER_CASE_WORD_NEXT = /^\s+\p{Ll}/u;

/**
 * People the text names, wherever they stand ("X met the residents. He said …"): what a later
 * "he" or "she" may point back to. A person is a name of two or three capitalised words that
 * is no body or place ("Phil Lovas"), a name after an honorific or a title ("Mr. Regalado",
 * "Sen. Warren", "spokesman Josh Earnest"), or the surname of one already named ("Lovas").
 */

export type Gender = 'm' | 'f' | null;

export interface PersonMention {
  entity: Entity;
  start: number;
  gender: Gender;
}

const MALE =
  /^(?:Mr\.?|spokesman|congressman|chairman|man|father|husband|son|brother|king|prince|he|his|him|sir|Lord)$/i;
const FEMALE =
  /^(?:Mrs\.?|Ms\.?|Miss|spokeswoman|congresswoman|chairwoman|woman|mother|wife|daughter|sister|queen|princess|she|her|Lady)$/i;

/** Words that make a capitalised run a place or a body, not a person: "New York", "White House", "Fox News". */
const NOT_A_PERSON = new Set([
  'New',
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'United',
  'San',
  'Los',
  'Las',
  'Saint',
  'St.',
  'Fort',
  'Mount',
  'Lake',
  'Port',
  'White',
  'House',
  'Senate',
  'Court',
  'Supreme',
  'National',
  'Republican',
  'Democratic',
  'Democrat',
  'Republicans',
  'Democrats',
  'Party',
  'Committee',
  'Convention',
  'Department',
  'Ministry',
  'Street',
  'Avenue',
  'Ave',
  'Ave.',
  'Boulevard',
  'Blvd',
  'Blvd.',
  'Road',
  'Rd.',
  'Highway',
  'Prospekt',
  'Plaza',
  'City',
  'County',
  'State',
  'States',
  'University',
  'College',
  'School',
  'Institute',
  'Center',
  'Centre',
  'News',
  'Post',
  'Times',
  'Journal',
  'Press',
  'Network',
  'Foundation',
  'Fund',
  'Bank',
  'Group',
  'Company',
  'Corp',
  'Corp.',
  'Inc',
  'Inc.',
  'Association',
  'Council',
  'Union',
  'Agency',
  'Rights',
  'Office',
  'Service',
  'Bureau',
  'Administration',
  'Campaign',
  'Club',
  'Church',
  'Hall',
  'Square',
  'Park',
  'Island',
  'Islands',
  'River',
  'Valley',
  'Bay',
  'Beach',
  'Airport',
  'Hotel',
  'Tower',
  'Center',
  'Act',
  'Bill',
  'Day',
  'Week',
  'War',
  'America',
  'American',
  'Americans',
  // "Armenian Christmas", "Azerbaijani Airlines": a nationality's adjective opens no person's name.
  ...Object.values(COUNTRY_ADJECTIVE),
  ...MONTH_NAMES,
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'After',
  'Before',
  'With',
  'For',
  'From',
  'By',
  'And',
  'But',
  'Also',
  'When',
  'While',
  'As',
  'If',
  'Then',
  'According',
  'To',
  'Of',
  'That',
  'This',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'His',
  'Her',
  'Their',
  'Its',
  'Our',
  'Who',
  'What',
  'Why',
  'How',
  'Where',
  'Like',
  'Since',
  'During',
  'Asked',
  'Although',
  'Though',
  'Because',
  'Whereas',
  'Unless',
  'Until',
  'Once',
  'Later',
  'Earlier',
  'Speaking',
  'Meanwhile',
  'However',
  'Still',
  'Yet',
  'So',
  'Now',
  'Today',
  'Trump’s',
  // "No Filipino is known to …", "Neither minister": a negative determiner opens no one's name.
  'No',
  'Neither',
  'None',
]);

const HONORIFIC_OR_TITLE =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Mayor|Senator|Governor|President|Representative|Congressman|Congresswoman|Judge|Justice|Secretary|Minister|Ambassador|spokes(?:man|woman|person))\.?$/;

/** A capital initial with its dot: "K." in "Dr. K. Sargsyan". */
const INITIAL = /^\p{Lu}\.$/u;

const POSSESSIVE_END = /(?<=\p{L}{2})['’]s$/u;

/** A person a possessive name owns: "Rafael's wife", "Aliyev's chief adviser". */
const PERSON_AFTER_POSSESSIVE =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:wife|husband|son|daughter|mother|father|brother|sister|widow|grandmother|grandfather|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|fianc[eé]e?|partner|friend|neighbou?r|lawyer|attorney|spokes(?:man|woman|person)|aide|adviser|advisor|assistant|secretary|deputy|successor|predecessor|rival|opponent|envoy|colleague|boss)\b/u;

// A name's words are apart by spaces and at most one line break: a blank line ends a rubric or a
// headline ("World\n\nPakistan welcomes …"), never a name.
const RUN =
  /(?<![\p{L}\p{N}’'.-])(?:(\p{Lu}[\p{Ll}]*\.|spokes(?:man|woman|person))\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)\p{Lu}[\p{L}’'-]+){0,4})(?![\p{L}\p{N}])/gu;

/** The gender the gazetteer records for a person it knows; null for anyone else. */
export function knownGender(entity: Entity): Gender {
  return PERSON_GENDER[entity.id] ?? null;
}

export function genderOf(words: readonly string[]): Gender {
  for (const w of words) {
    if (MALE.test(w)) return 'm';
    if (FEMALE.test(w)) return 'f';
  }
  return null;
}

interface RunPerson {
  entity: Entity;
  gender: Gender;
  /** Length of the name at the run's end (the whole run for a gazetteer name). */
  nameLength: number;
}

/** Runs of capitalised words repeat across a corpus: each is read once. */
const runs = new Map<string, RunPerson | null>();

/** The person a run of two or more capitalised words names, or null when it names a body or place. */
function personOfRun(run: string): RunPerson | null {
  const known = runs.get(run);
  if (known !== undefined) return known;
  let person: RunPerson | null = null;
  const gazetteer = resolveEntityAt(run, null);
  // "Senator Anna Berling": a title before the name is no part of it.
  const proper = gazetteer ? null : trailingProperName(run);
  if (gazetteer && gazetteer.kind === 'person')
    person = {
      entity: gazetteer,
      gender: genderOf(run.split(' ')) ?? knownGender(gazetteer),
      nameLength: run.length,
    };
  else if (!gazetteer && proper && proper.name.includes(' ') && textEntity(proper.name).kind === 'person') {
    // "the Syunik Red Cross": a name that ends in a body's noun is no one "he" or "she" points to.
    person = {
      entity: textEntity(proper.name),
      gender: genderOf(run.split(' ')),
      nameLength: proper.name.length,
    };
  }
  if (runs.size > 50_000) runs.clear();
  runs.set(run, person);
  return person;
}

/**
 * "Pashinyan met the villagers. He said …": a surname written alone is a person when the
 * gazetteer knows it exactly (lower-cased, so no typo matching turns a stray word into a name).
 */
function knownSurname(word: string): Entity | null {
  const entity = resolveEntityAt(word.toLowerCase(), null);
  return entity && entity.kind === 'person' ? entity : null;
}

/** The latest mention of each surname, for a surname written alone later ("Lovas" after "Phil Lovas"). */
export type Surnames = Map<string, PersonMention>;

const LAST_WORD = /(\p{L}+)\s*$/u;

function genderBefore(slice: string, at: number): Gender {
  const word = LAST_WORD.exec(slice.slice(Math.max(0, at - 24), at))?.[1];
  return word ? genderOf([word]) : null;
}

/** A body's noun and "of" right before a run of capitals: "Service of", "Ministry of". */
const BODY_OF =
  /\b(?:Service|Ministry|Committee|Commission|Agency|Department|Office|Council|Directorate|Inspectorate)\s+of\s+$/;

/** People named in text[from, to), in text order; `surnames` knows people named earlier and learns these. */
/** A list of names closed by a place noun: " and Syunik provinces", " province", ", Tavush and Lori regions". */
const PLACE_NOUN_AFTER =
  /^(?:,\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*,?(?:\s+(?:and|or)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+(?:provinces?|regions?|districts?|villages?|communities|community|towns?|cities|city|areas?|municipalit(?:y|ies)|marz|rayon)\b/u;

/** A locative preposition, or a settlement's noun and "of", right before a run of capitals: "in", "the City of". */
const PLACE_BEFORE =
  /(?:\b(?:in|near|outside|throughout|across)|\b(?:City|Town|Village|County|Province|Region|Republic|State)\s+of)\s+$/u;

export function findPeople(text: string, from: number, to: number, surnames: Surnames): PersonMention[] {
  const found: PersonMention[] = [];
  const slice = text.slice(from, to);
  for (const m of allMatches(RUN, slice)) {
    const title = m[1];
    const names = m[2]!.split(/\s+/);
    while (names.length && NOT_A_PERSON.has(names[0]!)) names.shift();
    // "Sixty-eight-year-old Gayane": an age spelled out to open a sentence is no part of the name.
    if (names.length > 1 && SPELLED_AGE_WORD.test(names[0]!)) names.shift();
    // "the State Service of Emergency Situations": two words after a body's "of" are its domain.
    if (names.length === 2 && !title && BODY_OF.test(slice.slice(Math.max(0, m.index! - 16), m.index!)))
      continue;
    // "the Ministry of Energy Lena Varossian": after "of", the first word is the role's domain, not a first name.
    if (names.length === 3 && !title && /\bof\s+$/.test(slice.slice(Math.max(0, m.index! - 4), m.index!)))
      names.shift();
    if (!names.length || names.some((w) => NOT_A_PERSON.has(w))) continue;
    const start = from + m.index! + m[0].length - names.join(' ').length;
    // "Kechejian's family fled in 1915. She said …": whose family it is, is a person the text names
    // there; "Rafael's wife" names her more than him, so a person's noun after it leaves him out.
    if (POSSESSIVE_END.test(names.at(-1)!)) {
      if (PERSON_AFTER_POSSESSIVE.test(slice.slice(m.index! + m[0].length, m.index! + m[0].length + 40)))
        continue;
      names[names.length - 1] = names.at(-1)!.replace(POSSESSIVE_END, '');
    }
    let mention: PersonMention | null = null;
    if (names.length === 1) {
      const earlier = earlierOfGender(surnames, names[0]!, title ? genderOf([title]) : null);
      if (earlier)
        mention = { entity: earlier.entity, start, gender: earlier.gender ?? genderOf(title ? [title] : []) };
      else if (title && INITIAL.test(title) && !NOT_A_PERSON.has(names[0]!)) {
        // "Dr. K. Sargsyan", "G. Hakobyan": an initial and a surname, as minutes and wires write a person.
        const full = `${title} ${names[0]}`;
        const known = resolveEntityAt(full, null);
        if (!known || known.kind === 'person')
          mention = {
            entity: known ?? textEntity(full),
            start: start - title.length - 1,
            gender: genderBefore(slice, m.index!),
          };
      } else if (title && HONORIFIC_OR_TITLE.test(title)) {
        // "Mr. Michel" after "Charles Michel": the person written out before, unless "Mrs." says otherwise.
        const known = knownFullNameBefore(text, start, names[0]!);
        const gender = genderOf([title]);
        const same = known && !(gender && knownGender(known) && knownGender(known) !== gender) ? known : null;
        mention = { entity: same ?? textEntity(`${title} ${names[0]}`), start, gender };
      } else {
        const known = knownSurname(names[0]!);
        if (known) mention = { entity: known, start, gender: knownGender(known) };
        else if (
          (AGE_APPOSITION.test(slice.slice(m.index! + m[0].length, m.index! + m[0].length + 40)) ||
            PERSON_NOUN_APPOSITION.test(slice.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) &&
          !FRONTED_PLACE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
          !resolveEntityAt(names[0]!, null)
        )
          // "met Anahit, a 62-year-old retired teacher", "Anahit, a former nurse from Shushi, …": a
          // given name alone, with an age or a person's noun in apposition, is a person.
          mention = {
            entity: textEntity(names[0]!),
            start,
            gender: genderOf([PERSON_NOUN_APPOSITION.exec(slice.slice(m.index! + m[0].length))?.[1] ?? '']),
          };
        else if (
          AGE_BEFORE_NAME.test(text.slice(Math.max(0, start - 40), start)) &&
          !KIN_OF_BEFORE_NAME.test(slice.slice(Math.max(0, m.index! - 60), m.index!)) &&
          !resolveEntityAt(names[0]!, null)
        )
          // "68-year-old Gayane told …", "Sixty-eight-year-old Gayane told …": a given name alone
          // after an age is a person; the sentence's own "his" or "her" tells which. "The mother of
          // 24-year-old Hayk … she told" is the mother's: whose kin it is, is no one "she" points to.
          mention = {
            entity: textEntity(names[0]!),
            start,
            gender: genderInSentence(slice.slice(m.index! + m[0].length)),
          };
        else if (
          WHO_APPOSITION.test(slice.slice(m.index! + m[0].length, m.index! + m[0].length + 16)) &&
          !KIN_OF_BEFORE_NAME.test(slice.slice(Math.max(0, m.index! - 60), m.index!)) &&
          !PLACE_PREPOSITION_BEFORE.test(slice.slice(Math.max(0, m.index! - 12), m.index!)) &&
          !resolveEntityAt(names[0]!, null)
        )
          // "Vahe, who has driven the road for years, …": "who" is said of a person only; the
          // sentence's own "his" or "her" tells which.
          mention = {
            entity: textEntity(names[0]!),
            start,
            gender: genderInSentence(slice.slice(m.index! + m[0].length)),
          };
        else {
          // "Rafael's wife, Sevda, was nine": a given name set off after a person's noun is that person.
          const noun = NOUN_BEFORE_APPOSED_NAME.exec(slice.slice(Math.max(0, m.index! - 60), m.index!))?.[1];
          // "his sister Lusine told …": a given name right after someone's kin noun names that relative.
          const kin = noun
            ? undefined
            : OWNED_KIN_BEFORE_NAME.exec(slice.slice(Math.max(0, m.index! - 60), m.index!))?.[1];
          if (noun && /^\s*,/.test(slice.slice(m.index! + m[0].length)) && !resolveEntityAt(names[0]!, null))
            mention = { entity: textEntity(names[0]!), start, gender: genderOf([noun]) };
          else if (kin && !title && !resolveEntityAt(names[0]!, null))
            mention = { entity: textEntity(names[0]!), start, gender: genderOf([kin]) };
          else {
            // "Garnik lights a cigarette" after "Garnik Hovhannisyan": a feature calls its subject by given name.
            // An address ("Tigran?") is no mention: the name must open a clause ("Garnik lights").
            const subject = LOWER_CASE_WORD_NEXT.test(
              slice.slice(m.index! + m[0].length, m.index! + m[0].length + 3),
            );
            const given = subject ? givenNameOf(surnames, names[0]!) : undefined;
            if (given) mention = { entity: given.entity, start, gender: given.gender };
          }
        }
      }
    } else {
      const run = names.join(' ');
      // "the Gegharkunik, Vayots Dzor and Syunik provinces": names that a place noun closes are places.
      if (PLACE_NOUN_AFTER.test(slice.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
      const person = personOfRun(run);
      // "At the church in Niagara Falls, the Rev. … prayed. He said …": a name a locative
      // preposition governs is a place, never whom "he" points to; a person the gazetteer knows
      // ("confidence in Nikol Pashinyan") and an owner ("in Lena Ortiz's kitchen") stay people.
      if (
        person &&
        !title &&
        person.entity.id.startsWith('text:') &&
        !POSSESSIVE_END.test(m[2]!) &&
        PLACE_BEFORE.test(slice.slice(Math.max(0, m.index! - 24), m.index!))
      )
        continue;
      if (!person) {
        mention = titledSurname(run, start, surnames);
        if (mention) {
          found.push(mention);
          rememberSurname(surnames, mention);
        }
        continue;
      }
      const gender = (title ? genderOf([title]) : null) ?? person.gender ?? genderBefore(slice, m.index!);
      // "Armen Sargsyan, 41," in a text with none of the public figure's titles: a private namesake.
      const entity = (!title && privateNamesake(person.entity, run, text)) || person.entity;
      mention = { entity, start: start + run.length - person.nameLength, gender };
    }
    if (!mention) continue;
    found.push(mention);
    rememberSurname(surnames, mention);
  }
  return found;
}

/** The latest mention of each surname by a person of each gender: "Mr. Trump" after "Ivana Trump". */
const surnamesByGender = new WeakMap<Surnames, Map<string, PersonMention>>();

function rememberSurname(surnames: Surnames, mention: PersonMention): void {
  const surname = mention.entity.name.split(' ').pop()!;
  surnames.set(surname, mention);
  const gender = mention.gender ?? givenNameGender(mention.entity);
  if (!gender) return;
  let gendered = surnamesByGender.get(surnames);
  if (!gendered) surnamesByGender.set(surnames, (gendered = new Map()));
  gendered.set(`${surname} ${gender}`, mention);
}

/**
 * The person a surname written alone points back to: the latest so named, unless a title tells
 * a gender that person does not have ("Mr. Trump" after "Ivana Trump"); then the latest of that
 * gender so named, or no one named before.
 */
/** The one person named in full before whose given name this is; undefined for none or several, or a known name. */
function givenNameOf(surnames: Surnames, word: string): PersonMention | undefined {
  let found: PersonMention | undefined;
  for (const mention of surnames.values()) {
    const words = mention.entity.name.split(' ');
    if (words.length < 2 || words[0] !== word) continue;
    if (found && found.entity.id !== mention.entity.id) return undefined;
    found = mention;
  }
  return found && !resolveEntityAt(word, null) ? found : undefined;
}

function earlierOfGender(surnames: Surnames, surname: string, titled: Gender): PersonMention | undefined {
  const earlier = surnames.get(surname) ?? bySurnameSpelling(surnames, surname);
  if (!earlier || !titled) return earlier;
  const gender = earlier.gender ?? givenNameGender(earlier.entity);
  if (!gender || gender === titled) return earlier;
  return surnamesByGender.get(surnames)?.get(`${earlier.entity.name.split(' ').pop()!} ${titled}`);
}

/**
 * "Director Comey", "Executive Director Russell": a title of capitalised words before a surname
 * alone is the person named so before, or one the gazetteer knows by that surname, else the words as written.
 * A cleric's title before one name likewise: "Father Vahan", "Pastor Gevorg", "Archbishop Mikael".
 */
const PERSON_TITLE =
  /^(?:Director|Administrator|Coordinator|Chairman|Chairwoman|Commissioner|Envoy|Father|Pastor|Bishop|Archbishop|Reverend)$/;

function titledSurname(run: string, start: number, surnames: Surnames): PersonMention | null {
  const proper = trailingProperName(run);
  if (!proper || proper.name.includes(' ') || !PERSON_TITLE.test(proper.role.split(' ').pop() ?? ''))
    return null;
  const at = start + run.length - proper.name.length;
  const earlier = surnames.get(proper.name) ?? bySurnameSpelling(surnames, proper.name);
  if (earlier)
    return { entity: earlier.entity, start: at, gender: earlier.gender ?? genderOf(run.split(' ')) };
  const known = knownSurname(proper.name);
  if (known) return { entity: known, start: at, gender: knownGender(known) };
  // Someone the text did not name in full: the title and surname as written, as for "Mr. Lovas".
  return { entity: textEntity(run), start, gender: genderOf(run.split(' ')) };
}

/** An age in apposition after a name: ", a 62-year-old …", ", 62, said". */
const AGE_APPOSITION =
  /^,\s+(?:an?\s+\d{1,3}-year-old\s+(?!(?:\p{L}+\s+)?(?:city|town|village|building|church|monastery|bridge|road|house|tree|site|company|firm|newspaper)\b)|\d{1,3},)/u;

/** A relative clause of a person set off after a name: "|, who runs a shop in Goris,|". */
const WHO_APPOSITION = /^,\s+who\s+\p{Ll}/u;

/**
 * "a soldier from Gyumri, who was among those returned": a name after a place's preposition is the
 * place the noun before it comes from, and "who" is said of that noun, not of the place.
 */
const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}])(?:from|in|near|outside)\s+$/u;

/**
 * "In Ganja, a retired teacher, Gulnara Mammadova, stood …": a name after a preposition that opens
 * the sentence is the place it is set in; the person's noun after it is the subject's.
 */
const FRONTED_PLACE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n)(?:In|At|Near|Outside|Inside)\s+$/u;

/**
 * "the mother of 24-year-old Hayk, who asked not to be named": a name inside a kin noun's "of"
 * phrase says whose mother she is; the "who" clause after it is said of the mother.
 */
const KIN_OF_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}])${wordsExcept(KIN_WORDS)}\\s+of\\s+(?:(?:the\\s+)?\\d{1,3}-year-old\\s+)?$`,
  'u',
);

/** The gender the rest of a sentence gives its subject by "his" or "her", when it uses one of them only. */
function genderInSentence(rest: string): Gender {
  const sentence = rest.split(/[.!?](?:\s|$)/u, 1)[0]!;
  const his = /\b(?:his|him|himself)\b/i.test(sentence);
  const her = /\b(?:her|herself)\b/i.test(sentence);
  return his === her ? null : his ? 'm' : 'f';
}

/** A person's noun in apposition after a name: ", a former nurse from …", ", a retired teacher,". */
const PERSON_NOUN_APPOSITION =
  /^,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(wife|husband|son|daughter|mother|father|brother|sister|widow|widower|grandmother|grandfather|(?:school)?teacher|nurse|doctor|neighbou?r|farmer|shepherd|driver|student|pensioner|refugee|volunteer|villager|resident)(?:,|\s+(?:from|in|of|who)\b)/u;

/** A person's noun, with a place after it, then the comma that opens a name in apposition: "Rafael's wife, ". */
const NOUN_BEFORE_APPOSED_NAME =
  /(?<![\p{L}])(wife|husband|son|daughter|mother|father|brother|sister|widow|widower|grandmother|grandfather|grandson|granddaughter|(?:school)?teacher|nurse|doctor|neighbou?r|friend|farmer|shepherd|driver|student|pensioner|refugee|volunteer|soldier|villager|resident)(?:\s+(?:from|in|of|near)\s+\p{Lu}[\p{L}-]*)?,\s*$/u;

/**
 * A kin noun someone owns, right before a given name in close apposition: "his sister ", "her
 * younger brother ", "Arman's wife ". The name that follows is that relative's.
 */
const OWNED_KIN_BEFORE_NAME =
  /(?<![\p{L}'’-])(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]+['’]s)\s+(?:(?:elder|older|younger|little|big|late|eldest|youngest)\s+)?(wife|husband|son|daughter|mother|father|brother|sister|grandmother|grandfather|grandson|granddaughter|nephew|niece|cousin|uncle|aunt)\s+$/u;

/** Does the pronoun fit the person? "she" not for a man the text called "Mr." or "spokesman". */
export function fitsPronoun(pronoun: string, gender: Gender): boolean {
  if (!gender) return true;
  return /^(?:he|him)$/i.test(pronoun) ? gender === 'm' : gender === 'f';
}

/** Words of a body's or a programme's name, which no untitled list of people holds: "Border Control and Migration Services". */
const INSTITUTION_WORD =
  /^(?:services?|forces|control|affairs|relations|security|defen[cs]e|justice|interior|migration|customs|border|emergency|emergencies|situations|rights|health|development|protection|international|civil|federal|republic|society|management|studies|research|resources|energy|trade|industry|industries|holdings|partners|brothers|sons|associates|solutions|systems|technologies|communications|media|news|airlines|railways)$/i;

/** A full name as a list writes it: two or three capitalised words, maybe with an initial ("Ann B. Carver"). */
const FULL_NAME = /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}’'-]+){1,2}$/u;

/**
 * "Ann Carver and Tom Beale", "Ann Carver, Tom Beale and Lena Hovsepyan": people named together
 * with no title, each by a full name that names a person (no body or place word, nothing the
 * gazetteer knows as other than a person). Null for anything else: "Procter and Gamble",
 * "Armenia and Azerbaijan", "Ann Carver and her husband", "United States Citizenship and
 * Immigration Services" (a body's words are no first name).
 */
function untitledNames(phrase: string): { name: string; role: string }[] | null {
  if (!phrase.includes(' and ')) return null;
  const parts = phrase
    .replace(/\s*\([^)]*\)/g, '')
    .trim()
    .replace(/\s+(?:both|all|too|also|together)$/i, '')
    .replace(KIN_GROUP_BEFORE, '')
    .replace(HOME_TOWN_AFTER, '')
    .split(LIST_SEPARATOR);
  if (parts.length < 2) return null;
  const shared = sharedSurname(parts);
  if (shared) parts[0] = shared;
  for (const part of parts) {
    if (
      !FULL_NAME.test(part) ||
      part.split(/\s+/).some((w) => NOT_A_PERSON.has(w) || INSTITUTION_WORD.test(w))
    )
      return null;
    const person = personOfRun(part);
    if (!person || person.nameLength !== part.length || person.entity.kind !== 'person') return null;
  }
  return parts.map((name) => ({ name, role: '' }));
}

/** "siblings Aram and Lena Avakian": a word for how the people named are kin, no name of theirs. */
const KIN_GROUP_BEFORE = /^(?:siblings|spouses|brothers|sisters|cousins|twins)\s+(?=\p{Lu})/u;

/** "Ara and Nairi Avakian of Fresno": where the people named live, no part of their names. */
const HOME_TOWN_AFTER = /\s+(?:of|from)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}$/u;

/** A given name alone: one capitalised word. */
const GIVEN_NAME_ALONE = /^\p{Lu}[\p{Ll}’'-]+$/u;

/**
 * "Haig and Lucine Derderian": a couple or siblings named with one surname written once. The
 * first given name takes the second name's surname, when the word is nothing the gazetteer knows
 * ("Armenia and Nikol Pashinyan" is no couple) and the second is a given name and a surname.
 */
function sharedSurname(parts: readonly string[]): string | null {
  const [first, second] = parts;
  if (parts.length !== 2 || !first || !second || !GIVEN_NAME_ALONE.test(first)) return null;
  const words = second.split(/\s+/);
  if (
    words.length !== 2 ||
    !FULL_NAME.test(second) ||
    NOT_A_PERSON.has(first) ||
    INSTITUTION_WORD.test(first)
  )
    return null;
  return resolveEntityAt(first, null) ? null : `${first} ${words[1]}`;
}

/** People named as speakers together, with a title ("Sens. Ann Carver and Tom Beale") or without. */
function readNamedTogether(phrase: string): { name: string; role: string }[] | null {
  return coordinatedNames(phrase) ?? untitledNames(phrase);
}

/**
 * Asked of every speaker phrase, about ten times each (by the statement readers and again by
 * resolveSpeaker): read once per phrase. Only a phrase with " and " can name two, and a look for
 * it is cheaper than a look-up in the memory.
 */
const keptNamedTogether = keptPerText(readNamedTogether);
export const namedTogetherIn = (phrase: string) =>
  phrase.includes(' and ') ? keptNamedTogether(phrase) : null;
