import { resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';
import { apposedPair } from './attribution/descriptions.ts';
import { readCitedSource } from './citedWhereRead.ts';
import { conflictSides } from './conflictSides.ts';
import { countedGroup } from './countedGroup.ts';
import { jointIssuersBefore, jointIssuersNear, listedSubjectBefore } from './discourse/pluralBack.ts';
import { resolveSpeaker } from './discourse/resolveSpeaker.ts';
import { type Discourse, type ResolvedSpeaker } from './discourse/state.ts';
import { familyMembers } from './familyMembers.ts';
import { groupMembers } from './groupMembers.ts';
import { groupInReach, type RememberedGroup } from './groupMemory.ts';
import { jointSpeakers } from './jointSpeakers.ts';
import { FINITE_VERB, LIST_SEPARATOR } from './lexicon.ts';
import { listedState } from './otherStates.ts';
import { pairAcrossAppositions } from './pairAcrossAppositions.ts';
import { namedTogetherIn } from './people.ts';
import { pluralBodiesBack } from './pluralBodiesBack.ts';

/** Two names joined by "and" opening a sentence: "Armenia and Azerbaijan", "The EU and Russia". */
export const NAMES_TOGETHER_FIRST =
  /^\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/** "the four", "the three leaders": a group counted back, which spoke together and may be named again. */
const COUNTED_BACK = /^the\s+(?:two|three|four|five)\b/i;

/**
 * The speakers of a phrase, remembering a group that spoke together: "the two countries said",
 * "both sides" and their joint text ("The statement said", "It also said") are that group again.
 */
export function speakersOf(phrase: string, d: Discourse, content: string, said = content): ResolvedSpeaker[] {
  const issued = JOINT_TEXT.test(phrase) ? jointIssuers(phrase, d) : null;
  if (issued) return issued;
  const listed = /^they$/i.test(phrase) ? listedSubjectBefore(d) : null;
  if (listed) return listedAgain(listed, phrase, d);
  const joint = jointTextAgain(phrase, d);
  if (joint) return joint;
  const found = speakersOfPhrase(phrase, d, content, said);
  if (found.length > 1 && namesAText(d, phrase))
    d.groups.jointText = { speakers: found, paragraph: d.paragraph };
  return found;
}

/**
 * "Michel, Macron and Scholz issued a joint statement with Pashinyan. They said …": "they" are each
 * one the sentence before listed as its subject (CONVENTIONS 13: each member). When any cannot be
 * read, no one: "they" are the listed, never one of them or a body that spoke before.
 */
function listedAgain(words: string, phrase: string, d: Discourse): ResolvedSpeaker[] {
  const at = d.speakerAt;
  d.speakerAt = -1;
  const named = speakersNamed(words, d);
  d.speakerAt = at;
  if (named.length < 2 || named.length !== words.split(LIST_SEPARATOR).length) return [];
  d.groups.spoke = { speakers: named, paragraph: d.paragraph };
  return named.map((s) => ({ ...s, mention: phrase }));
}

/** "the statement", "the text", "it", "they": words that only point back to a text or its authors. */
const TEXT_POINTER =
  /^(?:it|they|the\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|document|text))$/i;

/**
 * "A and B said in a joint statement … “…,” the statement said. They added …": a pointer right
 * after a text several put out is all of them, not the last one named (CONVENTIONS 13, row AH).
 */
export function jointTextAgain(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const joint = groupInReach(d.groups.jointText, d.paragraph, 'text');
  const pointer = phrase.trim();
  if (!joint || !TEXT_POINTER.test(pointer)) return null;
  d.groups.jointText = { speakers: joint.speakers, paragraph: d.paragraph };
  return joint.speakers.map((s) => ({ ...s, mention: pointer, viaDocument: true }));
}

/** A statement, declaration or communiqué named in the frame of several speakers: "In a statement, A and B said". */
function namesAText(d: Discourse, phrase: string): boolean {
  if (d.speakerAt < d.unitStart) return false;
  const frame = d.text.slice(d.unitStart, d.speakerAt + phrase.length + 60);
  return /\b(?:statement|declaration|communiqu[eé])\b/i.test(frame.split(/[.\n]/)[0] ?? '');
}

