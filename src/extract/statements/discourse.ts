import { definedAbbreviations } from '../entities/abbreviations.ts';
import { isPlaceName } from '../entities/countryNames.ts';
import { type EntityMention, findEntityMentions } from '../entities/mentions.ts';
import { privateNamesake } from '../entities/privateNamesake.ts';
import { countryOf, officialsOf, type RoleDate, resolveEntityAt, roleAt } from '../entities/resolve.ts';
import { SPELLED_AGE_PREFIX, textEntity, trailingProperName } from '../entities/textEntity.ts';
import type { Entity } from '../types.ts';
import { allMatches, allMatchesNearCue } from './allMatches.ts';
import { apposedHolderName, apposedNameThenVerb } from './apposedHolder.ts';
import { bodyBack } from './bodyBack.ts';
import { bodyInPlace, organisationOfUnit } from './bodyInPlace.ts';
import { onlyLeadInBefore, subjectBeforeSemicolon, subjectOpening } from './bodyPronoun.ts';
import { demonymCountry, ownedByCountry } from './demonymBack.ts';
import { type DescribedSubject, describedSubjectBetween } from './describedSubject.ts';
import { type Epithet, epithetOf, introducedUnnamed, OFFICE_BY_NAME } from './epithetBack.ts';
import { givenNameInText } from './givenName.ts';
import { type GroupMemory, noGroupYet } from './groupMemory.ts';
import { karabakhBody } from './karabakhBody.ts';
import { keptPerText } from './keptPerText.ts';
import {
  BETWEEN_SUBJECT_AND_VERB,
  CLAIM_NOUN,
  DOCUMENT_NOUN,
  GROUP_PRONOUN,
  LEADING_CONNECTIVE,
  PAGE_NOUN,
  PERSON_PRONOUN,
  PUT_OUT_BY,
  SPEAKER_NOUN,
  THING_PRONOUN,
} from './lexicon.ts';
import { localAuthorities, localPostHolder } from './localAuthorities.ts';
import { namedBodiesIn, namedBodyBefore } from './namedBodyBack.ts';
import { FIRM_BACK, namedFirm } from './namedFirm.ts';
import { otherNamedSubjectBetween } from './namedSubject.ts';
import { fullNamesFor } from './namesakes.ts';
import { bareNameFirst, nationalBody, personsCountryBody, writersBareBody } from './nationalBody.ts';
import { clauseModifierStart, isNounPhrase, tag } from './nounPhrase.ts';
import { oneOfGroupBefore } from './oneOfGroup.ts';
import { namedState, otherStateGovernment } from './otherStates.ts';
import { type DocumentOutlet, unqualifiedMinistry, unqualifiedMinistryKind } from './ownOutlet.ts';
import {
  findPeople,
  fitsPronoun,
  type Gender,
  genderOf,
  knownGender,
  namedTogetherIn,
  type PersonMention,
  type Surnames,
} from './people.ts';
import { type GenderVotes, givenNameGender, votedGender, voteResolvedPronoun } from './personGender.ts';
import { framingCity, ownerlessBody } from './placeFrame.ts';
import { placeOwnedBody } from './placeOwned.ts';
import { roleHolderInText } from './roleHolder.ts';
import { ownerWords, sameOwner } from './roleOwner.ts';
import { selfGivenName } from './selfNamed.ts';
import { fullNameForSurname, type WrittenFullName, writtenJointly } from './sharedSurname.ts';

/**
 * What the text has established so far, for reading "he", "it", "the statement", "the
 * Secretary" and "a spokesperson": who spoke last, which written statement is being quoted,
 * and which known entities the text has named.
 */
export interface Discourse {
  /** The date role phrases are read at ("the Azerbaijani foreign minister" in 2020). */
  at: RoleDate;
  /** Gazetteer names seen so far, in text order (read up to a unit by readMentionsBefore). */
  mentions: EntityMention[];
  lastPerson: Entity | null;
  lastBody: Entity | null;
  /** How often each body spoke so far, and where it last did, for a "the ministry" far from any name. */
  bodySpeeches: Map<string, BodySpeeches>;
  /** The words a body spoke under ("the Interior Ministry of the unrecognized republic"), for "the ministry". */
  spokenAs: WeakMap<Entity, string>;
  /** A written statement being quoted: its author, and whom it is about when it relays someone. */
  activeStatement: { author: Entity; principal: Entity | null; paragraph: number; at: number } | null;
  /** The last group that spoke together and the last joint text, for "the two sides", "the statement said". */
  groups: GroupMemory;
  /** People the gazetteer lacks, as the text introduced them ("Alexei Overchuk"), for a later "Overchuk". */
  textPeople: Entity[];
  /** Unnamed people the text let speak ("a source in the ministry"), for a later "the source". */
  unnamedSpeakers: Entity[];
  /** The document's text, to find the full name of a surname first written elsewhere than as a speaker. */
  text: string;
  /** Full names already looked up in the text, by surname (null: none written out). */
  fullNames: Map<string, WrittenFullName[]>;
  /** People the text named or let speak, in text order, with the unit they stand in. */
  people: (PersonMention & { unit: number })[];
  /** The unit being read: a pronoun points back to people named before it. */
  unit: number;
  /** The paragraph the unit being read opens in. */
  paragraph: number;
  /** Where the unit being read starts, and where the words being resolved stand in it (-1: unknown). */
  unitStart: number;
  speakerAt: number;
  /** The latest mention of each surname the text gave a person. */
  surnames: Surnames;
  /** What the units read so far tell of each person's gender (see personGender.ts). */
  genders: GenderVotes;
  /**
   * Reads the people named in the units before `unit` that are not read yet. People are read
   * only when a pronoun or a bare "A:" needs them: most units never pay for it.
   */
  readPeopleBefore: (unit: number) => void;
  /** Reads the gazetteer names in the units before `unit` not read yet, as readPeopleBefore does people. */
  readMentionsBefore: (unit: number) => void;
  /** The document's outlet, where its metadata names one (its own voice, its country). */
  outlet: DocumentOutlet | null;
  /** Names the text has shown reporting as an outlet does ("…, Kazinform reports"): media from then on. */
  reportingOutlets: Set<string>;
  /**
   * While a group that told someone is read ("Michel said both leaders had told him …"), the one
   * told: no member of the group counted, so the count is of the others. Null otherwise.
   */
  toldOne: Entity | null;
}

interface BodySpeeches {
  entity: Entity;
  count: number;
  /** Where it last spoke. */
  last: number;
  /** The names it spoke under ("the Azerbaijani Defence Ministry"), a bare "the ministry" aside. */
  names: string[];
}

export interface ResolvedSpeaker {
  entity: Entity;
  /** The words naming the speaker, as written. */
  mention: string;
  /** True when the speaker is a document ("the statement", "it"): its author speaks through it. */
  viaDocument: boolean;
}

export function newDiscourse(at: RoleDate, text = ''): Discourse {
  return {
    at,
    mentions: [],
    lastPerson: null,
    lastBody: null,
    bodySpeeches: new Map(),
    spokenAs: new WeakMap(),
    activeStatement: null,
    groups: noGroupYet(),
    textPeople: [],
    unnamedSpeakers: [],
    text,
    fullNames: new Map(),
    people: [],
    unit: 0,
    paragraph: 0,
    unitStart: 0,
    speakerAt: -1,
    surnames: new Map(),
    genders: new Map(),
    readPeopleBefore: readNothing,
    readMentionsBefore: readNothing,
    outlet: null,
    reportingOutlets: new Set(),
    toldOne: null,
  };
}

/** A discourse's readers until its document sets them: one function for all, not two made per document. */
function readNothing(_upTo: number): void {}

/**
 * "He"/"she": the person named in the nearest earlier unit that names one of the pronoun's
 * gender, whatever they did there ("X met the residents. He said …"). When that unit names
 * several, the last speaker if among them, else the first named (the subject, mostly).
 * Without any, the last person who spoke.
 */
function personBefore(pronoun: string, d: Discourse): Entity | null {
  const found = personBeforeOrNamed(pronoun, d);
  // "…, he said, asking not to be named": the one speaking is someone the text does not name.
  return found && saysUnnamed(d) && d.people.some((p) => p.entity.id === found.id) ? null : found;
}

/** The pronoun's own clause says its speaker goes unnamed ("he said, asking not to be named"). */
const UNNAMED_SAYING =
  /^[^.!?"“”]{0,40}?\b(?:asking|who\s+asked|requesting)\s+not\s+to\s+be\s+(?:named|identified)|^[^.!?"“”]{0,40}?\b(?:on\s+condition\s+of|requesting)\s+anonymity/u;

function saysUnnamed(d: Discourse): boolean {
  return d.speakerAt >= 0 && UNNAMED_SAYING.test(d.text.slice(d.speakerAt, d.speakerAt + 90));
}

function personBeforeOrNamed(pronoun: string, d: Discourse): Entity | null {
  d.readPeopleBefore(d.unit);
  const subject = subjectOfSentence(pronoun, d);
  if (!subject)
    return (
      relayerOfSetOffPronoun(pronoun, d) ??
      relayerAsSource(pronoun, d) ??
      relayerAdds(pronoun, d) ??
      personBeforeSentence(pronoun, d)
    );
  if (!subject.setOff) return subject.entity;
  const found = personBeforeSentence(pronoun, d, subject.entity.id);
  return found?.id === subject.entity.id ? null : found;
}

/** A definite description opening its sentence, set off by a comma before the pronoun: "The head of state, he added, …". */
const SET_OFF_DESCRIPTION = /^["“]?[Tt]he\s+[^,.;:"“”]{1,40},\s*$/u;

/**
 * "X's spokesman said Macron considered …. The head of state, he added, wanted …": after a relay,
 * a pronoun set off behind a description of the one relayed is the relayer, who goes on speaking
 * about them.
 */
function relayerOfSetOffPronoun(pronoun: string, d: Discourse): Entity | null {
  const active = d.activeStatement;
  if (!active?.principal || active.principal.id !== d.lastPerson?.id || active.author.kind !== 'person')
    return null;
  if (d.speakerAt <= d.unitStart || !SET_OFF_DESCRIPTION.test(d.text.slice(ownSentenceStart(d), d.speakerAt)))
    return null;
  return fitsPronoun(pronoun, genderOfEntity(active.author, d)) ? active.author : null;
}

/**
 * "Hajiyev recalled that Aliyev had warned …. According to him, the head of state had said …": the
 * source "according to" names right after a relay is the relayer, who tells; the one relayed is only
 * told about. Both must be people the pronoun fits, the relay in the paragraph before or this one.
 */
