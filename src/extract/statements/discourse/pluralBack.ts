import { textEntity } from '../../entities/textEntity.ts';
import type { Entity } from '../../types.ts';
import { tag } from '../nounPhrase.ts';
import { selfGivenName } from '../selfNamed.ts';
import {
  JOINT_FRONTED,
  JOINT_ISSUED,
  JOINT_ISSUED_BY,
  SAYING_IN_SENTENCE,
  sentenceBefore,
  sentenceBeforeStart,
} from './bodyBack.ts';
import { genderOfEntity, genderOfMention, ownSentenceStart } from './personBack.ts';
import type { Discourse } from './state.ts';

/** The issuers of a joint text named before the speaker in its own sentence, else in the sentence before. */
export function jointIssuersNear(d: Discourse): string | null {
  if (d.speakerAt > d.unitStart) {
    const own = JOINT_FRONTED.exec(d.text.slice(ownSentenceStart(d), d.speakerAt))?.[1];
    if (own) return own;
  }
  return jointIssuersBefore(d);
}

export function jointIssuersBefore(d: Discourse): string | null {
  const before = sentenceBefore(d);
  return JOINT_ISSUED.exec(before)?.[1] ?? JOINT_ISSUED_BY.exec(before)?.[1] ?? null;
}

/** A person the sentence before speaks of with singular "they": "who gave their name only as", "said they had". */
const SINGULAR_THEY =
  /\b(?:their\s+(?:(?:full|first|last|family)\s+)?(?:name|surname)|(?:said|says|told\s+\S+|added|explained)\s+(?:that\s+)?they|(?:uses?|goes\s+by)\s+(?:the\s+)?(?:pronouns?\s+)?["“]?they(?:\/them)?)\b/i;

/**
 * "A teenager, who gave their name only as Davit, said they had walked … “Nobody slept,” they
 * said": "they" is the person who spoke in the sentence before, when that sentence calls them
 * "they" and no body spoke since; a pronoun never skips that nearer person to reach a body.
 */
export function singularTheyBefore(d: Discourse): Entity | null {
  const person = d.lastPerson;
  if (!person) return declaredTheyBefore(d);
  // The sentence before, or this paragraph when an abbreviation ("St. John's") cut it short.
  const from = Math.min(sentenceBeforeStart(d), d.text.lastIndexOf('\n', d.unitStart - 1) + 1);
  let spoke = -1;
  for (const p of d.people)
    if (p.entity.id === person.id && p.start >= from && p.start < d.unitStart)
      spoke = Math.max(spoke, p.start);
  const before = d.text.slice(spoke, d.unitStart);
  if (spoke < 0 || !(SINGULAR_THEY.test(before) || anonymousOfNoGender(person, before, d)))
    return declaredTheyBefore(d);
  const body = d.lastBody ? d.bodySpeeches.get(d.lastBody.id) : undefined;
  return body && body.last >= spoke ? null : person;
}

/** The sentence withholds who spoke: "who asked not to be named", "who did not want to give a name", "who gave only the initial A.". */
const WITHHELD_NAME =
  /\bwho\s+(?:(?:had\s+)?(?:asked|wished|wanted|requested)\s+not\s+to\s+be\s+(?:named|identified)|(?:did\s+not|didn['’]t|declined\s+to)\s+(?:want\s+to\s+)?give\s+(?:a|any|their|his|her)\s+(?:full\s+)?name|gave\s+(?:only\s+(?:the|a)\s+(?:first\s+)?(?:name|initial)|no\s+name)|spoke\s+on\s+condition\s+of\s+anonymity)/i;

/** "his brothers", "she had left": the sentence gives someone a gender, so "they" may be others. */
const GENDERED_PRONOUN = /\b(?:he|she|his|her|him|hers|himself|herself)\b/i;

/**
 * "A relative of one of the soldiers, who asked not to be named, told Fergana that …. “…,” they
 * said": a writer who withholds a speaker's name and gives no "he" or "she" for them calls them
 * "they"; the one who spoke in the sentence before, when the text tells nothing of their gender.
 */
function anonymousOfNoGender(person: Entity, before: string, d: Discourse): boolean {
  return (
    person.id.startsWith('text:') &&
    WITHHELD_NAME.test(before) &&
    !GENDERED_PRONOUN.test(before.replace(QUOTED_SPAN, ' ')) &&
    genderOfEntity(person, d) === null
  );
}

/**
 * "Arakelian said the family had planned a visit. “…,” they said": a person named in the sentence
 * before the pronoun, or in its own sentence, after the body "they" would reach was last named or
 * spoke, stands between them: "they" may be that person (singular "they") or people named with
 * them, never surely the body, so the statement keeps no speaker.
 */
export function personSinceBody(body: Entity, d: Discourse): boolean {
  const pronounAt = Math.max(d.speakerAt, d.unitStart);
  d.readMentionsBefore(d.unit);
  let bodyAt = d.bodySpeeches.get(body.id)?.last ?? -1;
  for (const m of d.mentions)
    if (m.entity.id === body.id && m.start < pronounAt) bodyAt = Math.max(bodyAt, m.start);
  d.readPeopleBefore(d.unit + 1);
  const from = sentenceBeforeStart(d);
  const last = d.lastPerson?.id;
  return d.people.some(
    (p) => p.entity.id === last && p.start > bodyAt && p.start >= from && p.start < pronounAt,
  );
}

/** "who uses they/them pronouns", "goes by they": the text's own word for what to call someone. */
const DECLARED_THEY =
  /^[^.]{0,80}?\b(?:uses?|goes\s+by)\s+(?:the\s+)?(?:pronouns?\s+)?["“]?they(?:\/them)?\b/i;

/**
 * "Her partner, Alex Byrne, who uses they/them pronouns, organised a vigil. They said …": the
 * person the sentence before names and says is called "they", though they said nothing yet.
 */
function declaredTheyBefore(d: Discourse): Entity | null {
  d.readPeopleBefore(d.unit + 1);
  const from = sentenceBeforeStart(d);
  const declared = d.people.filter(
    (p) => p.start >= from && p.start < d.unitStart && DECLARED_THEY.test(d.text.slice(p.start, d.unitStart)),
  );
  const ids = new Set(declared.map((p) => p.entity.id));
  return ids.size === 1 ? declared[0]!.entity : null;
}

/** A quotation, left out when looking for who the words around it are about. */
const QUOTED_SPAN = /["“][^"“”]*["”]/g;

/** Nouns that name several people though written singular: "the family", "the government". */
const COLLECTIVE_NOUN =
  /^(?:family|families|government|ministry|authorities|committee|council|group|team|couple|crowd|police|army|military|side|parliament|cabinet|office|administration|agency|organi[sz]ation|community|village|church|embassy|delegation|commission|leadership|opposition|campaign|company|union|party|staff|crew|board|court|people|men|women|children)$/i;

/** A plural noun as written: "residents", "arrivals", not "news", "glass", "status". */
const PLURAL_NOUN = /^\p{Ll}+[^su'’]s$/u;

/**
 * A noun phrase of several (a plural noun, a group, a body) as the subject of a verb in the
 * words: "most arrivals had not slept", "the family had learned", "Azerbaijan denied": "they"
 * may be any of those.
 */
function pluralSubjectIn(words: string, d: Discourse, from: number): boolean {
  const tagged = tag(words.replace(QUOTED_SPAN, ' '));
  for (let i = 0; i + 1 < tagged.length; i++) {
    const t = tagged[i]!;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    if (!(COLLECTIVE_NOUN.test(t.word) || (t.pos === 'NOUN' && PLURAL_NOUN.test(t.word)))) continue;
    let j = i + 1;
    // "the family in Jermuk was": a place or owner after the noun is no part of whether it is the subject.
    if (tagged[j]?.pos === 'ADP' && tagged[j]!.word.toLowerCase() !== 'that') {
      let k = j + 1;
      while (k < j + 5 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tagged[k]?.pos ?? '')) k++;
      if (k > j + 1) j = k;
    }
    while (tagged[j]?.pos === 'ADV') j++;
    if (tagged[j]?.pos === 'AUX' || tagged[j]?.pos === 'VERB') return true;
  }
  const end = from + words.length;
  return d.mentions.some(
    (m) =>
      m.start >= from &&
      m.start < end &&
      m.entity.kind !== 'person' &&
      /^\s+(?:\p{Ll}+ly\s+)?(?:has|have|had|is|are|was|were|will|would|said|says|\p{Ll}+ed)\b/u.test(
        d.text.slice(m.end, end),
      ),
  );
}

/**
 * "Another expert, who asked not to be named, noted that the decision was old. They added …",
 * "Sasha Mkrtchyan has packed the van. They say …": "they" is the one person the sentence before
 * (or its own, up to the pronoun) names as its subject, when the text gives no gender for them
 * and no group, body or plural noun is the subject of a verb since: no one else "they" can be.
 */
export function loneSubjectBefore(d: Discourse): Entity | null {
  d.readPeopleBefore(d.unit + 1);
  d.readMentionsBefore(d.unit + 1);
  const pronounAt = Math.max(d.speakerAt, d.unitStart);
  const from = sentenceBeforeStart(d);
  const near = d.people.filter((p) => p.start >= from && p.start < pronounAt);
  const person = near[0]?.entity;
  if (person?.kind !== 'person' || near.some((p) => p.entity.id !== person.id)) return null;
  if (near.some((p) => genderOfMention(p, d) !== null)) return null;
  // The person is the subject: only an adverbial opening stands before them in their sentence.
  const opening = d.text.slice(from, near[0]!.start).trim();
  if (
    opening &&
    !/^(?:(?:[^,]{1,40},\s*)?(?:(?:a|an|the|his|her|their|its|another|one)\b[^,]{0,40})?)$/iu.test(opening)
  )
    return null;
  // "Her cousin has been working at the hospital, where they said …": a sentence of its own
  // before the pronoun has a subject of its own.
  if (
    near[0]!.start < d.unitStart &&
    /[\p{L}\d]/u.test(d.text.slice(d.unitStart, pronounAt).replace(QUOTED_SPAN, ''))
  )
    return null;
  const body = d.lastBody ? d.bodySpeeches.get(d.lastBody.id) : undefined;
  if (body && body.last >= from) return null;
  if (pluralSubjectIn(d.text.slice(from, pronounAt), d, from)) return null;
  // "Her colleague, who asked to be named only as Sam, …": the name they gave is who they are.
  const described = d.text.slice(near[0]!.start, pronounAt);
  const given = selfGivenName(d.text, near[0]!.start, described);
  return given ? { ...textEntity(given), kind: 'person' } : person;
}

/**
 * Plural agent nouns, people named by what they do: "rescuers", "doctors", "activists", "civilians",
 * "migrants", "residents" (a suffix class, not a list of jobs).
 */
const AGENT_PLURAL = String.raw`\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents)`;

/**
 * Plural nouns of private people a sentence can open with ("Relatives of the missing", "Local
 * residents", "Armenian farmers"): never a body, and never one person.
 */
const PEOPLE_OPENING = new RegExp(
  String.raw`^["“]?(?:(?:The|Many|Some|Most|Several|Hundreds\s+of|Dozens\s+of|Thousands\s+of)\s+)?((?:\p{Lu}\p{Ll}+\s+|\p{Ll}+\s+){0,2}(?:relatives|families|residents|villagers|parents|mothers|fathers|protesters|demonstrators|refugees|survivors|neighbou?rs|locals|veterans|students|farmers|volunteers|activists|evacuees|${AGENT_PLURAL}))\b(?:\s+(?:of|from|in|at)\s+[^,.;:]{1,60}?)?\s+(?:have|has|had|are|were|held|gathered|staged|marched|waited|came|returned|lined|blocked|protested|continue[ds]?)\b`,
  'iu',
);

/**
 * The group of people the sentence before opens with as its subject, when the sentence says no
 * saying of someone else's in between: "Relatives of missing soldiers have held protests …".
 */
export function peopleOpeningSentenceBefore(d: Discourse): Entity | null {
  const from = sentenceBeforeStart(d);
  const sentence = d.text.slice(from, d.unitStart).trim();
  const m = PEOPLE_OPENING.exec(sentence);
  if (!m || SAYING_IN_SENTENCE.test(sentence)) return null;
  const words = m[1]!.trim();
  // "The Armenian relatives" keep their classifier; "Many" and "the" are no part of who they are.
  if (/^(?:the|many|some|most|several)\s/i.test(words)) return null;
  return { ...textEntity(words.charAt(0).toLowerCase() + words.slice(1)), kind: 'person' };
}

/**
 * Whether the sentence before opens (after a fronted phrase set off by a comma) with two or more
 * people's names joined by "and" before its first verb: "After the talks, European Council
 * President Charles Michel, French President Emmanuel Macron and German Chancellor Olaf Scholz issued".
 */
export function peopleListedOpeningBefore(d: Discourse): boolean {
  const sentence = d.text.slice(sentenceBeforeStart(d), d.unitStart).trim();
  const subject = PEOPLE_LIST_OPENING.exec(sentence.replace(FRONTED_PHRASE, ''))?.[1];
  if (!subject) return false;
  const names = subject.split(/,\s+(?:and\s+)?|\s+and\s+/);
  return names.length >= 2 && names.every((n) => PERSON_NAME_AT_END.test(n));
}

/** "… issued a joint statement with Pashinyan": the one a joint text was issued with, its issuer too. */
const JOINT_TEXT_WITH =
  /\b(?:issued|signed|released|adopted|put\s+out)\s+(?:a|the|their)\s+joint\s+(?:statement|declaration|communiqu[eé])\s+with\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)(?=[\s.,;])/u;

/**
 * The names the sentence before lists as its subject ("After the talks, Michel, Macron and Scholz
 * issued"), with whoever it issued a joint text with ("… a joint statement with Pashinyan"): the
 * people a following "they" stands for. Null unless that sentence opens with two or more names.
 */
export function listedSubjectBefore(d: Discourse): string | null {
  const sentence = d.text.slice(sentenceBeforeStart(d), d.unitStart).trim();
  const subject = PEOPLE_LIST_OPENING.exec(sentence.replace(FRONTED_PHRASE, ''))?.[1];
  if (!subject || subject.split(/,\s+(?:and\s+)?|\s+and\s+/).length < 2) return null;
  const companion = JOINT_TEXT_WITH.exec(sentence)?.[1];
  return companion ? `${subject}, ${companion}` : subject;
}

/** A fronted phrase before the subject: "After the talks, ", "On Thursday, ". */
const FRONTED_PHRASE = /^(?:After|Before|On|In|At|Later|Earlier|During|Following)\b[^,]{0,40},\s+/u;
/** Capitalised words and commas, then "and" and more, up to the first lower-case word (the verb). */
const PEOPLE_LIST_OPENING =
  /^((?:\p{Lu}[\p{L}'’.-]*(?:\s+|,\s+))+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s+\p{Ll}/u;
/** A conjunct that ends in a given name and a surname: "French President Emmanuel Macron". */
const PERSON_NAME_AT_END = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** A plural body's noun phrase opening a sentence as the subject of its verb: "The authorities of X confirmed". */
export const PLURAL_BODY_OPENING =
  /^(?:The\s+)((?:\p{L}+\s+){0,2}(?:authorities|officials|leaders|leadership|government)(?:\s+(?:of|in)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?)\s+(?:(?:has|have|had|also|later)\s+)?\p{Ll}+ed\s/u;

/** A role its owner's possessive opens, in lower case: "EUMA's head", "the union's deputy head". */
export const OWNER_POSSESSIVE_ROLE =
  /^(?:the\s+)?\p{L}[\p{L}-]*['’]s\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}$/u;