function speakersOfPhrase(phrase: string, d: Discourse, content: string, said: string): ResolvedSpeaker[] {
  const plural = pluralBodiesBack(phrase, d, readPair(d));
  if (plural) return plural;
  const again =
    nonEmpty(GROUP_BACK.test(phrase) ? groupBack(phrase, d) : groupAgain(phrase, d)) ??
    groupNamedBefore(phrase, d) ??
    ownersNamedBefore(phrase, d) ??
    groupMembers(phrase, d) ??
    countedGroup(phrase, d) ??
    familyMembers(phrase, d);
  if (again) {
    // "The four leaders said … According to the statement, …": the group's text is the group's again.
    if (again.length > 1 && COUNTED_BACK.test(phrase))
      d.groups.spoke = { speakers: again, paragraph: d.paragraph };
    return again;
  }
  // "both sides reported sporadic shooting": a thing reported, no clause, is no joint saying.
  // The phrase is tried first: few name the sides, and the content is the longer text to scan.
  const named = conflictSides(phrase, d);
  const sides = named && (FINITE_VERB.test(content) || quotedClause(content, said)) ? named : null;
  const found = sides ?? speakersNamed(phrase, d);
  // "Both ministries said", "the couple said" with no group to name: a group is no one of its own.
  if (
    found.length === 1 &&
    found[0]!.entity.id.startsWith('text:') &&
    (UNNAMED_GROUP.test(phrase) || BODIES_OF_BOTH.test(phrase))
  )
    return [];
  if (found.length === 1) readCitedSource(phrase, d, found[0]!.entity);
  if (found.length > 1) d.groups.spoke = { speakers: found, paragraph: d.paragraph };
  return found.length === 1 && d.groups.spoke && groupText(phrase, found[0]!, d.groups.spoke, d.paragraph)
    ? d.groups.spoke.speakers.map((s) => ({ ...s, mention: phrase, viaDocument: true }))
    : found;
}

/** Reads a pair's words where they stand: the conflict's two sides' bodies, else each body named. */
function readPair(d: Discourse): (words: string, at: number) => ResolvedSpeaker[] {
  return (words, at) => {
    const held = d.speakerAt;
    d.speakerAt = at;
    const found = conflictSides(words, d) ?? speakersNamed(words, d);
    d.speakerAt = held;
    return found;
  };
}

/** The group's own text named back: "the statement", "the joint declaration", "the text". */
const JOINT_TEXT = /^(?:the|this)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|document|text)$/i;

/**
 * "Armenia and Azerbaijan signed a joint statement. The statement says …": the text is each
 * issuer's words. Issuers that cannot each be read make the words no one's (CONVENTIONS 13: each
 * member, or none); null when the sentence before issued no joint text.
 */
function jointIssuers(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const words = jointIssuersBefore(d) ?? issuersAfter(phrase, d);
  if (!words) return jointTextCitedBefore(phrase, d);
  const at = d.speakerAt;
  d.speakerAt = -1;
  let named = speakersNamed(words.replace(/^(?:both|together)\s+/i, ''), d);
  d.speakerAt = at;
  // "… according to a joint statement by the two governments. “…,” the statement said": issuers
  // counted back are the group that spoke last, as "the two governments said" would be.
  if (named.length < 2 && GROUP_BACK.test(words.trim())) named = groupBack(words.trim(), d) ?? [];
  if (named.length < 2) return [];
  d.groups.spoke = { speakers: named, paragraph: d.paragraph };
  return named.map((s) => ({ ...s, mention: phrase, viaDocument: true }));
}

/**
 * "…, according to a joint statement by the two governments. “…,” the statement said": the group
 * whose joint text was cited just before (its mention names the joint text) wrote this one too.
 */
function jointTextCitedBefore(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const group = groupInReach(d.groups.spoke, d.paragraph, 'text');
  if (!group) return null;
  if (!group.speakers.every((s) => /\bjoint\s+(?:statement|declaration|communiqu[eé])\b/i.test(s.mention)))
    return null;
  return group.speakers.map((s) => ({ ...s, mention: phrase, viaDocument: true }));
}

/**
 * "“…,” said the text, published simultaneously by A and B.": the issuers the document's own
 * participle names right after it, in its sentence.
 */
const ISSUED_BY_AFTER =
  /^,?\s+(?:(?:simultaneously|jointly|also|later|today)\s+)?(?:issued|signed|released|adopted|published|put\s+out)\s+(?:[\p{L}\d]+\s+){0,3}?by\s+(\S[^,;.]{0,150}?\sand\s[^,;.]{1,100}?)\s*(?:[.;]|,\s+(?:said|says|stated|states|read|reads|added|adds|announced|noted)\b|$)/u;

