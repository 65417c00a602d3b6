import type { Entity, EntityKind } from '../types.ts';
import { slug } from './normalise.ts';

/** Words that open a name run but are titles, not the name: "Department Spokesperson Jane Doe". */
const TITLE_CAPITALS = new Set([
  'President', 'Prime', 'Minister', 'Foreign', 'Secretary', 'State', 'Department', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'General', 'Gen.', 'Ambassador', 'Deputy', 'Chief', 'Head', 'Adviser',
  'Advisor', 'Senator', 'Sen.', 'Colonel', 'Col.', 'Major', 'Lieutenant', 'Commander', 'Professor', 'Prof.', 'Defense', 'Defence',
  'Ministry', 'Press', 'Service', 'Office', 'Administration', 'Former', 'Acting', 'Vice',
]);

/** Heads that make an unnamed speaker a person ("one local official", "an aid worker"). */
const PERSON_NOUNS = /\b(?:official|officer|worker|resident|witness|spokesperson|spokesman|spokeswoman|representative|diplomat|source|man|woman|mother|father|doctor|nurse|soldier|journalist|reporter|analyst|expert|activist|volunteer|refugee|driver|teacher|priest|student|farmer|commander|minister|ambassador|envoy|adviser|advisor|aide|lawmaker|mp|deputy|leader|head|chief|director|coordinator|correspondent|survivor|villager|pensioner|neighbou?r|guard)\b/i;
const GROUP_NOUNS = /\b(?:officials|residents|witnesses|sources|refugees|soldiers|protesters|activists|people|villagers|doctors|analysts|experts|observers|families|volunteers|journalists|lawmakers|deputies|locals|survivors|evacuees|authorities|leaders)\b/i;
const ORGANISATION_NOUNS = /\b(?:ministry|service|office|department|agency|committee|council|government|administration|embassy|mission|organisation|organization|commission|party|parliament|army|forces|statement|press|media|channel|website|newspaper|union|group|fund|bank|company|charity|foundation|centre|center|radio|television|tv)\b/i;

const CAPITALISED = /^[\p{Lu}][\p{L}'’.-]*$/u;

function cleanMention(mention: string): string {
  return mention.replace(/^[\s,:;"“”‘’'(]+|[\s,:;"“”‘’')]+$/g, '').replace(/\s+/g, ' ');
}

/**
 * The proper name a mention ends with, and the words before it, when it ends with two or more
 * capitalised words that are not titles: "Azerbaijani foreign ministry spokesperson Aykhan
 * Hajizada" → name "Aykhan Hajizada", role "Azerbaijani foreign ministry spokesperson".
 */
export function trailingProperName(mention: string): { name: string; role: string } | null {
  const words = cleanMention(mention).split(' ');
  let start = words.length;
  while (start > 0 && CAPITALISED.test(words[start - 1]!) && !TITLE_CAPITALS.has(words[start - 1]!)) start--;
  if (words.length - start < 2) return null;
  return { name: words.slice(start).join(' '), role: words.slice(0, start).join(' ') };
}

function guessKind(phrase: string, isProperName: boolean): EntityKind {
  if (isProperName) return 'person';
  // The head noun stands before the first preposition or relative clause: "an aid worker | from the charity".
  const head = phrase.split(/\s+(?:of|from|at|in|for|with|who|which|on)\s+|,/i)[0]!;
  if (GROUP_NOUNS.test(head)) return 'group';
  if (PERSON_NOUNS.test(head)) return 'person';
  if (ORGANISATION_NOUNS.test(head)) return 'organisation';
  return 'unknown';
}

/**
 * An entity for a speaker the gazetteer lacks, built from the words the text uses. Its id is
 * "text:" and the slug of the proper name when the mention ends in one, else of the mention
 * without a leading article "the": "text:anna-petrosyan", "text:one-local-official".
 */
export function textEntity(mention: string): Entity {
  const clean = cleanMention(mention).replace(/^the\s+/i, '');
  const proper = trailingProperName(clean);
  const name = proper?.name ?? clean;
  const entity: Entity = { id: `text:${slug(name)}`, name, kind: guessKind(clean, proper !== null) };
  const role = proper?.role.trim();
  if (role) entity.role = role;
  return entity;
}
