import { resolveEntityAt } from '../../entities/resolve.ts';
import { textEntity, trailingProperName } from '../../entities/textEntity.ts';
import type { Entity } from '../../types.ts';
import { allMatchesNearCue } from '../allMatches.ts';
import { type Epithet, introducedUnnamed, OFFICE_BY_NAME } from '../epithetBack.ts';
import { givenNameInText } from '../givenName.ts';
import { fullNamesFor } from '../namesakes.ts';
import { fitsPronoun, genderOf, knownGender, type PersonMention } from '../people.ts';
import { fullNameForSurname, type WrittenFullName, writtenJointly } from '../sharedSurname.ts';
import { NOT_A_FIRST_NAME, sentenceBeforeStart } from './bodyBack.ts';
import { EPITHET_REACH, KIND_WINDOW, roleWrittenBefore, TOLD_BEFORE } from './definiteNoun.ts';
import { genderOfMention } from './personBack.ts';
import type { Discourse } from './state.ts';

export const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The person an epithet ("the woman", "the cleric") points back to: the one named in the nearest
 * unit before, within reach, that names a person of its gender; the last speaker when among
 * several there, else the first (the subject). A noun of work needs its kind written by the
 * name. Null, and the epithet is read as before, when the text gave the noun to someone unnamed
 * or names no fitting person near enough.
 */
export function personForEpithet(epithet: Epithet, d: Discourse): Entity | null {
  const end = Math.max(d.unitStart, d.speakerAt);
  if (introducedUnnamed(epithet.noun, d.text.slice(0, end))) return null;
  d.readPeopleBefore(d.unit);
  const fits = (p: PersonMention) => {
    const gender = genderOfMention(p, d);
    if (epithet.gender && gender && gender !== epithet.gender) return false;
    return (
      !epithet.kind ||
      epithet.kind.test(
        d.text.slice(Math.max(0, p.start - KIND_WINDOW), Math.min(end, p.start + KIND_WINDOW)),
      )
    );
  };
  if (epithet.described) {
    const described = describedPerson(epithet, d, end, fits);
    if (described || epithet.only) return described;
  }
  let nearest = -1;
  for (const p of d.people) if (p.unit < d.unit && p.unit > nearest && fits(p)) nearest = p.unit;
  if (nearest < 0 || d.unit - nearest > EPITHET_REACH) return null;
  const there = d.people.filter((p) => p.unit === nearest && fits(p));
  // "X told Parlamentskaya Gazeta …": whom a speaker told is no rival for the epithet.
  const rivals = there.filter((p) => !TOLD_BEFORE.test(d.text.slice(Math.max(0, p.start - 8), p.start)));
  if (epithet.unique && new Set(rivals.map((p) => p.entity.id)).size > 1) return null;
  return (there.find((p) => p.entity.id === d.lastPerson?.id) ?? there[0])?.entity ?? null;
}

/** "the Institute of |", "University of the |": what follows is the rest of a proper name, not a person's. */
const NAME_OF_BODY_BEFORE = /\p{Lu}\p{Ll}+\s+(?:of|for)\s+(?:the\s+)?$/u;

/** A capitalised run that is a name, after the point a person mention starts at. */
const NAME_RUN = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*/u;

/**
 * Whether the text writes an office by this mention of a person: in its clause before the name
 * ("Mayor …", "The spokeswoman of the ministry, …") or in an apposition after it (", the governor,").
 */
