import { DEFAULT_ROLE_DATE, resolveEntityAt } from '../../entities/resolve.ts';
import type { Span } from '../../types.ts';
import { isNameOnly, isSettingOfSaying } from '../contentTail.ts';
import { COMMUNICATION_VERB } from '../lexicon.ts';
import { MASK } from '../mask.ts';
import { isNounPhrase } from '../nounPhrase.ts';
import {
  ADJUNCT_AFTER_SAYING,
  lastCommaBeforeAdjunct,
  opensWithCount,
  SETTING_BEFORE_COMMA,
} from '../writersAddition.ts';
import {
  AS_PREDICATE,
  afterDateline,
  afterFramingColon,
  CITING_TAIL,
  CLAIM_DENIED,
  coordinatedTail,
  describesOnly,
  FIGURE_NO_ONE_CONFIRMED,
  knownBodySaid,
  LONG_TAIL,
  OBJECT_RELATIVE_SUBJECT,
  QUOTED_AS_SAYING_TAIL,
  subjectWithRelative,
  TIME_CLAUSE_AFTER_VERB,
} from './accordingTo.ts';
import { reportedContent, SECOND_PARTICIPLE_AT_START } from './content.ts';
import { DESCRIPTION_OPENER, isApposedName } from './descriptions.ts';
import { afterLastSemicolon, CONCESSIVE_OPENING, RELATIVE_OPENING } from './subject.ts';
import {
  type Attribution,
  isSpace,
  parseAttributionTail,
  SPACE,
  settingAfterVerb,
  trimSpan,
  wordCount,
} from './tail.ts';

