import { FEMALE_GIVEN, MALE_GIVEN } from '../entities/givenNames.ts';
import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';
import { searchFullNames } from './discourse/namesBack.ts';

/** Titles a headline writes before a surname ("Minister Akar: …"); the surname is who speaks. */
const TITLE_BEFORE_SURNAME =
  /^(?:Minister|President|Premier|Chancellor|Ambassador|Senator|Mayor|Governor|Secretary|Speaker|General|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/u;

const SURNAME = /^\p{Lu}\p{Ll}[\p{L}’'-]+$/u;

/**
 * The person a headline names by surname alone, a title before it at most ("Meloni: …",
 * "Minister Akar: …", "Sánchez says …"), when the gazetteer knows no one by it: the one person
 * the body writes out in full with that surname ("Giorgia Meloni"). Two people of the surname, a
 * pair sharing it, or a full name that does not open on a known given name leave the headline
 * without a speaker ("Gironde:" over "Solidarité Gironde" is a place's label).
 */
export function surnameWrittenInFull(name: string, bodyText: string): Entity | null {
  const words = name.trim().split(/\s+/);
  const surname = words.at(-1)!;
  if (words.length > 2 || !SURNAME.test(surname)) return null;
  if (!words.slice(0, -1).every((w) => TITLE_BEFORE_SURNAME.test(w))) return null;
  const found = searchFullNames(surname, bodyText);
  const fullNames = new Set(found.map((f) => f.name));
  if (fullNames.size !== 1 || found.some((f) => f.joint)) return null;
  const fullName = [...fullNames][0]!;
  const given = fullName.split(/\s+/)[0]!.toLowerCase();
  if (!FEMALE_GIVEN.has(given) && !MALE_GIVEN.has(given)) return null;
  const known = resolveEntityAt(fullName, null);
  if (known) return known.kind === 'person' ? known : null;
  const person = textEntity(fullName);
  return person.kind === 'person' ? person : null;
}