function officeByMention(p: PersonMention, d: Discourse): boolean {
  const before =
    d.text
      .slice(Math.max(0, p.start - 80), p.start)
      .split(/[.;:!?\n"“”]/)
      .pop() ?? '';
  if (OFFICE_BY_NAME.test(before)) return true;
  const rest = d.text.slice(p.start, p.start + 140);
  const run = NAME_RUN.exec(rest)?.[0].length ?? 0;
  // "Mayor Ruben Hakobyan said": a mention may open on its title, which the run then holds.
  if (OFFICE_BY_NAME.test(rest.slice(0, run).split(/\s+/).slice(0, -2).join(' '))) return true;
  const apposed = /^\s*,\s*([^,.;:!?"“”]{1,80})/.exec(rest.slice(run))?.[1];
  return apposed !== undefined && OFFICE_BY_NAME.test(apposed);
}

/**
 * "… says Samira Huseynova (41). … “…,” the teacher tells Blick": a noun of work the text need not
 * have written by the name points back to the one person the nearest sentence within reach names,
 * when no office is written by that mention (a mayor is not "the expert") or the noun itself is.
 * Two people there, or none who fits, and it is no one's.
 */
function describedPerson(
  epithet: Epithet,
  d: Discourse,
  end: number,
  writtenBy: (p: PersonMention) => boolean,
): Entity | null {
  let nearest = -1;
  for (const p of d.people) if (p.unit < d.unit && p.start < end && p.unit > nearest) nearest = p.unit;
  if (nearest < 0 || d.unit - nearest > EPITHET_REACH) return null;
  const there = d.people.filter((p) => {
    if (p.unit !== nearest) return false;
    const before = d.text.slice(Math.max(0, p.start - 40), p.start);
    // Whom a speaker told is no rival; nor is the rest of a body's name ("the Institute of Caucasus Studies").
    return !TOLD_BEFORE.test(before) && !NAME_OF_BODY_BEFORE.test(before);
  });
  if (new Set(there.map((p) => p.entity.id)).size !== 1) return null;
  const person = there[0]!;
  if (person.entity.kind !== 'person') return null;
  if (epithet.gender && genderOfMention(person, d) && genderOfMention(person, d) !== epithet.gender)
    return null;
  if (writtenBy(person)) return epithet.only ? null : person.entity;
  return officeByMention(person, d) ? null : person.entity;
}

/** Someone the sentence before opens with, unnamed, by a noun of any sex: "A resident of Goris whom …". */
const UNNAMED_SUBJECT =
  /^(?:An?|One)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(resident|villager|neighbou?r|farmer|shepherd|driver|student|pensioner|refugee|volunteer|teacher|nurse|doctor|shopkeeper|witness|survivor|evacuee)\b(?!['’])/u;

/**
 * "A resident of Stepanakert whom the paper reached described the city. “…,” the woman said":
 * a noun of sex points back to the one unnamed person the sentence before opens with, when that
 * sentence names no person it could be instead.
 */
export function unnamedSubjectBefore(d: Discourse): Entity | null {
  const from = sentenceBeforeStart(d);
  const noun = UNNAMED_SUBJECT.exec(d.text.slice(from, d.unitStart).trimStart())?.[1];
  if (!noun) return null;
  d.readPeopleBefore(d.unit);
  if (d.people.some((p) => p.start >= from && p.start < d.unitStart)) return null;
  return { ...textEntity(noun), kind: 'person', role: noun };
}

export function lastWithRole(p: string, d: Discourse): Entity | null {
  const noun = /^the\s+(spokes(?:person|man|woman)|representative)$/i.exec(p)?.[1]?.toLowerCase();
  if (!noun) return null;
  const gender = genderOf([noun]);
  const holds = (e: Entity) =>
    e.kind === 'person' &&
    (noun.startsWith('spokes') ? /spokes/i : /representative/i).test(e.role ?? '') &&
    (!gender || fitsPronoun(gender === 'm' ? 'he' : 'she', knownGender(e)));
  const holders = new Map(d.textPeople.filter(holds).map((e) => [e.id, e]));
  if (d.lastPerson && holds(d.lastPerson)) holders.set(d.lastPerson.id, d.lastPerson);
  // "Spokesperson … Ani Badalyan stated that Minister Mirzoyan …. According to the spokesperson":
  // one the gazetteer records in the role, named before, though another person spoke since.
  d.readPeopleBefore(d.unit);
  for (const m of d.people) if (holds(m.entity)) holders.set(m.entity.id, m.entity);
  return holders.size === 1 ? [...holders.values()][0]! : null;
}

/** Whether the text named a person in the role before ("the spokesperson" of one of several): then no body is it. */
export function roleHeldBefore(p: string, d: Discourse): boolean {
  const noun = /^the\s+(spokes(?:person|man|woman)|representative)$/i.exec(p)?.[1]?.toLowerCase();
  if (!noun) return false;
  const role = noun.startsWith('spokes') ? /spokes/i : /representative/i;
  // "The foreign ministry spokesman said …": one the text let speak by that noun, unnamed, holds it too.
  const head = noun.startsWith('spokes') ? /\bspokes(?:person|man|woman)$/i : /\brepresentative$/i;
  const gender = genderOf([noun]);
  d.readPeopleBefore(d.unit);
  return [...d.textPeople, ...d.people.map((m) => m.entity), ...d.unnamedSpeakers].some(
    (e) =>
      e.kind === 'person' &&
      (role.test(e.role ?? '') || (e.id.startsWith('text:') && head.test(e.name))) &&
      (!gender || fitsPronoun(gender === 'm' ? 'he' : 'she', knownGender(e))),
  );
}

const namesakesByDoc = new WeakMap<Discourse, Map<string, { entity: Entity; written: string[] }[]>>();
const givenNamesByDoc = new WeakMap<Discourse, Map<string, ReturnType<typeof givenNameInText>>>();

/**
 * See givenNameInText; read once per word and document, and kept as a person the text introduced.
 * "Vardanyan's son, David, told …" before "Foreign Secretary David Lammy": a full name written only
 * after the given name is someone the text has not yet introduced, not who "David" is.
 */
export function givenName(word: string, d: Discourse): Entity | null {
  let seen = givenNamesByDoc.get(d);
  if (!seen) givenNamesByDoc.set(d, (seen = new Map()));
  let found = seen.get(word);
  if (found === undefined) {
    // A given name is a word of letters: "I'm", "U.S." are none.
    const plain = TITLE_CASE_WORD.test(word) && !NOT_A_FIRST_NAME.has(word) && !NOT_A_PERSON_FIRST.test(word);
    found = plain ? givenNameInText(word, d.text) : null;
    seen.set(word, found);
  }
  const person = found && (d.speakerAt < 0 || found.firstAt < d.speakerAt) ? found.person : null;
  if (person?.id.startsWith('text:') && !d.textPeople.some((e) => e.id === person.id))
    d.textPeople.push(person);
  return person;
}

/**
 * "Grigorian" in a text that wrote out "Tigran Grigoryan": the one person the document names
 * with that surname or a spelling of it, before any namesake the gazetteer knows ("Armen
 * Grigoryan"). Several: the one whose full name was written last before the mention ("Armen
 * Grigoryan said … Kristinne Grigoryan said … Grigoryan added" is Kristinne), as a surname
 * alone points back; null when none was written before it, or when the last two were written in
 * one sentence.
 */
export function namesakeInText(surname: string, d: Discourse): Entity | null {
  let seen = namesakesByDoc.get(d);
  if (!seen) namesakesByDoc.set(d, (seen = new Map()));
  let people = seen.get(surname);
  if (people === undefined) seen.set(surname, (people = namesakesOf(surname, d)));
  if (people.length === 1) return people[0]!.entity;
  const before = d.text.slice(0, d.unitStart);
  let last: { entity: Entity; at: number } | null = null;
  let other = -1;
  for (const { entity, written } of people) {
    const at = Math.max(...written.map((w) => before.lastIndexOf(w)));
    if (at >= 0 && (!last || at > last.at)) {
      if (last) other = last.at;
      last = { entity, at };
    } else other = Math.max(other, at);
  }
  // "Anna Hakobyan and Lilit Hakobyan visited …": both written last in one sentence, so the
  // surname does not tell which of them speaks.
  if (last && other >= 0 && !/[.!?]\s|\n/.test(before.slice(other, last.at))) return UNSURE_NAMESAKE;
  return last?.entity ?? null;
}

/** Two or more of these people are written out in the paragraph being read, before the words being resolved. */
export function bothInParagraph(people: readonly Entity[], d: Discourse): boolean {
  const paragraphStart = d.text.lastIndexOf('\n', d.unitStart - 1) + 1;
  const before = d.text.slice(paragraphStart, Math.max(d.speakerAt, d.unitStart));
  return people.filter((e) => before.includes(e.name)).length > 1;
}

/** Two people of one surname written last in one sentence: the surname alone names neither. */
export const UNSURE_NAMESAKE: Entity = { id: 'unsure-namesake', name: '', kind: 'person' };

/** The people a document writes out with a surname, each with the full names it wrote them by. */
function namesakesOf(surname: string, d: Discourse): { entity: Entity; written: string[] }[] {
  const people = new Map<string, { entity: Entity; written: string[] }>();
  const add = (entity: Entity, full: string) => {
    const known = people.get(entity.id);
    if (known) known.written.push(full);
    else people.set(entity.id, { entity, written: [full] });
  };
  for (const full of fullNamesFor(surname, d.text, isFirstName)) {
    const known = resolveEntityAt(full, null);
    if (known) {
      if (known.kind === 'person') add(known, full);
    } else if (trailingProperName(full)?.name === full) {
      const entity = textEntity(full);
      const role = roleWrittenBefore(full, d.text);
      if (role) entity.role = role;
      if (entity.kind === 'person') add(entity, full);
    }
  }
  const found = [...people.values()];
  for (const { entity } of found)
    if (entity.id.startsWith('text:') && !d.textPeople.some((e) => e.id === entity.id))
      d.textPeople.push(entity);
  return found;
}

const isFirstName = (w: string) => !NOT_A_FIRST_NAME.has(w) && !NOT_A_PERSON_FIRST.test(w);

/** Capitalised words before a surname that are a nationality or a place, not a first name: "Armenian Grigoryan". */
const NOT_A_PERSON_FIRST =
  /^(?:Armenian|Azerbaijani|Russian|Turkish|Georgian|Iranian|French|American|European|Karabakh|Armenia|Azerbaijan|Russia|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater)$/;
/**
 * The full name a surname stands for when the document wrote it out where it was no speaker
 * ("In a phone call with regional governor Anna Mentarian, …"): the first "First Surname" in
 * the text whose first word is a name, not a title.
 */
export function fullNameInText(surname: string, d: Discourse): string | null {
  let known = d.fullNames.get(surname);
  if (known === undefined) d.fullNames.set(surname, (known = searchFullNames(surname, d.text)));
  return fullNameForSurname(known, d.unitStart);
}

export function searchFullNames(surname: string, text: string): WrittenFullName[] {
  if (!text.includes(surname)) return [];
  const literal = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+)[^\\S\\n]*\\n?[^\\S\\n]*(?<=\\s)${literal}(?![\\p{L}])`,
    'gu',
  );
  const found: WrittenFullName[] = [];
  // A match is one word, white space and the surname: the pattern runs from the word before each
  // place the surname is written, not from every capital of the text (one scan per surname asked).
  for (const m of allMatchesNearCue(pattern, text, new RegExp(literal, 'gu'), 1)) {
    if (NOT_A_FIRST_NAME.has(m[1]!) || NOT_A_PERSON_FIRST.test(m[1]!)) continue;
    const name = trailingProperName(m[0]);
    if (name && name.name === m[0])
      found.push({ name: name.name, at: m.index, joint: writtenJointly(text, m.index) });
  }
  return found;
}
