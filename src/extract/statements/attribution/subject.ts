import { resolveEntityAt } from '../../entities/resolve.ts';
import { trailingProperName } from '../../entities/textEntity.ts';
import type { Span } from '../../types.ts';
import { apposedNameEnd } from '../apposedName.ts';
import { KeptResults, keptPerText } from '../keptPerText.ts';
import {
  ADVERBIAL_SEGMENT,
  BETWEEN_SUBJECT_AND_VERB,
  LEADING_CONNECTIVE,
  LIST_SEPARATOR,
  PAGE_NOUN,
  RELATIVE_SEGMENT,
  SPEAKER_NOUN,
  TIME_NOUN_SEGMENT,
} from '../lexicon.ts';
import { MASK } from '../mask.ts';
import { isNounPhrase, leadingNounPhrase, tag, trailingNounPhrase } from '../nounPhrase.ts';
import { isTitledHolder } from '../titledHolder.ts';
import { verbGroupStart } from '../verbGroup.ts';
import {
  CAPITAL_START,
  DESCRIPTION_OPENER,
  isApposedName,
  isApposedPair,
  isGivenNameAlone,
  ONE_CAPITALISED_WORD,
  ONE_DESCRIBED,
  PARTITIVE,
  PLURAL_DESCRIPTION,
} from './descriptions.ts';
import { LOWER_CASE_START, NAMED_CONJUNCT, trimSpan, wordCount } from './tail.ts';

interface Segment {
  start: number;
  end: number;
  text: string;
}

export function segments(masked: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let segStart = from;
  for (let i = from; i <= to; i++) {
    const ch = i < to ? masked[i]! : ',';
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    const dash =
      (ch === '-' || ch === '–' || ch === '—') &&
      /\s/.test(masked[i - 1] ?? '') &&
      /\s/.test(masked[i + 1] ?? '');
    // "2,000 supporters": a comma between digits is part of a number.
    const inNumber = ch === ',' && i < to && /\d/.test(masked[i - 1] ?? '') && /\d/.test(masked[i + 1] ?? '');
    if ((ch === ',' || dash) && depth === 0 && !inNumber) {
      const raw = masked.slice(segStart, i);
      const lead = raw.length - raw.trimStart().length;
      out.push({ start: segStart + lead, end: segStart + lead + raw.trim().length, text: raw.trim() });
      segStart = i + 1;
    }
  }
  return out;
}