export function trailing(text: string, masked: string, from: number, to: number): Attribution | null {
  for (let at = to - 1; at > from && to - at <= LONG_TAIL; at--) {
    // A boundary is a comma outside quotes, or the end of a quote whose last word took the comma (`…force,” the …`).
    const c = masked.charCodeAt(at);
    const afterQuote = c !== MASK_CODE && masked.charCodeAt(at - 1) === MASK_CODE;
    // Most characters are neither a comma nor the first after a quote: nothing more is read at them.
    if (c !== 44 && !afterQuote) continue;
    const quoteWithComma =
      afterQuote &&
      // The mark may be doubled apostrophes, after a nested single mark: `…,''` and `…,'''`.
      /,\s*(?:["”’'»]|'{2,3})$/.test(text.slice(Math.max(from, at - 5), at));
    if (c !== 44 && !quoteWithComma) continue;
    // A tail is short; past that only names joined by "and" may make it long.
    if (to - at > 160 && !coordinatedTail(masked, quoteWithComma ? at : at + 1, to, quoteWithComma)) continue;
    // "…, Trend reports citing the Defense Ministry.": the one cited said it; the outlet only relays.
    const citing =
      CITING_TAIL.exec(masked.slice(at + 1, to)) ?? QUOTED_AS_SAYING_TAIL.exec(masked.slice(at + 1, to));
    if (citing && !quoteWithComma && !knownBodySaid(citing[0])) {
      const start = at + 1 + citing[0].lastIndexOf(citing[1]!);
      return {
        form: 'trailing',
        speaker: { start, end: start + citing[1]!.length },
        frame: trimSpan(masked, at + 1, to),
        content: trimSpan(masked, from, at),
      };
    }
    // A relative pronoun opens no attribution ("…, which, Baku insists, implies …").
    if (RELATIVE_OPENING.test(masked.slice(at + 1, at + 24))) continue;
    // "…, although Baku acknowledged only 72": a concessive clause sets another's words against
    // the clause before it, and "…, if Yerevan asked" sets a condition; neither is its attribution.
    if (CONCESSIVE_OPENING.test(masked.slice(at + 1, at + 24))) continue;
    // "…, analysts say; in 2012, Romney …": the attribution ends at a semicolon, another clause follows.
    const semicolon = quoteWithComma ? -1 : masked.indexOf(';', at + 1);
    if (semicolon > at && semicolon < to) {
      const before = parseAttributionTail(masked, at + 1, semicolon);
      const afterVerb = before ? masked.slice(before.verbEnd, semicolon) : '';
      if (
        before &&
        (afterVerb.trim() === '' || settingAfterVerb(afterVerb) || TIME_CLAUSE_AFTER_VERB.test(afterVerb))
      )
        return {
          form: 'trailing',
          speaker: trimSpan(masked, before.speaker.start, before.speaker.end),
          frame: trimSpan(masked, at + 1, semicolon),
          content: trimSpan(masked, afterDateline(masked, afterFramingColon(masked, from, at), at), at),
        };
    }
    const tail =
      parseAttributionTail(masked, quoteWithComma ? at : at + 1, to, quoteWithComma) ??
      (quoteWithComma ? null : tailBeforeConjunct(masked, at + 1, to));
    if (!tail) continue;
    // "X urged both sides to “…,” and France asked for a council meeting": a clause joined by "and"
    // whose verb goes on to words of its own is a second clause with its own subject, no attribution
    // of the clause before it.
    if (
      /^\s*(?:and|but)\s/.test(masked.slice(quoteWithComma ? at : at + 1, tail.speaker.end)) &&
      /[\p{L}\d]/u.test(masked.slice(tail.verbEnd, to)) &&
      !settingAfterVerb(masked.slice(tail.verbEnd, to))
    )
      continue;
    // "A Western diplomat, who spoke on condition of anonymity, said the scale …": before the comma
    // stand a subject and its relative clause, no clause said; the verb after it has that subject.
    if (tail.speaker.start >= tail.verbEnd && subjectWithRelative(masked.slice(from, at))) continue;
    // "…, a charge Ankara denies", "an accusation Baku has rejected": the writer's word on the
    // claim before it, whose denier says nothing; the saying that made the claim is read elsewhere.
    if (CLAIM_DENIED.test(masked.slice(tail.speaker.start, tail.speaker.end))) continue;
    // "…, adding that he had written to Blinken to ask for …": a participle of saying opens the
    // same speaker's second saying, never the subject of a verb after it.
    if (SECOND_PARTICIPLE_AT_START.test(masked.slice(tail.speaker.start, tail.speaker.end).trimStart()))
      continue;
    // "…, a rare announcement that diplomats described as the first sign of progress": a noun in
    // apposition whose relative clause has its own subject; the relative word is the object of the
    // verb, whose "as" gives what the noun is called. The writer names the clause before it, and
    // what the relative clause's subject calls it is no words of the clause.
    if (
      OBJECT_RELATIVE_SUBJECT.test(masked.slice(tail.speaker.start, tail.speaker.end)) &&
      AS_PREDICATE.test(masked.slice(tail.verbEnd, to))
    )
      continue;
    // "…, a figure neither side has confirmed", "a number far higher than either government has
    // acknowledged": the writer's word on the figure before it, whose confirmer is no one; the
    // saying that gave the figure is read elsewhere.
    if (FIGURE_NO_ONE_CONFIRMED.test(masked.slice(tail.speaker.start, tail.speaker.end).trim())) continue;
    // "…, two more dead than it had announced on Tuesday": a comparison with an earlier count of
    // the same source; "it" is the sentence's own subject, no new speaker.
    if (COMPARED_WITH_EARLIER.test(masked.slice(tail.speaker.start, tail.speaker.end))) continue;
    // "…, said about 2,570 residents had …": a count is the subject of the clause said, not who spoke.
    if (opensWithCount(masked.slice(tail.speaker.start, tail.speaker.end))) continue;
    // "…, a step later welcomed by Washington": a participle with its agent describes the phrase
    // before it, which said nothing.
    if (
      /ed$/.test(lastWord(masked, tail.speaker.start, tail.verbEnd)) &&
      /^\s+by\s/.test(masked.slice(tail.verbEnd, tail.verbEnd + 4))
    )
      continue;
    // "It is wiser, diplomats said, for Yerevan to …": the attribution stands inside what was said.
    const verbWord = lastWord(masked, tail.speaker.start, tail.verbEnd);
    // "The budget, the minister said on Friday, will …": a setting may stand before the closing comma.
    const after = (TOLD.test(verbWord) ? TOLD_BEFORE_COMMA : SAID_BEFORE_COMMA).exec(
      masked.slice(tail.verbEnd, Math.min(to, tail.verbEnd + 90)),
    );
    // "…, the minister said, although talks go on": a subordinate clause after the comma is the
    // writer's setting of the news, not the rest of a clause the attribution interrupts.
    const goesOn =
      after &&
      continuesClause(masked.slice(tail.verbEnd + after[0].length, to)) &&
      !settingAfterSource(masked.slice(from, at), masked.slice(tail.verbEnd + after[0].length, to));
    // "a declaration which, Baku insists, implies …": inside a relative clause, the words
    // before the aside are the writer's; what was said is the predicate after it.
    // "All of which, he said, would …" opens its sentence with the relative: that one stays said.
    const before = masked.slice(from, at);
    // "Armenia's ombudsman, Arman Tatoyan, said many Armenians, most of them soldiers, were …": a name
    // and its description before the comma are the subject of "said", no words it interrupts.
    if (!quoteWithComma && nameInApposition(before)) continue;
    const relative =
      /\b(?:which|who|whom|whose|that)\s*$/i.test(before) &&
      !/\bof\s+(?:which|whom)\s*$/i.test(before) &&
      wordCount(before) >= 4;
    if (relative && (!goesOn || quoteWithComma)) continue;
    if (goesOn && !quoteWithComma && (relative || PARENTHETICAL_VERB.test(verbWord) || TOLD.test(verbWord))) {
      // "…, the ministry said, two days after the vote": the clause was complete; what follows is the writer's.
      if (!relative && WRITERS_NOTE_AFTER_ATTRIBUTION.test(masked.slice(tail.verbEnd + after![0].length, to)))
        return {
          form: 'trailing',
          speaker: trimSpan(masked, tail.speaker.start, tail.speaker.end),
          frame: trimSpan(masked, at + 1, tail.verbEnd),
          content: trimSpan(masked, afterDateline(masked, afterFramingColon(masked, from, at), at), at),
        };
      const content = reportedContent(masked, trimSpan(masked, tail.verbEnd + after![0].length, to));
      if (content.end <= content.start || masked.slice(content.start, content.end).includes(MASK))
        return null;
      const opening = Math.max(pastFramingColon(masked, from, at), afterLastSemicolon(masked, from, at));
      const lead = trimSpan(masked, afterDateline(masked, opening, at), at);
      const leadText = masked.slice(lead.start, lead.end);
      return {
        form: 'trailing',
        speaker: trimSpan(masked, tail.speaker.start, tail.speaker.end),
        frame: trimSpan(masked, at + 1, tail.verbEnd),
        content,
        // "In a statement, Miller said, the talks …": an adverbial opening is no part of what was said.
        ...(isSettingOfSaying(leadText) || relative ? {} : { lead }),
      };
    }
    // "…, as the water board notes": "as" opens the attribution, the board speaks.
    const as = /^as\s+(?=\S)/i.exec(masked.slice(tail.speaker.start, tail.speaker.end));
    const speaker = trimSpan(masked, tail.speaker.start + (as?.[0].length ?? 0), tail.speaker.end);
    // "…, Zara Amatuni, a spokesperson for the ICRC, said": the name before the description spoke.
    const named = quoteWithComma ? null : nameBeforeDescription(masked, from, at, speaker);
    if (named)
      return {
        form: 'trailing',
        speaker: named.name,
        frame: trimSpan(masked, named.comma + 1, to),
        content: trimSpan(
          masked,
          afterDateline(masked, afterFramingColon(masked, from, named.comma), named.comma),
          named.comma,
        ),
      };
    // "…, Georgia's public defender, Levan Ioseliani, said": the description the name stands in
    // apposition to belongs to the attribution, not to what was said.
    const described = quoteWithComma ? -1 : describedBefore(masked, from, at, speaker);
    // "On Tuesday, Hale wrote to investors, telling …": a setting before the comma is no content.
    if (!quoteWithComma && isSettingOfSaying(masked.slice(from, at))) continue;
    // "Sam Lau, the party's spokesman said": a name before the comma is who spoke, not what was said.
    if (!quoteWithComma && isNameOnly(masked.slice(from, at))) continue;
    // "Lia Berg, the mayor's daughter, noted the rule": names and descriptions alone, with no
    // verb of their own, are who did something, never what was said.
    if (!quoteWithComma && describesOnly(masked.slice(from, at))) continue;
    return {
      form: 'trailing',
      speaker,
      frame: trimSpan(masked, described >= 0 ? described + 1 : quoteWithComma ? at : at + 1, to),
      content: trimSpan(
        masked,
        afterDateline(masked, afterFramingColon(masked, from, at), at),
        described >= 0 ? described : at,
      ),
    };
  }
  return null;
}

/** The last word between two offsets: the verb of an attribution tail. */
function lastWord(masked: string, start: number, end: number): string {
  // What `split(/\s+/).pop()` gives, read back from the end rather than splitting every word.
  const words = masked.slice(start, end);
  let at = words.length;
  while (at > 0 && !isSpace(words.charCodeAt(at - 1))) at--;
  return words.slice(at);
}

/**
 * Is what follows "…, X said," the writer's setting of the news rather than the rest of a clause
 * the attribution interrupts? Only after a clause of its own, and never when it quotes the speaker.
 */
function settingAfterSource(lead: string, rest: string): boolean {
  return wordCount(lead) >= 4 && !rest.includes(MASK) && ADJUNCT_AFTER_SAYING.test(rest.trimStart());
}

/**
 * "More than 80,000 have fled, officials said Thursday, as aid arrived.": the news, then its
 * source, then the writer's setting of the news. Read as a trailing attribution up to the comma
 * before the setting; the setting is no part of what was said.
 */
export function trailingBeforeAdjunct(
  text: string,
  masked: string,
  from: number,
  to: number,
): Attribution | null {
  const region = masked.slice(from, to);
  if (!region.includes(', ')) return null;
  const cut = lastCommaBeforeAdjunct(region);
  // A quote in the setting is no words of the source's, only where a namer is told: "in what X called "…"".
  if (cut <= 0 || (region.includes(MASK, cut) && !IN_WHAT.test(region.slice(cut + 1).trimStart())))
    return null;
  const read = trailing(text, masked, from, from + cut);
  if (!read || read.frame.end > from + cut) return null;
  // "And so, he said, while …": a short opening is the speaker's, the clause goes on past the comma.
  return wordCount(masked.slice(read.content.start, read.content.end)) >= 4 ? read : null;
}

/**
 * Where the last dash set off by spaces between `from` and `at` stands, or -1. Only the words after
 * `from` are searched: most sentences hold no such dash, and a search from `at` would otherwise
 * read back to the start of the document each time.
 */
function spacedDashBefore(masked: string, from: number, at: number): number {
  const region = masked.slice(from + 1, at + 2);
  const i = Math.max(region.lastIndexOf(' — '), region.lastIndexOf(' – '));
  return i < 0 ? -1 : from + 2 + i;
}

/**
 * "Armenia's army was not in the region, he said, and the border was “relatively stable.”": a
 * short "X said" set off by commas before "and"/"but" is the attribution of the words before it,
 * however long the conjunct after it is; the conjunct is no part of the tail. A conjunct that opens
 * with a quote is the speaker's own words too, and is left to the quote readers.
 */
function tailBeforeConjunct(
  masked: string,
  start: number,
  end: number,
): ReturnType<typeof parseAttributionTail> {
  const conjunct = /^\s*[^,;:\u2591]{2,60}?(?=,\s+(?:and|but)\s+(?!["“\u2591]))/.exec(
    masked.slice(start, end),
  );
  return conjunct ? parseAttributionTail(masked, start, start + conjunct[0].length) : null;
}

/** A speaker phrase that ends in "than it", "than they": the second term of a comparison. */
const COMPARED_WITH_EARLIER =
  /(?<![\p{L}])than\s+(?:it|they|he|she|we|either\s+side)(?:\s+(?:had|has|have|was|were|is|are|would))?\s*$/iu;

/**
 * Where the comma before a description stands, when the segment between it and `at` describes
 * the named speaker that follows ("…, Georgia's public defender, Levan Ioseliani, said"); -1 when not.
 */
const ROLE_WORD =
  '(?:head|chief|commander|director|spokes(?:man|woman|person)|minister|deputy|adviser|advisor|aide|secretary|chair(?:man|woman)?|leader|ambassador|envoy|president|governor|mayor|ombudsman|representative|counterpart|official|officer|general|member)';
/** One person's description: "a spokesperson for …", "the ICRC's head …", "commander of …"; not "diplomatic sources". */
const ROLE_DESCRIPTION = new RegExp(
  `^(?:(?:[Tt]he|[Aa]n?)\\s|${ROLE_WORD}\\s)(?!.*\\b(?:sources|officials)\\b)`,
  'u',
);
const ROLE_NOUN_BEFORE = new RegExp(`\\b${ROLE_WORD}s?\\s*$`, 'iu');

/**
 * "…, Zara Amatuni, a spokesperson for the ICRC, said": when the trailing verb's subject is a
 * description ("a spokesperson for …", "commander of …") and a name stands alone between the two
 * commas before it, the name is who spoke and what was said ends before it.
 */
function nameBeforeDescription(
  masked: string,
  from: number,
  at: number,
  speaker: Span,
): { name: Span; comma: number } | null {
  const described = masked.slice(speaker.start, speaker.end);
  if (!ROLE_DESCRIPTION.test(described) || isApposedName(described)) return null;
  // "The plans “will not solve it,” Anne Richards, an official, said": the comma inside the quote
  // sets the name off as one outside would.
  const comma = Math.max(masked.lastIndexOf(',', at - 1), quoteClosedBefore(masked, from, at));
  if (comma <= from || wordCount(masked.slice(from, comma)) < 3) return null;
  // "… with his Azerbaijani counterpart, Jeyhun Bayramov, diplomatic sources said": a name after
  // a role noun is that role's holder, told of in what was said.
  if (ROLE_NOUN_BEFORE.test(masked.slice(Math.max(from, comma - 40), comma))) return null;
  // "…, Kiedis said his band and Brian Burton, AKA Danger Mouse, …": a saying before the name
  // is the sentence's own; the name is told of in it.
  if (COMMUNICATION_VERB.test(masked.slice(from, comma))) return null;
  const name = trimSpan(masked, comma + 1, at);
  const written = masked.slice(name.start, name.end);
  // "…, Martuni, Nagorno Karabakh, the ministry said": a place set off by commas is where, not who.
  if (written.includes(MASK) || !isApposedName(written)) return null;
  const known = resolveEntityAt(written, DEFAULT_ROLE_DATE);
  return known && known.kind !== 'person' ? null : { name, comma };
}

/** Where the last quote before `at` ends, when a space follows it and a quote is not all there is before it; -1 if none. */
function quoteClosedBefore(masked: string, from: number, at: number): number {
  let end = at - 1;
  while (end > from && masked.charCodeAt(end) !== MASK_CODE) end--;
  if (end <= from || !SPACE.test(masked.charAt(end + 1))) return -1;
  let start = end;
  while (start > from && masked.charCodeAt(start - 1) === MASK_CODE) start--;
  return masked.slice(from, start).trim() === '' ? -1 : end + 1;
}

function describedBefore(masked: string, from: number, at: number, speaker: Span): number {
  // "The deal is done — the ministry's spokeswoman, Ana Ruiz, said": a dash may open the description.
  const comma = Math.max(
    masked.lastIndexOf(',', at - 1),
    spacedDashBefore(masked, from, at),
    quoteClosedBefore(masked, from, at),
  );
  if (comma <= from) return -1;
  const segment = masked.slice(comma + 1, at).trim();
  if (!DESCRIPTION_OPENER.test(segment) || wordCount(segment) > 8 || segment.includes(MASK)) return -1;
  if (!isApposedName(masked.slice(speaker.start, speaker.end)) || !isNounPhrase(segment)) return -1;
  return wordCount(masked.slice(from, comma)) >= 3 ? comma : -1;
}

/**
 * "A truce took effect at 8 p.m., the council's secretary, Armen Petrosyan, announced, “with the
 * mediators' help.”": a quoted fragment after the attribution adds to what was said; the
 * attribution is read as if the sentence ended before it.
 */
export function trailingBeforeAddition(
  text: string,
  masked: string,
  from: number,
  to: number,
): Attribution | null {
  // "All five were killed, the ministry said in a statement, among them a colonel": a part
  // listed after the attribution goes with the clause before it, which is what was said.
  // "65,036 people had crossed, the office said — more than half of the population": a spaced dash
  // after the attribution sets off the writer's gloss on the clause before it, likewise.
  const part = PART_AFTER_ATTRIBUTION.exec(masked.slice(from, to));
  return part ? trailing(text, masked, from, from + part.index) : null;
}

const PART_AFTER_ATTRIBUTION = /,\s+(?:among them|among whom|of whom|most of them|some of them)\s|\s[—–]\s/i;

const CLAUSE_CONTINUATION_START =
  /^(?:\p{L}+ing|who|which|and|but|as|when|while|before|after|in|at|on|during|amid|following|despite|according|citing|via|from|to)\b/iu;

/**
 * Words after a parenthetical attribution that go on with what was said, not a participle or an
 * adverbial ("adding that …"). A clause of reason or concession ("The offer is late, he said,
 * because …") finishes the claim it hangs on, so the speaker said both.
 */
function continuesClause(rest: string): boolean {
  return (
    !CLAUSE_CONTINUATION_START.test(rest) || JOINED_CLAUSE.test(rest) || QUOTE_AFTER_CONNECTIVE.test(rest)
  );
}

/**
 * A connective or "to" whose words soon turn to a quote: "…, she said, but “we expect …”", "It is
 * his job, he said, to “talk to Congress”". The quote is the speaker's, so the clause it finishes
 * is what was said, lead and all; alone, "but “we expect …”" is a fragment of it.
 */
const QUOTE_AFTER_CONNECTIVE = new RegExp(
  String.raw`^(?:and|but|while|whereas|to)\s+(?:[\p{L}'’-]+\s+){0,3}?${MASK}`,
  'u',
);

/**
 * "And" or "but" after a parenthetical attribution that opens a clause with its own subject goes
 * on with what was said: "The shops were closed, he said, and residents had left", "…, she said,
 * but more work is needed". A verb straight after it shares the attribution's subject and tells
 * the writer's next act ("…, he said, and left the room"), which stays out. A quote after it
 * ("…, she said, and “we had to start again”") is read as the quote it is, elsewhere.
 */
const JOINED_CLAUSE =
  /^(?:and|but)\s+(?:the|a|an|this|these|those|it|he|she|they|we|I|you|there|his|her|their|its|our|my|your|many|most|more|much|few|several|both|some|no|none|all|each|every|other|others|people|residents|officials|\p{Lu}[\p{L}.’'-]*)\s/u;

/**
 * What the writer sets after a parenthetical attribution once the clause is complete: an
 * indefinite noun phrase with its relative that sums up what was said ("…, she said, a view that
 * few share"), or a lapse of time that dates the news ("…, he said, two days after the vote").
 * Neither goes on with the clause the attribution interrupts.
 */
export const WRITERS_NOTE_AFTER_ATTRIBUTION =
  /^(?:an?\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+\s+(?:that|which|who|whose)\s|(?:a|one|two|three|four|five|six|seven|a\s+few|several|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|since)\s)/iu;

/** "Her husband interrupted: the house, he said, had been …": the words before a colon frame what was said. */
function pastFramingColon(masked: string, from: number, leadEnd: number): number {
  const colon = masked.lastIndexOf(':', leadEnd - 1);
  // "At 10:30 the road, she said, was open": a clock's colon frames nothing.
  return colon > from && /\s/.test(masked[colon + 1] ?? '') ? colon + 1 : from;
}

/** Plain verbs of saying that may stand between two commas inside what was said. */
const PARENTHETICAL_VERB =
  /^(?:said|says|say|announced|announces|declared|declares|stated|states|confirmed|confirms|added|adds|add|argued|argues|argue|noted|notes|note|contended|contends|contend|insisted|insists|insist|explained|explains|explain|wrote|writes|write|acknowledged|acknowledges|acknowledge|warned|warns|warn|predicted|predicts|predict|suggested|suggests|suggest|stressed|stresses|cautioned|cautions|recalled|recalls|conceded|concedes|concede|continued|continues|maintained|maintains|maintain|observed|observes|claimed|claims|claim|vowed|vows|reported|reports|believes|believe|believed|thinks|think|thought)$/;

export const TOLD = /^(?:told|tells)$/;
// A comma inside a number ("2,600") closes nothing.
const SAID_BEFORE_COMMA = new RegExp(`^${SETTING_BEFORE_COMMA},(?!\\d)\\s*(?=\\S)`, 'u');
/** "told" and its hearers (a few words, no clause), then a setting. */
const TOLD_BEFORE_COMMA = new RegExp(
  `^\\s+(?:[\\p{L}'’.-]+\\s+){0,5}?[\\p{L}'’.-]+${SETTING_BEFORE_COMMA},(?!\\d)\\s*(?=\\S)`,
  'u',
);

/**
 * An attribution set off by commas inside what was said: "The only problem, she said, is that …",
 * "It is wiser, diplomats said, for Yerevan to …". The words before it (a clause, not an
 * adverbial opening) are said too. Only a plain verb of saying between two commas.
 */
export function parentheticalLead(
  masked: string,
  from: number,
  speaker: Span,
  verbEnd: number,
  verb: string,
): Span | null {
  const told = TOLD.test(verb);
  if (!told && !PARENTHETICAL_VERB.test(verb)) return null;
  // "The levy, she said on Monday, is …": a time of the saying may stand before the comma.
  // "The offer, he told a group of journalists in July, remains …": whom, then when, for "told".
  const comma = (told ? TOLD_BEFORE_COMMA : SAID_BEFORE_COMMA).exec(masked.slice(verbEnd, verbEnd + 90));
  if (!comma || !continuesClause(masked.slice(verbEnd + comma[0].length))) return null;
  const before = masked.slice(from, speaker.start);
  // "Pashinyan, as his press secretary reported, held talks …": an aside in which the subject's own
  // relayer reports tells the clause it splits; other "as" asides may only vouch for a phrase.
  const relayerAside = /^(?:his|her|its|their)\s/i.test(masked.slice(speaker.start, speaker.end));
  const aside = (relayerAside ? /,\s*(?:as\s+)?$/ : /,\s*$/).exec(before);
  if (!aside) return null;
  const leadEnd = from + aside.index;
  const described = describedBefore(masked, from, leadEnd, speaker);
  // "BAKU, Azerbaijan — A strike killed 21, officials said, the deadliest …": the wire's dateline is no part of it.
  const opening = Math.max(
    pastFramingColon(masked, from, leadEnd),
    afterLastSemicolon(masked, from, leadEnd),
  );
  const lead = trimSpan(
    masked,
    afterDateline(masked, opening, leadEnd),
    described >= 0 ? described : leadEnd,
  );
  const words = masked.slice(lead.start, lead.end);
  if (wordCount(words) < 1 || words.includes(MASK) || isSettingOfSaying(words)) return null;
  return lead;
}

/** A share of a whole: "half", "a third", "two-thirds". */
const SHARE = String.raw`half\b|a\s+(?:third|quarter|fifth|half|dozen)\b|(?:one|two)-thirds\b|(?:one|three)-quarters\b`;
/**
 * What opens no content right after a verb of saying: a preposition ("said by", "said of"), or
 * "about" before a topic, not before a count or a share ("said about 2,000 people fled").
 */
export const AFTER_VERB_NOT_CONTENT = new RegExp(
  String.raw`^(?:by|for|with|about(?!\s+(?:\d|${SHARE}))|into|onto|from|of)\s`,
  'i',
);

/** A topic after a verb of saying, set off before the quote: "of the ceasefire, ", "about the talks, ". */
export const TOPIC_BEFORE_QUOTE = /^(?:of|about)\s+[^,;:.!?\u2591]{1,60},\s*(?=\u2591)/u;

export const ADDRESSING =
  /(?:^|\s)(?:ask|asks|asked|asking|tell|tells|told|telling|question|questioned|questioning|press|pressed|pressing|quiz|quizzed|warn|warned|warns|remind|reminded|inform|informed)$/i;
/**
 * One noun phrase of one to four words as the object (no subject pronoun, wh-word, auxiliary or a
 * second determiner that would open a clause's subject), then "about" a topic, not a number.
 */
export const ADDRESSED_ABOUT_TOPIC =
  /^(?!(?:he|she|they|we|I|it|there|that|this|whether|if|how|why|what|when|where|who)\s)[\p{L}.'’-]+\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|did|does|do|not|the|a|an|his|her|their|its|our|this|that|these|those)\s)[\p{L}.'’-]+\s+){0,3}about\s+(?!to\s|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+(?:dozen|hundred|thousand|third|quarter|half)|half|a\s+third)\b)/iu;
export const CALL_FOR_A_THING = /^(?:call(?:s|ed)?\s+for|demand(?:s|ed)?)$/i;
/** What is claimed as one claims a prize, not words: "victory", "the prize for …", "credit for the strike". */
export const CLAIMED_THING =
  /^(?:(?:the|a|an|his|her|their|its|our|full|sole|first|second|third|early|outright|\p{L}+['’]s)\s+){0,3}(?:victory|victories|win|wins|prize|title|seat|seats|credit|responsibility|nomination|lead|mantle|crown|majority)(?![\p{L}-])(?!\s+(?:was|is|were|are|had|has|would|will|could|should|went|belonged|came)\b)/iu;
/** Lives taken: "more than 6,500 lives", "the lives of 14 civilians", "at least 20 victims". */
export const CLAIMED_LIVES =
  /^(?:(?:the|of|dozens|scores|tens|many|more|than|at|least|nearly|almost|about|around|some|over|up|to|another|\d[\d,.]*|\p{Ll}+(?:teen|ty|red|sand|lion)s?)\s+){0,5}(?:lives|life|victims)(?![\p{L}-])/iu;
/** A relative pronoun and a short subject before the verb: "a letter that he said …", "which officials say …". */
export const RELATIVE_THEN_SUBJECT =
  /(?<![\p{L}])(?:that|which|who|whom)\s+(?:[\p{L}.'’-]+\s+){1,4}(?:\p{Ll}+ly\s+)?$/iu;
/** Content opening with an auxiliary or a modal: a predicate with no subject of its own. */
export const PREDICATE_OPENING =
  /^(?:(?:in|on|at|by|last|this|earlier|late|early)\s[^,;\u2591]{1,30},\s+)?(?:would|will|could|should|must|is|are|was|were|has|have|had|can|may|might|did|does)\s/;
/** An act declared: "martial law", "a general mobilisation", "a state of emergency", "a ceasefire". */
const ACT_DECLARED =
  /^(?:an?\s+)?(?:(?:full|general|partial|nationwide|national|unilateral|immediate|humanitarian)\s+)?(?:martial\s+law|state\s+of\s+(?:emergency|war)|mobili[sz]ation|ceasefire|truce|curfew|(?:a\s+)?day\s+of\s+mourning)(?![\p{L}-])/iu;

/** An event or a deed as a verb's bare object: "violations", "new shelling", "responsibility". */
const EVENT_REPORTED =
  /^(?:(?:new|fresh|further|renewed|repeated|sporadic|heavy|intense|isolated|numerous|several|multiple|more|overnight|artillery|cross-border)\s+)*(?:violations?|shelling|shooting|gunfire|fire|clashes|fighting|skirmishes|incidents?|provocations?|responsibility)(?![\p{L}-])(?!\s+(?:that|of|by|on|against)\s)/iu;

/**
 * "declared martial law", "declares a state of emergency": an act named with no clause about it
 * reports no words; nor does an event or deed owned up to ("both sides reported violations",
 * "Baku admitted responsibility"). A toll reported is read in tollReported.ts.
 */
export function namesAct(verb: string, opening: string): boolean {
  if (AUXILIARY.test(opening)) return false;
  // "Znak reported on the helicopter shot down …": "on" and a noun phrase name the topic, no words.
  if (/^report(?:s|ed)?$/i.test(verb) && TOPIC_REPORTED.test(opening) && !/\bthat\b/i.test(opening))
    return true;
  if (/^(?:reports|reported|admit(?:s|ted)?|acknowledge[sd]?|confirm(?:s|ed)?)$/i.test(verb))
    return EVENT_REPORTED.test(opening);
  // "Ankara declared its full support for Baku": a stance the subject owns, named, is no words.
  return /^declare[sd]?$/i.test(verb) && (ACT_DECLARED.test(opening) || OWN_STANCE.test(opening));
}

/** "on the …", "on its …": a preposition and a determined noun phrase, the topic reported on. */
const TOPIC_REPORTED = /^on\s+(?:the|an?|its|their|his|her|this|these|those)\s/i;

/** A possessive determiner opening the object: the subject's own support, readiness or solidarity. */
const OWN_STANCE = /^(?:its|their|his|her|our)\s+\p{L}/u;
/** Verbs whose bare object may be a thing rather than words: "confirmed the agreement". */
/** Verbs of denying: what follows is the claim denied, not the denier's words. */
export const DENIED = /^den(?:y|ies|ied)$/i;

const PERFECT_GERUND_START = /^\s*having\s+\p{Ll}+(?:ed|en|t)\b/u;

/** A clause after "denied" with no "that": a subject, then an auxiliary before any comma ("its army had …"). */
export function deniedClause(opening: string): boolean {
  const head = opening.split(/[,;]/)[0]!;
  // "denies having fired on the town": the perfect gerund is "denied that it had fired", a claim rejected.
  if (PERFECT_GERUND_START.test(head)) return true;
  return (
    AUXILIARY.test(head) &&
    !/^\s*(?:the|a|an|any|all)?\s*(?:charges?|claims?|accusations?|reports?|allegations?)\b/i.test(head)
  );
}
export const THING_VERB = /^(?:reports|reported|confirm(?:s|ed)?|acknowledge[sd]?)$/i;

export const CONDEMNING = /^condemn(?:s|ed)?$/i;

/** The whole object of "condemned" is a noun phrase: no clause, comma, quote or second sentence. */
export function condemnedThing(opening: string): boolean {
  const words = opening.trim().replace(/[.!?]$/, '');
  if (!words || wordCount(words) > 16 || AUXILIARY.test(words) || /[,;:]|\bthat\b/i.test(words)) return false;
  return isNounPhrase(words);
}

/** "in what X called …": the writer's naming of the news, set after a saying. */
export const IN_WHAT = /^in\s+what\s/i;
export const AUXILIARY =
  /(?<!\p{L})(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)(?!\p{L})/u;

/**
 * A full name as written: two to four capitalised words, none a sentence's opening function word or
 * a day or month ("On Sunday, a drone shot down …, the border service said" names no one).
 */
const WRITTEN_NAME =
  /^(?!(?:On|In|At|By|For|From|After|Before|During|Since|Until|Till|With|Without|Early|Late|Last|Next|This|That|The|An?)\s)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const DAY_OR_MONTH =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const isWrittenName = (words: string) => WRITTEN_NAME.test(words) && !DAY_OR_MONTH.test(words);

/** "Armenia's ombudsman, Arman Tatoyan", "Arman Tatoyan, the ombudsman": a name and a description of it, nothing else. */
export function nameInApposition(words: string): boolean {
  const parts = words.split(',').map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => part === '' || part.includes(MASK))) return false;
  const [first, second] = parts as [string, string];
  return (
    (isWrittenName(second) && isNounPhrase(first)) ||
    (isWrittenName(first) && /^(?:the|a|an)\s/i.test(second) && isNounPhrase(second))
  );
}

export const MASK_CODE = MASK.charCodeAt(0);
