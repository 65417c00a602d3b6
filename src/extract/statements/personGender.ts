import { FEMALE_GIVEN, MALE_GIVEN } from '../entities/givenNames.ts';
import type { Entity } from '../types.ts';
import { FEMALE_PERSON_WORDS, MALE_PERSON_WORDS } from '../wordLists.ts';
import type { Gender, PersonMention } from './people.ts';

/**
 * The gender of the people a text names, learned from the text itself as it is read, so that
 * "he" never points back to a woman and "she" never to a man. Titles and gendered role words
 * ("Mrs.", "spokeswoman") count most; then the text's own words about the person: a pronoun
 * the person's own saying opens with ("Anna Petrosyan, 34, said her son …"), a reflexive in
 * the person's clause ("… described himself as …"), a gendered noun in apposition ("X, a mother of three", "his
 * wife, X"). A common given name of one gender counts as one vote, which the text's words can outweigh.
 * What the text does not tell stays unknown. Every unit is read once, when a pronoun first
 * needs the people before it, so the cost is linear in the text.
 */

interface Votes {
  m: number;
  f: number;
}

/** Votes per person (by entity id), over the units read so far. */
export type GenderVotes = Map<string, Votes>;

const TITLE_WEIGHT = 2;

/** A verb that reports the person's words or mind: "said he", "told reporters she", "believes his". */
const SAYING_VERB =
  '(?:said|says|told|tells|added|adds|insisted|insists|argued|argues|claimed|claims|wrote|writes|explained|' +
  'noted|stressed|recalled|recalls|acknowledged|admitted|announced|declared|warned|testified|stated|maintained|' +
  'conceded|vowed|promised|pledged|believes|believed|thinks|thought|hopes|hoped|felt|feels|knew|knows|' +
  'worried|fears|feared|confirmed|denied|suggested|signaled|signalled|indicated)';

/** Adverbs and auxiliaries between a subject and its verb: "has also said", "later told". */
const BEFORE_VERB =
  '(?:(?:also|has|had|have|later|then|again|once|would|will|previously|recently|\\p{Ll}+ly)\\s+)*';

/**
 * Where a pronoun after a person's name is the person's own: the gap between name and pronoun.
 * A possessive after any other verb is not read: "Clinton called his vote …" is Sanders's vote.
 */
const OWN_PRONOUN_GAP = new RegExp(
  // "Anna Petrosyan, 34, said her", "Grigoryan told reporters that he": the pronoun the person's saying opens with.
  `^(?:,[^,;:.!?"“”]{1,80},)?\\s+${BEFORE_VERB}${SAYING_VERB}(?:\\s+(?:\\p{L}+\\s+){0,2}?(?:\\p{Ll}+|\\p{Lu}\\p{L}+))??` +
    `(?:,?\\s+that)?\\s+$`,
  'u',
);

const PRONOUN = /\b(?:he|she|his|her|himself|herself)\b/giu;
const MALE_PRONOUN = /^(?:he|his|himself)$/i;

/** After a name and its gap, "her" is a possessive only before a word that can open a noun phrase. */
const NOT_AFTER_POSSESSIVE =
  /^\s*(?:[,.;:!?"“”)]|$|(?:a|an|the|to|that|this|in|on|of|for|with|and|or|as|about|at|by|from|back|out|up|down|off|again|so|too|if|when|because|not|was|is|would|will)\b)/iu;

const FEMALE_NOUN = [
  ...FEMALE_PERSON_WORDS,
  ...'girlfriend|actress|businesswoman|congresswoman|chairwoman|spokeswoman|councilwoman|policewoman|sportswoman|stepmother|fiancée'.split(
    '|',
  ),
].join('|');
const MALE_NOUN = [
  ...MALE_PERSON_WORDS,
  ...'boyfriend|actor|businessman|congressman|chairman|spokesman|councilman|policeman|sportsman|stepfather|fiancé'.split(
    '|',
  ),
].join('|');

/**
 * A gendered noun in apposition after the name, closed by a stop or a post-modifier: ", a mother
 * of three", ", the widow of …", ", his son, said". Not a clause: "X, his son said …".
 */
const APPOSED_NOUN = new RegExp(
  `^,\\s+(?:an?|the|his|her|a\\s+\\d{1,3}-year-old)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:(${FEMALE_NOUN})|(${MALE_NOUN}))(?=\\s*(?:[,.;:)]|$)|\\s+(?:of|who|whose|to)\\b)`,
  'u',
);
/** A gendered noun right before the name: "his wife, Anna", "her husband Arman". */
const NOUN_BEFORE = new RegExp(`\\b(?:(${FEMALE_NOUN})|(${MALE_NOUN})),?\\s+$`, 'u');

/** The name as written at a mention: a run of capitalised words, initials and particles. */
const NAME_RUN = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|el|bin|ibn))*/u;