/** A US party and state after a name: "R-NY", "D-Wis.", "R-Texas". */
const PARTY_TAG = /^\(?[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\)?$/u;

/** A dateline opening wire copy: "BAKU, Sept 21 (Reuters) - ", "WASHINGTON (AP) — ", "GRANADA, Spain—". */
// Some US papers set the wire's dateline off with ">>": "BAKU, Azerbaijan >> A missile …".
// A chronology's date label is one too: "Sept. 25, 2023 - A fuel depot explodes …", "1991-1994 - War breaks out".
// Gulf papers write the city with a colon: "Baku: At least 21 civilians …". Spanish-language wires
// close the credit with a stop before the dash: "STEPANAKERT, Nagorno-Karabakh (apro/AFP).- The …".
// Two cities share one dateline with a slash: "STEPANAKERT/BAKU - Shops …".
export const DATELINE =
  /^\s*(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?:\s+(?=\p{Lu})|(?:\p{Lu}[\p{Lu} .'’/-]+(?:,[^\n(—–]{0,40}?)?\s*(?:\([^)]*\)\.?)?|(?:[*•]\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+)?(?:\d{1,2}(?:[-–]\d{1,2})?,\s+)?\d{4}(?:[-–]\d{2,4})?)\s*(?:[-–—―]{1,2}\s+|[—―](?=\p{Lu})|>>\s+))/u;

/** Kept per segment: subject finding asks about the same segments again and again. */
export const isAdverbial = keptPerText(readIsAdverbial);

function readIsAdverbial(segment: string): boolean {
  // "And on Tuesday": a conjunction before the adverbial leaves it one.
  const text = segment.replace(/^(?:and|but|so|yet|or)\s+(?=\S)/i, '');
  // "Jan Novak from Charles University", "May Ohanyan": a month's word before a capitalised word
  // (no day, no year) is a given name that opens a name, never a time.
  if (GIVEN_NAME_LIKE_MONTH.test(text)) return false;
  return (
    ADVERBIAL_SEGMENT.test(text) ||
    RELATIVE_SEGMENT.test(text) ||
    TIME_NOUN_SEGMENT.test(text) ||
    opensWithParticiple(text) ||
    adverbAlone(text)
  );
}

/**
 * "Afterwards,", "Nonetheless,", "Thereafter,": a fronted word the tagger reads as an adverb is a
 * sentence adverb, set off from the subject by its comma, never a name that opens a list of them.
 */
function adverbAlone(text: string): boolean {
  if (!ONE_CAPITALISED_WORD.test(text)) return false;
  const words = tag(text);
  return words.length === 1 && words[0]!.pos === 'ADV';
}

/** A month's word or abbreviation, written as a name, then another capitalised word: "Jan Šír", "April Ryan". */
const GIVEN_NAME_LIKE_MONTH =
  /^(?:Jan|June|July|April|May|August|Augustine)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}\p{Ll}/u;

const ENDS_WITH_ING_WORD = /(?:^|(?<!['’]s|s['’])\s)\p{Ll}\p{L}*ing$/u;

/**
 * "…, saying (that)": the segment ends with a participle; "on Thursday evening", "Berling" end with
 * nouns, and so does an -ing form owned by a possessive ("familiar with the minister's thinking").
 */
function endsWithParticiple(text: string): boolean {
  if (!ENDS_WITH_ING_WORD.test(text)) return false;
  return tag(text).at(-1)?.pos === 'VERB';
}

const OPENING_PARTICIPLE_AND_NEXT_WORD = /^(\p{L}+(?:ing|ed))\b\s*(\S*)/u;

/** "Speaking to reporters", "asked about it": a participle opens the segment; "Manning" or "Fleming wrote" is a name. */
export function opensWithParticiple(text: string): boolean {
  const m = OPENING_PARTICIPLE_AND_NEXT_WORD.exec(text);
  return !!m && (LOWER_CASE_START.test(m[1]!) || LOWER_CASE_START.test(m[2]!));
}

const LAST_LOWER_CASE_WORD = /(\p{Ll}+)\s*$/u;

/**
 * The subject of a verb at `verbAt`, from the clause text before it: the segment just before the
 * verb, or when a parenthetical comes between ("Aliyev, during a call with Blinken, said") the
 * first segment that is not an adverbial ("In a separate statement, Miller said").
 */
/** The subject of the verb that ends right before `at` ("Hajizada dismissed| what he called …"). */
export function subjectOfVerbBefore(masked: string, from: number, at: number): Span | null {
  const verb = LAST_LOWER_CASE_WORD.exec(masked.slice(from, at));
  return verb ? subjectBefore(masked, from, from + verb.index) : null;
}

/**
 * "The market reopened on Monday; the court said": a subject never runs back across a semicolon,
 * which closes the clause before it. One inside brackets ("Aliyev (then premier; later president)
 * said") is no boundary of the verb's clause.
 */
export function afterLastSemicolon(masked: string, from: number, to: number): number {
  let depth = 0;
  for (let i = to - 1; i >= from; i--) {
    const c = masked.charCodeAt(i);
    if (c === 41) depth++;
    else if (c === 40) depth = Math.max(0, depth - 1);
    else if (c === 59 && depth === 0) return i + 1;
  }
  return from;
}

/**
 * The subject before a speech verb. It is read off the words from the clause's start to the verb
 * alone (with the character before them and a few after, which its boundary tests look at), and
 * the same lead-ins ("Kremlin spokesman Dmitry Peskov said", "the ministry said in a statement")
 * open sentence after sentence across documents: each is read once, kept from the clause's start.
 */
export function subjectBefore(masked: string, from: number, verbAt: number): Span | null {
  // The words up to the verb's first letters are the key as they are (a slice, never copied into
  // a longer string); the character before and where the verb starts tell readings of them apart.
  const words = masked.slice(from, verbAt + 3);
  const before = from === 0 ? -1 : masked.charCodeAt(from - 1);
  const at = verbAt - from;
  let readings = subjectsRead.get(words);
  let kept = readings?.find((r) => r.before === before && r.at === at)?.span;
  if (kept === undefined) {
    const read = readSubjectBefore(masked, from, verbAt);
    kept = read && { start: read.start - from, end: read.end - from };
    if (!readings) subjectsRead.set(words, (readings = []));
    readings.push({ before, at, span: kept });
  }
  return kept && { start: kept.start + from, end: kept.end + from };
}

const subjectsRead = new KeptResults<{ before: number; at: number; span: Span | null }[]>();

const PARENTHESIS_THEN_CAPITAL = /^\(\p{Lu}/u;
const SPACE_THEN_LOWER_CASE = /\s\p{Ll}/u;
const ANY_CAPITAL = /\p{Lu}/u;
const IN_OR_FROM_PLACE = /^(?:In|From)\s+(\p{Lu}[\p{L}-]+)$/u;
const INDEFINITE_THEN_LOWER_CASE = /^(?:an?)\s+\p{Ll}/u;
const SPACE_THEN_LOWER_CASE_START = /^\s*\p{Ll}/u;

/**
 * "A joint statement issued Sunday by the governments of France, …": a text and the first of the
 * list of its authors; the time between participle and "by" makes it no clause.
 */
const TEXT_BY_FIRST_NAMED =
  /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|communiqu[eé]|declaration|release)\s+(?:issued|released|published|signed|adopted)\s+(?:[\p{L}\d]+\s+){0,3}by\s+(?:the\s+)?(?:governments?\s+of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}$/u;

/** "then" first among the adverbs before a verb: " then announced", " then later said". */
const THEN_FIRST = /^\s+then(?!\p{L})/u;

function readSubjectBefore(masked: string, from: number, verbAt: number): Span | null {
  let start = from;
  const dateline = DATELINE.exec(masked.slice(from, verbAt));
  if (dateline) start += dateline[0].length;
  // "(He says the border is safe.)": a sentence set in brackets opens with its subject all the same.
  else if (masked.charCodeAt(from) === 40 && PARENTHESIS_THEN_CAPITAL.test(masked.slice(from, from + 2)))
    start++;
  start = afterLastSemicolon(masked, start, verbAt);
  let end = verbAt;
  // The words before the verb end with a space: "Blinken has also |said".
  const before = masked.slice(start, end).trimEnd();
  const between = BETWEEN_SUBJECT_AND_VERB.exec(before);
  if (between) end = start + before.length - between[0].length;
  // "He gave the government an hour, then announced": "then" after a comma joins a second verb
  // to the clause before it, as "and" does; that clause's subject says it.
  const thenJoined =
    between !== null &&
    THEN_FIRST.test(between[0]) &&
    before.slice(0, before.length - between[0].length).endsWith(',');
  const group = verbGroupStart(masked.slice(start, end).trimEnd());
  if (group !== null) end = start + group;
  const parts = segments(masked, start, end);
  // "Rep. Chris Collins, R-NY, says": a party and state tag is no subject of its own.
  if (parts.length > 1 && PARTY_TAG.test(parts[parts.length - 1]!.text)) parts.pop();
  const last = parts[parts.length - 1];
  if (!last) return null;
  // "The envoy folded his notes, and then said", "The minister did not name them, but told": a second
  // verb joined to the first clause has that clause's subject.
  if (
    parts.length > 1 &&
    /^(?:and|but)?$/i.test(` ${last.text}`.replace(BETWEEN_SUBJECT_AND_VERB, '').trim()) &&
    (last.text || thenJoined)
  ) {
    // "Grassley downplayed the attack — something that has split the party — and said": an aside
    // set off by dashes is no clause of its own; the clause before it goes on.
    dropDashAsideBeforeLast(masked, parts);
    // Only the clause right before: after "…, which is inhabited by …, and declared" the verb may be the relative's.
    let clause = parts[parts.length - 2]!;
    if (!clause.text || isAdverbial(clause.text)) return null;
    if (parts.some((p) => RELATIVE_SEGMENT.test(p.text))) {
      // "Clinton, who was speaking to the mayors, did not name him, but told": a relative closed
      // before the main predicate; the subject before the relative says the second verb too.
      if (!opensWithPredicate(clause.text) || !RELATIVE_SEGMENT.test(parts[parts.length - 3]?.text ?? ''))
        return null;
      const lent = participleSubject(masked, parts.slice(0, -1));
      return lent && namesSomeone(masked.slice(lent.start, lent.end)) ? lent : null;
    }
    // "Borrell spoke with the prime minister, Nikol Pashinyan, and said": a name after a clause is
    // in apposition to its object; the clause's subject says the second verb.
    const before = parts.length > 2 ? parts[parts.length - 3]! : null;
    const apposedToObject =
      before?.text &&
      !isAdverbial(before.text) &&
      !isNounPhrase(before.text) &&
      SPACE_THEN_LOWER_CASE.test(before.text);
    if (isNounPhrase(clause.text) && !apposedToObject) return { start: clause.start, end: clause.end };
    if (apposedToObject) clause = before;
    // The first clause's subject is said to speak only when it names someone ("The bickering …, and said" names no one).
    const lent = clauseSubject(masked, clause);
    return lent && namesSomeone(masked.slice(lent.start, lent.end)) ? lent : null;
  }
  // "Humphrey, who calls Trump a “sociopath,” said": the relative clause closed inside the quote.
  if (
    parts.length > 1 &&
    RELATIVE_SEGMENT.test(last.text) &&
    last.text.endsWith(MASK) &&
    isNounPhrase(parts[parts.length - 2]!.text)
  ) {
    const named = parts[parts.length - 2]!;
    return { start: named.start, end: named.end };
  }
  // "Trump, the star of “The Apprentice,” said", "Aliyev, in an interview with “Al Arabiya,” said":
  // a description or a setting closed by the comma inside the quote; the name before it speaks.
  if (
    parts.length > 1 &&
    last.text.endsWith(MASK) &&
    (DESCRIPTION_OPENER.test(last.text) || SETTING_SET_OFF.test(last.text)) &&
    CAPITALISED_WORDS.test(parts[parts.length - 2]!.text)
  ) {
    const named = parts[parts.length - 2]!;
    return { start: named.start, end: named.end };
  }
  // "Gary Emineth, a former chairman, became a delegate and said": the subject of the first verb.
  if (parts.length > 1 && /\s(?:and|but)$/.test(last.text) && leadingNounPhrase(last.text) === null) {
    const at = parts.findIndex((p, i) => i < parts.length - 1 && p.text && !isAdverbial(p.text));
    const subject = at >= 0 ? parts[at]! : null;
    if (
      subject &&
      isNounPhrase(subject.text) &&
      ANY_CAPITAL.test(subject.text.replace(/^(?:The|A|An)\s/, ''))
    )
      return { start: subject.start, end: apposedNameEnd(parts, at) ?? subject.end };
  }
  if (last.text) {
    // "…, saying": a participle is no subject; a name that ends so ("Berling", "Xi Jinping") is.
    if (
      (RELATIVE_SEGMENT.test(last.text) &&
        !SUBORDINATOR_BEFORE_NAME.test(last.text) &&
        !SUBORDINATOR_BEFORE_PRONOUN.test(last.text) &&
        !subordinatorBeforeNounPhrase(last.text)) ||
      endsWithParticiple(last.text)
    )
      return null;
    // "In Yerevan, they reported": the seat of a government speaks for it.
    const seat =
      /^(?:they|officials)$/i.test(last.text) && parts.length > 1
        ? IN_OR_FROM_PLACE.exec(parts[parts.length - 2]!.text)
        : null;
    const government = seat ? resolveEntityAt(seat[1]!) : null;
    if (seat && government && government.kind === 'government') {
      const at = parts[parts.length - 2]!.start + seat[0].length - seat[1]!.length;
      return { start: at, end: at + seat[1]!.length };
    }
    const lead = LEADING_CONNECTIVE.exec(last.text)?.[0].length ?? 0;
    // "The United States, Russia and the European Union called": a list of names is the subject.
    let first = parts.length - 1;
    // "…, in which the governments of the United States, Armenia and Azerbaijan said": a relative's or
    // subordinate clause's opening before the list's first item opens the clause; the list stops there.
    let opening = 0;
    // "…, but Armenia and Azerbaijan said": a connective opens a clause of its own; no list runs back across it.
    while (
      first > 0 &&
      opening === 0 &&
      lead === 0 &&
      /\band\b/.test(last.text) &&
      !/^but\s/i.test(last.text)
    ) {
      const before = parts[first - 1]!.text;
      const opened = CLAUSE_OPENING_BEFORE_LIST.exec(before)?.[0].length ?? 0;
      const item = before.slice(opened);
      if (
        // "…, the United States, Armenia and Azerbaijan said": a name may open on "the", and so may
        // the plural head the names are of ("In a joint statement, the governments of the United States, …").
        !(CAPITAL_START.test(item) || THE_NAME_START.test(item) || HEADS_OF_NAME.test(item)) ||
        isAdverbial(item) ||
        // "He met Ali in Louisville, and Nicklaus said": a clause before "and" is no name in the list.
        !(isNounPhrase(item) || TEXT_BY_FIRST_NAMED.test(item)) ||
        (opened > 0 && !HEADS_OF_NAME.test(item))
      )
        break;
      opening = opened;
      first--;
    }
    const startAt = first < parts.length - 1 ? parts[first]!.start + opening : last.start + lead;
    return startAt < last.end ? narrowSubject(masked, { start: startAt, end: last.end }) : null;
  }
  // "A truce took effect, the council's secretary, Armen Petrosyan, announced": after a clause,
  // the name in apposition to the description right before the verb spoke.
  const named = parts[parts.length - 2];
  const description = parts[parts.length - 3];
  if (
    parts.length >= 4 &&
    named?.text &&
    description?.text &&
    DESCRIPTION_OPENER.test(description.text) &&
    isApposedName(named.text) &&
    isNounPhrase(description.text)
  )
    return { start: named.start, end: named.end };
  // "It was no accident — Brendan Buck, a spokesman, told": a clause closed by a dash is the writer's lead-in.
  const clauseBeforeDash = (p: Segment) =>
    /^\s*[—–-]/.test(masked.slice(p.end, p.end + 3)) && !isNounPhrase(p.text);
  const at = parts.findIndex(
    (p, i) =>
      i < parts.length - 1 &&
      p.text &&
      !isAdverbial(p.text) &&
      !clauseBeforeDash(p) &&
      !placeAppositive(parts, i) &&
      !(placeOfPlace(parts, i) && placeAppositive(parts, i + 1)),
  );
  if (at < 0) return null;
  const timedName = at > 0 ? timeThenName(parts[at - 1]!) : null;
  // "On Monday Luis Moreno Ocampo, the former chief prosecutor, published": a time adverbial with no
  // comma before the name leaves the name the subject; the description after it is in apposition.
  if (timedName && at === 1 && DESCRIPTION_OPENER.test(parts[at]!.text)) return timedName;
  const subject = parts[at]!;
  // "Russia, France and the United States, co-chairs of the Minsk Group, said": the list, its last
  // name joined by "and", is the subject; the description after it is of them all.
  const listEnd = namedListEnd(parts, at);
  if (listEnd !== null) return { start: subject.start, end: parts[listEnd]!.end };
  // "The contingent's commander, Lieutenant General Rustam Muradov, told": a name in apposition to a description is who spoke.
  const apposed = at < parts.length - 2 ? parts[at + 1]! : null;
  if (apposed && DESCRIPTION_OPENER.test(subject.text) && isApposedName(apposed.text))
    return { start: apposed.start, end: apposed.end };
  // "The two co-presidents of the council, Anna Melikian and Paul Sarkis, said", "Two of the
  // organisers, A and B, told": a plural description in apposition to two names is those two.
  if (apposed && PLURAL_DESCRIPTION.test(subject.text) && isApposedPair(apposed.text))
    return { start: apposed.start, end: apposed.end };
  // "The council's rotating president, the United States, said": a state in apposition to the
  // role it holds is who spoke, never a person holding a like-named office.
  if (apposed && DESCRIPTION_OPENER.test(subject.text) && apposedState(apposed.text))
    return { start: apposed.start, end: apposed.end };
  // "One of them, Lilit, a student who came to help, says", "One of the mothers, Ruzanna, who …,
  // said": a given name alone set off after an indefinite or partitive description is who it is.
  if (apposed && ONE_DESCRIBED.test(subject.text) && isGivenNameAlone(apposed.text))
    return { start: apposed.start, end: apposed.end };
  // "One of the protesters, a student named Lilit, told": the description that names them is who it is.
  if (apposed && ONE_DESCRIBED.test(subject.text) && NAMED_DESCRIPTION.test(apposed.text))
    return { start: apposed.start, end: apposed.end };
  if (apposed && isTitledHolder(subject.text, apposed.text))
    return { start: apposed.start, end: apposed.end };
  // "One of them, Artur Khachikyan of the Hayastan bloc, said": the name before what it is of.
  const nameOf = apposed && DESCRIPTION_OPENER.test(subject.text) ? NAME_OF.exec(apposed.text) : null;
  if (nameOf && isApposedName(nameOf[1]!)) {
    const from = apposed!.start + apposed!.text.indexOf(nameOf[1]!);
    return { start: from, end: from + nameOf[1]!.length };
  }
  // "One of them, a shopkeeper whose son was hurt, said": the description says who "one" is.
  if (apposed && PARTITIVE.test(subject.text) && INDEFINITE_THEN_LOWER_CASE.test(apposed.text))
    return { start: apposed.start, end: apposed.end };
  return { start: subject.start, end: subject.end };
}

/**
 * Drops the segments of an aside that dashes set off right before the last segment ("… — something
 * that has split the party — and said"); nothing when no dash closes the segment before the last
 * or none opens it within three segments.
 */
function dropDashAsideBeforeLast(masked: string, parts: Segment[]): void {
  const closing = parts.length - 2;
  if (closing < 1 || !DASH_AFTER.test(masked.slice(parts[closing]!.end, parts[closing]!.end + 3))) return;
  for (let opening = closing; opening >= Math.max(1, closing - 2); opening--) {
    const at = parts[opening]!.start;
    if (DASH_BEFORE.test(masked.slice(Math.max(0, at - 3), at))) {
      parts.splice(opening, closing - opening + 1);
      return;
    }
  }
}

const DASH_AFTER = /^\s*[—–-]\s/;
const DASH_BEFORE = /\s[—–-]\s*$/;

/** A subject that names someone: a name, a person's pronoun, a noun for people who speak. */
function namesSomeone(words: string): boolean {
  return (
    ANY_CAPITAL.test(words.replace(/^(?:The|A|An)\s/, '')) ||
    /^(?:he|she|they)$/i.test(words) ||
    SPEAKER_NOUN.test(words)
  );
}

const TIME_THEN_NAME =
  /^(?:(?:On|Last|This|Late|Early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night)|Yesterday|Today|Earlier|Later)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u;

/** The name a segment holds after the time it opens with ("On Monday Luis Moreno Ocampo"), or null. */
function timeThenName(part: Segment): Span | null {
  const name = TIME_THEN_NAME.exec(part.text)?.[1];
  if (!name || !isApposedName(name)) return null;
  const from = part.start + part.text.length - name.length;
  return { start: from, end: from + name.length };
}

/** "in which |", "when |": what opens a clause before a list of names that is its subject. */
const CLAUSE_OPENING_BEFORE_LIST =
  /^(?:(?:in|under|by|with|through|during|after|at|on)\s+which|when|where|while|as|after)\s+/i;

/** A named noun phrase with no "and" in it: one item of a comma list ("Russia", "the United States"). */
const THE_NAME_START = /^the\s+\p{Lu}/u;
/** The plural head a list of states is of, with its first state: "the governments of the United States". */
const HEADS_OF_NAME =
  /^the\s+(?:[\p{Ll}-]+\s+){0,2}(?:ministries|ministers|governments|presidents|leaders|delegations)\s+of\s+(?:the\s+)?\p{Lu}/u;

function isNamedItem(text: string): boolean {
  return NAMED_CONJUNCT.test(text) && !/\sand\s/.test(text) && isNounPhrase(text);
}

/**
 * Where a comma list of names that starts at `at` ends: the segment whose last item is joined by
 * "and" ("Russia|, France and the United States|"), when a description set off by commas follows
 * it right before the verb ("|, co-chairs of the Minsk Group,| said"). Null for any other parts.
 */
function namedListEnd(parts: readonly Segment[], at: number): number | null {
  if (!isNamedItem(parts[at]!.text)) return null;
  for (let k = at + 1; k < parts.length - 2; k++) {
    const text = parts[k]!.text;
    if (!/\sand\s/.test(text)) {
      if (isNamedItem(text)) continue;
      return null;
    }
    if (!text.split(LIST_SEPARATOR).every(isNamedItem)) return null;
    // Only a description of them all may stand between the list and its verb.
    const after = parts.slice(k + 1);
    const last = after.pop()!;
    if (last.text || after.length !== 1) return null;
    const description = after[0]!.text;
    return LOWER_CASE_START.test(description) && isNounPhrase(description) ? k : null;
  }
  return null;
}

/** Lower-case words that open a noun phrase of its own ("the", "his"): what follows is no apposition. */
const DETERMINER_START =
  /^\s*(?:the|a|an|one|another|his|her|its|their|our|my|some|several|many|most|both|each|two|three)\s/;

/**
 * "In Sydney, home to most of the community, Nareg Boyadjian said": a bare lower-case phrase after
 * a place says what the place is, and a name follows it; it is no one who speaks.
 */
function placeAppositive(parts: readonly Segment[], i: number): boolean {
  const p = parts[i]!;
  const next = parts[i + 1];
  return (
    i > 0 &&
    (isAdverbial(parts[i - 1]!.text) || placeOfPlace(parts, i - 1)) &&
    SPACE_THEN_LOWER_CASE_START.test(p.text) &&
    !DETERMINER_START.test(p.text) &&
    next !== undefined &&
    isApposedName(next.text)
  );
}

const SHORT_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** A state the gazetteer knows, named alone: "France", "the United States". */
function apposedState(text: string): boolean {
  return SHORT_NAME.test(text) && resolveEntityAt(text)?.kind === 'government';
}

/** A place adverbial that names a town: "In Glendale", "At Goris". */
const IN_NAMED_PLACE = /^(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside)\s+\p{Lu}/u;
const PLACE_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/**
 * "In Glendale, California, home to a large community, Raffi Kassabian said": the state or
 * country after a town's adverbial is part of it, when a description of the place and a name
 * follow it; the name spoke, not the place.
 */
function placeOfPlace(parts: readonly Segment[], i: number): boolean {
  return (
    i > 0 &&
    PLACE_WORDS.test(parts[i]!.text) &&
    IN_NAMED_PLACE.test(parts[i - 1]!.text) &&
    isAdverbial(parts[i - 1]!.text)
  );
}

/** "a student named Lilit": an indefinite description that gives the person's name. */
const NAMED_DESCRIPTION =
  /^(?:an?|one|another)\s+(?:[\p{Ll}\d-]+\s+){1,3}?(?:named|called)\s+\p{Lu}\p{Ll}+$/u;

/** A name and what it is of or from: "Artur Khachikyan of the Hayastan bloc". */
const NAME_OF = /^\s*(\p{Lu}[^,]*?)\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[^,]*$/u;

/** A setting set off after a name: "speaking on the program …", "in an interview with …". */
const SETTING_SET_OFF = /^(?:speaking|writing|in|on|at|during)\s/;

/** A name alone, in one to four capitalised words: "Trump", "Nikol Pashinyan". */
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+$/u;

const PRONOUN_BEFORE_LOWER_CASE_WORD = /^(?:he|she|they)(?=\s+\p{Ll})/iu;

/** The subject a clause opens with: a pronoun ("He shook hands") or its leading noun phrase; null if neither. */
function clauseSubject(masked: string, clause: Segment): Span | null {
  const pronoun = PRONOUN_BEFORE_LOWER_CASE_WORD.exec(clause.text);
  if (pronoun) return { start: clause.start, end: clause.start + pronoun[0].length };
  // "The Facebook page “Caucasus Truth” published …": the quoted name (masked) is read as a name.
  const quoted = QUOTED_NAME_OPENING.exec(clause.text);
  const words = quoted
    ? clause.text.slice(0, quoted[0].length - quoted[1]!.length) +
      'N'.padEnd(quoted[1]!.length, 'n') +
      clause.text.slice(quoted[0].length)
    : clause.text;
  const np = leadingNounPhrase(words);
  return np ? trimSpan(masked, clause.start, clause.start + np) : null;
}

/** A page, channel or account, then its name in quotes (masked): "the Telegram channel “Rybar”". */
const QUOTED_NAME_OPENING = new RegExp(
  `^(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?${PAGE_NOUN}\\s+(${MASK}+)`,
  'iu',
);

/**
 * "as the foundation's website (notes)", "When an NBC reporter (asked)": a subordinator before a
 * noun phrase whose verb is the saying. Not "if" (a condition says nothing) nor words that are
 * prepositions too ("After the vote Trump said": the vote is no speaker).
 */
export function subordinatorBeforeNounPhrase(text: string): RegExpExecArray | null {
  const m = /^(?:when|while|as|although|though|because|whereas)\s+(?=\S)/i.exec(text);
  return m && isNounPhrase(text.slice(m[0].length)) ? m : null;
}

/** A relative clause's opening, with any preposition: "which", "under which", "of whom". */
/**
 * A subordinate clause's opening: a concession ("although"), or a condition ("if", "unless", or
 * "should" inverted: "…, should Yerevan ask for it"). Its verb is never the attribution of the clause before.
 */
export const CONCESSIVE_OPENING = /^\s*(?:although|though|even though|whereas|while|if|unless|should)\s/i;

export const RELATIVE_OPENING =
  /^\s*(?:(?:under|in|by|with|through|after|during|for|of|to|from|on|at)\s+)?(?:which|who|whom|whose)\b/i;

export const RELATIVE_BEFORE_SUBJECT =
  /,\s*(?:(?:under|in|by|with|through|after|during|for|of|to|from|on|at)\s+)?(?:which|whom|whose)\s+[^,\u2591]*$/i;

export const SUBORDINATOR_BEFORE_NAME =
  /^(?:While|When|As|After|Before|Because|Although|Though|If|Since|Once|Whereas)\s+(?=\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$)/u;

/**
 * "Although he said …,", "…, though she added that …", "…, where he said …": a pronoun subject
 * after a subordinator says what follows, up to the clause's end. Not "if" or "unless": a
 * condition reports no saying.
 */
export const SUBORDINATOR_BEFORE_PRONOUN =
  /^(?:[Ww]hile|[Ww]hen|[Aa]s|[Aa]fter|[Bb]efore|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ss]ince|[Ww]hereas|(?:[Ee]ven\s+)?[Tt]hough|where)\s+(?:he|she|they|it)$/;

/** A name at the end of a segment, with the title words just before it: "Sen. Elizabeth Warren". */
const TRAILING_NAME = /(?:(?:\p{Lu}[\p{L}’'-]*\.?|of)\s+)*\p{Lu}[\p{L}’'-]+$/u;

const CONJUNCTION_THEN_SUBJECT_AT_END =
  /\s\p{Ll}[\p{L}'’-]*,?\s(?:and|but|so)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|he|she|they)$/u;

/** A lapse of time before a subject: "days after", "two weeks before", "only hours after", "shortly after". */
const TIME_LAPSE_BEFORE_SUBJECT =
  /^(?:(?:only|just|barely|some|about|nearly|almost)\s+)?(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|\d{1,3})\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)|moments|shortly|soon|hours|days|weeks)\s+(?:after|before)\s+(?=(?:the|a|an|his|her|its|their)\s|\p{Lu})/iu;

/** Words of a clause, then "while", "as" or "whereas": "houses were damaged while (the ministry)". */
const CLAUSE_THEN_SUBORDINATOR = /\S\s+(?:while|as|whereas)\s+$/i;

/**
 * The subject inside a segment that opens with something else, when no comma tells them apart:
 * "Saturday at the party convention Sen. Elizabeth Warren" → "Sen. Elizabeth Warren"; "Listing
 * his business ventures she" → "she"; "In a Bloomberg interview Trump" → "Trump".
 */
const SUBORDINATOR_THEN_IT = /(?:^|\s)(?:where|while|whereas|although|though|because|since|when)\s+it$/i;

function narrowSubject(masked: string, whole: Span): Span | null {
  // "Frustration with police: Civil rights activists say": a label before a colon is no subject.
  const colon = masked.slice(whole.start, whole.end).lastIndexOf(': ');
  const span = colon >= 0 ? { start: whole.start + colon + 2, end: whole.end } : whole;
  const text = masked.slice(span.start, span.end);
  // "…, days after the government (announced)": how long after is no one; the subject follows.
  const lapse = TIME_LAPSE_BEFORE_SUBJECT.exec(text);
  if (lapse && lapse[0].length < text.length) return { start: span.start + lapse[0].length, end: span.end };
  const pronoun = /\s(?:he|she|they|we|I)$/u.exec(text);
  if (pronoun) return { start: span.end - pronoun[0].length + 1, end: span.end };
  // "…, where it said …", "…, while it says …": after a subordinator "it" is the clause's subject, a
  // body named before; elsewhere a trailing "it" is more often an object than who spoke.
  if (SUBORDINATOR_THEN_IT.test(text)) return { start: span.end - 2, end: span.end };
  // "Wilson praised Rubio's positions and said": the subject of the first verb says the second.
  if (/\s(?:and|but)$/.test(text)) {
    const lead = clauseSubject(masked, { start: span.start, end: span.end, text });
    if (lead) return lead;
  }
  // "the Free Trade Agreement and", "another mining company that": a subject cut short names no one.
  if (/\s(?:and|or|but|that|which|who|whose)$/i.test(text)) return null;
  if (!isAdverbial(text)) {
    // "The agreement came hours after officials said": the clause's last noun phrase is the subject.
    if (wordCount(text) < 3 || isNounPhrase(text.replace(/\s+(?:who|whom|whose|which)\b.*$/su, '')))
      return span;
    // "a villager asked for a handshake and Pashinyan (said)": a clause, then a subject of its own.
    const joined = CONJUNCTION_THEN_SUBJECT_AT_END.exec(text);
    if (joined) return { start: span.end - joined[1]!.length, end: span.end };
    const np = trailingNounPhrase(text);
    if (np === null) return span;
    // "The soldiers deployed there since March 2021 (said)": a time after "since", "after" or
    // "before" is that preposition's object, never the subject of a clause of its own.
    if (!TIME_PHRASE.test(text.slice(np))) return { start: span.start + np, end: span.end };
    const head = reducedRelativeHead(text);
    return head === null ? span : { start: span.start, end: span.start + head };
  }
  // "…, in which the Office of … and the Administration of the President of … (said)": the relative
  // opens the clause; the whole noun phrase after it is the subject, not the last name in it.
  const relative = PREPOSITION_WHICH.exec(text);
  if (relative && isNounPhrase(text.slice(relative[0].length).split(/\s+and\s+/)[0]!))
    return { start: span.start + relative[0].length, end: span.end };
  // "On December 7 the Office of … and the Administration of … (announced)": a date fronted with
  // no comma, then the whole subject (not just its last name).
  const dated = FRONTED_DATE.exec(text);
  if (dated && isNounPhrase(text.slice(dated[0].length).split(/\s+and\s+/)[0]!))
    return { start: span.start + dated[0].length, end: span.end };
  // "While Ramos (said)", "Though Senator Ana Ruiz (said)": a subordinator before a name.
  const subordinate = SUBORDINATOR_BEFORE_NAME.exec(text) ?? subordinatorBeforeNounPhrase(text);
  if (subordinate) return { start: span.start + subordinate[0].length, end: span.end };
  // "Nearly 2,783 houses were damaged while the ministry (said)": an adverb opening a clause of its
  // own, then "while", "as" or "whereas" and a noun phrase; that noun phrase is the saying verb's
  // subject. A subject never holds a finite verb of its own clause.
  const subordinated = trailingNounPhrase(text);
  if (
    subordinated !== null &&
    CLAUSE_THEN_SUBORDINATOR.test(text.slice(0, subordinated)) &&
    !TIME_PHRASE.test(text.slice(subordinated))
  )
    return { start: span.start + subordinated, end: span.end };
  const name = TRAILING_NAME.exec(text);
  if (!name || name.index === 0 || !/\s$/.test(text.slice(0, name.index))) return span;
  // The words before the name hold a lower-case word: they are the adverbial, the name the subject.
  if (!SPACE_THEN_LOWER_CASE.test(` ${text.slice(0, name.index)}`)) return span;
  return { start: span.start + name.index, end: span.end };
}

/** A relative clause's opening, a preposition and "which": "in which |", "under which |". */
const PREPOSITION_WHICH = /^(?:in|under|by|with|through|during|after|at|on)\s+which\s+/i;

const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.';
const TIME_WORDS =
  'the|early|late|mid|last|this|next|of|end|start|beginning|middle|morning|afternoon|evening|night|' +
  'day|week|month|year|spring|summer|autumn|fall|winter|' +
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A phrase of time words only: "March 2021", "early May", "last week", "the 1990s", "Monday night". */
const TIME_PHRASE = new RegExp(
  `^(?:(?:${TIME_WORDS}|${MONTH}|\\d{1,4}(?:s|st|nd|rd|th)?|\\d{4}['’]s),?(?:\\s+|-|$))+$`,
  'i',
);

const PAST_PARTICIPLE_THEN_PREPOSITION =
  /^\s+\p{Ll}+ed\s+(?:in|on|at|to|by|from|along|near|since|across|inside|outside|around|for|with|under|over)\s/u;

/**
 * "The Russian peacekeepers deployed in the area since 2020 (said)": a noun phrase, then a past
 * participle that opens a reduced relative clause about it. The noun phrase is the subject, as
 * its length; null for any other shape.
 */
function reducedRelativeHead(text: string): number | null {
  const np = leadingNounPhrase(text);
  if (np === null) return null;
  return PAST_PARTICIPLE_THEN_PREPOSITION.test(text.slice(np)) ? np : null;
}

/** A date fronted with no comma before the subject: "On December 7 the …", "In March Baku …". */
const FRONTED_DATE =
  /^(?:[Oo]n|[Ii]n|[Bb]y|[Ll]ate|[Ee]arly|[Ll]ast)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,4}(?:st|nd|rd|th)?|of|week|month|night|morning),?\s+){1,4}(?=\p{Lu}|the\s)/u;

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A time phrase right after a speech verb: "said Tuesday", "said on Friday night", "said last week". */
/** A day of a month as news copy writes it: "Sept. 28", "Jan. 1, 2024", "September 28". */
const MONTH_DAY =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)\\s+\\d{1,2}(?:,\\s+\\d{4})?';
export const TIME_AFTER_VERB = new RegExp(
  `^,?\\s+(?:(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:on\\s+)?${MONTH_DAY}|(?:earlier|later)\\s+(?:this|that)\\s+(?:week|month|year)|` +
    `(?:last|this|next)\\s+(?:week|month|year|night|${WEEKDAY})|(?:yesterday|today|tonight|recently|earlier|later)(?:\\s+(?:morning|afternoon|evening))?|` +
    // "has said for weeks he …", "said repeatedly the talks …": how long or how often, not what was said.
    `for\\s+(?:(?:the\\s+)?(?:past|last)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?|(?:several|many|a\\s+few)\\s+)?(?:days|weeks|months|years|decades)|` +
    `(?:repeatedly|again|publicly|privately|previously|often|frequently|consistently|flatly|bluntly|openly)|` +
    // "said in October it had sent …", "said in March 2023 the …": a month or year, then a subject.
    `in\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?|\\d{4})` +
    `(?=\\s+(?:he|she|they|it|we|the|his|her|their|its|this|\\p{Lu}[\\p{L}'’-]*\\s+\\p{Ll})))` +
    '(?=[\\s,])(?!\\s*(?:[.;:]|$))',
  'u',
);