function issuersAfter(phrase: string, d: Discourse): string | null {
  if (d.speakerAt < 0 || d.text.slice(d.speakerAt, d.speakerAt + phrase.length) !== phrase) return null;
  const from = d.speakerAt + phrase.length;
  return ISSUED_BY_AFTER.exec(d.text.slice(from, from + 300))?.[1] ?? null;
}

/** A reading that found someone, else null: before its verb, a pair with no group may yet be named otherwise. */
const nonEmpty = (found: ResolvedSpeaker[] | null) => (found?.length ? found : null);

/**
 * "the two offices", "both governments": the group that spoke last, else the issuers of the joint
 * text the sentence before names ("… a joint statement released by A and B."). Bodies or people
 * counted back with no such group are no one (CONVENTIONS 13: each member, or none); states and
 * sides are left to be read as the conflict's parties (null).
 */
function groupBack(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  // The issuers the sentence or the one before names are nearer than any group that spoke before.
  const words = jointIssuersNear(d);
  if (words) {
    const at = d.speakerAt;
    d.speakerAt = -1;
    const named = speakersNamed(words, d);
    d.speakerAt = at;
    if (named.length > 1) {
      const kept = d.groups.spoke;
      d.groups.spoke = { speakers: named, paragraph: d.paragraph };
      const group = groupAgain(phrase, d);
      if (group) return group;
      d.groups.spoke = kept;
    }
  }
  const again = groupAgain(phrase, d);
  if (again) return again;
  const m = GROUP_BACK.exec(phrase);
  return m?.[3] || m?.[4] ? [] : null;
}