function vote(votes: GenderVotes, entity: Entity, gender: 'm' | 'f', weight: number): void {
  const v = votes.get(entity.id) ?? { m: 0, f: 0 };
  v[gender] += weight;
  votes.set(entity.id, v);
}

/**
 * A subject pronoun the text resolved to a person tells that person's gender as the text goes on:
 * after "X, the former prosecutor, … "…," he wrote", a later "she said" is someone else.
 */
const NAMED_PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;

export function voteResolvedPronoun(votes: GenderVotes, entity: Entity | null, pronoun: string): void {
  // Only a named person: many people share a description ("the first witness", "the second witness").
  if (entity?.kind !== 'person' || !NAMED_PERSON.test(entity.name)) return;
  if (/^he$/i.test(pronoun)) vote(votes, entity, 'm', 1);
  else if (/^she$/i.test(pronoun)) vote(votes, entity, 'f', 1);
}

const SENTENCE_BREAK = /[.!?]\s+(?=["“]?\p{Lu})|\n/u;

/**
 * Reads the evidence in text[from, to) about the people found there (in text order). Titles and
 * gendered role words findPeople read count double; the pronoun a person's own clause uses,
 * the noun in apposition, count once.
 */
export function learnGenders(
  text: string,
  from: number,
  to: number,
  people: readonly PersonMention[],
  votes: GenderVotes,
): void {
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    if (p.entity.kind !== 'person') continue;
    if (p.gender) vote(votes, p.entity, p.gender, TITLE_WEIGHT);
    const name = NAME_RUN.exec(text.slice(p.start, Math.min(to, p.start + 80)))?.[0];
    if (!name || /['’]s?$/.test(name)) continue;
    const end = p.start + name.length;
    // The person's own stretch: up to the next person named, or the sentence's end.
    const next = i + 1 < people.length ? people[i + 1]!.start : to;
    const stretch = text.slice(end, Math.min(next, to, end + 160));
    const stop = stretch.search(SENTENCE_BREAK);
    const own = stop >= 0 ? stretch.slice(0, stop) : stretch;
    const apposed = APPOSED_NOUN.exec(own);
    if (apposed) vote(votes, p.entity, apposed[1] ? 'f' : 'm', 1);
    const before = NOUN_BEFORE.exec(text.slice(Math.max(from, p.start - 30), p.start));
    if (before) vote(votes, p.entity, before[1] ? 'f' : 'm', 1);
    PRONOUN.lastIndex = 0;
    const pronoun = PRONOUN.exec(own);
    if (!pronoun) continue;
    const word = pronoun[0].toLowerCase();
    const gap = own.slice(0, pronoun.index);
    const reflexive = word.endsWith('self') && !/[,;:]/.test(gap);
    if (!reflexive && !OWN_PRONOUN_GAP.test(gap)) continue;
    if (word === 'her' && NOT_AFTER_POSSESSIVE.test(own.slice(pronoun.index + 3)) && !/that\s+$/.test(gap))
      continue;
    vote(votes, p.entity, MALE_PRONOUN.test(word) ? 'm' : 'f', 1);
  }
}

/**
 * The gender the votes settle on, a given name of one gender counting as one vote: one side at
 * least twice the other; null when they do not tell.
 */
export function votedGender(votes: GenderVotes, entity: Entity): Gender {
  const v = votes.get(entity.id);
  const name = givenNameGender(entity);
  const m = (v?.m ?? 0) + (name === 'm' ? 1 : 0);
  const f = (v?.f ?? 0) + (name === 'f' ? 1 : 0);
  if (m > 0 && m >= 2 * f) return 'm';
  if (f > 0 && f >= 2 * m) return 'f';
  return null;
}

/** The gender a person's given name suggests, when the name is of one gender only. */
export function givenNameGender(entity: Entity): Gender {
  const first = entity.name.split(/\s+/)[0]?.toLowerCase();
  if (!first || !entity.name.includes(' ')) return null;
  // "Samvel Hakobyan's neighbour": the given name is the owner's, not the one who holds the role.
  if (/['’]s\s/.test(entity.name)) return null;
  if (FEMALE_GIVEN.has(first)) return 'f';
  if (MALE_GIVEN.has(first)) return 'm';
  return null;
}