export function participleSubject(masked: string, parts: readonly Segment[]): Span | null {
  let verbLed = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if (!part.text || RELATIVE_SEGMENT.test(part.text)) continue;
    if (verbLed) {
      // "X stood at the pulpit, and, citing Exodus, endorsed Y, urging …": a clause before has the subject.
      const clause = !isAdverbial(part.text) && clauseSubject(masked, part);
      if (clause) return clause;
      if (isAdverbial(part.text) || !isNounPhrase(part.text.replace(LEADING_CONNECTIVE, ''))) continue;
      // Back to the first noun phrase of a run: a name and its appositives.
      let first = i;
      while (
        first > 0 &&
        parts[first - 1]!.text &&
        isNounPhrase(parts[first - 1]!.text.replace(LEADING_CONNECTIVE, ''))
      )
        first--;
      // "… in Burlington, Iowa": a noun phrase run that ends a clause before it belongs to that clause.
      const before = parts[first - 1];
      const owner = before?.text && !isAdverbial(before.text) ? clauseSubject(masked, before) : null;
      if (owner) return owner;
      const subject = parts[first]!;
      const lead = LEADING_CONNECTIVE.exec(subject.text)?.[0].length ?? 0;
      const apposed = first < i ? parts[first + 1]! : null;
      const named = apposed ? trailingProperName(apposed.text) : null;
      if (apposed && DESCRIPTION_OPENER.test(subject.text.slice(lead)) && named?.name.includes(' '))
        return { start: apposed.start, end: apposed.end };
      return { start: subject.start + lead, end: subject.end };
    }
    // "She escalated her criticism, telling CNN …": a pronoun subject speaks too.
    const subject = clauseSubject(masked, part);
    if (subject) return subject;
    const hung = i > 0 ? hungOnClauseBefore(masked, parts, i) : null;
    if (hung) return hung;
    // A predicate after a name ("Huma Abedin, an aide, emailed …"); at the start, an opener ("Asked about it").
    if (i > 0 && opensWithPredicate(part.text)) verbLed = true;
    else if (!isAdverbial(part.text)) return null;
  }
  return null;
}

