import { isPlaceName } from '../../entities/countryNames.ts';
import { privateNamesake } from '../../entities/privateNamesake.ts';
import { officialsOf, resolveEntityAt } from '../../entities/resolve.ts';
import { textEntity, trailingProperName } from '../../entities/textEntity.ts';
import type { Entity } from '../../types.ts';
import { bodyInPlace, organisationOfUnit } from '../bodyInPlace.ts';
import { type DescribedSubject, describedSubjectBetween } from '../describedSubject.ts';
import { epithetOf } from '../epithetBack.ts';
import { karabakhBody } from '../karabakhBody.ts';
import { SPEAKER_NOUN } from '../lexicon.ts';
import { localAuthorities, localPostHolder } from '../localAuthorities.ts';
import { namedBodiesIn } from '../namedBodyBack.ts';
import { FIRM_BACK, namedFirm } from '../namedFirm.ts';
import { otherNamedSubjectBetween } from '../namedSubject.ts';
import { bareNameFirst, nationalBody, writersBareBody } from '../nationalBody.ts';
import { isNounPhrase, tag } from '../nounPhrase.ts';
import { oneOfGroupBefore } from '../oneOfGroup.ts';
import { namedState, otherStateGovernment } from '../otherStates.ts';
import { unqualifiedMinistry } from '../ownOutlet.ts';
import { fitsPronoun, namedTogetherIn } from '../people.ts';
import { voteResolvedPronoun } from '../personGender.ts';
import { framingCity } from '../placeFrame.ts';
import { placeOwnedBody } from '../placeOwned.ts';
import { roleHolderInText } from '../roleHolder.ts';
import { selfGivenName } from '../selfNamed.ts';
import {
  bodyBeforeSemicolon,
  bodyNamedJustBefore,
  bodyOpeningBefore,
  bodyOpeningOwnSentence,
  bodySpokenInParagraph,
  bodySubjectAfterLeadIn,
  bodySubjectBefore,
  brandSpokenInParagraph,
  CAPITAL_START,
  countryNamedBefore,
  documentInView,
  ELLIPTIC_MINISTRY,
  KIN_AND_NAME,
  ministryKindBefore,
  nameAfterPossessiveRole,
  namedInApposition,
  OWNED_KIN,
  onlyStateInSentenceBefore,
  openingNameBefore,
  opensOwnSentence,
  ownedBySubject,
  ownedBySubjectBefore,
  PRONOUN_OPENING,
  personNamedInOwnSentence,
  regionNamedBefore,
  STAND_IN_AFTER,
  STATEMENT_FROM,
  sentenceBefore,
  sentenceBeforeStart,
  THEIR_LEADER,
  textByAuthor,
  UTTERANCE,
} from './bodyBack.ts';
import {
  actingHolder,
  byDefiniteNoun,
  CAPITALISED_CLASS_NOUN,
  holderOfRoleNoun,
  ministryPortfolioInView,
  ministrySpokenFor,
  OWN_BODY_OF,
  outletBack,
  titleAgainstText,
  titleOfOtherGender,
} from './definiteNoun.ts';
import {
  bothInParagraph,
  fullNameInText,
  givenName,
  lastWithRole,
  namesakeInText,
  personForEpithet,
  roleHeldBefore,
  TITLE_CASE_WORD,
  UNSURE_NAMESAKE,
  unnamedSubjectBefore,
} from './namesBack.ts';
import {
  anotherPerson,
  genderOfEntity,
  genderOfMention,
  holderOf,
  lastFitting,
  lastHolderInParagraph,
  lastMentioned,
  lastPersonWithRoleWord,
  namedBefore,
  onlyPersonNamed,
  ownSentenceStart,
  relayerAdds,
  relayerAsSource,
  relayerOfSetOffPronoun,
  sameUnnamedSource,
  saysUnnamed,
  subjectOfSentence,
  unnamedSpeakerSo,
} from './personBack.ts';
import {
  loneSubjectBefore,
  OWNER_POSSESSIVE_ROLE,
  PLURAL_BODY_OPENING,
  peopleListedOpeningBefore,
  peopleOpeningSentenceBefore,
  personSinceBody,
  singularTheyBefore,
} from './pluralBack.ts';
import {
  ADDRESSED_BEFORE,
  aideTakenForOwner,
  BARE_DEFINITE_ROLE,
  bodiesSpoken,
  byRoleRecency,
  isBody,
  NAME_START,
  organisationOpeningSentence,
  PLACE_IN_BEFORE,
  plausibleSpeaker,
  unknownBodyNamedSince,
  untitledSubjectBefore,
} from './roleBack.ts';
import {
  apposedGivenName,
  CAPITALISED_NAME_WORD,
  caseParty,
  INDEFINITE,
  INSIDE_TAIL,
  KIND_THEN_NAME,
  KIND_WORD,
  namedByGivenName,
  officeOfHolder,
  officeOfRole,
  officialsInFramingCity,
  PATRONYMIC,
  personsOffice,
  SELF_NAMED_GENDER,
  speakerPhrase,
  speaking,
  UNNAMED_INTRODUCED,
} from './speakerPhrase.ts';
import { ACCORDING_TO_BEFORE, dataOwner, NAMED_DATA, namesThingAfter, wholePhrase } from './speakerWords.ts';
import type { Discourse, ResolvedSpeaker } from './state.ts';

/** A body named by a capitalised head ("… Ministry of Foreign Affairs", "the Foreign Office"), then a verb. */
const UNKNOWN_BODY_NAMED =
  /\b(?:Ministry|Office|Department|Embassy|Government|Agency|Commission|Committee|Council|Secretariat)\b[^,;]{0,60}\s(?:has|have|had|was|were|is|did|does|said|says|issued|declined)\b/u;

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

function pluralBodyOpeningBefore(d: Discourse): Entity | null {
  const m = PLURAL_BODY_OPENING.exec(sentenceBefore(d));
  if (!m) return null;
  const body = resolveSpeaker(`the ${m[1]}`, d)?.entity;
  return body && body.kind !== 'person' && body.kind !== 'place' ? body : null;
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
      const fits = (e: Entity, at: number) =>
        isBody(e) &&
        !ADDRESSED_BEFORE.test(d.text.slice(Math.max(0, at - 16), at)) &&
        !PLACE_IN_BEFORE.test(d.text.slice(Math.max(0, at - 4), at));
      // "Kenya's Ministry of Foreign Affairs has not …, but a spokesperson told …": a body its own
      // sentence names, and the gazetteer does not know, stands nearer than any body named before.
      const own = ownSentenceStart(d);
      const unknownOwn =
        own < d.speakerAt && UNKNOWN_BODY_NAMED.test(d.text.slice(own, d.speakerAt))
          ? !lastMentioned(d, fits, own)
          : false;
      const owner = unknownOwn ? null : lastMentioned(d, fits, sentenceBeforeStart(d));
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