function relayerAsSource(pronoun: string, d: Discourse): Entity | null {
  const active = d.activeStatement;
  if (!active?.principal || active.principal.id !== d.lastPerson?.id || active.author.kind !== 'person')
    return null;
  if (active.principal.kind !== 'person' || d.speakerAt <= d.unitStart) return null;
  if (!/(?:^|[.!?]\s+|["“”]\s*)[Aa]ccording\s+to\s*$/u.test(d.text.slice(ownSentenceStart(d), d.speakerAt)))
    return null;
  return fitsPronoun(pronoun, genderOfEntity(active.author, d)) ? active.author : null;
}

/**
 * "Hajiyev told journalists that Aliyev had said …. He added that …": "added" (or a plain "said")
 * goes on with the saying the sentence before told, whose subject is the relayer; the one relayed
 * was only told about. Both must be people the pronoun fits, the pronoun opening its sentence.
 */
function relayerAdds(pronoun: string, d: Discourse): Entity | null {
  const active = d.activeStatement;
  if (!active?.principal || active.principal.id !== d.lastPerson?.id || active.author.kind !== 'person')
    return null;
  if (active.principal.kind !== 'person' || d.speakerAt < d.unitStart) return null;
  if (!/^["“]?$/.test(d.text.slice(ownSentenceStart(d), d.speakerAt).trim())) return null;
  const after = d.text.slice(d.speakerAt + pronoun.length, d.speakerAt + pronoun.length + 24);
  if (!/^\s+(?:also\s+)?(?:added|said|went\s+on\s+to\s+say)\b/.test(after)) return null;
  return fitsPronoun(pronoun, genderOfEntity(active.author, d)) ? active.author : null;
}

/** The person a pronoun points back to in the units before its own, never `besides` when that is given. */
function personBeforeSentence(pronoun: string, d: Discourse, besides?: string): Entity | null {
  const fits = (p: { entity: Entity }) => p.entity.id !== besides;
  let nearest = -1;
  for (const p of d.people)
    if (p.unit < d.unit && p.unit > nearest && fits(p) && fitsPronoun(pronoun, genderOfMention(p, d)))
      nearest = p.unit;
  if (nearest < 0) return describedAndNamedBefore(pronoun, d) ?? lastFitting(pronoun, d);
  const there = d.people.filter(
    (p) => p.unit === nearest && fits(p) && fitsPronoun(pronoun, genderOfMention(p, d)),
  );
  const lastNamed = Math.max(...there.map((p) => p.start));
  const pronounAt = Math.max(d.speakerAt, d.unitStart);
  // "X spoke first. The regional governor toured the site. He said …": the person described is nearer.
  const described = describedSubjectBetween(d.text, lastNamed, pronounAt, (gender) =>
    fitsPronoun(pronoun, gender),
  );
  if (described) {
    // "The paper spoke to the mother of a conscript. She said …": the one met unnamed, by her noun.
    if (described.kin) return { ...textEntity(`a ${described.kin}`), kind: 'person', role: described.kin };
    // "In Stepanakert, a retired teacher named Lusine sat … “…,” she said": the one the writer named so.
    if (described.name) return { ...textEntity(described.name), kind: 'person', role: described.words };
    const holder = holderOf(described.words, there, d);
    if (holder) return holder;
    const introduced = /^(?:an?|another|one)\s/.test(described.words)
      ? unnamedSpeakerSo(described.words, d)
      : null;
    if (introduced && fitsPronoun(pronoun, genderOfEntity(introduced, d))) return introduced;
    const met = introduced ? null : introducedPerson(described, pronoun, d);
    if (met) return met;
    // "The senator", "the candidate": a bare definite role is an epithet for the one being spoken of.
    const epithet = /^the\s+\S+$/.test(described.words) && d.lastPerson;
    return epithet && fitsPronoun(pronoun, genderOfEntity(epithet, d)) ? epithet : null;
  }
  const found = namedBefore(pronoun, there, d);
  // "… Emin keeps a notebook …, he said": another name opening a sentence in between is nearer.
  // When the text named that person so once, it is who spoke; else who spoke is unsure.
  const other =
    found &&
    otherNamedSubjectBetween(d.text, lastNamed, pronounAt, (name) => anotherPerson(name, pronoun, found, d));
  return other ? onlyPersonNamed(other, pronoun, d) : found;
}

/** "the same source", "the same source in the ministry": a source who spoke before, pointed back to. */
const SAME_SOURCE_BACK = /^the\s+same\s+source(?:\s+(?:in|at|from|close\s+to)\s+[^,;:]{1,60})?$/iu;

/**
 * "A source in the Foreign Ministry told Etemad …. According to the same source in the Foreign
 * Ministry, …": the unnamed source who spoke last, though a named person spoke since. Null when no
 * unnamed source spoke: the words stay no one's (sameSource.ts).
 */
function sameUnnamedSource(phrase: string, d: Discourse): Entity | null {
  return SAME_SOURCE_BACK.test(phrase) ? unnamedSpeakerSo('source', d) : null;
}

/**
 * "In Martuni, a retired teacher named Nvard sat outside. “…,” she said": with no person named
 * before, the one a sentence describes and names so is who the pronoun points back to.
 */
function describedAndNamedBefore(pronoun: string, d: Discourse): Entity | null {
  const pronounAt = Math.max(d.speakerAt, d.unitStart);
  const described = describedSubjectBetween(d.text, 0, pronounAt, (gender) => fitsPronoun(pronoun, gender));
  if (!described) return null;
  if (described.name) return { ...textEntity(described.name), kind: 'person', role: described.words };
  return unnamedSpeakerSo(described.words, d) ?? introducedPerson(described, pronoun, d);
}

/**
 * "A nurse at the Goris hospital, who asked not to be named, had worked for 30 hours. “…,” she
 * said", "Reporters spoke to a volunteer at the camp. “…,” he said": someone the writer brings in
 * by an indefinite description and then quotes is that person, named as the description would
 * name them speaking (CONVENTIONS 5). A definite description stays with the epithet rules.
 */
function introducedPerson(described: DescribedSubject, pronoun: string, d: Discourse): Entity | null {
  if (described.kin || !/^(?:an?|another|one)\s/.test(described.words)) return null;
  const person = resolveSpeaker(described.written, d)?.entity;
  return person?.kind === 'person' && fitsPronoun(pronoun, genderOfEntity(person, d)) ? person : null;
}

/**
 * "A paediatrician at the hospital, who asked not to be named, said …. "…," she said": the
 * unnamed person such a description introduced as a speaker, found by the description's noun.
 */
function unnamedSpeakerSo(description: string, d: Discourse): Entity | null {
  const noun = description.split(/\s+/).pop()!;
  for (let i = d.unnamedSpeakers.length - 1; i >= 0; i--)
    if (hasWord(d.unnamedSpeakers[i]!.name, noun)) return d.unnamedSpeakers[i]!;
  return null;
}

/** The one person the people read so far name by these words, fitting the pronoun; null when none or several. */
function onlyPersonNamed(name: string, pronoun: string, d: Discourse): Entity | null {
  const words = name.toLowerCase().split(/\s+/);
  let only: Entity | null = null;
  for (const p of d.people) {
    if (!words.some((w) => hasWord(p.entity.name, w))) continue;
    if (!fitsPronoun(pronoun, knownGender(p.entity) ?? textTold(d.genders.get(p.entity.id)))) continue;
    if (only && only.id !== p.entity.id) return null;
    only = p.entity;
  }
  return only;
}

/** Which of the people named in the nearest unit before a pronoun it points to. */
function namedBefore(pronoun: string, there: readonly PersonMention[], d: Discourse): Entity | null {
  const last = there.find((p) => p.entity.id === d.lastPerson?.id);
  if (last) return last.entity;
  if (twoFitEqually(pronoun, there, d)) return null;
  const contacted = contactedByUnknown(there, d);
  if (contacted) return contacted;
  const roleSubject = roleSubjectBefore(there[0]!.start, d);
  if (roleSubject === undefined) return there[0]!.entity;
  return roleSubject && d.lastPerson && fitsPronoun(pronoun, genderOfEntity(d.lastPerson, d))
    ? d.lastPerson
    : null;
}

/**
 * A verb of getting in touch between a subject and a person named after it: "spoke by telephone
 * with", "reached", "talked to", "interviewed", with at most a few describing words before the
 * object's name ("reached Ganja resident Elnur Mammadli").
 */
const CONTACT_BETWEEN =
  /^\s+(?:(?:has|had)\s+)?(?:spoke|spoken|talked|reached|interviewed|phoned)(?:\s+by\s+(?:tele)?phone)?(?:\s+(?:to|with))?\s+(?:[\p{L}-]+\s+){0,3}?$/u;

/**
 * "De Morgen spoke by telephone with Anahit Sargsyan, a teacher in Stepanakert. '…,' she says":
 * the one got in touch with is who then speaks, when the subject who did so is a name the text
 * tells nothing of as a person (no known gender, no title, not in the gazetteer): a paper or a
 * reporter reaching a source, whose words follow. A subject known as a person ("Blinken spoke by
 * phone with Pashinyan. He said …") stays the subject, as before.
 */
function contactedByUnknown(there: readonly PersonMention[], d: Discourse): Entity | null {
  const subject = there[0]!;
  if (!subject.entity.id.startsWith('text:') || genderOfMention(subject, d) !== null) return null;
  const name = LEADING_CAPITALISED_WORDS.exec(d.text.slice(subject.start, subject.start + 80));
  if (!name) return null;
  const subjectEnd = subject.start + name[0].length;
  const object = there.find((p) => p.entity.id !== subject.entity.id && p.start > subjectEnd);
  if (!object || object.start - subjectEnd > 80) return null;
  return CONTACT_BETWEEN.test(d.text.slice(subjectEnd, object.start)) ? object.entity : null;
}

/** A possessive and a relation noun before a name: "Her daughter Leyla", "his brother, Aram,". */
const RELATION_BEFORE_NAME =
  /\b(his|her)\s+(?:(?:elder|older|younger|little|eldest|youngest|late|\d+-year-old)\s+)?(?:son|daughter|brother|sister|mother|father|husband|wife|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|grandfather|grandmother|neighbou?r|friend|colleague|partner|child)\s*,?\s*$/iu;

/**
 * Two people the pronoun fits stand in the nearest unit and neither spoke last, so the unit's
 * first-named subject is no sure antecedent: "Aram and Davit fled. He said …" names two men alike
 * (a coordinated subject), and "Her daughter Leyla sleeps there. She says …" names the daughter
 * as kin of a woman of the same gender who is the paragraph's topic. Who speaks is unsure.
 */
function twoFitEqually(pronoun: string, there: readonly PersonMention[], d: Discourse): boolean {
  const first = there[0]!;
  const relation = RELATION_BEFORE_NAME.exec(d.text.slice(Math.max(0, first.start - 50), first.start));
  if (relation && fitsPronoun(pronoun, relation[1]!.toLowerCase() === 'his' ? 'm' : 'f')) return true;
  const second = there.find((p) => p.entity.id !== first.entity.id);
  if (!second || second.start < first.start) return false;
  const name = LEADING_CAPITALISED_WORDS.exec(d.text.slice(first.start, second.start));
  const between = d.text.slice(first.start + (name?.[0].length ?? 0), second.start);
  return /^\s*(?:,[^,.;:!?"“”]{1,60},\s*)?(?:and|&)\s+$/u.test(between);
}

/**
 * A name opening a sentence that may be who a pronoun points to instead of its antecedent: a
 * person the text names (the people reader's, or a name it gives an age or a saying verb), not
 * the antecedent, not a body or place the gazetteer knows, not one the text tells is of the
 * other gender.
 */
function anotherPerson(name: string, pronoun: string, antecedent: Entity, d: Discourse): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const own = (e: Entity) => words.some((w) => hasWord(e.name, w));
  if (own(antecedent)) return false;
  const known = resolveEntityAt(name, d.at);
  if (known && known.kind !== 'person') return false;
  const named = d.people.filter((p) => own(p.entity));
  if (named.length > 0)
    return !named.some((p) => {
      const told = knownGender(p.entity) ?? textTold(d.genders.get(p.entity.id));
      return told !== null && !fitsPronoun(pronoun, told);
    });
  return personLikeName(name, d.text);
}

/**
 * The last person, other than `holder`, when the words just before their latest mention hold the
 * head word of the role phrase ("the minister" after "Foreign Minister of Armenia Ararat Mirzoyan").
 */
function lastPersonWithRoleWord(phrase: string, holder: Entity, d: Discourse): Entity | null {
  const last = d.lastPerson;
  if (!last || last.id === holder.id || last.kind !== 'person') return null;
  const head = phrase.trim().split(/\s+/).pop()!.toLowerCase();
  const surname = last.name.split(' ').pop()!;
  const before = d.text.slice(0, Math.max(d.unitStart, d.speakerAt));
  const at = before.lastIndexOf(surname);
  const holderAt = before.lastIndexOf(holder.name.split(' ').pop()!);
  if (at < 0 || at < holderAt) return null;
  return hasWord(before.slice(Math.max(0, at - 60), at), head) ? last : null;
}

/**
 * "Ilham Aliyev announced …. "We have returned to Shusha," the president said" after "President
 * Vladimir Putin" a paragraph before: the last person, named in the speaker's own paragraph after
 * the holder the role's shapes found, whose own office is that role ("President of Azerbaijan"), is
 * nearer. A former holder's office ("former President") is not the role now.
 */
function lastHolderInParagraph(phrase: string, holder: Entity, d: Discourse): Entity | null {
  const last = d.lastPerson;
  if (!last || last.id === holder.id || last.kind !== 'person' || !last.role) return null;
  const role = phrase
    .trim()
    .replace(/^the\s+/i, '')
    .toLowerCase();
  if (!hasWord(last.role, role) || /\b(?:former|ex|late)\b/i.test(last.role)) return null;
  const before = d.text.slice(0, Math.max(d.unitStart, d.speakerAt));
  const paragraph = before.lastIndexOf('\n\n');
  const at = before.lastIndexOf(last.name.split(' ').pop()!);
  const holderAt = before.lastIndexOf(holder.name.split(' ').pop()!);
  return at > paragraph && at > holderAt ? last : null;
}

/** The gender the text's own words tell, a given name aside (it may mislead: "Yuri Kim"). */
function textTold(votes: { m: number; f: number } | undefined): Gender {
  if (!votes) return null;
  if (votes.m > 0 && votes.m >= 2 * votes.f) return 'm';
  if (votes.f > 0 && votes.f >= 2 * votes.m) return 'f';
  return null;
}

/** "Emin, 34,", "Emin said", "said Emin": the text treats the name as a person's. */
function personLikeName(name: string, text: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `\\b${n},\\s+\\d{1,3},|\\b${n}\\s+(?:said|says|told)\\b|\\b(?:said|says)\\s+${n}\\b`,
    'u',
  ).test(text);
}

/**
 * A person's gender as far as the document tells: the gazetteer's record, else the text's
 * evidence read so far (titles, the person's own pronouns), else a given name of one gender,
 * else what the mention itself said (a speaker recorded as "he" may have been a pronoun read
 * wrongly once; it must not carry the error on). Null when nothing tells.
 */
function genderOfMention(p: PersonMention, d: Discourse): Gender {
  return knownGender(p.entity) ?? votedGender(d.genders, p.entity) ?? givenNameGender(p.entity) ?? p.gender;
}

export function genderOfEntity(e: Entity, d: Discourse): Gender {
  return knownGender(e) ?? votedGender(d.genders, e) ?? givenNameGender(e);
}

/** "The press secretary of the Prime Minister |": only title words from the sentence's "The" to a name. */
const TITLE_RUN_TO_NAME =
  /^["“]?The\s+(?:(?:of|for|to|the|\p{Lu}[\p{L}'’.-]*|former|acting|deputy|chief|senior|foreign|prime|press|minister|secretary|spokes(?:man|woman|person)|envoy|ambassador|adviser|advisor|aide|official|representative|leader|president|head|commander)\s+){1,8}$/u;

/**
 * "The Chairman-in-Office spoke with Foreign Ministers A and B. He underlined …": when the sentence
 * naming the people opens with a definite role ("The minister", "The Chairman-in-Office") before
 * them, that role is its subject and the pronoun's; the people it met are objects. Gives true
 * when the last speaker holds that role, false when the role names someone else or no one known
 * (then no one is the speaker), undefined when the sentence opens otherwise.
 */
function roleSubjectBefore(at: number, d: Discourse): boolean | undefined {
  const before = d.text.slice(Math.max(0, at - 300), at);
  const stop = Math.max(before.search(/[^.!?\n]*$/), 0);
  // "The Minister for Europe, Catherine Colonna, spoke …": a name in apposition to the role is the subject.
  if (/,\s*$/.test(before)) return undefined;
  // "The press secretary of the Prime Minister Mane Gevorgyan said …": a title run up to the name is the name's own.
  if (TITLE_RUN_TO_NAME.test(before.slice(stop).trimStart())) return undefined;
  const opening = /^["“]?The\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?\s+\S/u.exec(before.slice(stop).trimStart());
  if (!opening) return undefined;
  const words = [opening[1]!, opening[2] ?? ''].filter((w) => w !== '').map((w) => w.toLowerCase());
  const last = d.lastPerson;
  // The role as the entity holds it, or as written before a mention of the person (a long one is not kept).
  const roles = last?.role ? [last.role] : last ? rolesWrittenBefore(last.name, d.text, d.unitStart) : [];
  if (words.some((w) => w.length > 2 && roles.some((role) => hasWord(role, w)))) return true;
  const role = words.find((w) => SINGLE_PERSON_NOUN.test(w));
  return role ? false : undefined;
}

/**
 * The person a description points back to among those named just before (or the last speaker):
 * the one who holds its role as the text wrote it ("Tigran Avetisyan, the regional governor" …
 * "The governor"). Null when none does: the description is someone the text did not name.
 */
function holderOf(
  description: string,
  named: readonly (PersonMention & { unit: number })[],
  d: Discourse,
): Entity | null {
  const words = description.split(/\s+/).filter((w) => w.length > 2 && !/^(?:the|one|another)$/.test(w));
  const candidates = d.lastPerson
    ? [d.lastPerson, ...named.map((p) => p.entity)]
    : named.map((p) => p.entity);
  for (const e of candidates) {
    const roles = e.role ? [e.role] : [];
    roles.push(
      ...rolesWrittenBefore(e.name, d.text, d.unitStart),
      ...rolesWrittenAfter(e.name, d.text, d.unitStart),
    );
    // "Press secretary of the Prime Minister": the words after "of" name whose secretary she is.
    const spelled = roles.map((role) => ownRole(role.replace(TITLE_ABBREVIATION, (a) => TITLE_WORD[a] ?? a)));
    if (words.some((w) => spelled.some((role) => hasWord(role, w)))) return e;
  }
  return null;
}

/** The bodies that spoke so far, each with the names the text gives it ("ANAMA" and the name it abbreviates). */
function bodiesSpoken(d: Discourse): { entity: Entity; names: string[] }[] {
  const spoken = [...d.bodySpeeches.values()];
  if (spoken.length === 0) return [];
  const abbreviations = definedAbbreviations(d.text);
  return spoken.map((b) => ({
    entity: b.entity,
    names: [
      b.entity.name,
      ...(b.entity.aliases ?? []),
      ...abbreviations.filter((a) => a.short === b.entity.name).map((a) => a.long),
    ],
  }));
}

/** An aide named by whose aide they are: "the assistant to the President", "the President's adviser". */
const AIDE_OF_OWNER =
  /\b(assistant|aide|adviser|advisor|secretary|spokes(?:man|woman|person)|deputy)\s+(?:to|of|for)\s|['’]s?\s+(?:\p{Ll}+\s+)?(assistant|aide|adviser|advisor|secretary|spokes(?:man|woman|person)|deputy)$/iu;

/**
 * "The assistant to the President" is never the President: a person found for an aide's phrase
 * whose own role lacks the aide's noun is the owner its words name (team rule 4).
 */
function aideTakenForOwner(p: string, found: Entity): boolean {
  const aide = AIDE_OF_OWNER.exec(p);
  if (!aide || found.kind !== 'person') return false;
  const noun = (aide[1] ?? aide[2]!).toLowerCase().replace(/^spokes\p{L}+$/u, 'spokes');
  return !(found.role ?? '').toLowerCase().includes(noun);
}

/** An aide's role after its noun ("Press secretary of the Prime Minister"): whose aide, not a role held. */
const ROLE_COMPLEMENT =
  /(?<=\b(?:secretary|spokes(?:man|woman|person)|adviser|advisor|aide|assistant|representative|envoy))\s+(?:of|to|for)\s+the\s.*$/is;

/** A role as its holder holds it: "Press secretary of the Prime Minister" is a press secretary. */
function ownRole(role: string | undefined): string {
  return (role ?? '').replace(ROLE_COMPLEMENT, '');
}

const TITLE_ABBREVIATION = /\b(?:Sen|Rep|Gov|Gen|Pres|Amb|Sec)\./g;
const TITLE_WORD: Record<string, string> = {
  'Sen.': 'senator',
  'Rep.': 'representative',
  'Gov.': 'governor',
  'Gen.': 'general',
  'Pres.': 'president',
  'Amb.': 'ambassador',
  'Sec.': 'secretary',
};

/** The apposition after each mention of a name up to `end`: ", the regional governor,". */
function rolesWrittenAfter(name: string, text: string, end: number): string[] {
  const roles: string[] = [];
  for (
    let at = text.indexOf(name);
    at >= 0 && at < end && roles.length < 8;
    at = text.indexOf(name, at + 1)
  ) {
    const after = /^,\s+([^,.;:!?"“”]{1,80})/.exec(text.slice(at + name.length, at + name.length + 90));
    if (after) roles.push(after[1]!);
  }
  return roles;
}

/** The words before each mention of a name up to `end`, back to the last stop: where a title stands. */
function rolesWrittenBefore(name: string, text: string, end: number): string[] {
  const roles: string[] = [];
  for (let at = text.indexOf(name); at >= 0 && at < end && roles.length < 8; at = text.indexOf(name, at + 1))
    roles.push(
      text
        .slice(Math.max(0, at - 120), at)
        .split(/[.;:!?\n"“”]/)
        .pop() ?? '',
    );
  return roles;
}

/** The titles written right before a name's mentions ("Government spokesman"): a few words, set off by no comma. */
export function titlesBefore(name: string, text: string, end: number): string[] {
  return rolesWrittenBefore(name, text, end)
    .map((words) => (words.split(',').pop() ?? '').trim())
    .filter((words) => words && words.split(/\s+/).length <= 8);
}

const SINGLE_PERSON_NOUN =
  /^(?:minister|president|premier|secretary|chairman|chairwoman|chair|chancellor|ambassador|envoy|spokes(?:man|woman|person)|commander|governor|mayor|leader|official|diplomat|ombudsman|senator|general)(?:-in-office|-general)?$/;

/**
 * No person named before fits the pronoun's gender as the text wrote it: the last speaker, or
 * the last person the gazetteer knows, when their recorded gender does not contradict it. "She"
 * never goes to a man because no woman was named; then no one is the speaker.
 */
function lastFitting(pronoun: string, d: Discourse): Entity | null {
  const fits = (e: Entity) => e.kind === 'person' && fitsPronoun(pronoun, genderOfEntity(e, d));
  if (d.lastPerson) return fits(d.lastPerson) ? d.lastPerson : null;
  return lastMentioned(d, fits);
}

/**
 * Only a title before a name that opens its sentence: capitalised words ("Former Rep.") and
 * lower-case role nouns ("Kremlin spokesman", "Foreign Ministry press secretary"), or an opening quote mark.
 */
const BEFORE_SUBJECT =
  /^[\s"“'‘]*(?:(?:\p{Lu}[\p{L}.'’-]*|former|acting|deputy|chief|senior|foreign|prime|press|minister|secretary|spokes(?:man|woman|person)|envoy|ambassador|adviser|advisor|aide|official|leader|president|head|commander)\s+)*$/u;

/**
 * A fronted adverbial of time or place set off by its comma before the subject: "On Monday,
 * former prosecutor Luis Ocampo released a report in which he wrote …". It opens with a
 * preposition or a time word and holds no verb's clause (no comma, stop or quote inside).
 */
const FRONTED_ADVERBIAL =
  /^[\s"“'‘]*(?:On|In|At|Last|Earlier|Later|Late|Early|This|Yesterday|Today|During|From)\s[^,.;:!?"“”]{0,40},\s+/u;

/**
 * The words before a sentence's subject are its title, after any fronted adverbial: capitalised
 * words and known role words, or a noun phrase of adjectives and nouns ending in a noun ("former
 * International Criminal Court chief prosecutor"), read by its parts of speech.
 */
function titleBeforeSubject(opening: string): boolean {
  const title = opening.replace(FRONTED_ADVERBIAL, '');
  if (BEFORE_SUBJECT.test(title)) return true;
  const words = title.replace(/^[\s"“'‘]*(?:[Tt]he\s+)?/u, '').trim();
  if (!words || /[^\p{L}\s.'’-]/u.test(words)) return false;
  const tagged = tag(words);
  return (
    tagged.length > 0 &&
    tagged.length <= 8 &&
    tagged.at(-1)!.pos === 'NOUN' &&
    tagged.every((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')
  );
}

const LEADING_CAPITALISED_WORDS = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/u;

/**
 * "The former chief prosecutor of the court, Luis Ocampo, published …": a definite description
 * that opens the sentence, set off by a comma, with the name in apposition after it: the name is
 * the subject (the comma after the name is checked where the name is read).
 */
const APPOSED_SUBJECT_BEFORE = /^[\s"“'‘]*[Tt]he\s+[^,.;:!?"“”]{1,80},\s*$/u;

/**
 * "C. Boyden Gray, who served …, ticked through the code: ''…,'' he said": a pronoun after the
 * person its own sentence opens with, who fits it, is that person. A name further in ("Asked
 * about Bush's record, he said") is no subject and leaves the pronoun to the sentences before.
 */
function subjectOfSentence(pronoun: string, d: Discourse): { entity: Entity; setOff: boolean } | null {
  if (d.speakerAt <= d.unitStart) return null;
  const start = ownSentenceStart(d);
  const other = ANOTHER_ONE.exec(d.text.slice(start, d.speakerAt));
  if (other && SPEAKER_NOUN.test(other[1]!)) return { entity: textEntity(other[0].trim()), setOff: false };
  // "“The Great Return has begun,” he said": names inside the quote are what is said, not who says it.
  const quoteOpens = d.text.slice(start, d.speakerAt).search(/["“«]|''/u);
  const end = quoteOpens < 0 ? d.speakerAt : start + quoteOpens;
  const first = findPeople(d.text, start, end, new Map(d.surnames))[0];
  if (!first || !fitsPronoun(pronoun, genderOfMention(first, d))) return null;
  // "former chief prosecutor Luis Ocampo": a mention read with its lower-case title starts, as a
  // subject, at the name; the title is read with the words before it.
  const written = d.text.slice(first.start, d.speakerAt);
  const at = /^\p{Lu}/u.test(written) ? 0 : Math.max(0, written.indexOf(first.entity.name));
  const nameStart = first.start + at;
  const opening = d.text.slice(start, nameStart);
  const apposed = APPOSED_SUBJECT_BEFORE.test(opening);
  if (!apposed && !titleBeforeSubject(opening)) return null;
  const name = LEADING_CAPITALISED_WORDS.exec(d.text.slice(nameStart, d.speakerAt));
  if (!name || /['’]s?$/.test(name[0])) return null;
  if (apposed && d.text[nameStart + name[0].length] !== ',') return null;
  // "Macron, he added, wanted …": a pronoun set off right after the subject tells who said the
  // clause that subject opens; it is someone else, named in the sentences before.
  if (/^\s*,\s*$/.test(d.text.slice(nameStart + name[0].length, d.speakerAt)))
    return { entity: first.entity, setOff: true };
  // "No Turk is going to sleep in it, he says": a pronoun put after a clause and its comma says
  // that clause; the name opening it is in what is said, like one inside a quote, not who says it.
  if (quoteOpens < 0 && /,\s*$/.test(d.text.slice(start, d.speakerAt))) return null;
  return { entity: first.entity, setOff: false };
}

/**
 * "Another diplomat put it more bluntly: … “…,” he said": a sentence opening with another one of
 * a kind is that other person's, never the last speaker's of that kind.
 */
const ANOTHER_ONE =
  /^["“]?(?:Another|A second|A third|One other|Yet another)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?=\s+\p{Ll})/u;

/**
 * A unit may hold sentences before the one carrying the quote ("Troops began to leave. X
 * confirmed it: “…,” he said"): the pronoun's sentence starts after the last full stop that
 * comes before the quote opens.
 */
const TURN_LABEL = /^\p{Lu}{2,}(?:[\s,]+\p{Lu}{2,}){0,3}:\s+/u;

const SENTENCE_END_BEFORE_CAPITAL = /[.!?]\s+(?=\p{Lu})/gu;

function ownSentenceStart(d: Discourse): number {
  const before = d.text.slice(d.unitStart, d.speakerAt);
  const open = before.search(/["“«]|''/u);
  const plain = open < 0 ? before : before.slice(0, open);
  let start = 0;
  for (const m of allMatches(SENTENCE_END_BEFORE_CAPITAL, plain)) start = m.index + m[0].length;
  // A transcript's turn label ("KENYON: He says …") is who talks, never the subject "he" points to.
  start += TURN_LABEL.exec(plain.slice(start))?.[0].length ?? 0;
  return d.unitStart + start;
}

const QUALIFIER_COUNTRY: [RegExp, string][] = [
  [/\bazerbaijan(?:i|'s|’s)?\b/i, 'AZ'],
  [/\barmenia(?:n|'s|’s)?\b/i, 'AM'],
  [/\b(?:us|u\.s\.|american|united states)\b/i, 'US'],
  [/\brussia(?:n|'s|’s)?\b/i, 'RU'],
  [/\bturk(?:ish|ey)\b/i, 'TR'],
  [/\bfrench|france\b/i, 'FR'],
  [/\biran(?:ian|'s|’s)?\b/i, 'IR'],
  [/\bgerman(?:y|y's|y’s)?\b/i, 'DE'],
];

/**
 * A nationality the list above lacks ("the top Iranian diplomat", "the Georgian minister"): the
 * description names someone of a state no listed holder serves, so no listed holder fits it.
 */
const OTHER_NATIONALITY = /\b\p{Lu}\p{Ll}+(?:ian|ese|ish|i)\b/u;

function qualifierCountry(phrase: string): string | undefined {
  const listed = QUALIFIER_COUNTRY.find(([words]) => words.test(phrase))?.[1];
  if (listed) return listed;
  return OTHER_NATIONALITY.exec(phrase)?.[0].toLowerCase();
}

/**
 * A person's state: the gazetteer's, else the one the words of their role name ("Iranian Foreign
 * Minister"); unknown for a role without one ("Foreign Minister Hossein Amir-Abdollahian").
 */
function countryOfPerson(e: Entity): string | undefined {
  return countryOf(e) ?? (e.role ? qualifierCountry(e.role) : undefined);
}

/** Role words a description may use, and which role texts they fit. */
const ROLE_HEADS: [RegExp, RegExp][] = [
  [/\bprime minister|premier\b/i, /prime minister/i],
  [/\bforeign minister|top diplomat\b/i, /foreign minister/i],
  [/\bsecretary of state|the secretary\b/i, /secretary of state/i],
  [/\bsecretary[- ]general\b/i, /secretary[- ]general/i],
  [/\bpresident\b/i, /\bpresident\b/i],
  [/\bspokes(?:person|man|woman)\b/i, /spokes/i],
  [/\bminister\b/i, /minister/i],
  [/\bdiplomat\b/i, /minister|secretary|spokes|ambassador|diplomat/i],
  [/\bleader\b/i, /president|prime minister|leader/i],
  [/\b(?:official|adviser|advisor|aide)\b/i, /./],
];

function cleanPhrase(phrase: string): string {
  let p = phrase
    .replace(/[\s,:;"“”‘’'—–-]+$/u, '')
    .replace(/^[\s,:;"“”‘’'—–-]+/u, '')
    .replace(/\s+/g, ' ');
  for (let before = ''; before !== p; ) {
    before = p;
    p = p.replace(LEADING_CONNECTIVE, '').replace(BETWEEN_SUBJECT_AND_VERB, '').trim();
  }
  return p;
}

/** How far back "the ministry" looks for rival bodies of its noun: about three sentences of news copy. */
const BODY_SCOPE = 600;

/**
 * The body "the ministry" stands for: the one body named with that noun in the last few
 * sentences; none when two different ones are ("Armenia's Defence Ministry …. Azerbaijan's
 * Foreign Ministry …. The ministry said": either could be meant, so the words stay as written).
 * A country's name ("Baku's plan") stands for its government but names no body by the noun.
 * With none named so, the last body of that noun that spoke, else the last one named.
 */
function bodyOfHead(d: Discourse, head: string, fits: (e: Entity) => boolean): Entity | null {
  const recent = recentBodyOfHead(d, head, fits);
  return recent ? mostSpokenIfFar(d, recent, fits) : null;
}

/**
 * A body last named or heard paragraphs back is no nearer than the others of its noun: "the
 * ministry" there is the one of that noun the text let speak most ("The Russian Defence Ministry
 * said … [Baku's] Defence Ministry said earlier … [paragraphs on] …, the ministry said"); none
 * when two spoke as often. Named or heard in this paragraph or the one before, it stands.
 */
function mostSpokenIfFar(d: Discourse, recent: Entity, fits: (e: Entity) => boolean): Entity | null {
  if (d.bodySpeeches.size === 0) return recent;
  const at = Math.max(d.speakerAt, d.unitStart);
  if (lastSeen(d, recent, at) >= previousParagraphStart(d.text, at)) return recent;
  let best = recent;
  let most = d.bodySpeeches.get(recent.id)?.count ?? 0;
  let tied = false;
  for (const { entity, count } of d.bodySpeeches.values()) {
    if (entity.id === recent.id || count < most || !fits(entity)) continue;
    tied = count === most;
    if (count > most) [best, most] = [entity, count];
  }
  return tied ? null : best;
}

/**
 * "The International Committee of the Red Cross, the only group allowed in, has moved 600
 * patients, the organization said": the organisation the sentence opens with is the one its
 * trailing "the organization" names, whoever spoke before.
 */
function organisationOpeningSentence(d: Discourse): Entity | null {
  if (d.speakerAt <= d.unitStart) return null;
  const first = findEntityMentions(d.text, d.unitStart, d.speakerAt)[0];
  if (first?.entity.kind !== 'organisation') return null;
  return /^\s*(?:the\s+)?$/i.test(d.text.slice(d.unitStart, first.start)) ? first.entity : null;
}

/** An abbreviation ("the CSTO") or a proper name of an organisation ("the Collective Security Treaty Organization"). */
const BODY_NAME =
  /(?<![\p{L}\p{N}])(?:\p{Lu}{3,}|(?:\p{Lu}[\p{L}-]+\s+){1,5}Organi[sz]ation)(?![\p{L}\p{N}])/gu;

/**
 * "Armenia asked the CSTO for help … The organization said …": an organisation the gazetteer does
 * not know, named after `body` last spoke or was named, may be the one "the organization" points
 * back to; with two candidates the words are not given to the known one (precision over recall).
 */
function unknownBodyNamedSince(d: Discourse, body: Entity): boolean {
  const at = Math.max(d.speakerAt, d.unitStart);
  const since = lastSeen(d, body, at);
  if (since < 0) return false;
  const own = [body.name, ...(body.aliases ?? [])];
  for (const m of d.text.slice(since, at).matchAll(BODY_NAME)) {
    if (own.some((name) => name.includes(m[0]) || initials(name) === m[0])) continue;
    const known = resolveEntityAt(m[0], d.at);
    if (!known || (known.id !== body.id && known.kind === 'organisation')) return true;
  }
  return false;
}

/** "International Committee of the Red Cross" → "ICRC": the capitals of a name's words. */
function initials(name: string): string {
  return name
    .replace(/\b(?:of|the|and|for|on|in)\b/g, '')
    .replace(/[^\p{Lu}\s]|\B\p{Lu}/gu, '')
    .replace(/\s+/g, '');
}

/** Where the text last named the entity or let it speak before `at`. */
function lastSeen(d: Discourse, e: Entity, at: number): number {
  const here = at > d.unitStart ? findEntityMentions(d.text, d.unitStart, at) : [];
  for (let i = here.length - 1; i >= 0; i--) if (here[i]!.entity.id === e.id) return here[i]!.start;
  const spoke = d.bodySpeeches.get(e.id);
  let last = spoke?.last ?? -1;
  // Names the gazetteer does not list ("The Azerbaijani Defence Ministry later published …").
  for (const name of spoke?.names ?? []) last = Math.max(last, d.text.lastIndexOf(name, at - name.length));
  for (let i = d.mentions.length - 1; i >= 0; i--) {
    const m = d.mentions[i]!;
    if (m.start >= d.unitStart || m.start <= last) continue;
    if (m.entity.id === e.id) {
      last = m.start;
      break;
    }
  }
  return last;
}

/** The start of the paragraph before the one `at` stands in. */
function previousParagraphStart(text: string, at: number): number {
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end <= 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
}

function recentBodyOfHead(d: Discourse, head: string, fits: (e: Entity) => boolean): Entity | null {
  d.readMentionsBefore(d.unit);
  // "The Azerbaijani Defense Ministry said …, and the ministry later added that …": a body named
  // earlier in the same sentence is the nearest one.
  if (d.speakerAt > d.unitStart) {
    const here = findEntityMentions(d.text, d.unitStart, d.speakerAt).filter(
      (m) => fits(m.entity) && hasWord(d.text.slice(m.start, m.end), head),
    );
    if (here.length && here.every((m) => m.entity.id === here[0]!.entity.id)) return here[0]!.entity;
  }
  let recent: Entity | null = null;
  let latest = -1;
  for (let i = d.mentions.length - 1; i >= 0; i--) {
    const m = d.mentions[i]!;
    if (m.start < d.unitStart - BODY_SCOPE) break;
    if (m.start >= d.unitStart || !fits(m.entity) || !hasWord(d.text.slice(m.start, m.end), head)) continue;
    latest = Math.max(latest, m.start);
    if (recent && recent.id !== m.entity.id) recent = null;
    else recent = m.entity;
    if (!recent) break;
  }
  // "The Foreign Ministry in Baku insisted … The ministry also noted …": a body that spoke after
  // every other of that noun was named (under words the gazetteer does not list) is the nearest.
  const spoke = d.lastBody ? d.bodySpeeches.get(d.lastBody.id)?.last : undefined;
  if (d.lastBody && spoke !== undefined && latest >= 0 && spoke > latest && fits(d.lastBody))
    return d.lastBody;
  if (latest >= 0) return recent;
  if (d.lastBody && fits(d.lastBody)) return d.lastBody;
  return lastMentioned(d, fits);
}

/** The body of those that fit that spoke last: "The Armenian ministry" after Armenia's Defence Ministry spoke. */
function lastSpokenBody(d: Discourse, fits: (e: Entity) => boolean): Entity | null {
  let found: Entity | null = null;
  let latest = -1;
  for (const { entity, last } of d.bodySpeeches.values())
    if (last > latest && fits(entity)) [found, latest] = [entity, last];
  return found;
}

/** The word right before a place named as where something is: "the embassy in |Washington". */
const PLACE_IN_BEFORE = /\bin\s+$/;

/** The words right before an addressee: "called on |Azerbaijan", "urged |Baku", "accused |Yerevan". */
const ADDRESSED_BEFORE =
  /\b(?:called\s+on|calls\s+on|called\s+upon|urged|urges|accused|accuses|asked|asks|appealed\s+to|between|against|towards?)\s+$/;

function lastMentioned(d: Discourse, fits: (e: Entity, at: number) => boolean, after = -1): Entity | null {
  d.readMentionsBefore(d.unit);
  for (let i = d.mentions.length - 1; i >= 0; i--) {
    const m = d.mentions[i]!;
    if (m.start < after) break;
    if (fits(m.entity, m.start)) return m.entity;
  }
  return null;
}

/** "the president", "the Azerbaijani foreign minister", "the diplomat": the latest named person who fits. */
/** A rank right before a role's head word: "Deputy| Prime Minister", "the vice |president", "Former |Foreign Minister". */
const RANK_BEFORE_HEAD =
  /(?:^|\s)(deputy|vice|assistant|under|former|ex|junior|shadow|interim)[\s-]+(?:\p{L}+\s+)?$/iu;

function byRoleRecency(phrase: string, d: Discourse): Entity | null {
  // "One local official" or "a diplomat" introduces someone new; only "the …" points back.
  if (/^(?:an?|one|some|two|three|several|many|another|other)\s/i.test(phrase)) return null;
  const head = ROLE_HEADS.find(([words]) => words.test(phrase));
  if (!head) return null;
  // "the Deputy Prime Minister" after "Prime Minister Nikol Pashinyan": a rank before the head
  // names another office, held only by one whose own role carries the same rank.
  const rankWord = RANK_BEFORE_HEAD.exec(phrase.slice(0, head[0].exec(phrase)!.index))?.[1];
  const rank = rankWord ? new RegExp(`\\b${rankWord}\\b`, 'i') : null;
  const country = qualifierCountry(phrase);
  // "The mission's spokesperson" is not the State Department's: an owner both name must agree.
  const owner = /['’]s\s|\s(?:for|of)\s/.test(phrase) ? ownerWords(phrase) : null;
  const institution = institutionBeforeHead(phrase.slice(0, head[0].exec(phrase)!.index));
  const fits = (e: Entity) =>
    e.kind === 'person' &&
    head[1].test(ownRole(roleAt(e, d.at))) &&
    (!rank || rank.test(roleAt(e, d.at) ?? '')) &&
    institution.every((w) => (roleAt(e, d.at) ?? '').toLowerCase().includes(w)) &&
    (!country || (countryOfPerson(e) ?? country) === country) &&
    (!owner || sameOwner(owner, ownerWords(e.role ?? '')));
  if (d.lastPerson && fits(d.lastPerson) && /\b(?:diplomat|official)\b/i.test(phrase)) return d.lastPerson;
  return subjectAmongLatest(d, fits);
}

/**
 * "The European Council President": the capitalised words before a role's head that name the
 * institution it is held in (no nationality, no rank), lower-cased. A holder's role must name them
 * too, so "President Ilham Aliyev" named before is not who it is.
 */
function institutionBeforeHead(before: string): string[] {
  return (before.match(/(?<![\p{L}'’-])\p{Lu}[\p{L}-]*(?![\p{L}'’])/gu) ?? [])
    .filter((w) => !/^the$/i.test(w) && !qualifierCountry(w) && !OTHER_NATIONALITY.test(w))
    .filter((w) => !RANK_BEFORE_HEAD.test(` ${w} `))
    .map((w) => w.toLowerCase());
}

/**
 * The latest person who fits, unless the sentence naming them names another who fits ("Colonna
 * met her counterpart Mirzoyan. "…," the minister said"): then, as for "he", the last speaker if
 * among them, else the first named (the subject, mostly), not the object named last.
 */
function subjectAmongLatest(d: Discourse, fits: (e: Entity) => boolean): Entity | null {
  d.readMentionsBefore(d.unit);
  let i = d.mentions.length - 1;
  while (i >= 0 && !fits(d.mentions[i]!.entity)) i--;
  if (i < 0) return null;
  const latest = d.mentions[i]!.entity;
  let first = latest;
  const inSentence = new Set([latest.id]);
  for (let j = i - 1; j >= 0; j--) {
    const m = d.mentions[j]!;
    if (/[.!?]["”’]?\s|\n/.test(d.text.slice(m.end, d.mentions[i]!.start))) break;
    i = j;
    if (!fits(m.entity)) continue;
    inSentence.add(m.entity.id);
    first = m.entity;
  }
  if (inSentence.size === 1) return latest;
  return d.lastPerson && inSentence.has(d.lastPerson.id) ? d.lastPerson : first;
}

/** "the prime minister", "the chancellor": a role in lower case with no country or owner. */
const BARE_DEFINITE_ROLE = /^the\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u;

/**
 * "Giorgia Meloni, who arrived …, spoke with the Armenian premier. “…,” the prime minister said":
 * the sentence that last named people opens with another person the gazetteer lacks, whose role
 * the text does not tell; a bare role may be theirs as well as the holder's (team rule 4: unsure,
 * no one). True when such a subject, not `holder`, opens the latest sentence naming people.
 */
function untitledSubjectBefore(holder: Entity, d: Discourse): boolean {
  d.readPeopleBefore(d.unit);
  const at = Math.max(d.unitStart, d.speakerAt);
  let latest = -1;
  for (let i = 0; i < d.people.length; i++)
    if (d.people[i]!.start < at && (latest < 0 || d.people[i]!.start > d.people[latest]!.start)) latest = i;
  if (latest < 0) return false;
  let first = d.people[latest]!;
  for (const p of d.people) {
    if (p.start >= first.start || p.start < 0) continue;
    if (/[.!?]["”’]?\s|\n/.test(d.text.slice(p.start, first.start))) continue;
    first = p;
  }
  const e = first.entity;
  return e.kind === 'person' && e.id !== holder.id && e.id.startsWith('text:') && !e.role;
}

function isBody(e: Entity): boolean {
  return e.kind === 'organisation' || e.kind === 'government';
}

/** Words that make the words before a name a clause, not a role: "tensions flared up in Nagorno Karabakh". */
const CLAUSE_WORD =
  /\b(?:in|on|at|with|from|by|near|into|and|or|but|was|were|is|are|has|had|have|will|would)\b/i;

const ACRONYM_FIRST = /^\p{Lu}{2,}(?![\p{L}])/u;

/** A post-modifier that is a body's name: "of the International Centre for Defence and Security". */
const NAMED_POST_MODIFIER =
  /\s(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|on))*$/u;

/** A description that can be a speaker although the gazetteer lacks it (kept per phrase: it reads the phrase alone). */
const plausibleSpeaker = keptPerText(readPlausibleSpeaker);

function readPlausibleSpeaker(phrase: string): boolean {
  // "a person briefed on the plans who was not authorized to discuss them": a relative clause says
  // more about the speaker without making the phrase any less one; only the words before it count.
  const words = phrase.replace(/\s+(?:who|whom)\s.*$/su, '').split(' ');
  // "… Tiit Rannu of the International Centre for Defence and Security": a body's name after "of"
  // is one noun however many words it is written in; the cap on length is a cap on grammar.
  // Not across a coordination ("the Committee of Canada and the Centre of Toronto" is two speakers).
  const bare = phrase.replace(/\s+(?:who|whom)\s.*$/su, '');
  const named = NAMED_POST_MODIFIER.exec(bare);
  const single = named && !/\s(?:and|or)\s/.test(bare.slice(0, named.index));
  const counted = single ? words.length - named[0].trim().split(' ').length + 1 : words.length;
  if (counted > 12 || words.length === 0) return false;
  // An all-caps acronym ("WHO", "IF") is a name, not the pronoun or conjunction it spells.
  if (
    !ACRONYM_FIRST.test(phrase) &&
    /^(?:it|there|this|that|these|those|what|which|who|whom|we|i|you|as|if|when|while|here|such|its|his|her|their|how|why|where|whether|just|only)\b/i.test(
      phrase,
    )
  )
    return false;
  // A clause fragment is no speaker: the words up to an appositive or a relative clause must be a noun phrase.
  if (!isNounPhrase(phrase.replace(/\s+(?:who|whom|whose|which|that)\b.*$/isu, '').replace(/\s*,.*$/su, '')))
    return false;
  // "regional governor Anna Mentarian": a few words of role before a name.
  const proper = trailingProperName(phrase);
  if (
    proper &&
    proper.role.split(' ').length <= 5 &&
    /^[\p{L}\s'’.-]*$/u.test(proper.role) &&
    !CLAUSE_WORD.test(proper.role)
  )
    return true;
  return true;
}

/** A text and the author a reduced relative names: "a report released today by …", "a study published last week by …". */
const TEXT_BY_AUTHOR = new RegExp(
  String.raw`^(?:an?|the|this|that|its|their|his|her)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:report|study|survey|statement|analysis|assessment|review|findings|paper|letter|communiqu[eé])\s+${PUT_OUT_BY}\s+(?:[\p{Ll}\d]+\s+){0,3}by\s+(\S.*)$`,
  'u',
);

/** A text its owner put out, with what it is of or about after it: "the Kremlin's readout of the call with …". */
const OWNED_TEXT =
  /^(?:the\s+)?(\p{Lu}[^'’,]{0,60}?)['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|readout|communiqu[eé]|report|release|letter|post)\s+(?:of|on|about|after|from|following)\s/u;

const NAME_START = /^(?:the\s+)?\p{Lu}/u;

/** "a report released today by Médecins Sans Frontières": the author a known or capitalised name; null when none. */
function textByAuthor(p: string, d: Discourse): ResolvedSpeaker | null {
  const author = TEXT_BY_AUTHOR.exec(p)?.[1];
  if (!author) return null;
  const named = resolveEntityAt(author, d.at);
  if (named) return named.kind === 'place' ? null : { entity: named, mention: author, viaDocument: true };
  return NAME_START.test(author) ? { entity: textEntity(author), mention: author, viaDocument: true } : null;
}

/**
 * The author of a document that "says" something. "The statement" / "the readout" point back
 * to the statement being quoted (else the last body that spoke); a qualified one names its
 * author ("the Kremlin's statement", "a report by the UN"); "a report" alone is its own source.
 */
/** Documents that are someone's act of saying, never a source of their own: "the statement", "the remarks". */
const UTTERANCE = /\b(?:statements?|remarks|comments?|messages?|announcements?)\b/i;

function documentAuthor(p: string, d: Discourse): ResolvedSpeaker | null {
  const document =
    /(?:statement|readout|communiqu[eé]|declaration|release|report|document|text|message|letter|post|notice|note|bulletin)$/i;
  const byOf = /\b(?:of|from|by)\s+(.+)$/i.exec(p)?.[1];
  const qualifier =
    byOf ??
    p
      .replace(document, '')
      .replace(/^(?:the|a|an|this|that|its|his|her|their)\s+/i, '')
      // "the joint statement": a statement's kind names no author; it points back as "the statement" does.
      .replace(/^joint\s*$/i, '')
      .replace(/['’]s?\s*$/, '')
      .trim();
  const named = qualifier ? resolveEntityAt(qualifier, d.at) : null;
  if (named) return { entity: named, mention: p, viaDocument: true };
  // "the ministry's statement", "the agency's report": the body "the ministry" points back to, as
  // it would as the speaker; none when it points to no one (never a speaker named "ministry statement").
  // A plural owner ("the auditors’ report") names no one body to point back to, and is left as it was.
  const owner =
    !byOf && /['’]s\s+\S+$/.test(p) ? /^the\s+(\p{Ll}[\p{L}-]*)['’]s\s/iu.exec(p)?.[1] : undefined;
  if (owner && /^the\s/i.test(p)) {
    const back = resolveSpeaker(`the ${owner}`, d);
    return back && back.entity.kind !== 'place' && !back.entity.id.startsWith(`text:${owner.toLowerCase()}`)
      ? { entity: back.entity, mention: p, viaDocument: true }
      : null;
  }
  // "a post from Arianna Huffington", "a report by Human Rights Watch": the author named speaks through it.
  if (byOf && trailingProperName(byOf)?.name === byOf.replace(/^the\s+/i, ''))
    return { entity: textEntity(byOf), mention: byOf, viaDocument: true };
  if (qualifier || /^(?:an?|one)\s/i.test(p)) return { entity: textEntity(p), mention: p, viaDocument: true };
  // "The Defence Ministry rejected the accusation. Its statement said …": "its" points back as "it"
  // would, to the body the sentence before opened with, not to whichever statement is in view.
  const its = /^its\s/i.test(p) ? bodySubjectBefore(d) : null;
  if (its) return { entity: its, mention: p, viaDocument: true };
  const introduced = statementIntroducedBefore(d);
  if (introduced) return { entity: introduced, mention: p, viaDocument: true };
  const justMade = bodySpokenInParagraph(d);
  if (justMade === 'several') return null;
  if (justMade) return { entity: justMade, mention: p, viaDocument: true };
  // "The statement also said" with no one before it to have made it: whose it is goes untold. A text
  // cited as a source ("The report states that …") speaks as itself.
  const back = d.activeStatement?.author ?? d.lastBody ?? d.lastPerson;
  if (back) return { entity: back, mention: p, viaDocument: true };
  return UTTERANCE.test(p) ? null : { entity: textEntity(p), mention: p, viaDocument: true };
}

/**
 * "The Foreign Ministry said …. The ministry noted …. The statement also said": a bare "the
 * statement" in a paragraph where one body alone has spoken so far is that body's, not a
 * statement quoted in a paragraph before. Null when no body or several spoke in it, or the
 * statement in view is this paragraph's own; 'several' when other bodies than the author of
 * the statement in view spoke in it, so which statement is meant is unclear.
 */
function bodySpokenInParagraph(d: Discourse): Entity | 'several' | null {
  const active = d.activeStatement;
  if (active && active.paragraph >= d.paragraph) return null;
  const from = d.text.lastIndexOf('\n', d.unitStart - 1) + 1;
  const spoke = [...d.bodySpeeches.values()].filter(
    (b) => b.last >= from && b.last < d.unitStart && b.entity.id !== active?.author.id,
  );
  if (spoke.length > 1 && active) return 'several';
  return spoke.length === 1 ? spoke[0]!.entity : null;
}

/** Words that make a name a public body's, never a firm's brand. */
const PUBLIC_BODY_WORD =
  /(?<![\p{L}])(?:Ministry|Government|Service|Office|Agency|Committee|Council|Commission|Administration|Authority|Authorities|Department|Embassy|Mission|Army|Forces|Police|Parliament|Assembly|Court|Prosecutor|President|Presidential)(?![\p{L}])/u;

/**
 * "Regiongas said the pipe was damaged. The supply was restored, the company said.": a firm the
 * text names by its brand alone is "the company" after it, when it is the one body that spoke in
 * this paragraph and the gazetteer does not know it as anything else. Null otherwise.
 */
function brandSpokenInParagraph(d: Discourse): Entity | null {
  const from = d.text.lastIndexOf('\n', d.unitStart - 1) + 1;
  const spoke = [...d.bodySpeeches.values()].filter((b) => b.last >= from && b.last < d.unitStart);
  if (spoke.length !== 1) return null;
  const { entity } = spoke[0]!;
  if (!entity.id.startsWith('text:') || /^(?:person|place|government)$/.test(entity.kind)) return null;
  // One capitalised word ("Regiongas", "Gazprom"): a longer name says what kind of body it is.
  return /^\p{Lu}[\p{L}\d-]*$/u.test(entity.name) && !PUBLIC_BODY_WORD.test(entity.name) ? entity : null;
}

/** "In a statement from the Turkish Foreign Ministry, …": a statement and its author, named together. */
const STATEMENT_FROM = new RegExp(
  String.raw`\b(?:statement|communiqu[eé]|press\s+release)\s+(?:from|by|of|${PUT_OUT_BY}\s+by)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,6})`,
  'u',
);

/**
 * "In a statement from the Turkish Ministry of Foreign Affairs, it was said that …. “…,” the
 * statement said": the author the sentence before (or the unit's own words before the speaker)
 * named with the statement, before one quoted further back.
 */
function statementIntroducedBefore(d: Discourse): Entity | null {
  const own = d.speakerAt > d.unitStart ? d.text.slice(d.unitStart, d.speakerAt) : '';
  const words = STATEMENT_FROM.exec(own)?.[1] ?? STATEMENT_FROM.exec(sentenceBefore(d))?.[1];
  if (!words) return null;
  const author = resolveSpeaker(words, d)?.entity;
  return author && author.kind !== 'place' ? author : null;
}

/**
 * The author of the written statement "it" may stand for: a body's statement as long as no
 * other is quoted, a person's only in the paragraph it was quoted in or the next. "It" never
 * reaches back to a person paragraphs later ("Peskov told reporters … | … It said …").
 */
function documentInView(d: Discourse): Entity | null {
  const active = d.activeStatement;
  if (!active) return null;
  if (active.author.kind === 'person') {
    if (d.paragraph - active.paragraph > 1) return null;
    // "Her spokesman said …. The health ministry said …. Dozens are missing, it added.": a body that
    // spoke since the person's statement is nearer; "it" is never the person then.
    const bodySince = [...d.bodySpeeches.values()].some((b) => b.last > active.at);
    return bodySince ? null : active.author;
  }
  // "… the authorities said in a statement. | Russia's Defense Ministry said …. It said …": another
  // body that spoke since, in a later paragraph, is nearer than the statement.
  const since = d.lastBody && d.lastBody.id !== active.author.id && d.paragraph > active.paragraph;
  return since ? null : active.author;
}

/** Kin a possessive pronoun owns, and nothing more: "his relatives", "her family", "their parents". */
/** A group's one leader or voice, owned by "their": "their commander", "their spokesman". */
const THEIR_LEADER =
  /^[Tt]heir\s+(commander|coordinator|leader|captain|chief|head|organi[sz]er|spokes(?:man|woman|person))$/u;

const OWNED_KIN =
  /^(?:[Hh]is|[Hh]er|[Tt]heir)\s+(relatives|family|parents|mother|father|wife|husband|brother|sister|brothers|sisters|son|daughter|sons|daughters)$/u;

/** "his wife Lusine", "Armen's wife Lilit": a possessive pronoun or name, a kin noun, a given name. */
const KIN_AND_NAME =
  /^(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s+(?:mother|father|son|daughter|wife|husband|brother|sister|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|grandson|granddaughter|fianc[eé]e?|neighbou?r|friend)\s+(\p{Lu}\p{Ll}+)$/u;

/** "His campaign chairman Paul Manafort" → "Paul Manafort": a full name after a possessive and role words. */
function nameAfterPossessiveRole(p: string): string | null {
  if (!/^(?:his|her|their|its)\s/i.test(p)) return null;
  // "Her grandson Elvin", "his wife Lusine": a relative named by a first name is that person.
  const relative = KIN_AND_NAME.exec(p)?.[1];
  if (relative) return relative;
  const proper = trailingProperName(p);
  if (!proper?.name.includes(' ')) return null;
  const role = proper.role.replace(/^\S+\s*/, '');
  return role && /^[\p{Ll}\s'’-]+$/u.test(role) ? proper.name : null;
}

const CAPITAL_START = /^\p{Lu}/u;

/**
 * "His office", "her spokesman", "their lawyer": the owner is who the pronoun points to, and
 * the speaker their office or aide ("Anna Berling's office"), as the gazetteer or the text names it.
 */
function ownedBy(p: string, d: Discourse): Entity | null {
  const m = /^(his|her|their|its)\s+([\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,4})$/iu.exec(p);
  if (!m || !isNounPhrase(`the ${m[2]}`)) return null;
  const apposed = namedInApposition(m[0], d);
  if (apposed) return apposed;
  const pronoun = m[1]!.toLowerCase();
  if (pronoun === 'its' || pronoun === 'their') {
    const here = ownedBySubject(m[2]!, d) ?? ownedBySubjectBefore(m[2]!, d);
    if (here) return here;
  }
  const personal = pronoun === 'his' ? 'he' : pronoun === 'her' ? 'she' : null;
  // "Uzbekistan's Foreign Ministry welcomed the meeting. Its official representative said": "Its"
  // opening a sentence is the body that opened the sentence before, not the last body that spoke.
  const subject = pronoun === 'its' ? bodyOpeningBefore(d) : null;
  const stateBefore = pronoun === 'its' && !subject ? onlyStateInSentenceBefore(d) : null;
  // "I have no news on its size. Its head said": a sentence before opening with a pronoun leaves
  // "its" to a thing that sentence spoke of, never the last body that spoke.
  if (pronoun === 'its' && !subject && opensOwnSentence(d) && PRONOUN_OPENING.test(sentenceBefore(d)))
    return null;
  const owner = subject
    ? null
    : personal
      ? (personNamedInOwnSentence(personal, d) ?? personBefore(personal, d))
      : stateBefore || (pronoun === 'their' && !bodyNamedJustBefore(d))
        ? null
        : d.lastBody;
  // "The UAE welcomed the announcement. Its Ministry …": with no body speaking before, the name
  // that opens the sentence before.
  const opening =
    subject ??
    stateBefore ??
    (owner || pronoun !== 'its' || !CAPITAL_START.test(m[2]!) ? null : openingNameBefore(d));
  if (!owner && !opening) return null;
  const phrase = `${owner?.name ?? opening}'s ${m[2]}`;
  return resolveEntityAt(phrase, d.at) ?? textEntity(phrase);
}

/**
 * "The local authorities said they were in talks. Their spokesman told …": "their" owns the last
 * body that spoke only when that body is named in the sentence before or its own. "According to
 * Yerevan, … A group of Polish soldiers arrived. Their commander said …": a sentence of people
 * between them is whom "their" points to, no body.
 */
function bodyNamedJustBefore(d: Discourse): boolean {
  const body = d.lastBody;
  if (!body) return false;
  const from = sentenceBeforeStart(d);
  if ((d.bodySpeeches.get(body.id)?.last ?? -1) >= from) return true;
  for (const m of findEntityMentions(d.text, from, d.speakerAt)) if (m.entity.id === body.id) return true;
  return false;
}

/**
 * "The reaction from Azerbaijan was not long in coming. Its foreign ministry accused …": "Its"
 * opening a sentence is the one state the sentence before names (by its name, as written), when it
 * names no other body or state, before whichever body spoke last.
 */
const POSSESSIVE_BEFORE_NAME =
  /^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){1,6}\(\p{Lu}{2,}\)|^['’]s\s+\p{Lu}[\p{L}-]*\s+(?:Agency|Service|Committee|Commission|Centre|Center|Council|Office|Institute|Fund|Bureau|Authority)\b/u;

function onlyStateInSentenceBefore(d: Discourse): string | null {
  if (!opensOwnSentence(d)) return null;
  const from = sentenceBeforeStart(d);
  let state: Entity | null = null;
  let written: string | null = null;
  for (const m of findEntityMentions(d.text, from, d.unitStart)) {
    if (m.entity.kind === 'person' || m.entity.kind === 'place') continue;
    if (m.entity.kind !== 'government' || (state && state.id !== m.entity.id)) return null;
    // "Azerbaijan's National Agency for Mine Action (ANAMA) said …": the state owns the body named
    // after it, and "Its" points to that body, not the state.
    if (POSSESSIVE_BEFORE_NAME.test(d.text.slice(m.end, m.end + 40))) return null;
    state = m.entity;
    // The state by its own one-word name ("Azerbaijan", "Baku"), as the gazetteer reads "X's ministry".
    const name = d.text.slice(m.start, m.end);
    if (CAPITALISED_WORD.test(name)) written = name;
  }
  return written;
}

/**
 * "Azerbaijan lost 2,908 soldiers, according to its Defense Ministry": "its" is the country or body
 * that opens the sentence, when the gazetteer knows what it owns by those words ("Azerbaijan's
 * Defense Ministry"); null otherwise.
 */
function ownedBySubject(owned: string, d: Discourse): Entity | null {
  if (d.speakerAt <= d.unitStart) return null;
  const opening = SENTENCE_OPENING_NAME.exec(d.text.slice(ownSentenceStart(d), d.speakerAt))?.[1];
  if (!opening) return null;
  const entity = resolveEntityAt(`${opening}'s ${owned}`, d.at);
  if (entity) return entity.kind !== 'place' && entity.kind !== 'person' ? entity : null;
  // "Azerbaijan does not report its losses, but its prosecutor's office says": a state that opens
  // the sentence owns what "its" names there, also a body the gazetteer lacks.
  return resolveEntityAt(opening, d.at)?.kind === 'government' ? textEntity(`${opening}'s ${owned}`) : null;
}

/** A full name in apposition: ", Nathalie Loiseau,". */
const APPOSED_FULL_NAME = /,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),/gu;
/**
 * A full name that opens the sentence as its subject, any title before it: "Tom Reyes will …",
 * also a title whose head noun is written lower case: "Parliament speaker Tom Reyes was …".
 */
const OPENING_FULL_NAME =
  /^["“]?(?:\p{Lu}[\p{L}.'’-]*\s+)*?(?:(?:speaker|minister|president|chairman|chairwoman|mayor|governor|leader|commander|ombudsman|prosecutor|envoy|ambassador|secretary|spokes(?:man|woman|person))\s+)?(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+)\s+\p{Ll}/u;

/**
 * "The phrase was used by an MEP, Nathalie Loiseau, in a debate, her office has confirmed": a
 * possessive in an attribution after its content points to the person the content names, in
 * apposition or as the name it opens with, when that fits the pronoun; null when the speaker
 * opens its sentence or the content names no one so.
 */
function personNamedInOwnSentence(pronoun: string, d: Discourse): Entity | null {
  if (d.speakerAt < 0) return null;
  const before = d.text.slice(ownSentenceStart(d), d.speakerAt);
  if (!/,\s*["”’]?\s*$/.test(before)) return null;
  let last: string | null = null;
  for (const m of allMatches(APPOSED_FULL_NAME, before)) last = m[1]!;
  last ??= OPENING_FULL_NAME.exec(before)?.[1] ?? null;
  if (!last) return null;
  const entity = resolveEntityAt(last, null) ?? textEntity(last);
  return entity.kind === 'person' && fitsPronoun(pronoun, genderOfEntity(entity, d)) ? entity : null;
}

/**
 * "Azerbaijan rejects that account. Its Foreign Ministry said": "its" opening a sentence is the
 * subject of the sentence before, not whoever spoke last, when the gazetteer knows what that
 * subject owns by those words ("Azerbaijan's Foreign Ministry"); null otherwise.
 */
function ownedBySubjectBefore(owned: string, d: Discourse): Entity | null {
  if (d.speakerAt < 0 || /\S/.test(d.text.slice(ownSentenceStart(d), d.speakerAt).replace(/["“]/g, '')))
    return null;
  const opening = openingNameBefore(d);
  if (!opening) return null;
  const entity = resolveEntityAt(`${opening}'s ${owned}`, d.at);
  return entity && entity.kind !== 'place' && entity.kind !== 'person' ? entity : null;
}

const PRONOUN_OPENING = /^["“]?(?:I|He|She|It|We|They|You)\s/;

function opensOwnSentence(d: Discourse): boolean {
  return d.speakerAt >= 0 && !/\S/.test(d.text.slice(ownSentenceStart(d), d.speakerAt).replace(/["“]/g, ''));
}

/** The name opening the sentence before, when the speaker opens its own sentence and that name is no person's. */
function bodyOpeningBefore(d: Discourse): string | null {
  if (!opensOwnSentence(d)) return null;
  const before = sentenceBefore(d);
  // A sentence before that reports a saying set the last speaker itself; a possessor ("Azerbaijan's
  // defence ministry") is not the subject.
  if (SAYING_IN_SENTENCE.test(before)) return null;
  const name = OPENING_BODY_NAME.exec(before)?.[1];
  if (!name || /['’]s$/.test(name) || NOT_A_FIRST_NAME.has(name.split(' ')[0]!)) return null;
  const entity = resolveEntityAt(name, d.at) ?? textEntity(name);
  return entity.kind === 'person' ? null : name;
}

/**
 * A first clause then "but", "and" or "yet" before the speaker: `Azerbaijan has not disclosed its
 * losses, but [it]`; or a subordinator: `The ministry posted a video, where [it] said`. The
 * capitalised name that clause opens with, or null.
 */
const OPENING_NAME_THEN_CLAUSE =
  /^["“]?(?:The\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,6})\s+\p{Ll}[^.;:!?"“”«»]*,\s+(?:but|and|yet|where|while|whereas|although|though)\s+$/u;

function bodyOpeningOwnSentence(d: Discourse): string | null {
  if (d.speakerAt <= d.unitStart) return null;
  const name = OPENING_NAME_THEN_CLAUSE.exec(d.text.slice(ownSentenceStart(d), d.speakerAt))?.[1];
  if (!name || /['’]s?$/.test(name) || NOT_A_FIRST_NAME.has(name.split(' ')[0]!)) return null;
  return name;
}

/** "Azerbaijan does not publish military losses; it says": the name opening the clause before the semicolon. */
function bodyBeforeSemicolon(d: Discourse): string | null {
  if (d.speakerAt <= d.unitStart) return null;
  const name = subjectBeforeSemicolon(d.text.slice(ownSentenceStart(d), d.speakerAt));
  return name && !NOT_A_FIRST_NAME.has(name.split(' ')[0]!) ? name : null;
}

/**
 * "The Azerbaijani Defence Ministry reported seven servicemen killed. In a separate statement it
 * said …": the body the sentence before opens with as the subject of its verb, a reporting verb
 * too, when at most a verbless lead-in stands before "it"; never a person or a place.
 */
function bodySubjectAfterLeadIn(d: Discourse): Entity | null {
  if (d.speakerAt < 0) return null;
  const own = ownSentenceStart(d);
  if (/\S/.test(d.text.slice(d.unitStart, own).replace(/["“]/g, ''))) return null;
  if (!onlyLeadInBefore(d.text.slice(own, d.speakerAt))) return null;
  const name = subjectOpening(sentenceBefore(d));
  if (!name || NOT_A_FIRST_NAME.has(name.split(' ')[0]!)) return null;
  const entity = resolveEntityAt(name, d.at) ?? textEntity(name);
  return isBody(entity) ? entity : null;
}

/** The body (never a person or place) that opens the sentence before a speaker opening its own sentence. */
function bodySubjectBefore(d: Discourse): Entity | null {
  const name = bodyOpeningBefore(d);
  const entity = name ? (resolveEntityAt(name, d.at) ?? textEntity(name)) : null;
  return entity && isBody(entity) ? entity : null;
}

const SENTENCE_OPENING_NAME = /^["“]?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+\p{Ll}/u;

/** The capitalised name that opens the sentence before the unit ("The UAE welcomed …" → "UAE"), or null. */
function openingNameBefore(d: Discourse): string | null {
  const name = SENTENCE_OPENING_NAME.exec(sentenceBefore(d))?.[1]?.replace(/^The\s+/, '');
  return name && !NOT_A_FIRST_NAME.has(name.split(' ')[0]!) ? name : null;
}

/** "the country's X", "the region's X": an owner that stands for the one the text named last. */
const STAND_IN_OWNER = /^the\s+(country|region|enclave)['’]s\s+(.+)$/iu;
/** A body of a country named by a stand-in after it: "the Ministry of Defense of the republic". */
const STAND_IN_AFTER = /^(?:the\s+)?(\p{Lu}.*?)\s+of\s+the\s+(?:country|republic)$/u;

/** A ministry with its country and no kind: "the ministry of Azerbaijan", "Armenia's ministry". */
const ELLIPTIC_MINISTRY = /^(?:the\s+ministry\s+of\s+(\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+)['’]s?\s+ministry)$/iu;

/** A ministry named by its kind: "Foreign Ministry", "the Ministry of Defence". */
const MINISTRY_KIND =
  /\b(?:(Foreign|Defen[cs]e|Interior|Health|Justice|Emergency)\s+Ministry|Ministry\s+of\s+(Foreign\s+Affairs|Defen[cs]e|Internal\s+Affairs|Health|Justice|Emergency\s+Situations))\b/gu;

/** The kind of the ministry named last in the sentence or two before the speaker, as "Foreign", "Defence". */
function ministryKindBefore(d: Discourse): string | null {
  const at = d.speakerAt >= 0 ? d.speakerAt : d.unitStart;
  let kind: string | null = null;
  for (const m of d.text.slice(Math.max(0, at - 400), at).matchAll(MINISTRY_KIND)) {
    const named = m[1] ?? m[2]!;
    kind = /^Foreign/.test(named) ? 'Foreign' : /^Internal/.test(named) ? 'Interior' : named.split(/\s+/)[0]!;
  }
  return kind;
}
/**
 * "Officials of the region's former administration": officials speak for the government they
 * belong to, which is the region's government (CONVENTIONS 3, 4), "former" or not.
 */
const OFFICIALS_OF_STAND_IN =
  /^(?:officials|representatives)\s+of\s+(the\s+(?:country|region|enclave)['’]s)\s+(?:former\s+)?(administration|government|authorities|leadership)$/iu;

const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]+$/u;

/** The country the text named last before the speaker ("in southern Armenia"), by its own name. */
function countryNamedBefore(d: Discourse): string | null {
  d.readMentionsBefore(d.unit);
  const here = d.speakerAt > d.unitStart ? findEntityMentions(d.text, d.unitStart, d.speakerAt) : [];
  for (const m of [...d.mentions, ...here].reverse()) {
    if (m.entity.kind !== 'government') continue;
    const written = d.text.slice(m.start, m.end);
    // "a Russia-brokered truce", "the Russia-Ukraine war": a name inside a compound modifier is not
    // the country the story speaks of.
    if (d.text[m.end] === '-' || d.text[m.start - 1] === '-') continue;
    // "Baku" stands for the government; only the country's own name says which country.
    if (CAPITALISED_WORD.test(written) && m.entity.name.endsWith(` ${written}`)) return written;
  }
  return null;
}

/** Regions a story may name; the last one named before the speaker is "the region". */
const REGION_NAME = /\b(?:(?:Nagorno[-\s])?Karabakh|Karabagh|Artsakh|Syunik|Nakhchivan)\b/g;
/** A word each of those names holds, at most one run of white space after it starts (see allMatchesNearCue). */
const REGION_NAME_WORD = /Karabakh|Karabagh|Artsakh|Syunik|Nakhchivan/g;

function regionNamedBefore(d: Discourse): string | null {
  let last: string | null = null;
  const before = d.text.slice(0, d.speakerAt > 0 ? d.speakerAt : d.unitStart);
  for (const m of allMatchesNearCue(REGION_NAME, before, REGION_NAME_WORD, 1)) last = m[0];
  return last && /Karabakh|Karabagh|Artsakh/.test(last) ? 'Karabakh' : last;
}

/** The sentence before the unit, within 300 characters. */
function sentenceBefore(d: Discourse): string {
  const before = d.text.slice(Math.max(0, d.unitStart - 300), d.unitStart).trimEnd();
  const stop = Math.max(
    before.lastIndexOf('. ', before.length - 2),
    before.lastIndexOf('\n', before.length - 2),
  );
  return before.slice(stop + 1).trimStart();
}

/**
 * "Armenia and Azerbaijan signed a joint statement." opening the sentence before: the words naming
 * who issued it, when they join several with "and" (a lone issuer is read as any statement's is).
 */
const JOINT_ISSUED =
  /^(?:(?:On|In|Late|Earlier|Later)\b[^,]{0,40},\s+|[^.]{0,200}?,?\s+(?:when|after|as)\s+)?(\S[^,.;]{0,150}?\sand\s[^,.;]{1,100}?)\s+(?:(?:have|has|had|also|jointly)\s+)?(?:issued|signed|released|adopted|published|put\s+out)\s+(?:a|the|their)\s+(?:[\p{Ll}-]+\s+){0,2}?joint\s+(?:statement|declaration|communiqu[eé])\b/u;

/** "… in a joint statement released this afternoon by A and B.": the issuers after "by". */
const JOINT_ISSUED_BY =
  /\bjoint\s+(?:statement|declaration|communiqu[eé])\s+(?:(?:issued|signed|released|adopted|published|put\s+out)\s+(?:[\p{L}\d]+\s+){0,3}?)?by\s+(\S[^,;]{0,150}?\sand\s[^,;]{1,100}?)\s*[.;]?$/u;

/**
 * "In a joint statement issued late on Thursday, 7 December, by A and B, |the two sides said": the
 * issuers a fronted phrase of the speaker's own sentence names, the nearest pair before the speaker.
 */
const JOINT_FRONTED =
  /^(?:In|Under)\s+(?:a|the|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}?joint\s+(?:statement|declaration|communiqu[eé])\s+(?:(?:issued|signed|released|adopted|published|put\s+out)\s+(?:[\p{L}\d]+,?\s+){0,8}?)?by\s+(\S[^,;]{0,150}?\sand\s[^,;]{1,100}?),\s*$/u;

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
function singularTheyBefore(d: Discourse): Entity | null {
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
function personSinceBody(body: Entity, d: Discourse): boolean {
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
function loneSubjectBefore(d: Discourse): Entity | null {
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
function peopleOpeningSentenceBefore(d: Discourse): Entity | null {
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
function peopleListedOpeningBefore(d: Discourse): boolean {
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
const PLURAL_BODY_OPENING =
  /^(?:The\s+)((?:\p{L}+\s+){0,2}(?:authorities|officials|leaders|leadership|government)(?:\s+(?:of|in)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?)\s+(?:(?:has|have|had|also|later)\s+)?\p{Ll}+ed\s/u;

function pluralBodyOpeningBefore(d: Discourse): Entity | null {
  const m = PLURAL_BODY_OPENING.exec(sentenceBefore(d));
  if (!m) return null;
  const body = resolveSpeaker(`the ${m[1]}`, d)?.entity;
  return body && body.kind !== 'person' && body.kind !== 'place' ? body : null;
}

/** Where the sentence before the unit starts (within 300 characters). */
function sentenceBeforeStart(d: Discourse): number {
  const from = Math.max(0, d.unitStart - 300);
  const before = d.text.slice(from, d.unitStart).trimEnd();
  const stop = Math.max(
    before.lastIndexOf('. ', before.length - 2),
    before.lastIndexOf('\n', before.length - 2),
  );
  return stop < 0 ? from : from + stop + 1;
}

const SAYING_IN_SENTENCE =
  /\b(?:said|says|say|told|tells|stated|states|added|adds|announced|reported|reports|noted|stressed|according to)\b/i;

/**
 * A body's name of up to seven capitalised words opening a sentence: "The Azerbaijani Defense
 * Ministry gives"; a relative clause set off by commas may stand between it and its verb ("The
 * UAE, which hosted the talks, welcomed"); never a name cut short before its "of".
 */
const OPENING_BODY_NAME =
  /^["“]?(?:The\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,6})(?:,\s+(?:which|who)\s[^,.;:!?"“”]{1,100},)?\s+(?!of\s)\p{Ll}/u;

const OWNED_ROLE_THEN_APPOSED_NAME =
  /^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:[Tt]he\s+)?\p{L}[\p{L}-]*['’]s)\s+[^,.;]{1,60},\s+(?:(?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{L}-]*\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})(?:,|\.(?:\s|$))/u;

/** A role its owner's possessive opens, in lower case: "EUMA's head", "the union's deputy head". */
const OWNER_POSSESSIVE_ROLE =
  /^(?:the\s+)?\p{L}[\p{L}-]*['’]s\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}$/u;

/**
 * "His Armenian counterpart, Zohrab Mnatsakanyan, said", "Its head, German police officer Markus
 * Ritter, told", "…, says its director, Levon Sargsyan.": the person is the name in apposition
 * after the words being read, rather than "Bayramov's Armenian counterpart"; null without one.
 */
function namedInApposition(owned: string, d: Discourse): Entity | null {
  if (d.speakerAt < 0) return null;
  // "an address in which its President, Mr Ilham Aliyev, had stated": the words may stand further in.
  const at = d.speakerAt + Math.max(0, d.text.slice(d.speakerAt, d.speakerAt + 300).indexOf(owned));
  const name = OWNED_ROLE_THEN_APPOSED_NAME.exec(d.text.slice(at, at + 140))?.[1];
  if (!name) return null;
  const known = resolveEntityAt(name, null);
  if (known) return known.kind === 'person' ? known : null;
  const entity = textEntity(name);
  return entity.kind === 'person' ? entity : null;
}

/** The pronoun a speaker named themself with: "who gave his name only as", "asked to be identified by her first name". */
const SELF_NAMED_GENDER =
  /\bwho\s+(?:gave|asked|wished|wanted|identified)\b[^.,]{0,40}?\b(his|her)(?:self)?\b/;

/** A person's noun a given name is set off after: "Narek's cousin, Talar, 17, …". */
const KIN_OR_PERSON_NOUN =
  /(?:^|\s)(?:wife|husband|son|daughter|mother|father|brother|sister|cousin|nephew|niece|aunt|uncle|grandmother|grandfather|grandson|granddaughter|widow|fianc[eé]e?|friend|neighbou?r|classmate)(?:-in-law)?$/i;
/** After the noun: ", Talar, 17," or ", Talar, who". */
const GIVEN_NAME_SET_OFF = /^,\s+(\p{Lu}\p{Ll}+),\s+(?:\d{1,3},|who\s)/u;

/**
 * "Narek's cousin, Talar, 17, who asked …, said": the given name set off after a person's noun
 * is who speaks, not "Narek's cousin"; null without one.
 */
function apposedGivenName(p: string, d: Discourse, mention: string): Entity | null {
  if (d.speakerAt < 0) return null;
  const kin = KIN_OR_PERSON_NOUN.test(p);
  const at = d.text.indexOf(mention, d.speakerAt);
  const after = at < 0 ? '' : d.text.slice(at + mention.length, at + mention.length + 60);
  const name = kin
    ? (GIVEN_NAME_SET_OFF.exec(after)?.[1] ?? apposedNameThenVerb(after))
    : apposedHolderName(p, after);
  if (!name || resolveEntityAt(name, null)) return null;
  const person: Entity = { ...textEntity(name), kind: 'person', role: p };
  if (!d.textPeople.some((e) => e.id === person.id)) d.textPeople.push(person);
  return person;
}

/** The speaker an entity makes, as `mention` names it; null for no entity. A function, not a closure per call. */
function speaking(entity: Entity | null, mention: string, viaDocument = false): ResolvedSpeaker | null {
  return entity ? { entity, mention, viaDocument } : null;
}

/**
 * Who the words name, read against the discourse. Pronouns and descriptions ("the Secretary",
 * "a spokesperson") take the latest fitting speaker or named entity; names go to the gazetteer
 * (roles read at the document's date); a plausible speaker it lacks becomes a "text:" entity.
 * Null when the words name no speaker ("There", "It was").
 */
/** A state party to an inter-state court case, as its judgments and releases name it. */
const CASE_PARTY = /^the\s+(applicant|respondent)\s+(?:Government|State)$/i;
/** The case's title: "Armenia v. Azerbaijan". */
const CASE_TITLE = /\b(\p{Lu}[\p{L}-]+)\s+v\.?\s+(\p{Lu}[\p{L}-]+)\b/u;

/** The government of the case's first (applicant) or second (respondent) party; null without a title. */
function caseParty(which: 0 | 1, d: Discourse): Entity | null {
  const title = CASE_TITLE.exec(d.text);
  const government = title ? resolveEntityAt(`Government of ${title[which + 1]}`, d.at) : null;
  return government?.kind === 'government' ? government : null;
}

/**
 * An unnamed person inside or close to a body: "a source in the ministry", "an official close to
 * the Kremlin", "sources in the president's office" (never the president).
 */
const UNNAMED_INSIDE =
  /^(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}(?:source|official|insider|diplomat|officer|employee)|(?:[\p{Ll}-]+\s+)?(?:sources|insiders))\s+(?:in|at|inside|within|close to|familiar with)\s+\S/u;
/** An unnamed carer at a place: "a doctor at the Republican Medical Center", "a nurse in Goris". */
const CARER_AT_PLACE =
  /^(?:an?|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:doctor|nurse|surgeon|physician|medic|paramedic)\s+(?:in|at)\s+\S/iu;
/** Where such a person is, after their noun: " at the Republican Medical Center". */
const INSIDE_TAIL = /\s+(?:in|at|inside|within|close to|familiar with)\s.*$/su;
/** A definite description that points back to such a person. */
const UNNAMED_BACK =
  /^the\s+(source|insider|official|diplomat|representative|spokes(?:person|man|woman)|worker|employee|volunteer|doctor|nurse|medic)$/i;
/**
 * An unnamed speaker the text introduces with an indefinite article or "one": "A senior State
 * Department official", "One EU diplomat", "an official of the district administration" (where
 * they serve, after "of").
 */
const UNNAMED_INTRODUCED =
  /^(?:an?|one|another)\s+(?:[\p{L}-]+\s+){0,4}(?:source|insider|official|diplomat|representative|spokes(?:person|man|woman)|worker|employee|volunteer|doctor|nurse|medic|p(?:a)?ediatrician|surgeon|physician|paramedic)(?:\s+(?:in|at|from)\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}|the\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4})|\s+of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5})?$/iu;

/** An indefinite article or "another" before a role: someone who holds it, not the one named for it. */
const INDEFINITE = /^(?:an?|another)\s/i;

const OFFICE_OF_PERSON =
  /^the\s+(office|press office|press service|secretariat)\s+of\s+(?!the\s)(\p{Lu}.*)$/iu;
const PERSONS_OFFICE = /^(\p{Lu}.*?)['’]s?\s+(office|press office|press service|secretariat)$/iu;

const OFFICE_OF_ROLE = /^the\s+(?:office|press office|press service|secretariat)\s+of\s+the\s+\S/i;

/**
 * "the press service of the Kyrgyz president", "the office of the Armenian prime minister": an
 * office written in lower case is someone's, not an institution's proper name ("the Office of the
 * Prime Minister"), and is one speaker with "the Kyrgyz president's press service".
 */
const OWNED_OFFICE_OF_ROLE = /^the\s+(office|press office|press service|secretariat)\s+of\s+the\s+(\S.*)$/u;

/** A role and the place its "of" names: "Deputy Prime Minister of Azerbaijan", "President of the Republic of Armenia". */
const ROLE_OF_PLACE = /^([^,]+?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*)$/u;

/** An office named by a title: the gazetteer's body when it knows the words, else the office as written. */
function officeOfRole(p: string, d: Discourse): Entity {
  const known = resolveEntityAt(p, d.at);
  if (known && known.kind !== 'place' && known.kind !== 'person') return known;
  const owned = OWNED_OFFICE_OF_ROLE.exec(p.replace(/^The\s/, 'the '));
  if (owned) {
    // "the press service of the Deputy Prime Minister of Azerbaijan": a role with its own "of" and
    // a place is that place's role ("Azerbaijan's Deputy Prime Minister's press service"); written
    // "… of Azerbaijan's press service", the name would end at "of" and name the owner, not the office.
    const asWritten = `${owned[2]}'s ${owned[1]}`;
    const placed = ROLE_OF_PLACE.exec(owned[2]!);
    // Only when the name as written loses the office ("the Mine Clearance Agency of Moldova's press
    // service" keeps it, a body's name read whole).
    const keepsOffice = textEntity(asWritten).id.endsWith(owned[1]!.toLowerCase().replace(/\s+/g, '-'));
    const phrase = placed && !keepsOffice ? `${placed[2]}'s ${placed[1]}'s ${owned[1]}` : asWritten;
    const entity = resolveEntityAt(phrase, d.at);
    return entity && entity.kind !== 'place' && entity.kind !== 'person'
      ? entity
      : { ...textEntity(phrase), kind: 'organisation' };
  }
  return { ...textEntity(p), kind: 'organisation' };
}

/** "the president's office", "the foreign minister's press service": an office its owner's role owns. */
const ROLE_OWNED_OFFICE =
  /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+['’]s?\s+(office|press office|press service|secretariat)$/iu;

/**
 * "According to the president's office, …": the holder found for the owner's role owns the office
 * and is not its speaker (CONVENTIONS 6, team rule 4); the office is named by him ("Ebrahim
 * Raisi's office"), or is the gazetteer's body for those words. Null when the words are no such office.
 */
function officeOfHolder(p: string, holder: Entity, at: RoleDate | null): Entity | null {
  const office = ROLE_OWNED_OFFICE.exec(p);
  if (!office || holder.kind !== 'person') return null;
  const phrase = `${holder.name}'s ${office[1]!.toLowerCase()}`;
  const known = resolveEntityAt(phrase, at);
  return known && known.kind !== 'person' && known.kind !== 'place'
    ? known
    : { ...textEntity(phrase), kind: 'organisation' };
}

/** A person's office, the person named in full; the gazetteer's entry for it when it has one. */
function personsOffice(p: string): Entity | null {
  const of = OFFICE_OF_PERSON.exec(p);
  const owned = of ? null : PERSONS_OFFICE.exec(p);
  const [owner, kind] = of ? [of[2]!, of[1]!] : owned ? [owned[1]!, owned[2]!] : [];
  if (!owner || !kind) return null;
  const proper = trailingProperName(owner);
  if (!proper?.name.includes(' ')) return null;
  // Named as written ("Deputy Prime Minister Shahin Mustafayev's office"), as the possessive always
  // was; a role with its own "of" ("Deputy Prime Minister of the Republic of Azerbaijan …") would
  // read as a name before "of", so the person's name alone owns the office.
  const owning = /\sof\s/i.test(proper.role) ? proper.name : owner;
  const phrase = `${owning}'s ${kind.toLowerCase()}`;
  const entity = resolveEntityAt(phrase, null);
  return entity && entity.kind !== 'place' && entity.kind !== 'person'
    ? entity
    : { ...textEntity(phrase), kind: 'organisation' };
}

const LOWER_CASE_START = /^\p{Ll}/u;
const ITS_OR_THEIR_THEN_NAME = /^(?:its|their)\s+\p{Lu}/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/** A lower-case setting after a name: "in front of the press", "outside the court", "at the border". */
const SETTING_TAIL =
  /^(.*\p{Lu}[\p{L}’'-]+)\s+(?:in front of|outside|inside|at|in|on|before|after|during|near|ahead of)\s+(?:[\p{Ll}\d][\p{L}\d’'-]*\s*){1,6}$/u;

/** The preposition SETTING_TAIL needs, alone: a cheap test before the pattern runs. */
const SETTING_WORD = /\s(?:in front of|outside|inside|at|in|on|before|after|during|near|ahead of)\s/;

/**
 * "…,” said ICRC President Mirjana Spoljaric in front of the press": where a person spoke, after an
 * inverted subject, is no part of who spoke. Only after a person's full name, and only lower-case
 * words: "a worker in Goris" and "the embassy in Rome" keep their place.
 */
function withoutSettingTail(p: string): string {
  if (!SETTING_WORD.test(p)) return p;
  const head = SETTING_TAIL.exec(p)?.[1];
  if (!head) return p;
  const proper = trailingProperName(head);
  return proper?.name.includes(' ') && textEntity(head).kind === 'person' ? head : p;
}

/**
 * A document by a named issuer: "the statement of the Ministry of …", "a statement by the Kremlin",
 * or by one "the" introduces: "a statement from the office of the region's leader" (the issuer is
 * read as it would be as the subject). A possessive ("the statement of its press service") is left
 * to the document's reading: whose "its" is, is read there.
 */
const DOCUMENT_OF_NAMED =
  /^(?:[Tt]he|[Aa])\s+(?:joint\s+)?(?:statement|communiqu[eé]|release|press release|bulletin|report|message|announcement|information)\s+(?:of|by|from)\s+((?:the\s+)?\p{Lu}.*|the\s+\p{Ll}.*)$/u;

/**
 * What a speaker phrase alone tells resolveSpeaker, before any document is looked at: the shapes
 * its readings test, in the order it tries them. A corpus repeats its speaker phrases (about nine
 * times in ten), so they are read once per phrase, not once per statement. Read only, never changed.
 */
interface SpeakerPhrase {
  words: SpeakerWords;
  /** The described phrase without a lower-case setting after a name (withoutSettingTail). */
  p: string;
  personPronoun: boolean;
  /** "the statement of the Ministry of …": the issuer named. */
  issuer: string | undefined;
  /** A lower-case, indefinite or "The/One/His/Her/Their" phrase: one a self-given name may follow. */
  mayBeSelfNamed: boolean;
  thingPronoun: boolean;
  groupPronoun: boolean;
  /** "the country's Defence Ministry": the stand-in owner and what it owns. */
  standIn: RegExpExecArray | null;
  oneOfThem: boolean;
  organisationBack: boolean;
  officeWords: boolean;
  officeOfRole: boolean;
  itsOrTheirThenName: boolean;
  ownerless: boolean;
  ministryKind: ReturnType<typeof unqualifiedMinistryKind>;
  quotedName: string | undefined;
  byWord: boolean;
  ownedTextOwner: string | undefined;
  caseParty: string | undefined;
  unnamedInside: boolean;
  carerAtPlace: boolean;
  unnamedBack: string | undefined;
}

/** A person described by whose they are: "Dr Sarkisian's colleague", "Ani Petrosyan's neighbour". */
const POSSESSED_RELATION = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+\p{Ll}+$/u;

function readSpeakerPhrase(phrase: string): SpeakerPhrase | null {
  const words = readSpeakerWords(phrase);
  if (!words) return null;
  // "Sixty-eight-year-old Gayane": an age spelled out to open a sentence is no part of the name.
  const p = withoutSettingTail(words.described).replace(SPELLED_AGE_PREFIX, '');
  const officials = OFFICIALS_OF_STAND_IN.exec(p);
  return {
    words,
    p,
    personPronoun: PERSON_PRONOUN.test(p),
    issuer: DOCUMENT_OF_NAMED.exec(p)?.[1],
    // "Dr Sarkisian's colleague, who asked to be named only as Sam,": one described by whose they are.
    mayBeSelfNamed:
      LOWER_CASE_START.test(p) ||
      INDEFINITE.test(p) ||
      /^(?:The|One|His|Her|Their)\s/.test(p) ||
      POSSESSED_RELATION.test(p),
    thingPronoun: THING_PRONOUN.test(p),
    groupPronoun: GROUP_PRONOUN.test(p),
    standIn: STAND_IN_OWNER.exec(officials ? `${officials[1]} ${officials[2]}` : p),
    oneOfThem: /^(?:one|another)(?:\s+of\s+them)?$/i.test(p),
    organisationBack: ORGANISATION_BACK.test(p),
    officeWords: /office|press service|secretariat/i.test(p),
    officeOfRole: OFFICE_OF_ROLE.test(p),
    itsOrTheirThenName: ITS_OR_THEIR_THEN_NAME.test(p),
    ownerless: ownerlessBody(p),
    ministryKind: unqualifiedMinistryKind(p),
    // Most phrases hold no quotation mark: they skip the pattern, which backtracks over "the …" words.
    quotedName: OPENING_MARK.test(phrase) ? QUOTED_NAME.exec(phrase)?.[1] : undefined,
    byWord: /\sby\s/.test(words.p),
    ownedTextOwner: OWNED_TEXT.exec(words.p)?.[1],
    caseParty: CASE_PARTY.exec(p)?.[1],
    unnamedInside: UNNAMED_INSIDE.test(p),
    carerAtPlace: CARER_AT_PLACE.test(p),
    unnamedBack: UNNAMED_BACK.exec(p)?.[1],
  };
}

const speakerPhrase = keptPerText(readSpeakerPhrase);

/** A given name and a Russian patronymic, no surname: "Vladimir Vladimirovich", "Maria Vladimirovna". */
const PATRONYMIC = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna)$/u;

/** The one person the text named before with this given name and a surname, or null (none, or several). */
function namedByGivenName(given: string, d: Discourse): Entity | null {
  const before = d.text.slice(0, Math.max(0, d.unitStart));
  const full = new Set<string>();
  for (const m of before.matchAll(new RegExp(`(?<![\\p{L}-])${given}\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'gu')))
    if (!PATRONYMIC.test(`${given} ${m[1]}`)) full.add(`${given} ${m[1]}`);
  if (full.size !== 1) return null;
  const name = [...full][0]!;
  const person = resolveEntityAt(name, d.at);
  return person?.kind === 'person' ? person : null;
}

/**
 * "the Azerbaijani news agency APA", "pro-government Turkish daily Sabah", "Azerbaijan's mine agency
 * ANAMA": a body named after its kind is named by its name (CONVENTIONS 2, 7); the kind, in lower
 * case, only describes it.
 */
const KIND_THEN_NAME =
  /^(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:news\s+agency|agency|daily|newspaper|weekly|broadcaster|TV\s+channel|channel|news\s+site|website|portal)\s+(\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,2})$/u;

/** A kind word KIND_THEN_NAME needs, found by a plain scan before the anchored pattern is tried. */
const KIND_WORD = /agency|daily|newspaper|weekly|broadcaster|channel|site|portal/;

/** Plural officials with no place of their own: "Armenian officials", "the local authorities", "the separatists". */
const PLACELESS_OFFICIALS =
  /^(?:the\s+)?(?:(?:local|regional|separatist|ethnic|Armenian|Karabakh|de\s+facto)\s+){0,3}(?:authorities|officials|leaders|separatists)$/i;

/**
 * "In Stepanakert, Armenian officials said", "In Khankendi, the separatists said": plural officials
 * the sentence opens by setting in a city are the authority seated there at that date, as
 * "officials in Stepanakert" are (CONVENTIONS 4); "Armenian" then says whose side, which the seat
 * must agree with. Null when the city seats no authority ("In Goris, local officials said").
 */
function officialsInFramingCity(p: string, d: Discourse): Entity | null {
  if (!PLACELESS_OFFICIALS.test(p)) return null;
  const city = framingCity(d.text, d.speakerAt);
  if (!city) return null;
  const separatist = /separatist/i.test(p) ? 'separatist ' : '';
  const seat = officialsOf(`${separatist}authorities in ${city}`, d.at);
  if (!seat || (/Armenian/i.test(p) && seat.id !== 'karabakh-authorities' && seat.id !== 'gov-armenia'))
    return null;
  return seat;
}

export function resolveSpeaker(phrase: string, d: Discourse): ResolvedSpeaker | null {
  const kindThenName = KIND_WORD.test(phrase) ? KIND_THEN_NAME.exec(phrase.trim()) : null;
  if (kindThenName) {
    const named = resolveSpeaker(kindThenName[1]!, d);
    if (named && named.entity.kind !== 'place' && named.entity.kind !== 'person')
      return { ...named, mention: phrase.trim() };
  }
  const demonstrative = DEMONSTRATIVE_DESCRIPTION.exec(phrase.trim());
  if (demonstrative) return demonstrativeBack(phrase.trim(), demonstrative[1]!, d);
  const sameSource = sameUnnamedSource(phrase.trim(), d);
  if (sameSource) return speaking(sameSource, phrase.trim());
  const read = speakerPhrase(phrase);
  if (!read) return null;
  const { words } = read;
  const { apposedRole, described } = words;
  // "a step Georgian officials welcomed": what the clause's subject did to the thing is no saying;
  // only naming it is ("a response Armenian officials described as "humiliating"").
  if (words.zeroRelative && !namesThingAfter(d.text, d.speakerAt, words.zeroRelative)) return null;
  // The mention is the whole noun phrase as written, its participle's time too ("filed Thursday").
  const mention =
    described === words.p
      ? words.p
      : wholePhrase(d.speakerAt >= 0 ? d.text.slice(d.speakerAt) : phrase, words.p);
  let p = read.p;
  const framedOfficials = officialsInFramingCity(p, d);
  if (framedOfficials) return speaking(framedOfficials, mention);
  if (read.personPronoun) {
    const person = personBefore(p, d);
    voteResolvedPronoun(d.genders, person, p);
    return speaking(person, mention);
  }
  // "according to the statement of the Ministry of National Defense": the body it is of.
  const issuer = read.issuer;
  if (issuer) {
    const body = resolveSpeaker(issuer, d);
    if (body && body.entity.kind !== 'person') return { ...body, mention };
  }
  // "a surgeon who gave his name only as Armen": the name given is who spoke.
  const selfNamed = read.mayBeSelfNamed ? selfGivenName(d.text, d.speakerAt, mention) : null;
  if (selfNamed) {
    const person: Entity = { ...textEntity(selfNamed), kind: 'person', role: p };
    if (!d.textPeople.some((e) => e.id === person.id)) d.textPeople.push(person);
    // A given name alone is no name the people reader finds: "… as Samvel, said …. “…,” he said"
    // points back to them, not to a full name further back.
    const at = Math.max(d.speakerAt, d.unitStart);
    const gender = SELF_NAMED_GENDER.exec(d.text.slice(at, at + 200))?.[1];
    d.people.push({
      entity: person,
      start: at,
      gender: gender ? (gender === 'his' ? 'm' : 'f') : null,
      unit: d.unit,
    });
    return speaking(person, mention);
  }
  const apposed = apposedGivenName(p, d, mention);
  if (apposed) return speaking(apposed, mention);
  // "A doctor at the Republican Medical Center": the person, never the place they work at.
  if (read.carerAtPlace) {
    const carer = textEntity(p.replace(INSIDE_TAIL, ''));
    d.unnamedSpeakers.push(carer);
    return speaking(carer, mention);
  }
  if (read.thingPronoun) {
    // "Azerbaijan has not disclosed its losses, but it said …": the body or state the pronoun's own
    // sentence opens with, never a body that spoke before that sentence.
    const opener = bodyOpeningOwnSentence(d) ?? bodyBeforeSemicolon(d);
    const own = opener ? resolveSpeaker(opener, d) : null;
    if (own && own.entity.kind !== 'person' && own.entity.kind !== 'place')
      return speaking(own.entity, mention);
    // "The Azerbaijani Defense Ministry gives a different account. It said …": the body the
    // sentence before opened with, though another body spoke last or its statement is in view.
    const subject = bodySubjectBefore(d) ?? bodySubjectAfterLeadIn(d);
    const author = subject ? null : documentInView(d);
    return speaking(author ?? subject ?? d.lastBody, mention, author !== null);
  }
  if (read.groupPronoun) {
    // "In Baku they insist that …": "they" after a city frame is the people there, no one the text
    // named before; a city that seats a government speaks for it, as "Baku says" does.
    const frame = /^they$/i.test(p) ? framingCity(d.text, d.speakerAt, true) : null;
    if (frame) {
      const seat = officialsOf(`authorities in ${frame}`, d.at);
      return seat ? speaking(seat, mention) : null;
    }
    const singular = singularTheyBefore(d) ?? (/^they$/i.test(p) ? loneSubjectBefore(d) : null);
    if (singular) return speaking(singular, mention);
    // "Relatives of missing soldiers have protested daily. They say …": the people the sentence
    // before opens with, plural as "they" is, not a body that spoke earlier.
    const group = /^they$/i.test(p) ? peopleOpeningSentenceBefore(d) : null;
    if (group) return speaking(group, mention);
    // "The authorities of the self-proclaimed republic confirmed the agreement. According to them,
    // …": the plural body the sentence before opens with as its subject, not a body that spoke earlier.
    const opener = pluralBodyOpeningBefore(d);
    if (opener) return speaking(opener, mention);
    // "Michel, Macron and Scholz issued a joint statement. They said …": "they" are the people the
    // sentence before lists as its subject, never a body that spoke before them.
    if (/^they$/i.test(p) && peopleListedOpeningBefore(d)) return null;
    const body = d.lastBody ?? lastMentioned(d, isBody);
    return body && personSinceBody(body, d) ? null : speaking(body, mention);
  }
  if (words.namesNoOne) return null;
  // "EUMA's head, the German diplomat Markus Ritter, said": the person named in apposition to a
  // role its owner's possessive opens speaks, not "EUMA's head".
  const apposedHolder = OWNER_POSSESSIVE_ROLE.test(p) ? namedInApposition(p, d) : null;
  if (apposedHolder) return speaking(apposedHolder, mention);
  // "Vladimir Vladimirovich said …": a Russian given name and patronymic address the one person the
  // text named before with that given name ("Vladimir Putin").
  const addressed = PATRONYMIC.test(p) ? namedByGivenName(p.split(' ')[0]!, d) : null;
  if (addressed) return speaking(addressed, mention);
  // "the country's Defence Ministry", "the region's human rights ombudsman": what the country or
  // region the text named last owns, when the gazetteer knows it by that owner at the date.
  const standIn = read.standIn;
  if (standIn) {
    const owner = standIn[1]!.toLowerCase() === 'country' ? countryNamedBefore(d) : regionNamedBefore(d);
    const owned = owner
      ? (resolveEntityAt(`${owner}'s ${standIn[2]}`, d.at) ??
        // "the region's defense ministry" in Karabakh: its authorities' body (CONVENTIONS 4).
        (owner === 'Karabakh' ? karabakhBody(`Karabakh ${standIn[2]}`, d.text) : null))
      : null;
    if (owned && owned.kind !== 'place') return speaking(owned, mention);
  }
  // "the Ministry of Defense of the republic": the body of the country the text named last.
  const ofStandIn = STAND_IN_AFTER.exec(p);
  if (ofStandIn) {
    const owner = countryNamedBefore(d);
    const owned = owner ? resolveEntityAt(`${ofStandIn[1]} of ${owner}`, d.at) : null;
    if (owned && owned.kind !== 'place' && owned.kind !== 'government') return speaking(owned, mention);
  }
  // "The Armenian Foreign Ministry said … The ministry of Azerbaijan said": the other country's body
  // of the kind just named.
  const elliptic = ELLIPTIC_MINISTRY.exec(p);
  if (elliptic) {
    const kind = ministryKindBefore(d);
    const owned = kind ? resolveEntityAt(`${elliptic[1] ?? elliptic[2]}'s ${kind} Ministry`, d.at) : null;
    if (owned && owned.kind === 'organisation') return speaking(owned, mention);
  }
  // "Economists are more cautious. “…,” said one": one of the group the sentence before named.
  if (read.oneOfThem) {
    const member = oneOfGroupBefore(d.text, d.unitStart);
    if (member) return speaking(member, mention);
  }
  const state = namedState(p);
  if (state) return speaking(state, mention);
  // "the Artsakhgaz company said", "according to the company": the firm by its own name.
  const firm =
    namedFirm(p, d.text.slice(0, Math.max(0, d.unitStart)), d.at) ??
    (FIRM_BACK.test(p) ? brandSpokenInParagraph(d) : null);
  if (firm) return speaking(firm, mention);
  // "according to the organisation", "the charity said": the organisation that spoke or was named last.
  if (read.organisationBack) {
    const opening = organisationOpeningSentence(d);
    const body =
      opening ??
      (d.lastBody?.kind === 'organisation' ? d.lastBody : lastMentioned(d, (e) => e.kind === 'organisation'));
    if (body && (opening || !unknownBodyNamedSince(d, body))) return speaking(body, mention);
  }
  // "the office of Deputy Prime Minister Shahin Mustafayev", "Mustafayev's press service": the
  // office of the person named, never him, nor whoever else holds a title its words hold.
  const office = read.officeWords ? personsOffice(p) : null;
  if (office) return speaking(office, mention);
  // "the Office of the Prime Minister": an office named by its holder's title is the office, never
  // the person who holds the title (who the text may have named just before).
  if (read.officeOfRole) return speaking(officeOfRole(p, d), mention);
  // "Its Ministry of Foreign Affairs said": the body "its" stands for owns it, whatever else the words name.
  if (read.itsOrTheirThenName) {
    const owned = ownedBy(p, d);
    if (owned) return speaking(owned, mention);
  }
  // "Sens. Ann Carver and Tom Beale": people named together are no one speaker, never the last with the rest as role.
  if (namedTogetherIn(p)) return null;
  const bodyContext = { text: d.text, before: d.unitStart, outlet: d.outlet, at: d.at };
  // "In Baku, the Defense Ministry said": a bare body set in a capital is that government's.
  const frame = read.ownerless ? framingCity(d.text, d.speakerAt) : null;
  const framed = frame
    ? bodyInPlace(
        `${p} in ${frame}`,
        d.at,
        () => ministryPortfolioInView(d),
        (seat) => ministrySpokenFor(seat, d),
      )
    : null;
  if (framed) return speaking(framed, mention);
  const ministryKind = read.ministryKind;
  if (ministryKind && !bareNameFirst(p, bodyContext)) {
    d.readMentionsBefore(d.unit);
    const ministry = unqualifiedMinistry(ministryKind, d.mentions, d.outlet, () => bodiesSpoken(d));
    if (ministry) return speaking(ministry, mention);
  }
  const body =
    karabakhBody(p, d.text) ??
    nationalBody(p, bodyContext) ??
    writersBareBody(p, bodyContext) ??
    localAuthorities(p, d.text, d.unitStart, d.speakerAt >= 0 ? d.speakerAt + p.length : d.unitStart, d.at) ??
    otherStateGovernment(p);
  if (body) return speaking(body, mention);
  const localHolder = localPostHolder(p, d.text, d.speakerAt >= 0 ? d.speakerAt : d.unitStart, d.at);
  if (localHolder) return speaking(localHolder, mention);
  // "the Facebook page “Caucasus Truth”", "the Telegram channel “Rybar”": the quoted name speaks.
  const quotedName = read.quotedName;
  if (quotedName) return speaking(resolveEntityAt(quotedName, d.at) ?? textEntity(quotedName), mention);
  if (words.ownData !== undefined) return speaking(dataOwner(words.ownData, d), mention);
  const byAuthor = read.byWord ? textByAuthor(words.p, d) : null;
  if (byAuthor) return { ...byAuthor, mention };
  // "the State Department's readout of a call with …": the owner of the text speaks through it.
  const owner = read.ownedTextOwner;
  const owning = owner ? resolveEntityAt(owner, d.at) : null;
  if (owning && owning.kind !== 'place') return { entity: owning, mention, viaDocument: true };
  const data = words.data;
  if (data) {
    const owner = data[2] ?? (data[1] ? `${data[1]} government` : undefined);
    const behind = owner ? resolveEntityAt(owner, d.at) : null;
    if (behind) return behind.kind !== 'place' && behind.kind !== 'person' ? speaking(behind, mention) : null;
    // "the latest data of the Investigative Committee": a source the gazetteer lacks is read as any
    // speaker's words are, when the gazetteer or a proper name names it ("data of the parties" is no one's).
    const source = owner && data[2] ? resolveSpeaker(owner, d) : null;
    const named = source && (!source.entity.id.startsWith('text:') || NAME_START.test(owner!));
    return named && source.entity.kind !== 'place' ? speaking(source.entity, mention) : null;
  }
  // "according to UN figures", "Armenian Health Ministry data": a body named before its numbers
  // gave them. Only a body the gazetteer knows: "Azerbaijani figures" names a side, not a source.
  // Only as "according to" names a source: "The report, citing UN data, says" is the report's saying.
  const namedData =
    d.speakerAt >= 0 && ACCORDING_TO_BEFORE.test(d.text.slice(Math.max(0, d.speakerAt - 16), d.speakerAt))
      ? NAMED_DATA.exec(words.described)?.[1]
      : undefined;
  const dataBody = namedData ? resolveEntityAt(namedData, d.at) : null;
  if (dataBody?.kind === 'organisation') return speaking(dataBody, mention);
  const speaksFor = words.speaksFor;
  if (speaksFor) {
    // "a spokesman for the Armenian Youth Council": filed with the body; "a spokeswoman for Foreign
    // Minister X": the person's spokeswoman, named with her owner as an office is (CONVENTIONS 6);
    // for a role without a name ("for the minister"), the role alone.
    const owner = p.slice(speaksFor[0].length - 1).replace(/^the\s+/i, '');
    const ownerEntity = resolveEntityAt(owner, d.at) ?? textEntity(owner);
    const ofBody = ownerEntity.kind !== 'person' && ownerEntity.kind !== 'place' && CAPITAL_START.test(owner);
    const ofPerson =
      ownerEntity.kind === 'person' && ownerEntity.name.includes(' ') && CAPITAL_START.test(owner);
    const named = ofBody ? p : ofPerson ? `${ownerEntity.name}'s ${speaksFor[1]!}` : speaksFor[1]!;
    const spokesperson: Entity = {
      ...textEntity(named),
      kind: 'person',
      role: p.replace(/^(?:an?|the)\s+/i, ''),
    };
    // "A spokesperson for the ministry said … , the spokesperson said": the one introduced, as "a source" is.
    if (INDEFINITE.test(p)) d.unnamedSpeakers.push(spokesperson);
    return speaking(spokesperson, mention);
  }
  // "the applicant Government" in "Armenia v. Azerbaijan": the party the case's title names so.
  const party = read.caseParty;
  const government = party ? caseParty(party.toLowerCase() === 'applicant' ? 0 : 1, d) : null;
  if (government) return speaking(government, mention);
  // "A source in the Russian Defense Ministry": someone inside a body is not the body.
  if (read.unnamedInside) {
    const insider = textEntity(p);
    d.unnamedSpeakers.push(insider);
    return speaking(insider, mention);
  }
  // "the source", "the official": the one the text introduced so, never some other body.
  const unnamedBack = read.unnamedBack;
  if (unnamedBack) {
    const head = unnamedBack.toLowerCase();
    for (let i = d.unnamedSpeakers.length - 1; i >= 0; i--)
      if (d.unnamedSpeakers[i]!.name.toLowerCase().endsWith(head))
        return speaking(d.unnamedSpeakers[i]!, mention);
    // Never some other body: a source the text did not introduce is a vague one.
    if (/^source$/i.test(head)) return speaking(textEntity(p), mention);
  }
  const outlet = outletBack(p, d);
  if (outlet) return speaking(outlet, mention);
  if (words.documentNoun) {
    const author = documentAuthor(p, d);
    return author && { ...author, mention };
  }
  // "his sister Sesegma", "his sister Lusine": a relative named by a given name the gazetteer lacks is a
  // person (the full name the text gives, or the given name with the kin noun as role), whom a later
  // "she" or "he" points back to, not past her to whoever she spoke about.
  const relative = KIN_AND_NAME.exec(p)?.[1];
  if (relative && !resolveEntityAt(relative, null)) {
    const full = givenName(relative, d);
    if (full) return speaking(full, mention);
    const person: Entity = { ...textEntity(relative), kind: 'person', role: p.replace(/^\S+\s+/, '') };
    const given = d.textPeople.find((e) => e.id === person.id);
    if (given) return speaking(given, mention);
    d.textPeople.push(person);
    return speaking(person, mention);
  }
  // "His campaign chairman Paul Manafort": the name after a possessive role is who speaks.
  p = nameAfterPossessiveRole(p) ?? p;
  const owned = ownedBy(p, d);
  if (owned) return speaking(owned, mention);
  // "A soldier from Lori was killed, his relatives told the paper": kin whose owner the text never
  // named are still who spoke, filed under their own noun (CONVENTIONS 6), never under someone named.
  const kin = OWNED_KIN.exec(p)?.[1];
  if (kin) return speaking(textEntity(kin), mention);
  // "A group of Polish soldiers … Their commander, who asked not to be named, said": the one who
  // leads people the text named no body for speaks under the role's own noun (CONVENTIONS 5).
  const led = THEIR_LEADER.exec(p)?.[1];
  if (led) return speaking({ ...textEntity(led), kind: 'person' }, mention);
  const acting = actingHolder(p, d);
  if (acting) return speaking(acting, mention);
  const holder = roleHolderInText(p, d.text.slice(0, Math.max(d.unitStart, d.speakerAt)));
  // "Foreign Minister of Armenia Ararat Mirzoyan noted …. “…,” the minister said": the last person,
  // written after the role's word, is nearer than the one holder the role's shapes found further back.
  const nearer = holder
    ? (lastPersonWithRoleWord(p, holder, d) ?? lastHolderInParagraph(p, holder, d))
    : null;
  if (nearer) return speaking(nearer, mention);
  if (holder) {
    if (holder.id.startsWith('text:') && !d.textPeople.some((e) => e.id === holder.id))
      d.textPeople.push(holder);
    return speaking(holder, mention);
  }
  const roleBack = lastWithRole(p, d);
  if (roleBack) return speaking(roleBack, mention);
  const epithet = epithetOf(p);
  const epithetPerson = epithet ? personForEpithet(epithet, d) : null;
  if (epithetPerson) return speaking(epithetPerson, mention);
  const unnamedPerson = epithet?.gender ? unnamedSubjectBefore(d) : null;
  if (unnamedPerson) return speaking(unnamedPerson, mention);
  if (/^(?:an?|the)\s+(?:spokes(?:person|man|woman)|representative|official|source)$/i.test(p)) {
    // "A spokesperson said" speaks for a body the sentence before named, never one named further back.
    // A body the sentence before only addressed ("called on Azerbaijan to …") is not whose spokesperson it is,
    // nor a capital or country named as where something is ("the Azerbaijani embassy in Washington").
    if (/^an?\s/i.test(p)) {
      const owner = lastMentioned(
        d,
        (e, at) =>
          isBody(e) &&
          !ADDRESSED_BEFORE.test(d.text.slice(Math.max(0, at - 16), at)) &&
          !PLACE_IN_BEFORE.test(d.text.slice(Math.max(0, at - 4), at)),
        sentenceBeforeStart(d),
      );
      return speaking(owner ?? textEntity(p), mention);
    }
    // "the spokesperson" when the text named spokespeople of its own, but which is unsure: no body.
    if (roleHeldBefore(p, d)) return null;
    return speaking(lastMentioned(d, isBody) ?? textEntity(p), mention);
  }
  // "Even", "Perhaps": a lone adverb that opens the sentence is no name.
  if (TITLE_CASE_WORD.test(p) && tag(p)[0]?.pos === 'ADV') return null;
  // "Having announced …, Judge Berman proceeded": an auxiliary's participle opens a clause, never a name.
  if (/^(?:Having|Being)$/.test(p)) return null;
  // One capitalised word is a name ("Mentarian"), unless it is a plural description ("Officials", "Observers").
  const proper =
    trailingProperName(p) ??
    (CAPITALISED_NAME_WORD.test(p) && !SPEAKER_NOUN.test(p) ? { name: p, role: '' } : null);
  // "Overchuk" or "Mr Overchuk" after "Alexei Overchuk": the person the document named so, before any namesake the gazetteer knows.
  // A country's or capital's name is no surname: "Azerbaijan says" after "Soviet Azerbaijan" is still the country.
  const one = proper && !proper.name.includes(' ') ? proper.name : null;
  // "Indonesia hoped" beside "Universitas Indonesia": nor is a country's or a known place's.
  const surname = one && !isPlaceName(one) ? one : null;
  // "Mr. Trump" after "Ivana Trump" is not her: a title of the other gender names someone else.
  const introducedAll = surname
    ? d.textPeople.filter((e) => e.name.endsWith(` ${surname}`) && !titleAgainstText(p, e, d))
    : [];
  // "Lilit Hakobyan said … Vazgen Hakobyan said … Hakobyan added", all in one paragraph: two people of
  // the surname, so the one named last (read below), not the first the text introduced.
  const introduced =
    introducedAll.length > 1 && bothInParagraph(introducedAll, d) ? undefined : introducedAll[0];
  if (introduced) return speaking(introduced, mention);
  const namesake = surname ? namesakeInText(surname, d) : null;
  // "Gagik Pashinyan and Nikol Pashinyan met …. Pashinyan said": not the one the gazetteer knows either.
  if (namesake === UNSURE_NAMESAKE) return null;
  if (namesake && !titleAgainstText(p, namesake, d)) return speaking(namesake, mention);
  // "Rafael said" after "Rafael Mammadli", "Wang said" after "Wang Wenbin": the given name (or family name first).
  const given = surname && proper?.name === p && !namesake ? givenName(surname, d) : null;
  if (given) return speaking(given, mention);
  // "Officials in Stepanakert": officials named by a place speak for the government seated there then.
  const seated =
    proper && proper.name !== p
      ? officialsOf(p, d.at)
      : placeOwnedBody(p, () => lastMentioned(d, (e) => e.kind === 'place'), d.at);
  if (seated) return speaking(seated, mention);
  const housed =
    bodyInPlace(
      p,
      d.at,
      () => ministryPortfolioInView(d),
      (seat) => ministrySpokenFor(seat, d),
    ) ?? organisationOfUnit(p, d.at);
  if (housed) return speaking(housed, mention);
  // "the Council of the European Union": a capitalised body noun and "of" name an institution of
  // its own; the owner named after it is not the speaker.
  const ownName = proper && !OWN_BODY_OF.test(proper.role) ? proper.name : null;
  const gazetteerNamed = resolveEntityAt(p, null) ?? (ownName ? resolveEntityAt(ownName, null) : null);
  // "says driver Armen Sargsyan (52)": the text's private namesake, as the people reader finds him.
  const named =
    gazetteerNamed && proper
      ? (privateNamesake(gazetteerNamed, proper.name, d.text) ?? gazetteerNamed)
      : gazetteerNamed;
  if (named && named.kind !== 'place' && !titleOfOtherGender(p, named)) return speaking(named, mention);
  // "Stepanakert says": a town that seats a government at the date speaks for it, as "Baku" does.
  const seatOf =
    named?.kind === 'place' && proper?.name === p ? officialsOf(`authorities in ${p}`, d.at) : null;
  if (seatOf) return speaking(seatOf, mention);
  // "Nagorno-Karabakh" is where, not who: a place the gazetteer knows (no seat of government) says nothing.
  if (named?.kind === 'place' && proper?.name === p) return null;
  // "The Committee", "the Defender": a capitalised class noun points back as its lower-case form does.
  if (CAPITALISED_CLASS_NOUN.test(p)) {
    const back = byDefiniteNoun(p, d) ?? holderOfRoleNoun(p, d);
    // "The Department" after the Department of Defence was named since another department spoke: neither.
    const head = p.split(/\s+/).pop()!.toLowerCase();
    const latest =
      back?.kind === 'person' ? null : namedBodiesIn(d.text.slice(0, d.unitStart), head, d.at).at(-1);
    if (back && back.kind !== 'place' && (!latest || latest.entity.id === back.id))
      return speaking(back, mention);
  }
  // A role before a name the gazetteer lacks ("Deputy Foreign Minister Aysel Ararson") is that person, not whoever holds the role.
  if (!proper) {
    const described = byDefiniteNoun(p, d) ?? byRoleRecency(p, d) ?? resolveEntityAt(p, d.at);
    // "A State Department spokesperson": one of several, never the one who holds the role then.
    const oneOfSeveral = described?.kind === 'person' && INDEFINITE.test(p);
    if (described?.kind === 'person' && BARE_DEFINITE_ROLE.test(p) && untitledSubjectBefore(described, d))
      return null;
    if (described && described.kind !== 'place' && !oneOfSeveral && !aideTakenForOwner(p, described))
      return speaking(officeOfHolder(p, described, d.at) ?? described, mention);
  }
  if (!plausibleSpeaker(p)) return null;
  const written = surname ? fullNameInText(surname, d) : null;
  const full = written && !titleAgainstText(p, textEntity(written), d) ? written : null;
  // "Badalyan" after "Ani Badalyan": the full name may be one the gazetteer knows.
  const known = full ? resolveEntityAt(full, null) : null;
  if (known && known.kind === 'person') return speaking(known, mention);
  const entity = textEntity(full ?? p);
  // "A senior State Department official … | …, the official said": the one introduced is who "the official" is.
  if (UNNAMED_INTRODUCED.test(p)) d.unnamedSpeakers.push(entity);
  if (apposedRole && entity.kind === 'person' && !entity.role && entity.name === p) entity.role = apposedRole;
  if (entity.kind === 'person' && entity.name.includes(' ') && !d.textPeople.some((e) => e.id === entity.id))
    d.textPeople.push(entity);
  return speaking(entity, mention);
}

/** "this source", "that official": a demonstrative before a speaker's noun, with up to two words before it. */
const DEMONSTRATIVE_DESCRIPTION = /^[Tt]h(?:is|at)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u;

/**
 * "An informed diplomatic source told … According to this source, …": a demonstrative only points
 * back, so it is whoever "the" and the same words point back to, and no one when they point to
 * no one the text introduced (a speaker named by the words alone).
 */
function demonstrativeBack(phrase: string, words: string, d: Discourse): ResolvedSpeaker | null {
  if (!SPEAKER_NOUN.test(words)) return null;
  const back = resolveSpeaker(`the ${words}`, d);
  if (!back || back.entity.kind === 'place') return null;
  const bare = [textEntity(`the ${words}`).id, textEntity(words).id, `text:${words.split(/\s+/).pop()}`];
  return bare.includes(back.entity.id) ? null : { ...back, mention: phrase };
}

interface SpeakerWords {
  /** The phrase cleaned and narrowed to the speaker's noun phrase. */
  p: string;
  /** That noun phrase without a reduced relative clause ("A court document| filed Thursday"). */
  described: string;
  /** The description in apposition before a name ("the spokeswoman, Nazeli Baghdasaryan"). */
  apposedRole: string | undefined;
  /** Readings of `described` alone that resolveSpeaker tries in turn (see there). */
  namesNoOne: boolean;
  data: RegExpExecArray | null;
  /** "the ministry's figures", "the organization's latest data": whose numbers they are. */
  ownData: string | undefined;
  speaksFor: RegExpExecArray | null;
  documentNoun: boolean;
  /** The subject of a relative clause with no "that" the phrase was ("a response| Armenian officials"). */
  zeroRelative: string | undefined;
}

/** Words that stand for people only with the relative clause after them: "those (who …)", "some (who …)". */
const BARE_ANTECEDENT = /^(?:those|these|some|many|others?|few|anyone|everyone|someone|people|all|one)$/i;

/** Head nouns of people: plurals ("drivers", "Democrats") and nouns of a person ("farmer", "monitor", "delegate"). */
const PEOPLE_HEAD =
  /(?:[^s']s|er|or|ist|an|man|woman|person|people|official|delegate|deputy|envoy|aide|expert|member|leader|resident|staff|police|clergy)$/i;

/**
 * Does a noun phrase name people, by its head noun (the word before any "of")? "The rhetoric of
 * the candidates" and "the fact" name none: a clause modifier after them makes no speaker.
 */
function namesPeople(np: string): boolean {
  if (!isNounPhrase(np)) return false;
  const head = np
    .split(/\s+of\s+/i)[0]!
    .split(/\s+/)
    .pop()!;
  return PEOPLE_HEAD.test(head) && !/(?:ness|ss|ics)$/i.test(head);
}

/** The singular of a plural that names people: "officials", "residents", "analysts", "sources", "police". */
const PEOPLE_SINGULAR =
  /(?:er|or|ist|ian|ant|ent|man|woman|person|official|delegate|deputy|envoy|aide|expert|member|leader|staff|source|diplomat|witness|authority|soldier|troop|family|relative|friend|neighbo(?:u)?r|colleague)$/i;

/**
 * Does a relative clause open with a present-tense verb ("lives near the road", "studies in
 * Yerevan")? The tagger reads such a word as a plural noun; a plural that names no people, with
 * more words after it, is the verb of "who …", while "who officials (say)" keeps its subject.
 */
function opensWithPresentVerb(clause: string): boolean {
  const word = /^(\p{Ll}+s)\s+\S/u.exec(clause)?.[1];
  if (!word) return false;
  const singulars = [word.slice(0, -1), word.replace(/es$/, ''), word.replace(/ies$/, 'y')];
  return !singulars.some((singular) => PEOPLE_SINGULAR.test(singular));
}

const AGE_BEFORE_NAME = /^(?:an?\s+)?\d{1,3}-year-old\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u;

// "his press secretary, Berik Uali", "Their ombudsman, Artak Beglaryan": a possessive opens the
// description as an article does; the name set off after it is who it is.
const ROLE_BEFORE_APPOSED_NAME = /^(?:the|a|an|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(\p{Ll}[^,]*),\s+\p{Lu}/u;
const DATA_AS_SPEAKER =
  /^(?:the\s+)?(?:(\p{Lu}[\p{L}-]+)\s+(?=government\s))?(?:(?:the|official|preliminary|latest|new|available|government|initial|final|updated|various|some|other|different|several|unofficial|independent)\s+)*(?:data|figures|statistics|estimates|records|information|results|numbers|counts?|tallies|tally)(?:\s+(?:from|of|by|released by|published by)\s+(.+))?$/iu;

/** A proper name before a noun of numbers: "UN figures", "UNHCR data". */
const ACCORDING_TO_BEFORE = /according\s+to\s+(?:the\s+)?$/i;
const NAMED_DATA =
  /^(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*)\s+(?:(?:official|preliminary|latest|new|updated|initial|final)\s+)?(?:data|figures|statistics|estimates|tallies|counts?)$/u;

/** The words of a speaker phrase that name the speaker, read off the phrase alone; null when none do. */
function readSpeakerWords(phrase: string): SpeakerWords | null {
  // "Cruz,” Beck": a quote the scanner left open ends before the speaker.
  let p = cleanPhrase(phrase.replace(/\([^)]*\)/g, ' ').replace(/^.*(?:[”»]|'')\s+(?=\S)/su, ''));
  // "the spokeswoman, Nazeli Baghdasaryan": the description in apposition is the named person's role.
  const apposedRole = ROLE_BEFORE_APPOSED_NAME.exec(p)?.[1];
  // "34-year-old Anna": the age is no part of the name.
  p = AGE_BEFORE_NAME.exec(p)?.[1] ?? p;
  p = narrowSpeakerPhrase(p);
  // "hackers who U.S. officials (say)", "a trend that the foundation (predicts)": the speaker is
  // the subject of the relative clause; a bare "… who" names none.
  const relative = /\s(?:who|whom|which|that)(?:\s+(.*))?$/isu.exec(p);
  let modified: string | null = null;
  if (relative) {
    if (!relative[1]) return null;
    const antecedent = p.slice(0, relative.index).trim();
    // "some who advocate free speech", "those who back her": a pronoun before "who" names no one.
    if (BARE_ANTECEDENT.test(antecedent)) return null;
    // "A resident who lives near the road": the word after "who" is the clause's verb, not its subject.
    if (/^who/i.test(relative[0].trim()) && namesPeople(antecedent) && opensWithPresentVerb(relative[1]))
      modified = antecedent;
    // "A local official who asked not to be named" stays whole: the relative clause has its verb.
    else if (isNounPhrase(relative[1])) p = relative[1];
    // "A farmer who met Nikol Pashinyan": the farmer speaks; a name inside the clause is someone else.
    else if (/^who/i.test(relative[0].trim()) && namesPeople(antecedent)) modified = antecedent;
  }
  if (!p) return null;
  // "a figure neither side (has confirmed)", "a response Armenian officials (described as …)": a
  // thing's noun with a subject right after it is a relative clause with no "that"; the thing
  // said nothing, and only that subject may have.
  const zero = zeroRelativeSubject(p);
  if (zero === '') return null;
  if (zero) p = zero;
  const reduced = reducedRelativeHead(p);
  // "Democrats trying to regain the Senate", "the last man to mount a race": the noun phrase before the modifier.
  const modifierAt = modified || reduced !== p ? null : clauseModifierStart(p);
  // "The Russian peacekeeping contingent": a name the gazetteer knows whole holds no modifier to cut.
  const head =
    modifierAt === null || resolveEntityAt(p, null)?.kind !== undefined
      ? null
      : p.slice(0, modifierAt).trim();
  const described = modified ?? (head && namesPeople(head) ? head : reduced);
  return {
    p,
    described,
    apposedRole,
    namesNoOne:
      /^(?:we|i|you|us|me)$/i.test(described) ||
      // "According to our information", "by our own count": the writer's own knowledge, no one else's words.
      OWN_KNOWLEDGE.test(described) ||
      // "55 percent of voters", "Nearly half", "six in 10", "a majority of Armenians": a poll's share speaks for no one.
      POLL_SHARE.test(described) ||
      // "Each side accuses the other": a distributive subject is every one of several, no one speaker.
      /^(?:each|either|neither)(?:\s+(?:of\s+the\s+)?[\p{L}-]+)?$/iu.test(described) ||
      // "…, a charge Armenia denies", "a claim Moscow rejects": what is denied, with its denier, says nothing.
      CHARGE_DENIED.test(p),
    // "According to official data", "preliminary figures": numbers with no author name no one.
    // "Figures from both sides", "data of the ministry": data is no speaker; only a body the text names behind it is.
    // "Armenian government data": the government the adjective names is behind them.
    data: DATA_AS_SPEAKER.exec(described),
    ownData: OWN_DATA.exec(described)?.[1],
    // "a spokeswoman for Prime Minister Nikol Pashinyan": the spokeswoman speaks, not the one she speaks for.
    speaksFor:
      /^(?:an?|the)\s+((?:[\p{L}-]+\s+){0,3}(?:spokes(?:person|man|woman)|representative|aide|adviser|advisor|press secretary|lawyer|attorney|counselor|strategist|staffer))\s+(?:for|to)\s+\S/iu.exec(
        described,
      ),
    documentNoun: DOCUMENT_NOUN.test(described),
    zeroRelative: zero ?? undefined,
  };
}

/** What the writers themselves know: "our information", "my data", "our own estimates". */
const OWN_KNOWLEDGE =
  /^(?:our|my)\s+(?:own\s+)?(?:information|data|knowledge|understanding|estimates?|calculations?|count|figures|records|findings)$/i;

/** A determiner, a thing's noun (with up to two words before it), then the words of a subject. */
const ZERO_RELATIVE =
  /^(?:an?|the|this|that|one)\s+((?:(?!(?:of|for|in|at|on|to|from|with|by|and|or)\s)\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*)\s+((?:neither|either|no|each|both|the|his|her|their|its|some|many|most|all|\p{Lu}[\p{L}'’.-]*)(?:\s+\S+){0,5})$/u;
/** A verb that names or describes a thing: its quoted name is the subject's words. */
const NAMING_AFTER =
  /^\s+(?:(?:has|have|had|later|then|once|also|openly|publicly)\s+){0,2}(?:described|called|termed|dubbed|labell?ed|branded|characteri[sz]ed)\b/i;

/** Does a naming verb follow the relative clause's subject, where the speaker phrase stands in the text? */
function namesThingAfter(text: string, speakerAt: number, subject: string): boolean {
  if (speakerAt < 0) return false;
  const window = text.slice(speakerAt, speakerAt + 200);
  const at = window.indexOf(subject);
  return at >= 0 && NAMING_AFTER.test(window.slice(at + subject.length));
}

/** A subject that is every one or none of several: no one speaker. */
const NO_ONE_SUBJECT = /^(?:neither|either|no|each)\s/i;

/**
 * The subject of a relative clause that follows a thing's noun with no "that" ("a figure| neither
 * side", "a step| Georgian officials"): '' when that subject is no one, null when the phrase is no
 * such clause (the noun names people or a body, or the words after it name no one who speaks).
 * "a charge Baku (rejects)" is left whole: what is denied, with its denier, says nothing.
 */
function zeroRelativeSubject(p: string): string | null {
  const m = ZERO_RELATIVE.exec(p);
  if (!m || CHARGE_DENIED.test(p)) return null;
  const noun = m[1]!.split(/\s+/).pop()!;
  if (
    BODY_NOUN.test(noun) ||
    PEOPLE_HEAD.test(noun) ||
    PEOPLE_SINGULAR.test(noun) ||
    tag(noun)[0]?.pos !== 'NOUN'
  )
    return null;
  const subject = m[2]!;
  if (NO_ONE_SUBJECT.test(subject)) return '';
  const known = resolveEntityAt(subject, null);
  if (known) return known.kind === 'government' || known.kind === 'organisation' ? subject : null;
  // "the poet Vahagn Davtyan": a name after a noun is in apposition to it, no clause's subject;
  // "a move Georgian officials …" ends with a common noun of people.
  return namesPeople(subject) && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(subject) ? subject : null;
}

/** Numbers owned by whoever the possessive names: "the organization's figures", "Baku's own data". */
const OWN_DATA =
  /^(.+?)['’]s?\s+(?:(?:own|official|preliminary|latest|new|updated|initial|final|daily)\s+)*(?:data|figures|statistics|estimates|records|numbers|counts?|tallies|tally|information)$/iu;

/** The marks QUOTED_NAME opens a name with. */
const OPENING_MARK = /["“«]/;
/** A page, channel or account with its name in quotes. */
const QUOTED_NAME = new RegExp(
  `^(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${PAGE_NOUN}\\s+["“«]([^"“”«»]{2,60})["”»]$`,
  'iu',
);

/** A class noun that points back to the last organisation named: "the organization", "the charity". */
const ORGANISATION_BACK = /^the\s+(?:organi[sz]ation|charity|NGO|group|body|aid group|aid agency)$/i;

/** Who owns the numbers: a body or person the gazetteer knows, or the organisation named last; null when unsure. */
function dataOwner(owner: string, d: Discourse): Entity | null {
  if (ORGANISATION_BACK.test(owner)) {
    if (d.lastBody?.kind === 'organisation') return d.lastBody;
    return lastMentioned(d, (e) => e.kind === 'organisation');
  }
  const known = resolveEntityAt(owner, d.at);
  if (known) return known.kind !== 'place' ? known : null;
  return bodyBack(owner, (noun, fits) => bodyOfHead(d, noun, fits));
}

/** An accusation as the head of the speaker's words: the words after it are the clause that denies it. */
const CHARGE_DENIED = new RegExp(`^(?:something\\s|(?:an?|the|this|that)\\s+${CLAIM_NOUN}(?:\\s|$))`, 'i');

const NUMBER_WORD =
  '(?:\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** A share of those polled: what a poll reports, never a speaker. */
const POLL_SHARE = new RegExp(
  '^(?:(?:about|around|nearly|almost|roughly|only|just|over|under|barely|fully|more than|less than|fewer than|at least|at most|a|an|the|a clear|a slim|a narrow|a bare)\\s+)*' +
    `(?:${NUMBER_WORD}\\s*(?:%|percent|per cent)|${NUMBER_WORD}\\s+(?:in|out of)\\s+${NUMBER_WORD}|half|` +
    `(?:${NUMBER_WORD}|a)[- ](?:thirds?|quarters?|fifths?)|majority|majorities|plurality|minority)` +
    "(?:\\s+(?:of|among)\\s.*|\\s+[\\p{L}'’]+s)?$",
  'iu',
);

const APPOSED_NAME_AFTER_ROLE =
  /^(?:the|a|an|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+\p{Ll}[^,]*,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})$/u;
const NAME_THEN_SETTING =
  /^(.*?\p{Lu}[\p{L}.'’-]+)\s+(?:during|at|in|on|after|before)\s+(?:the|a|an|his|her|their|its)\s.*$/su;

/**
 * Words around a speaker that are no part of it: "Richards and Menendez both", "Mrs. Clinton --
 * whose husband", "the dawn of the movement, Bozell", "Carly Fiorina during the second debate".
 */
function narrowSpeakerPhrase(phrase: string): string {
  let p = phrase
    .replace(/\s+(?:both|all|first|too|also|alone|themselves|himself|herself|itself)$/i, '')
    // "the ministry for the first time", "Baku for its part", "Moscow in turn": an adverbial
    // phrase between the subject and its verb is no part of the speaker.
    .replace(
      /\s+(?:for\s+(?:the|a)\s+(?:first|second|third|fourth|fifth|last|\p{Ll}+th)\s+time|for\s+(?:his|her|its|their)\s+part|in\s+(?:(?:its|his|her|their)\s+)?turn|once\s+again|at\s+the\s+time)$/iu,
      '',
    )
    .replace(/\s+(?:--|—|–)\s.*$/su, '');
  const apposed = APPOSED_NAME_AFTER_ROLE.exec(p);
  if (apposed) p = apposed[1]!;
  const setting = NAME_THEN_SETTING.exec(p);
  if (setting && trailingProperName(setting[1]!)) p = setting[1]!;
  return withoutTrailingAdverb(p.trim());
}

/** "Walker now", "One reader even": an adverb after a speaker's noun phrase is no part of it. */
function withoutTrailingAdverb(p: string): string {
  if (!/\s/.test(p) || isNounPhrase(p)) return p;
  const tagged = tag(p);
  let end = tagged.length;
  while (end > 1 && tagged[end - 1]!.pos === 'ADV') end--;
  return end < tagged.length ? headWords(p, tagged, end) : p;
}

const PARTICIPLE_ENDING = /\p{Ll}(?:ed|ing|[ew]n)$/u;

/**
 * The noun phrase a reduced relative clause describes: "A court document (filed Thursday)",
 * "People (briefed on the move)", "a memo (seen by Reuters)". The mention keeps the whole
 * phrase as written; the speaker is the noun phrase. Kept whole when the words before are no
 * noun phrase or the participle's words hold a clause ("Trump accused him").
 */
/** Pronouns that are only ever a verb's object: "operating it", "backing them". */
const OBJECT_PRONOUN = /^(?:it|them|him)$/i;

function reducedRelativeHead(p: string): string {
  if (!/\s/.test(p) || isNounPhrase(p)) return p;
  const tagged = tag(p);
  const at = tagged.findIndex((t, i) => i > 0 && t.pos === 'VERB' && PARTICIPLE_ENDING.test(t.word));
  if (at < 0) return p;
  const rest = tagged.slice(at + 1);
  const next = rest[0];
  // "published (Wednesday)": a time after the participle was already cut as an adverbial.
  // A past form with an object ("Cruz captured two", "participants outlined a scenario") is a clause.
  const gerund = /ing$/.test(tagged[at]!.word);
  // "the company operating it": an object pronoun right after the participle is its object, no subject.
  const pronounObject = gerund && !!next && OBJECT_PRONOUN.test(next.word);
  const opensModifier = gerund
    ? !!next && (/^(?:ADP|PROPN|DET|NUM|NOUN|ADJ)$/.test(next.pos) || pronounObject)
    : !next || next.pos === 'ADP' || TIME_WORD.test(next.word);
  // The noun a relative describes is a common noun: "Mr. Sanders carried voters" is a clause. A
  // name after a determiner may be one too ("a Suffolk University Poll released Sunday").
  const named = tagged[at - 1]!.pos === 'PROPN' && tagged[0]!.pos === 'DET' && next?.pos !== 'DET';
  if (tagged[at - 1]!.pos !== 'NOUN' && !named && !(at === 1 && capitalisedPlural(tagged[0]!.word))) return p;
  const clause = rest.some(
    (t, i) =>
      /^(?:VERB|AUX|SCONJ)$/.test(t.pos) ||
      (/^(?:he|she|they|it|we|i|you|him|her|them)$/i.test(t.word) && !(i === 0 && pronounObject)),
  );
  return opensModifier && !clause ? headWords(p, tagged, at) : p;
}

/**
 * "Experts interviewed by the paper", "Residents surveyed by …": the tagger reads a plural that
 * opens the sentence, capitalised there, as a name; a plural whose singular names people is the
 * common noun the participle describes.
 */
function capitalisedPlural(word: string): boolean {
  const plural = /^\p{Lu}\p{Ll}+s$/u.exec(word)?.[0];
  return (
    !!plural && PEOPLE_SINGULAR.test(plural.slice(0, -1)) && tag(plural.toLowerCase())[0]?.pos === 'NOUN'
  );
}

const LEADING_DAY_PHRASE = /^\s*(?:on\s+)?(?:\p{Lu}\p{Ll}+day|last\s+\p{Ll}+|this\s+\p{Ll}+)\b/u;

/** The cleaned phrase with the time words after it that cleaning cut: "A court document filed| Thursday". */
function wholePhrase(raw: string, cleaned: string): string {
  // Only an opening within 80 characters counts: the search ends there, not at the text's end.
  const at = raw.slice(0, 80 + cleaned.length).indexOf(cleaned);
  if (at < 0 || at > 80) return cleaned;
  const time = LEADING_DAY_PHRASE.exec(raw.slice(at + cleaned.length));
  return time ? cleaned + time[0] : cleaned;
}

const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last|this|earlier|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The phrase's first `count` tagged words, when they make a noun phrase; else the phrase. */
function headWords(p: string, tagged: readonly { word: string }[], count: number): string {
  let at = 0;
  for (let i = 0; i < count; i++) at = p.indexOf(tagged[i]!.word, at) + tagged[i]!.word.length;
  const head = p.slice(0, at).trim();
  return isNounPhrase(head) ? head : p;
}

/** "the Russian military department", "the military department": a defence ministry in translated copy. */
const MILITARY_DEPARTMENT = /^[Tt]he\s+(?:(\p{Lu}\p{Ll}+)\s+)?military\s+department$/u;

/** "The ministry", "the MP": a definite noun phrase of one or two words that may point back. */
const BACK_REFERENCE = /^the\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)$/iu;
/** A word that says which ministry or service a body is: "foreign", "defence", "health". */
const PORTFOLIO =
  /^(foreign|defen[cs]e|health|interior|justice|emergency|economy|finance|education|culture|agriculture|energy|environment|labou?r|transport)\s/;

/**
 * "According to the Russian Defence Ministry, … [another paragraph] … according to the Defence
 * Ministry": a portfolio name without its country reads back to a country's body only while that
 * body is in view (named or heard in this paragraph or the one before); further back, a writer's
 * bare name is as often its own country's body, so it is left as written (precision over recall).
 */
function farCountrysBody(found: Entity, d: Discourse): boolean {
  // Karabakh's authorities are one body (CONVENTIONS 4): a service of the region named once is it still.
  const country = countryOf(found);
  if (!country || country === 'NK') return false;
  d.readMentionsBefore(d.unit);
  return lastSeen(d, found, d.unitStart) < previousParagraphStart(d.text, d.unitStart);
}

/** Does a body's name (or a name the document gives it) hold that portfolio word, in either spelling? */
function holdsPortfolio(e: Entity, portfolio: string): boolean {
  const word = portfolio.replace(/^defen[cs]e$/, 'defen');
  const spellings = word === 'defen' ? ['defence', 'defense'] : [word];
  return [e.name, ...(e.aliases ?? [])].some((n) => spellings.some((w) => hasWord(n, w)));
}
/**
 * A capitalised body noun and "of", and nothing before them, ahead of an owner's name: "the Council
 * of the", "Commission of" ("the International Committee of the" Red Cross is the body's own name).
 */
const OWN_BODY_OF =
  /^(?:the\s+)?(?:Council|Commission|Parliament|Court|Assembly|Committee)\s+of(?:\s+the)?$/u;
const BODY_NOUN =
  /^(?:ministry|department|office|agency|committee|council|service|embassy|mission|commission|administration|parliament|army|government)$/i;

/**
 * Nouns that name one kind of role in other words: "the MP" after "Member of the National Assembly X",
 * "the deputy" after "Member of the Milli Majlis X", "the expert" after "Political scientist X".
 */
const ROLE_KINDS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /^(?:mp|deputy|lawmaker|legislator|parliamentarian)$/,
    /\b(?:mp|lawmaker|legislator|parliamentarian|member of (?:the )?(?:parliament|national assembly|milli majlis|majlis|state duma|duma|european parliament))\b/i,
  ],
  [
    /^(?:expert|analyst|scholar|commentator)$/,
    /\b(?:expert|analyst|political scientist|scholar|researcher|commentator|economist|professor)\b/i,
  ],
  [/^(?:ombuds(?:man|person|woman)|defender)$/, /\b(?:ombuds(?:man|person|woman)|human rights defender)\b/i],
];

function sameKindOfRole(noun: string, role: string | undefined): boolean {
  return !!role && ROLE_KINDS.some(([nouns, roles]) => nouns.test(noun) && roles.test(role));
}

function hasWord(words: string | undefined, noun: string): boolean {
  if (!words) return false;
  const at = words.toLowerCase().indexOf(noun);
  // A whole word: "Secretary-General" does not hold "secretary".
  return (
    at >= 0 && !/[\p{L}-]/u.test(words[at - 1] ?? ' ') && !/[\p{L}-]/u.test(words[at + noun.length] ?? ' ')
  );
}

/** "In Yerevan, the": a sentence opening with the place a body sits in. */
const PLACE_OPENING = /^In\s+(\p{Lu}[\p{L}-]+),\s*(?:the)?$/u;

/**
 * "The Uzbek Ministry of Foreign Affairs welcomed the meeting. …, the ministry said": a body of the
 * noun that opens the sentence before in this paragraph ("In Yerevan, the Foreign Ministry …" as
 * well), named after the one found was last seen, is the nearer one. With none found, the one
 * body named with the noun in the sentence before and this paragraph, when it spoke there ("This
 * was reported by the Ministry of Defence of the Russian Federation. According to the ministry,
 * …"); two there, or one that did not speak ("has not commented"), none.
 */
function nearerNamedBody(found: Entity | null, head: string, d: Discourse): Entity | null {
  const from = sentenceBeforeStart(d);
  const paragraph = d.text.lastIndexOf('\n', d.unitStart - 1) + 1;
  const scope = Math.min(from, paragraph);
  const there = namedBodiesIn(d.text.slice(scope, d.unitStart), head, d.at);
  const latest = there.at(-1);
  if (!latest || scope + latest.start < from || latest.entity.id === found?.id || !isBody(latest.entity))
    return found;
  if (!found) {
    const words = d.text.slice(from, d.unitStart);
    const silent = /\b(?:not|never|declined|refused)\b|n['’]t\b/i.test(words);
    const spoke =
      (d.bodySpeeches.get(latest.entity.id)?.last ?? -1) >= from ||
      (SAYING_IN_SENTENCE.test(words) && !silent);
    // "Azerbaijan's Ministry of Defense welcomed the opening. The ministry stated …": the body
    // that is the subject of the sentence before is the one meant, though it said nothing there
    // (never one that "has not commented").
    const opens = !silent && /^["“]?(?:The)?$/.test(d.text.slice(from, scope + latest.start).trim());
    return (spoke || opens) && there.every((n) => n.entity.id === latest.entity.id) ? latest.entity : null;
  }
  if (scope + latest.start < paragraph) return found;
  const lead = d.text.slice(from, scope + latest.start).trim();
  // "In Yerevan, the Foreign Ministry welcomed the vote": the body of the place the sentence opens with.
  const place = PLACE_OPENING.exec(lead)?.[1];
  const opening = place
    ? bodyInPlace(`the ${latest.name} in ${place}`, d.at)
    : /^["“]?(?:The)?$/.test(lead)
      ? latest.entity
      : null;
  return opening && lastSeen(d, found, d.unitStart) < scope + latest.start ? opening : found;
}

/** Plural nouns of a force a writer repeats bare once named with its owner: "the Russian peacekeepers". */
const FORCE_NOUN = /^(?:peacekeepers|separatists|rebels|troops|forces|monitors|observers)$/;

/**
 * "… a ceasefire proposed by the Russian peacekeepers. … The peacekeepers said": a definite plural
 * repeats the one body the text named before with that noun as its head. Two such bodies
 * ("Russian troops … Azerbaijani troops"): neither.
 */
function bodyNamedWithNoun(noun: string, d: Discourse): Entity | null {
  const ends = new RegExp(`\\s${noun}$`, 'i');
  let found: Entity | null = null;
  for (const m of findEntityMentions(d.text, 0, d.unitStart)) {
    if (!isBody(m.entity) || !ends.test(d.text.slice(m.start, m.end))) continue;
    if (found && found.id !== m.entity.id) return null;
    found = m.entity;
  }
  return found;
}

/**
 * "The ministry", "the department": the latest body that spoke or was named with that noun in
 * its name. "The MP", "the governor", "the minister": the last person who spoke, when their
 * role has the noun; else whoever the gazetteer's roles point to (byRoleRecency); else a
 * person the text introduced with that role. Null when nothing fits.
 */
/** A body's press service or spokesperson, named with the body: "the press service of the State Commission". */
const PRESS_UNIT =
  /^(?:the\s+)?(?:press\s+(?:service|office|cent(?:er|re))|spokes(?:person|man|woman))\s+of\b|\bpress\s+(?:service|office|cent(?:er|re))$|\bspokes(?:person|man|woman)$/i;

/**
 * "The commission noted" after "the press service of the State Commission" spoke: the body is the
 * commission, not its press service, whose name holds the noun only as its owner.
 */
function pressUnitOfOther(words: string | undefined, head: string): boolean {
  return !!words && PRESS_UNIT.test(words) && !/^(?:service|office|cent(?:er|re))$/.test(head);
}

function byDefiniteNoun(p: string, d: Discourse): Entity | null {
  const military = MILITARY_DEPARTMENT.exec(p);
  if (military?.[1]) {
    const ministry = resolveEntityAt(`${military[1]} Defence Ministry`, d.at);
    return ministry && isBody(ministry) ? ministry : null;
  }
  const noun = (military ? 'defence department' : BACK_REFERENCE.exec(p)?.[1])?.toLowerCase();
  if (!noun || !SPEAKER_NOUN.test(noun)) return null;
  const head = noun.split(' ').pop()!;
  const repeated = FORCE_NOUN.test(noun) ? bodyNamedWithNoun(noun, d) : null;
  if (repeated) return repeated;
  if (BODY_NOUN.test(head)) {
    // "the respondent Government" after "the Armenian Government": a word that sets it apart
    // from the governments named before; it is not one of them.
    if (head === 'government' && noun !== head && !resolveEntityAt(p, d.at)) return null;
    // "the Foreign Ministry" after the Ministry of Defense: a portfolio word must be the body's own.
    const portfolio = PORTFOLIO.exec(noun)?.[1];
    // A body that spoke under words with the noun ("the Interior Ministry of the unrecognized
    // republic" as Karabakh's authorities) is named so too.
    const named = (e: Entity, words: string | undefined) =>
      hasWord(words, head) &&
      !pressUnitOfOther(words, head) &&
      (!portfolio || holdsPortfolio(e, portfolio) || hasWord(words, portfolio)) &&
      (!!portfolio || modifierHeld(noun, e, words));
    // "The Azerbaijani ministry": only a body of that country.
    const country = demonymCountry(noun);
    if (country) {
      const owned = (e: Entity, noun: string) =>
        isBody(e) && ownedByCountry(e, country) && hasWord(e.name, noun);
      const own =
        bodyOfHead(d, head, (e) => owned(e, head) && named(e, e.name)) ??
        lastSpokenBody(d, (e) => owned(e, head) && named(e, e.name));
      // "The Azerbaijani department" in translated copy: that country's ministry.
      if (own) return own;
      if (head === 'department') return bodyOfHead(d, 'ministry', (e) => owned(e, 'ministry'));
      // "The Azerbaijani Ministry of Foreign Affairs said … The Armenian ministry replied": the
      // counterpart of the ministry in view, as a portfolio word would name it.
      const portfolio = head === 'ministry' ? ministryPortfolioInView(d) : null;
      const counterpart = portfolio
        ? resolveEntityAt(`${noun.split(' ')[0]} ${portfolio} Ministry`, d.at)
        : null;
      return counterpart && owned(counterpart, 'ministry') ? counterpart : null;
    }
    const found = nearerNamedBody(
      bodyOfHead(d, head, (e) => isBody(e) && (named(e, e.name) || named(e, d.spokenAs.get(e)))) ??
        // "… the Armenian Ministry of Defence had raised the toll: according to the ministry, …": a
        // body named earlier in the speaker's own sentence is before it too.
        namedBodyBefore(d.text.slice(0, Math.max(d.unitStart, d.speakerAt)), noun, d.at),
      head,
      d,
    );
    if (found?.id.startsWith('text:')) return homeBodyOf(found, d);
    if (found && portfolio && farCountrysBody(found, d)) return null;
    if (!found && noun === 'agency') return stateAgencyBack(d);
    if (found || head !== 'department') return found;
    // Translated Russian copy calls a ministry "the department" (ведомство) once it has named it:
    // read back as "the ministry" is, the one that spoke in the sentence before the nearer.
    const asMinistry = (e: Entity, words: string | undefined) =>
      hasWord(words, 'ministry') && (!portfolio || holdsPortfolio(e, portfolio) || hasWord(words, portfolio));
    return nearerNamedBody(
      bodyOfHead(
        d,
        'ministry',
        (e) => isBody(e) && (asMinistry(e, e.name) || asMinistry(e, d.spokenAs.get(e))),
      ),
      'ministry',
      d,
    );
  }
  // A role is read at the story's date: a holder named in it outside their term holds it no more.
  const lastRole = d.lastPerson ? ownRole(roleAt(d.lastPerson, d.at)) : undefined;
  if (d.lastPerson && (hasWord(lastRole, noun) || sameKindOfRole(noun, lastRole))) return d.lastPerson;
  // "Prime Minister Irakli Garibashvili said …. According to Garibashvili, … The Prime Minister also
  // said": the last speaker, whom the text itself titled with the role, before any holder the
  // gazetteer knows who was named since only inside the clause ("spoke with Armenian Prime Minister …").
  if (d.lastPerson && titledInText(d.lastPerson, noun, d)) return d.lastPerson;
  const byRole = byRoleRecency(p, d);
  if (byRole) return byRole;
  // "the deputy" after "Member of the Milli Majlis X", "the Ombudsman" after "Human Rights
  // Defender X": the role in other words, by whoever last held it in the text.
  for (let i = d.textPeople.length - 1; i >= 0; i--) {
    const role = ownRole(d.textPeople[i]!.role);
    if (hasWord(role, noun) || sameKindOfRole(noun, role)) return d.textPeople[i]!;
  }
  return subjectAmongLatest(d, (e) => e.kind === 'person' && sameKindOfRole(noun, ownRole(e.role)));
}

/** Words before a body noun that point back without telling which body: "the same ministry". */
const POINTING_MODIFIER = /^(?:same|said|above|aforementioned|latter|relevant|respective)$/;

/**
 * "the regional administration" after "the Administration of the President": a word before the
 * noun that says which body it is must be in the body's name ("the presidential administration",
 * "the border service" hold one), else it is another body.
 */
function modifierHeld(noun: string, e: Entity, words: string | undefined): boolean {
  const modifier = noun.split(' ').slice(0, -1).join(' ');
  if (!modifier || POINTING_MODIFIER.test(modifier)) return true;
  const stem = modifier.slice(0, 6);
  return [words, e.name, ...(e.aliases ?? [])].some((n) => !!n && n.toLowerCase().includes(stem));
}

/** Heads of a country's body that a writer goes on to call "the agency": a service, committee or bureau. */
const STATE_AGENCY_HEAD = /\b(?:service|committee|agency|bureau|inspectorate)\b/i;

/**
 * "Azerbaijan's State Border Service claimed …. The agency said": "the agency" is the country's
 * service, committee or bureau that spoke last, in this paragraph or the one before, when no other
 * body or agency has been named since it spoke (a news agency, an aid group): two that fit, no one.
 */
function stateAgencyBack(d: Discourse): Entity | null {
  const body = d.lastBody;
  if (!body || !isBody(body) || !countryOf(body) || !STATE_AGENCY_HEAD.test(body.name)) return null;
  const spoke = d.bodySpeeches.get(body.id)?.last ?? -1;
  if (spoke < 0 || spoke < previousParagraphStart(d.text, d.unitStart)) return null;
  if (/\bagenc(?:y|ies)\b/i.test(d.text.slice(spoke, d.unitStart))) return null;
  const rival = findEntityMentions(d.text, spoke, d.unitStart).some(
    (m) => m.entity.id !== body.id && (isBody(m.entity) || m.entity.kind === 'unknown'),
  );
  return rival ? null : body;
}

/**
 * "Foreign Ministry spokesperson Leyla Abdullayeva said … The ministry also said": the body named
 * without its country, read back, is the home country's as its name would be when it spoke.
 */
function homeBodyOf(body: Entity, d: Discourse): Entity {
  const person =
    d.lastPerson && !d.lastPerson.id.startsWith('text:') && !bodySpokeSince(body, d.lastPerson, d)
      ? d.lastPerson
      : null;
  return (
    nationalBody(body.name, { text: d.text, before: d.unitStart, outlet: d.outlet, at: d.at }) ??
    (person ? personsCountryBody(body.name, person, d.at) : null) ??
    body
  );
}

/**
 * "Zakharova, the ministry's spokeswoman, said …. In Ankara, the foreign ministry said …. The
 * ministry added …": a body that spoke after the person was last named is not the person's own.
 */
function bodySpokeSince(body: Entity, person: Entity, d: Discourse): boolean {
  const bodyAt = d.bodySpeeches.get(body.id)?.last ?? -1;
  if (bodyAt < 0) return false;
  d.readPeopleBefore(d.unit + 1);
  let personAt = -1;
  for (const p of d.people)
    if (p.entity.id === person.id && p.start < d.unitStart) personAt = Math.max(personAt, p.start);
  return personAt >= 0 && personAt < bodyAt;
}

/** The portfolio of the ministry last named in this paragraph or the one before: "Foreign" after "the Armenian Foreign Ministry". */
/** The ministry of the seat's country that spoke last in the text, if one did. */
function ministrySpokenFor(seat: Entity, d: Discourse): Entity | null {
  const country = countryOf(seat);
  let latest: BodySpeeches | null = null;
  for (const spoke of d.bodySpeeches.values())
    if (
      /^(?:mfa|mod)-/.test(spoke.entity.id) &&
      countryOf(spoke.entity) === country &&
      (!latest || spoke.last > latest.last)
    )
      latest = spoke;
  return latest?.entity ?? null;
}

function ministryPortfolioInView(d: Discourse): string | null {
  d.readMentionsBefore(d.unit);
  const from = previousParagraphStart(d.text, d.unitStart);
  for (let i = d.mentions.length - 1; i >= 0 && d.mentions[i]!.start >= from; i--) {
    const kind = /^(mfa|mod)-/.exec(d.mentions[i]!.entity.id)?.[1];
    if (kind) return kind === 'mfa' ? 'Foreign' : 'Defence';
  }
  return portfolioOfMinistersInSentence(d);
}

/**
 * "Foreign Minister Sergey Lavrov spoke with his Armenian counterpart, the ministry in Moscow
 * said": the portfolio every minister this sentence names holds, when they hold just one.
 */
function portfolioOfMinistersInSentence(d: Discourse): string | null {
  d.readPeopleBefore(d.unit + 1);
  const portfolios = new Set<string>();
  for (const p of d.people) {
    if (p.unit !== d.unit) continue;
    const role = p.entity.role?.toLowerCase() ?? '';
    if (/\bforeign minister\b|\bminister of foreign affairs\b/.test(role)) portfolios.add('Foreign');
    else if (/\bdefen[cs]e minister\b|\bminister of defen[cs]e\b/.test(role)) portfolios.add('Defence');
    else if (/\bminister\b/.test(role)) return null;
  }
  return portfolios.size === 1 ? [...portfolios][0]! : null;
}

/** "The Committee", "the Emergency Service", "the Defender": "the" and one or two capitalised words. */
const CAPITALISED_CLASS_NOUN = /^[Tt]he\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u;

/**
 * "Human Rights Defender Arman Tatoyan said … According to the Defender, …": the last person who
 * spoke, when their role holds the noun; else the last person the text introduced with it.
 */
function holderOfRoleNoun(p: string, d: Discourse): Entity | null {
  const noun = p.split(/\s+/).pop()!.toLowerCase();
  if (d.lastPerson && titledSo(d.lastPerson.role, noun)) return d.lastPerson;
  for (let i = d.textPeople.length - 1; i >= 0; i--)
    if (titledSo(d.textPeople[i]!.role, noun)) return d.textPeople[i]!;
  return null;
}

/** Words before a role's noun that make it another role: a "prime minister" is no "minister". */
const OTHER_ROLE_BEFORE = /(?:^|\s)(?:prime|vice|deputy|former|acting|ex|first|assistant|interim|then)$/;

/**
 * Did the text, before this unit, title a person it names (one the gazetteer lacks, so with no
 * recorded role) with the noun: "Prime Minister Irakli Garibashvili" for "the prime minister",
 * never for "the minister"?
 */
function titledInText(person: Entity, noun: string, d: Discourse): boolean {
  if (person.role || !person.id.startsWith('text:') || !person.name.includes(' ')) return false;
  const title = roleWrittenBefore(person.name, d.text.slice(0, d.unitStart))?.toLowerCase();
  if (!title || !(title === noun || title.endsWith(` ${noun}`))) return false;
  return !OTHER_ROLE_BEFORE.test(title.slice(0, title.length - noun.length).trimEnd());
}

/** Does the title end with the noun ("Human Rights Defender of Armenia")? A body the holder speaks for ("spokesperson for the Department") does not. */
function titledSo(role: string | undefined, noun: string): boolean {
  const title = role?.split(/\s+(?:of|for|at|in|to|with)\s+/)[0]?.toLowerCase();
  return !!title && (title === noun || title.endsWith(` ${noun}`));
}

/** The title written right before a name's first mention ("Foreign Ministry Spokesperson| Dana Kerimova"), if any. */
function roleWrittenBefore(full: string, text: string): string | null {
  const at = text.indexOf(full);
  if (at < 0) return null;
  const phrase =
    text
      .slice(Math.max(0, at - 80), at + full.length)
      .split(/[.,;:!?()\n"“”]/)
      .pop() ?? '';
  const found = trailingProperName(phrase.trim());
  const role = found?.name === full ? found.role.trim() : '';
  return role && !CLAUSE_WORD.test(role) && role.split(' ').length <= 6 ? role : null;
}

const CAPITALISED_WORDS_ONLY = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u;

/**
 * "According to the newspaper", "the agency said": the outlet or body that spoke last ("…,
 * writes Kommersant"), never a government; null when none has, and the words are left to the rules after.
 */
function outletBack(p: string, d: Discourse): Entity | null {
  if (
    !/^the\s+(?:newspaper|paper|daily|weekly|agency|news agency|outlet|broadcaster|channel|website|portal|publication|magazine)$/i.test(
      p,
    )
  )
    return null;
  const body = d.lastBody;
  // An organisation, or a name the text gave alone ("writes Hraparak"): a description ("A Pashinyan
  // ally said …") is no outlet for "the newspaper" to point back to.
  const named = body?.kind === 'unknown' && CAPITALISED_WORDS_ONLY.test(body.name);
  if (!body || (body.kind !== 'organisation' && !named)) return null;
  // "the agency" after "the Defence Ministry": a body named for another kind of institution is not it.
  const noun = p.split(/\s+/).pop()!.toLowerCase();
  const other = body.name.split(/\s+/).some((w) => BODY_NOUN.test(w) && w.toLowerCase() !== noun);
  return other ? null : body;
}

/** An office held for the time being, written without a name: "Armenia's acting prime minister". */
const ACTING_ROLE =
  /^(?:[Tt]he\s+|\p{Lu}[\p{L}-]*['’]s\s+)?(?:acting|interim|caretaker)\s+(\p{Ll}[\p{Ll}\s-]*)$/u;

/**
 * "Armenia's acting prime minister asked …; Nikol Pashinyan told …": an acting office is the
 * office, held by whoever the gazetteer records in it at the piece's date; taken only when the
 * text names that person itself, so an acting stand-in the gazetteer never knew is no one's.
 */
function actingHolder(p: string, d: Discourse): Entity | null {
  if (!ACTING_ROLE.test(p)) return null;
  const office = p.replace(/\b(?:acting|interim|caretaker)\s+/, '');
  const holder = resolveEntityAt(office, d.at);
  if (holder?.kind !== 'person') return null;
  const surname = holder.name.split(/\s+/).pop()!;
  return new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'u').test(d.text) ? holder : null;
}

/** "Ms. Price" is not the Ned Price the gazetteer knows: the title and the recorded gender disagree. */
/** As titleOfOtherGender, with the gender the document has told of the person so far. */
function titleAgainstText(mention: string, entity: Entity, d: Discourse): boolean {
  const titled = genderOf(mention.split(/\s+/).filter((w) => /^(?:Mr|Mrs|Ms|Miss)\.?$/i.test(w)));
  if (!titled) return false;
  d.readPeopleBefore(d.unit);
  const gender = genderOfEntity(entity, d);
  return gender !== null && gender !== titled;
}

function titleOfOtherGender(mention: string, entity: Entity): boolean {
  const known = knownGender(entity);
  if (known === null) return false;
  const titled = genderOf(mention.split(/\s+/).filter((w) => /^(?:Mr|Mrs|Ms|Miss)\.?$/i.test(w)));
  return titled !== null && known !== titled;
}

/**
 * "The spokesperson stressed" after "Spokesperson of the Ministry Aykhan Hajizada said …": the one
 * person the text introduced with that role (or the last speaker, if they hold it), of a gender that fits
 * "spokeswoman"/"spokesman". Null when none, or when two people hold the role.
 */
/** The verb right before whom a speaker told: "told |", "tells |". */
const TOLD_BEFORE = /\b(?:told|tells|telling)\s+$/;

/** How many units back an epithet's person may have been named: the sentence before, or the one before that. */
const EPITHET_REACH = 2;

/** How far either side of a name the words telling a person's kind of work are read. */
const KIND_WINDOW = 120;

/**
 * The person an epithet ("the woman", "the cleric") points back to: the one named in the nearest
 * unit before, within reach, that names a person of its gender; the last speaker when among
 * several there, else the first (the subject). A noun of work needs its kind written by the
 * name. Null, and the epithet is read as before, when the text gave the noun to someone unnamed
 * or names no fitting person near enough.
 */
function personForEpithet(epithet: Epithet, d: Discourse): Entity | null {
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
function unnamedSubjectBefore(d: Discourse): Entity | null {
  const from = sentenceBeforeStart(d);
  const noun = UNNAMED_SUBJECT.exec(d.text.slice(from, d.unitStart).trimStart())?.[1];
  if (!noun) return null;
  d.readPeopleBefore(d.unit);
  if (d.people.some((p) => p.start >= from && p.start < d.unitStart)) return null;
  return { ...textEntity(noun), kind: 'person', role: noun };
}

function lastWithRole(p: string, d: Discourse): Entity | null {
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
function roleHeldBefore(p: string, d: Discourse): boolean {
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
function givenName(word: string, d: Discourse): Entity | null {
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
function namesakeInText(surname: string, d: Discourse): Entity | null {
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
function bothInParagraph(people: readonly Entity[], d: Discourse): boolean {
  const paragraphStart = d.text.lastIndexOf('\n', d.unitStart - 1) + 1;
  const before = d.text.slice(paragraphStart, Math.max(d.speakerAt, d.unitStart));
  return people.filter((e) => before.includes(e.name)).length > 1;
}

/** Two people of one surname written last in one sentence: the surname alone names neither. */
const UNSURE_NAMESAKE: Entity = { id: 'unsure-namesake', name: '', kind: 'person' };

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

/** Capitalised words that open a sentence or a phrase and are no first name: "After Mentarian spoke". */
const NOT_A_FIRST_NAME = new Set([
  'I',
  'He',
  'She',
  'It',
  'We',
  'They',
  'You',
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'After',
  'Before',
  'With',
  'Without',
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
  'Meanwhile',
  'To',
  'Of',
  'That',
  'This',
  'Asked',
  'Speaking',
  'Like',
  'Unlike',
  'Since',
  'During',
]);
/**
 * The full name a surname stands for when the document wrote it out where it was no speaker
 * ("In a phone call with regional governor Anna Mentarian, …"): the first "First Surname" in
 * the text whose first word is a name, not a title.
 */
function fullNameInText(surname: string, d: Discourse): string | null {
  let known = d.fullNames.get(surname);
  if (known === undefined) d.fullNames.set(surname, (known = searchFullNames(surname, d.text)));
  return fullNameForSurname(known, d.unitStart);
}

function searchFullNames(surname: string, text: string): WrittenFullName[] {
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