const AND_OR_BUT_BEFORE_LOWER_CASE = /^(?:and|but)\s+(?=\p{Ll})/u;

/**
 * A segment that opens with a finite predicate, past adverbs between subject and verb: "did not
 * mention it", "also decried the calls", "later blamed her silence on …". The segment goes on
 * with the subject of a clause set off before it; a participle ("saying …") is no predicate.
 */
function opensWithPredicate(segment: string): boolean {
  const words = tag(segment.split(/\s+/, 4).join(' '));
  let k = 0;
  while (k < 2 && words[k]?.pos === 'ADV' && LOWER_CASE_START.test(words[k]!.word)) k++;
  const head = words[k];
  // "furrowed her brow": a word in -ed with an object after it is a verb, whatever the tagger says.
  const withObject =
    head?.pos === 'ADJ' && /ed$/.test(head.word) && /^(?:DET|PRON)$/.test(words[k + 1]?.pos ?? '');
  if (!head || (!/^(?:VERB|AUX)$/.test(head.pos) && !withObject)) return false;
  return k === 0 || !/ing$/.test(head.word);
}

/**
 * The participle hangs on the clause before the last part when that part only goes on with the
 * clause: a second predicate joined by "and" ("The envoy met the villagers, and took their
 * questions, saying …") or a noun phrase in apposition to the clause's object ("Mirzoyan wrote
 * to Aliyev, the Azerbaijani president, saying …"). The clause's subject, or null.
 */
function hungOnClauseBefore(masked: string, parts: readonly Segment[], at: number): Span | null {
  const part = parts[at]!.text;
  const joined = AND_OR_BUT_BEFORE_LOWER_CASE.exec(part);
  const goesOn = joined
    ? /^(?:VERB|AUX)$/.test(tag(part.slice(joined[0].length))[0]?.pos ?? '')
    : isNounPhrase(part) && !CAPITAL_START.test(part);
  if (!goesOn) return null;
  const before = parts[at - 1]!;
  if (!before.text || isAdverbial(before.text) || RELATIVE_SEGMENT.test(before.text)) return null;
  return clauseSubject(masked, before);
}