/** A sentence's opening: the text's start, a paragraph's, or after a full stop. */
const SENTENCE_OPENING = /(?:^|\n|[.!?]["”’]?\s+)(?=\p{Lu})/gu;

/**
 * "Hagop and Lena Derderian spent the night at home. … The couple said": the pair a sentence
 * opened with, in this paragraph or the one before, though they said nothing then; null when no
 * such pair was named, or a group spoke since.
 */
function groupNamedBefore(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  if (d.speakerAt < 0 || !UNNAMED_GROUP.test(phrase)) return null;
  if (groupInReach(d.groups.spoke, d.paragraph, 'group')) return null;
  const from = paragraphBefore(d.text, d.speakerAt);
  const window = d.text.slice(from, d.speakerAt);
  let pair: { start: number; words: string } | null = null;
  for (const m of window.matchAll(SENTENCE_OPENING)) {
    const at = m.index + m[0].length;
    const names = NAMES_TOGETHER_FIRST.exec(window.slice(at, at + 160))?.[1];
    // The pair is the subject of its sentence: a verb in lower case follows it.
    if (names && /^\s+(?:\p{Ll}+\s+)?\p{Ll}+/u.test(window.slice(at + names.length, at + names.length + 40)))
      pair = { start: from + at, words: names };
  }
  if (!pair) return null;
  const at = d.speakerAt;
  d.speakerAt = pair.start;
  const named = speakersNamed(pair.words, d);
  d.speakerAt = at;
  if (named.length !== 2) return null;
  const kept = d.groups.spoke;
  d.groups.spoke = { speakers: named, paragraph: d.paragraph };
  const group = groupAgain(phrase, d);
  if (!group) d.groups.spoke = kept;
  return group;
}

/**
 * "The foreign ministers of Armenia and Azerbaijan met in Almaty. … Both ministries said": a plural
 * role "of" two owners is one role of each, and a group counted back by that role's noun ("the two
 * ministers") or by its office's ("both ministries") is each owner's, read as "Armenia's foreign
 * ministry". The last such phrase in this paragraph or the one before; null when there is none.
 */
const ROLES_OF_TWO =
  /\b(?:[Tt]he|THE)\s+((?:[\p{Ll}-]+\s+|[\p{Lu}-]+\s+){0,2}?)(ministers|ministries|MINISTERS|MINISTRIES)\s+of\s+(\p{Lu}[\p{L}-]+)\s+and\s+(\p{Lu}[\p{L}-]+)/gu;

const COUNTED_ROLE = /^(?:the\s+two|both(?:\s+the)?)\s+(?:[\p{Ll}-]+\s+){0,2}?(ministers|ministries)$/iu;

function ownersNamedBefore(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const counted = COUNTED_ROLE.exec(phrase);
  if (!counted || d.speakerAt < 0) return null;
  const window = d.text.slice(paragraphBefore(d.text, d.speakerAt), d.speakerAt);
  if (!window.includes(' of ')) return null;
  let last: RegExpExecArray | null = null;
  for (const m of window.matchAll(ROLES_OF_TWO)) last = m;
  if (!last) return null;
  const person = counted[1]!.toLowerCase() === 'ministers';
  // An agency lead sets its first words in capitals: "THE FOREIGN MINISTERS of Armenia and …".
  const role = `${last[1]!.toLowerCase()}${person ? 'minister' : 'ministry'}`;
  const at = d.speakerAt;
  d.speakerAt = -1;
  const each = [last[3]!, last[4]!].map((owner) =>
    resolveEntityAt(owner, d.at)?.kind === 'government' ? resolveSpeaker(`${owner}'s ${role}`, d) : null,
  );
  d.speakerAt = at;
  const [a, b] = each;
  if (
    !a ||
    !b ||
    a.entity.id === b.entity.id ||
    a.entity.id.startsWith('text:') ||
    b.entity.id.startsWith('text:')
  )
    return null;
  if ((a.entity.kind === 'person') !== person || (b.entity.kind === 'person') !== person) return null;
  return [a, b].map((s) => ({ ...s, mention: phrase }));
}

/** The start of the paragraph before the one `at` stands in. */
function paragraphBefore(text: string, at: number): number {
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end <= 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
}

/**
 * A group named by its number or as a pair, not by its members: "both ministries", "the two
 * commissions", "the two countries' delimitation commissions", "the couple", a bare "the four".
 */
const UNNAMED_GROUP =
  /^(?:(?:the\s+two|both(?:\s+the)?)\s+(?:(?:countries|sides|nations|states)['’]\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+s|the\s+couple|the\s+(?:two|three|four|five))$/iu;

/** Bodies of each of a pair no reading named: "the ministries of both countries", "the agencies of the two states". */
const BODIES_OF_BOTH =
  /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+s\s+of\s+(?:both|the\s+two)\s+(?:countries|sides|nations|states)$/iu;

/** A subject pronoun and a quote: `they "share the view that …"`. */
const PRONOUN_THEN_QUOTE = /^\s*(?:they|we)\s+\u2591/i;

/** Content whose verb is inside the quote after its subject: `they "share the view that … is …"`. */
function quotedClause(masked: string, said: string): boolean {
  return PRONOUN_THEN_QUOTE.test(masked) && FINITE_VERB.test(said);
}

/**
 * "the two countries", "both sides", "the two leaders", "the two ministries": a group, never one
 * of it or a body named last.
 */
const GROUP_BACK =
  /^(?:the\s+two|both(?:\s+the)?)\s+(?:(countries|nations|governments|capitals|states|neighbou?rs)|(sides|parties)|(leaders|presidents|premiers|ministers|foreign\s+ministers|men|women)|(ministries|commissions|delegations|agencies|services|committees|offices))$/i;

/** The group a "the two …" phrase names back, within a few paragraphs and of its kind (bodies or people). */
export function groupAgain(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const group = groupInReach(d.groups.spoke, d.paragraph, 'group');
  if (!group) return null;
  const kinds = group.speakers.map((s) => s.entity.kind);
  // "Lilit and David Avakian said … The couple said": the two people, named together just before.
  if (/^the\s+couple$/i.test(phrase))
    return kinds.length === 2 && kinds.every((k) => k === 'person')
      ? group.speakers.map((s) => ({ ...s, mention: phrase }))
      : null;
  // "In a joint statement, the four said … The parties also said": the group that just spoke
  // together, in this paragraph (CONVENTIONS row AH: the issuers as the article names them).
  if (/^the\s+(?:parties|sides)$/i.test(phrase))
    return group.paragraph === d.paragraph && kinds.every((k) => k !== 'place')
      ? group.speakers.map((s) => ({ ...s, mention: phrase }))
      : null;
  if (!/^(?:the\s+two|both)\s/i.test(phrase)) return null;
  const m = GROUP_BACK.exec(phrase);
  if (!m) return null;
  const fits = m[1]
    ? kinds.every((k) => k === 'government')
    : m[3]
      ? kinds.every((k) => k === 'person')
      : m[4]
        ? kinds.every((k) => k === 'organisation' || k === 'unknown')
        : kinds.every((k) => k !== 'place');
  return fits ? group.speakers.map((s) => ({ ...s, mention: phrase })) : null;
}

/**
 * "The statement said", "It also said" while the group's joint text is quoted: its author was
 * read as one of the group, but the whole group wrote it.
 */
function groupText(phrase: string, one: ResolvedSpeaker, group: RememberedGroup, paragraph: number): boolean {
  return (
    one.viaDocument &&
    !!groupInReach(group, paragraph, 'text') &&
    /^(?:it|the\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|document|text))$/i.test(phrase) &&
    group.speakers.some((s) => s.entity.id === one.entity.id)
  );
}

/** "The United States, Russia and the European Union": each named body speaks. Otherwise one speaker. */
export function speakersNamed(said: string, d: Discourse): ResolvedSpeaker[] {
  // "Both Pashinyan and Aliyev said": "both" before the pair only stresses it.
  const phrase = BOTH_BEFORE_NAMES.test(said) ? said.replace(BOTH_BEFORE_NAMES, '') : said;
  const shared = sharedHead(phrase, d) ?? pairAcrossAppositions(phrase, d);
  if (shared) return shared;
  if (/,|\band\b/.test(phrase)) {
    const parts = phrase
      .replace(/\s+(?:both|all|together)$/i, '')
      .split(LIST_SEPARATOR)
      .map((p) => p.trim())
      .filter(Boolean);
    const named = parts.length > 1 ? eachListed(parts, d) : null;
    if (named) {
      // "the Prosecutor General of Azerbaijan, Kamran Aliyev": a role and its holder's name are one
      // speaker, named by the last words that name them.
      const byId = new Map<string, ResolvedSpeaker>();
      named.forEach((entity, i) => {
        byId.set(entity.id, { entity, mention: parts[i]!, viaDocument: false });
      });
      return [...byId.values()];
    }
    // "the Office of the Prime Minister of Armenia and the Administration of the President of
    // Azerbaijan said in a joint statement": two full body names, each read as a speaker alone;
    // when either cannot be read, neither is given the words alone.
    if (parts.length === 2 && parts.every((p) => BODY_CONJUNCT.test(p))) {
      const each = parts.map((p) => resolveSpeaker(p, d));
      const bodies = each.filter(
        (s): s is ResolvedSpeaker => !!s && s.entity.kind !== 'place' && s.entity.kind !== 'person',
      );
      if (bodies.length === 2 && bodies[0]!.entity.id !== bodies[1]!.entity.id) return bodies;
      return [];
    }
  }
  // "Sens. Ann Carver and Tom Beale said": each named person says it, with the title written for them.
  const people = namedTogetherIn(phrase);
  if (people) return people.map((person) => namedTogether(person, d));
  const joint = jointSpeakers(phrase, d);
  if (joint) return joint;
  const counted = AND_A_COUNTED_GROUP.exec(phrase);
  if (counted) return withCountedGroup(counted[1]!, counted[2]!, d);
  const one = resolveSpeaker(phrase, d);
  return one ? [one] : [];
}

/** "the co-chairs and the two ministers", "Michel and both leaders": a conjunct counted back last. */
const AND_A_COUNTED_GROUP = /^(.+?)\s+and\s+((?:the\s+(?:two|three|four|five)|both)\s+\p{Ll}[\p{Ll}\s-]*)$/u;

/**
 * "The co-chairs and the two ministers said": each member of the counted group and the other
 * conjunct, each read alone; when either cannot be read the words are no one's (CONVENTIONS 13:
 * each member, or none), never one speaker named by the whole coordination.
 */
function withCountedGroup(first: string, group: string, d: Discourse): ResolvedSpeaker[] {
  const members = countedGroup(group, d) ?? [];
  const others = members.length ? speakersNamed(first, d) : [];
  if (!others.length || others.some((o) => o.entity.kind === 'place')) return [];
  const byId = new Map<string, ResolvedSpeaker>();
  for (const s of [...others, ...members]) if (!byId.has(s.entity.id)) byId.set(s.entity.id, s);
  return [...byId.values()];
}

/**
 * "The Hayastan and Pativ Unem factions", "the Civil Contract and Hayastan parties": two names
 * sharing one plural head are two groups, each the name with the head in the singular.
 */
const NAMES_SHARING_HEAD =
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+and\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+((?:\p{Ll}+\s+){0,2}\p{Ll}{3,}s)$/u;

/** The singular of a plural noun: "factions" → "faction", "parties" → "party". */
const singular = (plural: string) => plural.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');

function sharedHead(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  // Most phrases join nothing: a plain scan for " and " spares them the anchored pattern.
  const m = /\sand\s/.test(phrase) ? NAMES_SHARING_HEAD.exec(phrase) : null;
  if (!m) return null;
  const head = singular(m[3]!);
  const each = [m[1]!, m[2]!].map((name) => resolveSpeaker(`the ${name} ${head}`, d));
  if (!each.every((s) => s && s.entity.kind !== 'place' && s.entity.kind !== 'person')) return null;
  const [a, b] = each as ResolvedSpeaker[];
  return a!.entity.id === b!.entity.id ? null : [a!, b!];
}

/**
 * "Turkey, Iran and the United States", "Moscow, Tehran and the EU": each item of a list as the
 * gazetteer knows it (no place), or a state it has no government for as that state's government
 * by its own name (CONVENTIONS 3: `text:iran`). Null when any item is neither (a town, a name no
 * one knows). Read from the last item, which is mostly a bare name read before: in "Residents of
 * Goris and Kapan" the town fails the list before the head conjunct is looked up at all.
 */
function eachListed(parts: readonly string[], d: Discourse): Entity[] | null {
  const each: Entity[] = new Array(parts.length);
  for (let i = parts.length - 1; i >= 0; i--) {
    const entity = resolveEntityAt(parts[i]!, d.at);
    const item = entity && entity.kind !== 'place' ? entity : listedState(parts[i]!);
    if (!item) return null;
    each[i] = item;
  }
  return each;
}

/**
 * The speakers of a subject after a quote when it joins several with "and": each named one, as
 * speakersNamed reads the same subject before its verb; none when it reads the pair as no one's
 * ("Hayk and his wife", an unnamed party). Null for one speaker.
 */
export function jointAfterQuote(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  // "“…,” the commissions said": the pair of commissions named before, each of it.
  const plural = pluralBodiesBack(phrase, d, readPair(d));
  if (plural) return plural;
  // "“…,” the statement said" under "A and B issued a joint statement.": each issuer.
  if (JOINT_TEXT.test(phrase.trim())) return jointIssuers(phrase.trim(), d);
  // "“…,” the two offices said": the pair that spoke or issued the text before.
  if (GROUP_BACK.test(phrase.trim())) {
    const back = groupBack(phrase.trim(), d);
    if (back?.length) return back;
    // "“…,” the two ministers said": people the text named together before, as before the verb.
    return (
      groupNamedBefore(phrase.trim(), d) ??
      ownersNamedBefore(phrase.trim(), d) ??
      groupMembers(phrase.trim(), d) ??
      countedGroup(phrase.trim(), d) ??
      back
    );
  }
  if (!/\sand\s/.test(phrase)) return null;
  // "“…,” the two co-chairs of the council, A and B, said": the pair the description names.
  const pair = apposedPair(phrase.trim());
  if (pair) return speakersNamed(pair, d);
  const held = { people: d.textPeople.length, unnamed: d.unnamedSpeakers.length };
  const found = speakersNamed(phrase.trim(), d);
  if (found.length !== 1) return found;
  d.textPeople.length = held.people;
  d.unnamedSpeakers.length = held.unnamed;
  return null;
}

/** A full body name as one conjunct: "the Office of the Prime Minister of Armenia", "the Azerbaijani presidential administration". */
const BODY_CONJUNCT =
  /^the\s+(?:[\p{L}'’-]+\s+){0,3}(?:office|administration|ministry|service|committee|agency|department|commission|government|presidency)(?:\s+(?:of|for)\s+\S.*)?$/iu;

/** "Both" opening a pair of names joined by "and": "|Both |Pashinyan and Aliyev". */
const BOTH_BEFORE_NAMES = /^[Bb]oth\s+(?=(?:the\s+)?\p{Lu}.*\sand\s)/u;

/** One of several people named as speakers together: the gazetteer's person, else the text's, with their role. */
export function namedTogether(person: { name: string; role: string }, d: Discourse): ResolvedSpeaker {
  const known = resolveEntityAt(person.name, null);
  if (known?.kind === 'person') return { entity: known, mention: person.name, viaDocument: false };
  const entity = textEntity(person.name);
  if (person.role) entity.role = person.role;
  if (!d.textPeople.some((e) => e.id === entity.id)) d.textPeople.push(entity);
  return { entity, mention: person.name, viaDocument: false };
}
