import { officialsOf, type RoleDate, resolveEntityAt } from '../../entities/resolve.ts';
import { SPELLED_AGE_PREFIX, textEntity, trailingProperName } from '../../entities/textEntity.ts';
import type { Entity } from '../../types.ts';
import { apposedHolderName, apposedNameThenVerb } from '../apposedHolder.ts';
import { keptPerText } from '../keptPerText.ts';
import { GROUP_PRONOUN, PERSON_PRONOUN, THING_PRONOUN } from '../lexicon.ts';
import { unqualifiedMinistryKind } from '../ownOutlet.ts';
import { framingCity, ownerlessBody } from '../placeFrame.ts';
import { OFFICIALS_OF_STAND_IN, STAND_IN_OWNER } from './bodyBack.ts';
import { OWNED_TEXT } from './roleBack.ts';
import {
  OPENING_MARK,
  ORGANISATION_BACK,
  QUOTED_NAME,
  readSpeakerWords,
  type SpeakerWords,
} from './speakerWords.ts';
import type { Discourse, ResolvedSpeaker } from './state.ts';

/** The pronoun a speaker named themself with: "who gave his name only as", "asked to be identified by her first name". */
export const SELF_NAMED_GENDER =
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
export function apposedGivenName(p: string, d: Discourse, mention: string): Entity | null {
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
export function speaking(
  entity: Entity | null,
  mention: string,
  viaDocument = false,
): ResolvedSpeaker | null {
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
export function caseParty(which: 0 | 1, d: Discourse): Entity | null {
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
export const INSIDE_TAIL = /\s+(?:in|at|inside|within|close to|familiar with)\s.*$/su;
/** A definite description that points back to such a person. */
const UNNAMED_BACK =
  /^the\s+(source|insider|official|diplomat|representative|spokes(?:person|man|woman)|worker|employee|volunteer|doctor|nurse|medic)$/i;
/**
 * An unnamed speaker the text introduces with an indefinite article or "one": "A senior State
 * Department official", "One EU diplomat", "an official of the district administration" (where
 * they serve, after "of").
 */
export const UNNAMED_INTRODUCED =
  /^(?:an?|one|another)\s+(?:[\p{L}-]+\s+){0,4}(?:source|insider|official|diplomat|representative|spokes(?:person|man|woman)|worker|employee|volunteer|doctor|nurse|medic|p(?:a)?ediatrician|surgeon|physician|paramedic)(?:\s+(?:in|at|from)\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}|the\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4})|\s+of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5})?$/iu;

/** An indefinite article or "another" before a role: someone who holds it, not the one named for it. */
export const INDEFINITE = /^(?:an?|another)\s/i;

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
export function officeOfRole(p: string, d: Discourse): Entity {
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
export function officeOfHolder(p: string, holder: Entity, at: RoleDate | null): Entity | null {
  const office = ROLE_OWNED_OFFICE.exec(p);
  if (!office || holder.kind !== 'person') return null;
  const phrase = `${holder.name}'s ${office[1]!.toLowerCase()}`;
  const known = resolveEntityAt(phrase, at);
  return known && known.kind !== 'person' && known.kind !== 'place'
    ? known
    : { ...textEntity(phrase), kind: 'organisation' };
}

/** A person's office, the person named in full; the gazetteer's entry for it when it has one. */
export function personsOffice(p: string): Entity | null {
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
export const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

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

export const speakerPhrase = keptPerText(readSpeakerPhrase);

/** A given name and a Russian patronymic, no surname: "Vladimir Vladimirovich", "Maria Vladimirovna". */
export const PATRONYMIC = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna)$/u;

/** The one person the text named before with this given name and a surname, or null (none, or several). */
export function namedByGivenName(given: string, d: Discourse): Entity | null {
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
export const KIND_THEN_NAME =
  /^(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:news\s+agency|agency|daily|newspaper|weekly|broadcaster|TV\s+channel|channel|news\s+site|website|portal)\s+(\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,2})$/u;

/** A kind word KIND_THEN_NAME needs, found by a plain scan before the anchored pattern is tried. */
export const KIND_WORD = /agency|daily|newspaper|weekly|broadcaster|channel|site|portal/;

/** Plural officials with no place of their own: "Armenian officials", "the local authorities", "the separatists". */
const PLACELESS_OFFICIALS =
  /^(?:the\s+)?(?:(?:local|regional|separatist|ethnic|Armenian|Karabakh|de\s+facto)\s+){0,3}(?:authorities|officials|leaders|separatists)$/i;

/**
 * "In Stepanakert, Armenian officials said", "In Khankendi, the separatists said": plural officials
 * the sentence opens by setting in a city are the authority seated there at that date, as
 * "officials in Stepanakert" are (CONVENTIONS 4); "Armenian" then says whose side, which the seat
 * must agree with. Null when the city seats no authority ("In Goris, local officials said").
 */
export function officialsInFramingCity(p: string, d: Discourse): Entity | null {
  if (!PLACELESS_OFFICIALS.test(p)) return null;
  const city = framingCity(d.text, d.speakerAt);
  if (!city) return null;
  const separatist = /separatist/i.test(p) ? 'separatist ' : '';
  const seat = officialsOf(`${separatist}authorities in ${city}`, d.at);
  if (!seat || (/Armenian/i.test(p) && seat.id !== 'karabakh-authorities' && seat.id !== 'gov-armenia'))
    return null;
  return seat;
}
