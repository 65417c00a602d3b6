import { affiliationOf } from '../../entities/affiliations.ts';
import { DEFAULT_ROLE_DATE, resolveEntityAt } from '../../entities/resolve.ts';
import type { Span } from '../../types.ts';
import { allMatches } from '../allMatches.ts';
import { saysNothing } from '../contentTail.ts';
import {
  CLAIM_NOUN,
  DOCUMENT_NOUN,
  FINITE_VERB,
  LEADING_CONNECTIVE,
  PUT_OUT_BY_WORDS,
  RELATIVE_SEGMENT,
  SPEAKER_NOUN,
  SPEECH_VERB,
  wordsExcept,
} from '../lexicon.ts';
import { MASK } from '../mask.ts';
import { isNounPhrase } from '../nounPhrase.ts';
import { isApposedName } from './descriptions.ts';
import { afterLastSemicolon, DATELINE, isAdverbial } from './subject.ts';
import {
  type Attribution,
  coordinatedNamedPhrases,
  parseAttributionTail,
  trimSpan,
  wordCount,
} from './tail.ts';

/**
 * A body's title may hold a list with commas: "the State Commission on Prisoners of War, Hostages
 * and Missing Persons". After a body noun with its complement, capitalised words joined by commas
 * and "and", up to the comma that opens the content, are still its name.
 */
const BODY_WITH_COMPLEMENT =
  /\b(?:Commission|Committee|Council|Ministry|Office|Agency|Department|Service|Centre|Center|Institute|Union|Foundation|Fund)\s+(?:on|of|for)\s+(?:the\s+)?\p{Lu}[^,]*$/u;
const TITLE_LIST_TAIL =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*),\s*/u;

/** The words every "according to" reading needs, with the flags of the patterns that read them. */
const ACCORDING_TO = /according\s+to/iu;

/** A description set off by commas after a name: ", an aide to the premier,". */
/**
 * A person's description by role, its head before any "of"/"in": "the governor of X", "the head of
 * the X Society", "Armenia's human rights defender" (a possessive owner opens it as an article does).
 */
const PERSON_DESCRIPTION =
  /^(?:the|an?|his|her|its|their|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:governor|mayor|head|chief|director|spokes(?:person|man|woman)|representative|minister|ombudsman|(?:human\s+rights\s+)?defender|commander|chairman|chairwoman|chair|secretary|prosecutor(?:\s+general)?|attorney\s+general|secretary[\s-]general|deputy|adviser|advisor|aide|ambassador|envoy|official|doctor|lawyer)(?:\s+(?:of|in|for|at)\s[^,]*)?$/iu;
/** A full name of two to four capitalised words, then the comma that closes the apposition. */
const NAME_AFTER_DESCRIPTION = /^(\p{Lu}\.?[\p{L}'’-]*(?:\s+\p{Lu}\.?[\p{L}'’-]*){1,3}),\s*(?=[\p{L}\d"“‘])/u;
/** One to four capitalised words set off by a comma: a name in apposition ("Anahit,"). */
const GIVEN_NAME_APPOSED = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s*(?=\p{L})/u;
const APPOSITIVE = /^((?:an?|the|another|his|her|its|their)\s[^,;:\u2591]{1,80}?),\s*(?=\S)/i;
/** A role with no article set off after a name: ", commander of the contingent,", ", head of the mission,". */
const BARE_ROLE_APPOSITIVE =
  /^((?:(?:deputy|acting|former|first|chief)\s+)?(?:commander|head|chief|director|spokes(?:man|woman|person)|chairman|chairwoman|chair|minister|ambassador|envoy|adviser|advisor|aide|secretary|governor|mayor|president|leader|founder|member|editor|professor|partner|representative|coordinator|rapporteur)\s+(?:of|for|at|to|in)\s[^,;:\u2591]{1,80}?),\s*(?=\S)/i;

/** A past participle and its agent set off after a source: ", led by Deputy Prime Minister Ana Lomidze,". */
const LED_BY_APPOSITIVE =
  /^((?:(?:jointly|respectively)\s+)?(?:led|headed|chaired|co-chaired)\s+by\s[^,;:\u2591]{1,100}?),\s*(?=\S)/i;

/** "a Western diplomat speaking under the Chatham House Rule": the description ends before its participle. */
const PARTICIPLE_TAIL = /\s+\p{Ll}+ing\b.*$/su;

/** A clause that tells what followed, hung on the one before: ", following which …", ", after which …". */
const FOLLOWING_WHICH = /,\s*(?:following|after|upon)\s+which\s+(?=\S)/gi;

/** An "according to" reading: its source, its frame from `from` to `frameEnd`, what was said from `saidFrom`. */
function accordingToReading(
  masked: string,
  source: Span,
  from: number,
  frameEnd: number,
  saidFrom: number,
  to: number,
): Attribution {
  return {
    form: 'according-to',
    speaker: source,
    frame: { start: from, end: frameEnd },
    content: trimSpan(masked, saidFrom, to),
  };
}

/** "For Anna Berg, a historian in Oslo, …": a person's full name, then a description of them. */
const FOR_PERSON_DESCRIBED =
  /^\s*For\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s*(an?\s[^,;:\u2591]{1,90}?),\s*(?=\S)/u;

/** A description whose head, before any "of", "at" or "in", is a person by occupation or standing. */
const PERSON_HEAD =
  /^an?\s+(?:[\p{L}-]+\s+){0,3}?(?:researcher|academic|analyst|expert|historian|professor|scholar|scientist|economist|lawyer|journalist|writer|author|member|activist|diplomat|official|specialist|commentator|observer|politician|lecturer|teacher|doctor|student|resident|veteran|deputy|senator|adviser|advisor|director|spokes(?:man|woman|person))(?:\s+(?:of|at|in|from|with|for|on|who)\b.*)?$/su;

/**
 * "For Anna Berg, a historian in Oslo, the vote is “a symbol”": a person's view, set before what
 * they hold, is theirs when it quotes their words. A person only, described as one ("a historian",
 * "an academic"): "For Goris, a town of 20,000, …" or "For Berg, …" give nothing, nor does a view
 * with no quote, which may be the writer's summary.
 */
function forPersonsView(masked: string, from: number, to: number): Attribution | null {
  const text = masked.slice(from, to);
  const m = FOR_PERSON_DESCRIBED.exec(text);
  if (!m || !isApposedName(m[1]!) || !PERSON_HEAD.test(m[2]!) || wordCount(m[2]!) > 12) return null;
  const entity = resolveEntityAt(m[1]!, DEFAULT_ROLE_DATE);
  if (entity && entity.kind !== 'person') return null;
  const content = trimSpan(masked, from + m[0].length, to);
  if (!masked.slice(content.start, content.end).includes(MASK)) return null;
  const npStart = from + m[0].indexOf(m[1]!);
  return {
    form: 'according-to',
    speaker: { start: npStart, end: npStart + m[1]!.length },
    frame: { start: from, end: from + m[0].trimEnd().length },
    content,
  };
}

/**
 * "As Reuters reports, citing a source in the government, …", "As the agency reported citing the
 * ministry, …": the source cited, when it is one who speaks (a name, a body, a source), not "citing
 * polls" or "citing documents". ("With reference to" is left to the outlet-voice reader, ownOutlet.ts.)
 */
const AS_OUTLET_CITING =
  /^\s*As\s+[^,]{1,60}?\s+(?:reports?|reported|writes|wrote|informs|informed|says|said)(?:\s+(?:on|last|this|earlier|late|early)(?:\s+\p{L}+)?)?,?\s+(?:citing|quoting)\s+([^,;:()"“”]{3,80}?),\s*/u;

const CAPITAL_START = /^\p{Lu}/u;

function citedByOutlet(text: string): RegExpExecArray | null {
  const m = AS_OUTLET_CITING.exec(text);
  return m && (CAPITAL_START.test(m[1]!) || SPEAKER_NOUN.test(m[1]!)) ? m : null;
}

/** "According to X, …", "…, according to X.", "As X reported, …". */
export function accordingTo(masked: string, from: number, to: number): Attribution | null {
  const text = masked.slice(from, to);
  if (/^\s*For\s/.test(text)) return forPersonsView(masked, from, to);
  const initial =
    // "According to Reuters, which cited a diplomatic source in Baku, …": the outlet is the medium; the
    // one it cites said it (CONVENTIONS 15).
    /^\s*(?:[-–•*]\s+)?According\s+to\s+[^,]{1,100}?,\s+(?:which|who)\s+(?:cited|quoted|cites|quotes|is\s+citing|was\s+citing)\s+([^,]{1,100}?),\s*/i.exec(
      text,
    ) ??
    /^\s*(?:[-–•*]\s+)?According\s+to\s+([^,]{1,100}?),\s*/i.exec(text) ??
    // "As Reuters reports, citing a source in the government, …": the outlet is the medium; the one
    // it cites said it (CONVENTIONS 15).
    citedByOutlet(text) ??
    // "As reported by Reuters, …", "As first reported by the Times, …": the passive names the source after "by".
    /^\s*As\s+(?:(?:first|previously|earlier|also|was)\s+)?(?:reported|noted|stated|announced|revealed|disclosed)\s+by\s+([^,]{1,60}?),\s*/.exec(
      text,
    ) ??
    // "As Tert.am was informed by the press secretary …, …": the outlet was told; the teller spoke.
    /^\s*As\s+[^,]{1,40}?\s+(?:was|were|has\s+been)\s+(?:informed|told)\s+by\s+([^,]{1,80}?),\s*/.exec(
      text,
    ) ??
    // "As Life.ru was told at the Ministry of Defence, …", "… informed in the press service of …": told
    // inside a body, the body spoke; a place or an occasion ("in Baku", "in an interview") is no source.
    /^\s*As\s+[^,]{1,40}?\s+(?:was|were|has\s+been)\s+(?:informed|told)\s+(?:in|at)\s+(the\s+[^,]{0,60}?(?:ministry|service|office|headquarters|department|committee|administration|embassy|council|parliament|government|agency|secretariat)(?:\s+of\s+[^,]{1,60}?)?),\s*/i.exec(
      text,
    ) ??
    /^\s*As\s+([^,]{1,60}?)\s+(?:reports?|reported|said|says|noted|stated|announced|wrote|put it|warned|told|argued|explained|stressed|insisted|pointed out|acknowledged|recalled|observed|testified|informed|informs|clarified|confirmed)\b[^,]{0,80},\s*/.exec(
      text,
    );
  if (initial) {
    const npStart = from + initial[0].indexOf(initial[1]!);
    const listed = /^According/i.test(initial[0].trim())
      ? TITLE_LIST_TAIL.exec(text.slice(initial[0].length))
      : null;
    let whole = listed && BODY_WITH_COMPLEMENT.test(initial[1]!) ? initial[0] + listed[0] : initial[0];
    // "According to one, a Western diplomat speaking under …, Baku was …": the appositive is who "one" is.
    const partitive = /^(?:one|another|a second|a third|the other|one of them)$/i.test(initial[1]!);
    const one = partitive ? APPOSITIVE.exec(text.slice(whole.length)) : null;
    // "According to one of them, Anahit, the basements …": the name is who "one" is.
    const oneNamed = partitive && !one ? GIVEN_NAME_APPOSED.exec(text.slice(whole.length)) : null;
    if (oneNamed) {
      const at = from + whole.length;
      const end = at + oneNamed[1]!.length;
      return accordingToReading(masked, { start: at, end }, from, end, at + oneNamed[0].length, to);
    }
    if (one && wordCount(one[1]!) <= 12 && isNounPhrase(one[1]!.replace(PARTICIPLE_TAIL, ''))) {
      const head = one[1]!.replace(PARTICIPLE_TAIL, '');
      const at = from + whole.length;
      const source = { start: at, end: at + head.length };
      return accordingToReading(masked, source, from, at + one[0].trimEnd().length, at + one[0].length, to);
    }
    // "According to Ana Lomidze, an aide to the premier, the guards …": the appositive describes the source.
    // "According to Lieutenant General Rustam Muradov, commander of the contingent, the prisoners …":
    // a role with no article is an appositive as well.
    const apposed =
      whole === initial[0] && isApposedName(initial[1]!)
        ? (APPOSITIVE.exec(text.slice(whole.length)) ?? BARE_ROLE_APPOSITIVE.exec(text.slice(whole.length)))
        : null;
    // "According to a joint statement of the commissions, led by Deputy Prime Ministers A and B, the
    // parties …": a participle with its agent describes the source, as an appositive does.
    const ledBy = whole === initial[0] && !apposed ? LED_BY_APPOSITIVE.exec(text.slice(whole.length)) : null;
    if (ledBy && wordCount(ledBy[1]!) <= 14) whole += ledBy[0];
    if (
      apposed &&
      wordCount(apposed[1]!) <= 10 &&
      !/^(?:which|who|that|and|or|but)\b/i.test(text.slice(whole.length + apposed[0].length)) &&
      (isNounPhrase(apposed[1]!) || BARE_ROLE_APPOSITIVE.test(text.slice(whole.length)))
    )
      whole += apposed[0];
    // "According to the governor of Khoda Afarin, Ali Abdollahi, a boy was …": the name after a
    // person's description is who spoke, as in the final form (FINAL_DESCRIBED_NAME).
    const named =
      whole === initial[0] && PERSON_DESCRIPTION.test(initial[1]!)
        ? NAME_AFTER_DESCRIPTION.exec(text.slice(whole.length))
        : null;
    if (named) {
      const at = from + whole.length;
      const end = at + named[1]!.length;
      return accordingToReading(masked, { start: npStart, end }, from, end, at + named[0].length, to);
    }
    const npEnd =
      listed && whole !== initial[0]
        ? from + initial[0].length + listed[1]!.length
        : npStart + initial[1]!.length;
    const content = trimSpan(masked, from + whole.length, to);
    // "According to the network, basically.": nothing after the source is said.
    if (saysNothing(masked, content)) return null;
    return {
      form: 'according-to',
      speaker: { start: npStart, end: npEnd },
      frame: { start: from, end: from + whole.trimEnd().length },
      content,
    };
  }
  // Both readings below need the words themselves: most units never say them.
  if (!ACCORDING_TO.test(text)) return null;
  // The comma may be the last character inside a quote: "''the high-water mark,'' according to Mr. Rhodes".
  // Copy may drop the comma: "… 52 percent to 31 percent according to a Gallup survey published Tuesday."
  // A description may name its holder after a comma: "…, according to the region's ombudsman, Gegham Stepanyan."
  const final =
    FINAL_DESCRIBED_NAME.exec(text) ??
    FINAL_NAME_DESCRIBED.exec(text) ??
    // "…, according to Armenia's government - more than 40 per cent of …": a spaced dash ends the source,
    // as a semicolon does ("…, according to the ministry; 900 of them are children").
    // "…, according to a campaign official who was not authorized to speak publicly": a relative
    // clause may run on past the source's own length. A colon ends it too, before the breakdown it
    // opens ("…, according to the two ministries: 207 on one side and 79 on the other"), not a quote.
    /(?:,|\u2591(?=\s)|(?<=[\p{L}\p{N}%])(?=\s))\s*according\s+to\s+([^,;(\u2591]{1,80}?(?:\s(?:who|whom)\s[^,;(\u2591]{1,100}?)?)(?:\s*\([^)]*\)?)?(?:,\s+(?:which|who)\s[^;\u2591]{1,140}?|(?:\s+[-–—]\s+|:\s+(?!["“«']))[^\u2591]*)?[\s.!?]*$/iu.exec(
      text,
    );
  // "Many voters - 46 percent, according to a survey - back him": the dash after the source closes an aside.
  if (final && DASH_AFTER_SOURCE.test(final[0]) && /\s[-–—]\s/.test(text.slice(0, final.index))) return null;
  // "The ombudsman informed that 192 houses were damaged, according to preliminary data.": data with
  // no author is no source; the clause, "according to" and all, is what the verb's speaker said.
  if (final && AUTHORLESS_DATA.test(final[1]!) && SAYS_THAT.test(text.slice(0, final.index))) return null;
  // "…, taking up positions according to the maps of the Soviet era": a standard kept to, no source.
  if (final && STANDARD_KEPT_TO.test(final[1]!)) return null;
  if (final) {
    const npStart = from + final.index + final[0].indexOf(final[1]!);
    const contentEnd =
      from + final.index + (/^[,\u2591]/.test(final[0]) ? (final[0].startsWith(',') ? 0 : 1) : 0);
    // "Baku regained control in a day, following which 100,000 people left, according to X": the
    // source vouches for the event its clause tells, not for the writer's narrative before it.
    // "Troops attacked on Tuesday; at least 207 soldiers were killed, according to Yerevan": a
    // semicolon closes the clause before it, and the source vouches for the last clause alone.
    let contentStart = afterLastSemicolon(masked, afterDateline(masked, from, contentEnd), contentEnd);
    if (masked.slice(from, contentEnd).includes(' which ')) {
      for (const m of allMatches(FOLLOWING_WHICH, masked.slice(from, contentEnd)))
        contentStart = from + m.index + m[0].length;
    }
    return {
      form: 'according-to',
      speaker: { start: npStart, end: npStart + final[1]!.length },
      frame: { start: contentEnd + 1, end: to },
      content: trimSpan(masked, contentStart, contentEnd),
    };
  }
  return accordingToAfterConnective(masked, from, to) ?? accordingToInside(masked, from, to);
}

/**
 * "…, but according to the ministry, it was violated", "…; according to X, 100,000 fled",
 * "However, according to X, …", "…, when, according to X, four soldiers were killed", "was
 * detained after, according to X, he killed a guard" (a subordinator set off by the source): after a
 * conjunction (or a semicolon, or a colon: "raised the toll: according to X, 105 were dead") the
 * source opens a clause of its own and vouches for it alone; the writer's clause before it is no part
 * of it. One source in the sentence only.
 */
const CONNECTIVE_BEFORE_ACCORDING =
  /(?:[;:]|,\s*(?:but|and|yet|when|while|whereas|although|though)\s*,?|(?<=\s)(?:after|before|because|since|until|unless|once|when|while|although|though)\s*,|^\s*(?:However|But|Yet|Still|Meanwhile)\s*,?)\s+(?=according\s+to\s)/iu;

function accordingToAfterConnective(masked: string, from: number, to: number): Attribution | null {
  const text = masked.slice(from, to);
  const m = CONNECTIVE_BEFORE_ACCORDING.exec(text);
  if (!m || text.toLowerCase().split('according to').length !== 2) return null;
  const read = accordingTo(masked, from + m.index + m[0].length, to);
  return read && read.frame.start === from + m.index + m[0].length ? read : null;
}

const DASH_AFTER_SOURCE = /according\s+to\s+[^,(\u2591]*?\s[-–—]\s/iu;

/**
 * "…, according to the region's ombudsman, Gegham Stepanyan.", "…, according to Armenia's
 * ombudsman, Kristinne Grigoryan.": case-sensitive, so the name is capitalised.
 */
const FINAL_DESCRIBED_NAME =
  /,\s*according\s+to\s+((?:the|an?|his|her|its|their|\p{Lu}[\p{L}-]*['’]s)\s[^,\u2591]{1,70}?,\s+\p{Lu}\.?[\p{L}'’-]*(?:\s+\p{Lu}\.?[\p{L}'’-]*){1,3})[\s.!?]*$/u;

/**
 * "…, according to ANAMA, the Mine Action Agency.", "…, according to Gegham Stepanyan, the region's
 * ombudsman.": the name, then what it is; the name is the source.
 */
const FINAL_NAME_DESCRIBED =
  /,\s*according\s+to\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+(?:the|an?|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s[^,\u2591]{1,70}?[\s.!?]*$/u;

/** A verb that makes words a clause, read strictly: an auxiliary or modal, or a past form in -ed. */
const CLAUSE_VERB =
  /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|\p{Ll}+ed)(?![\p{L}])/u;

const PARTICIPLE_OR_COMPARISON_START = /^(?:\p{Ll}+ing|compared|up|down)\b/u;

/**
 * Do the words after a medial "according to X," make a clause of their own, before any comma or
 * relative? "…, according to X, more than twice what it projected …" and "…, according to X,
 * director of the survey centre, which …" do not: a comparison or a description, no content.
 */
function hasOwnClause(rest: string): boolean {
  if (PARTICIPLE_OR_COMPARISON_START.test(rest)) return false;
  const head = rest.split(/,|(?<![\p{L}])(?:who|whom|whose|which|that|what|than)(?![\p{L}])/u)[0] ?? '';
  return FINITE_VERB.test(head);
}

const RELATIVE_OR_GERUND_START = /^(?:where|which|who|whom|whose|\p{Ll}{3,}ing)(?![\p{L}])/u;

/**
 * "Clinton holds a lead in Ohio, according to the poll, where 18 delegates are at stake", "Trump
 * gave his blessing, according to court papers, becoming its owner": after the source, a relative
 * on a place or a participle adds the writer's words; a lead that is a clause of its own (not a
 * noun phrase, not an adverbial, with a verb even if irregular) is what the source vouches for.
 */
function writersAddition(lead: string, rest: string): boolean {
  if (!RELATIVE_OR_GERUND_START.test(rest)) return false;
  return !/[.!?]\s+[\p{Lu}\p{N}]/u.test(lead) && !isNounPhrase(lead);
}

/** A finite auxiliary or copula opening what follows a medial source: the lead before it is its subject. */
const AUXILIARY_START =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|must|should|may|might|remains|remained)(?![\p{L}])/u;
/** "84 people", "At least 200 people", "17 of the wounded": a counted noun phrase, no span of time. */
const COUNTED_PHRASE =
  /^(?:(?:at least|more than|fewer than|less than|about|around|some|nearly|almost|over|up to)\s+)?\d[\d,.]*\s+(?!(?:days?|weeks?|months?|years?|hours?|minutes?|ago|later|earlier)(?![\p{L}]))(?:of\s+)?\p{L}/iu;

/** "Clearing the fields": a gerund with its object, a subject when an auxiliary follows the source. */
const GERUND_SUBJECT = /^\p{Lu}\p{Ll}+ing\s+(?:the|a|an|its|their|his|her|all|most)\s/u;

/**
 * "84 people, according to police, were detained": a counted noun phrase or a gerund before the
 * source is the subject of the verb after it, though a numeral or a participle opens adverbials
 * too ("24 hours later", "Speaking to reporters").
 */
function countedSubject(lead: string, rest: string): boolean {
  return (COUNTED_PHRASE.test(lead) || GERUND_SUBJECT.test(lead)) && AUXILIARY_START.test(rest);
}

/**
 * "Moscow, according to the Kremlin, was in contact …": one capitalised word before the source is
 * the subject when an auxiliary follows the source; "However" or "Yesterday" are no subjects.
 */
const ONE_CAPITALISED_WORD = /^\p{Lu}\p{L}+$/u;

function namedSubject(lead: string, rest: string): boolean {
  return (
    ONE_CAPITALISED_WORD.test(lead) &&
    !isAdverbial(lead) &&
    !LEADING_CONNECTIVE.test(lead) &&
    AUXILIARY_START.test(rest)
  );
}

/** A paper and who issued it: "a note from the presidency", "a statement by the ministry". */
const AUTHOR_OF_PAPER = new RegExp(
  `^(.+?)\\s+(?:from|by|of|${wordsExcept(PUT_OUT_BY_WORDS)}\\s+by)\\s+(\\S.*)$`,
  'u',
);
/** A name and maybe a title before it, alone: "Putin", "President Vladimir Putin". */
const NAME_ALONE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+$/u;
/** A verb of saying or thinking right at the start, then its "that" within a few words. */
const SAYING_AT_START = new RegExp(`^(?:${SPEECH_VERB.source})`, 'u');
const THAT_SOON = /^(?:\s+[^\s,;:.\u2591]+){0,6}?\s+that\s/u;

/**
 * "Putin, according to the Kremlin spokesman, believes that …", "Aliyev, according to a note from
 * his office, assured his guest that …": the source set inside tells what the one named before it
 * said; its words run from that name (CONVENTIONS 14), and the named one's own saying is read
 * from them as any relayed saying is. Only a known person's name alone before the source, and a
 * verb of saying or thinking with its "that" right after it.
 */
function relayedByMedialSource(
  masked: string,
  from: number,
  to: number,
  inside: RegExpExecArray,
): Attribution | null {
  const lead = masked.slice(from, from + inside.index).trim();
  if (!NAME_ALONE.test(lead) || isAdverbial(lead) || LEADING_CONNECTIVE.test(lead)) return null;
  // A person the gazetteer knows: the named one's own saying is then read as well.
  if (resolveEntityAt(lead, DEFAULT_ROLE_DATE)?.kind !== 'person') return null;
  const restAt = from + inside.index + inside[0].length;
  const rest = masked.slice(restAt, to);
  const verb = SAYING_AT_START.exec(rest);
  if (!verb || !(/\sthat$/.test(verb[0]) || THAT_SOON.test(rest.slice(verb[0].length)))) return null;
  // "according to a note from the presidency": the paper's author is the source.
  const author = AUTHOR_OF_PAPER.exec(inside[1]!);
  const source = author && DOCUMENT_NOUN.test(author[1]!) ? author[2]! : inside[1]!;
  const npStart = from + inside.index + inside[0].indexOf(inside[1]!) + inside[1]!.length - source.length;
  return {
    form: 'according-to',
    speaker: { start: npStart, end: npStart + source.length },
    frame: { start: from + inside.index + 1, end: from + inside.index + inside[0].trimEnd().length },
    content: trimSpan(masked, from + masked.slice(from, to).indexOf(lead), to),
  };
}

/** A verb of saying (or "informed", as translations write it) and its "that": the sentence has a speaker of its own. */
const SAYS_THAT = new RegExp(`(?:${SPEECH_VERB.source}|(?<![\\p{L}])informed)\\s+that\\s`, 'u');

/**
 * "according to the maps of the Soviet era", "according to international law", "according to the
 * rules": what something conforms to, which says nothing and so is no one's source.
 */
const STANDARD_KEPT_TO =
  /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:maps|rules|regulations|norms|principles|timetable|international\s+law)(?:\s+of\s+[^,;]{1,40})?$/iu;

/** "preliminary data", "information available to his office", "the latest figures": no author named. */
const AUTHORLESS_DATA =
  /^(?:(?:the|official|preliminary|latest|new|available|initial|final|updated|operational|unofficial|current)\s+)*(?:data|figures|statistics|estimates|information|results|numbers)(?:\s+(?:available|at hand)(?:\s+to\s+(?:him|her|them|us|his|her|its|their)(?:\s+[\p{Ll}-]+){0,2})?)?$/iu;

/**
 * "At the root of the dispute, according to Thomas de Waal, was a decision …": set off by commas
 * inside what was said. The words before it are said too, unless they are an adverbial opening
 * ("In the coming decade, according to the finance ministry, the rise …").
 */
function accordingToInside(masked: string, from: number, to: number): Attribution | null {
  const text = masked.slice(from, to);
  const inside = /,\s*according\s+to\s+([^,;:\u2591]{1,80}?),\s*(?=\S)/i.exec(text);
  if (!inside) return null;
  const before = text.slice(0, inside.index);
  const relayed = relayedByMedialSource(masked, from, to, inside);
  if (relayed) return relayed;
  if (wordCount(before) < 2 && !namedSubject(before.trim(), text.slice(inside.index + inside[0].length)))
    return null;
  let after = from + inside.index + inside[0].length;
  // "according to Dennis Ross, another former envoy, was …": an appositive describes the source.
  const apposed =
    /^((?:an?|the|another|his|her|its|their)\s[^,;:\u2591]{1,80}?)(?:,\s*(?=\S)|[\s.!?]*$)/i.exec(
      masked.slice(after, to),
    );
  if (apposed && wordCount(apposed[1]!) <= 10 && isNounPhrase(apposed[1]!)) after += apposed[0].length;
  const content = trimSpan(masked, after, to);
  const rest = masked.slice(content.start, content.end);
  const lead = trimSpan(masked, from, from + inside.index);
  const leadText = masked.slice(lead.start, lead.end);
  const npStart = from + inside.index + inside[0].indexOf(inside[1]!);
  const speaker = { start: npStart, end: npStart + inside[1]!.length };
  // "The Court notes that, according to Azerbaijan, 21 persons …": a lead that ends with "that" is
  // someone's frame; what the source says is after it.
  const frameLead = /(?<![\p{L}])that$/iu.test(leadText);
  // "The ombudsman stated that, according to preliminary data, at least 50 …": numbers or
  // information with no author named are no source of their own; the clause, "according to" and
  // all, is what the frame's speaker said.
  if (frameLead && AUTHORLESS_DATA.test(inside[1]!)) return null;
  // "Trump has won 758 delegates, according to a CNN tally, but his path is narrowing": what
  // follows a conjunction is a clause of the writer's; what came before is what was said.
  if (
    frameLead ||
    !rest ||
    /^(?:but|and|or|yet|so|while|although|though|whereas)\b/i.test(rest) ||
    (CLAUSE_VERB.test(leadText) && !/[.!?]\s+[\p{Lu}\p{N}]/u.test(leadText) && !hasOwnClause(rest)) ||
    writersAddition(leadText, rest)
  ) {
    if (
      frameLead &&
      rest &&
      !/^(?:but|and|or|yet|so)\b/i.test(rest) &&
      !isNounPhrase(rest) &&
      !rest.includes(MASK)
    )
      return { form: 'according-to', speaker, frame: { start: lead.start, end: after }, content };
    if (frameLead || wordCount(leadText) < 3 || leadText.includes(MASK) || isAdverbial(leadText)) return null;
    return {
      form: 'according-to',
      speaker,
      frame: { start: from + inside.index + 1, end: after },
      content: trimSpan(masked, afterDateline(masked, lead.start, lead.end), lead.end),
    };
  }
  // "…, according to the Judicial Conference, the policy-making arm of …": a description, no content.
  // A quoted phrase inside the predicate ("…, according to X, was “a gross violation”") is still
  // the clause's; a quote elsewhere is read as its own.
  const quotedPredicate = rest.includes(MASK) && AUXILIARY_START.test(rest) && !leadText.includes(MASK);
  // "The road, according to Baku, is open": an auxiliary and its complement are a predicate.
  const shortPredicate = wordCount(rest) === 2 && AUXILIARY_START.test(rest);
  if (
    (wordCount(rest) < 3 && !shortPredicate) ||
    (rest.includes(MASK) && !quotedPredicate) ||
    RELATIVE_SEGMENT.test(rest) ||
    isNounPhrase(rest)
  )
    return null;
  return {
    form: 'according-to',
    speaker,
    frame: { start: from + inside.index + 1, end: from + inside.index + inside[0].trimEnd().length },
    content,
    // "The maps cover only part of it and, according to Baku, are only 25 percent accurate": the
    // source vouches for the conjunct after "and", not for the writer's before it.
    ...((isAdverbial(leadText) && !countedSubject(leadText, rest) && !isOpeningSetting(leadText)) ||
    LEADING_CONNECTIVE.test(leadText) ||
    leadText.includes(MASK) ||
    // "…the conflict in September, which, according to X, killed 63": the relative's antecedent is the writer's.
    /\s(?:and|but|or|yet|which|who)$/i.test(leadText)
      ? {}
      : { lead: trimSpan(masked, afterDateline(masked, lead.start, lead.end), lead.end) }),
  };
}

/** A subordinator or relative closing a lead: the source opens the clause it introduces. */
const SUBORDINATOR_AT_END =
  /(?<![\p{L}])(?:when|where|which|who|whom|whose|after|before|because|since|until|while|although|though|if|as|that|once)$/iu;

/**
 * "On Tuesday, according to the ministry, five people …", "Since then, according to X, …": a time,
 * place or circumstance that opens the sentence is part of what the source vouches for, as it is
 * before a final "…, the ministry said" (CONVENTIONS row AJ). A connective ("However,",
 * "In addition,") or a clause the source interrupts ("…, when, according to X, …") is not one.
 */
function isOpeningSetting(leadText: string): boolean {
  return (
    isAdverbial(leadText) &&
    !RELATIVE_SEGMENT.test(leadText) &&
    !LEADING_CONNECTIVE.test(leadText) &&
    !SUBORDINATOR_AT_END.test(leadText)
  );
}

/**
 * "Another diplomat put it more bluntly: the memorandum “ties our hands,” he said": the words
 * before the colon frame the saying (the writer's), what follows is said. Only a framing verb.
 */
const FRAMING_BEFORE_COLON =
  /^[^:\u2591]{0,80}?\b(?:put it|was (?:more |even )?(?:blunt|blunter|direct|explicit|succinct|candid)|summed (?:it )?up|went further)\b[^:\u2591]{0,30}:\s+(?=\S)/;

/** "WASHINGTON — The United States will …, Power announced": the dateline is no part of what was said. */
export function afterDateline(masked: string, from: number, to: number): number {
  const dateline =
    DATELINE.exec(masked.slice(from, to)) ??
    (from === 0 || masked.charCodeAt(from - 1) === 10
      ? CITY_DASH_AT_PARAGRAPH.exec(masked.slice(from, to))
      : null);
  let start = dateline ? from + dateline[0].length : from;
  // "What's next: Russian troops began deploying …, the ministry said": a section label opening the
  // paragraph (a few words, no verb of their own) is the outlet's, not the source's.
  if (from === 0 || masked.charCodeAt(from - 1) === 10) {
    const label = SECTION_LABEL.exec(masked.slice(start, to));
    if (label && !LABEL_VERB.test(label[1]!)) start += label[0].length;
  }
  // "Let us recall that on April 11 …, the ministry said": the agency's idiom is the writer's, not the source's.
  const recap = RECAP_OPENER.exec(masked.slice(start, to));
  return recap ? start + recap[0].length : start;
}

/** "What's next:", "The big picture:", "Driving the news:": up to four words, a colon, a capital. */
const SECTION_LABEL = /^\s*(\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,3}):\s+(?=\p{Lu})/u;
/** A clause before a colon is the source's own ("The reason is simple: …"); "What's" is a label's idiom. */
const LABEL_VERB =
  /(?<![\p{L}'’])(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|did|does|do|\p{Ll}+ed|said|says|told)(?![\p{L}])/u;

/**
 * "London — At least 68 people …": a dateline in the outlet's own case, a city of one or two words
 * and a spaced dash, read only where a paragraph opens (inside a sentence it may be a name and an aside).
 */
const CITY_DASH_AT_PARAGRAPH = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s[—–]\s+(?=\p{Lu})/u;

/** A translated agency's reminder before background it attributes: "Recall that", "We will remind,". */
const RECAP_OPENER =
  /^\s*(?:(?:[Ll]et\s+us|[Ll]et['’]s|[Ww]e\s+will|[Ww]e['’]ll|[Ww]e)\s+(?:recall|remind)(?:\s+you)?|[Tt]o\s+recall|[Rr]ecall|[Ii]t\s+(?:will|should)\s+be\s+recalled|[Aa]s\s+a\s+reminder)(?:\s+that(?!\p{L})|\s*,)\s*/u;

export function afterFramingColon(masked: string, from: number, to: number): number {
  const colon = masked.indexOf(':', from);
  if (colon < 0 || colon >= to) return from;
  const framing = FRAMING_BEFORE_COLON.exec(masked.slice(from, to));
  return framing ? from + framing[0].length : from;
}

/** "…, the State Department said." / "…, said the ministry.": the last comma opens the attribution. */
/**
 * A claim named with its denier as the subject of the trailing verb: "a charge Ankara", "a claim
 * Baku"; "something Baku (denies)" names the claim by a pronoun, and no one speaks as "something".
 */
/** A noun phrase, then a relative word and that clause's own subject: "a step that diplomats". */
export const OBJECT_RELATIVE_SUBJECT =
  /^(?:an?|the|this|another)\s+(?:[\p{L}-]+\s+){0,4}?(?:that|which)\s+\S/iu;

/** "as" opening what something is called, not a clause of time ("as he left"). */
export const AS_PREDICATE = /^\s+as\s+(?!(?:he|she|they|we|I|it|you)\s)/;

export const CLAIM_DENIED = new RegExp(
  `^(?:something|(?:an?|the|this|that)\\s+(?:[\\p{L}-]+\\s+)?${CLAIM_NOUN})\\s`,
  'iu',
);

/**
 * A figure named with a subject that is no one ("neither side", "either government", "no
 * official") as the subject of the trailing verb: "a figure neither side", "a toll far higher than
 * either government".
 */
export const FIGURE_NO_ONE_CONFIRMED =
  /^(?:an?|the|this|that)\s+(?:[\p{L}-]+\s+)?(?:figure|number|toll|tally|estimate|count|total)\s(?:.*\s)?(?:neither|either|no)\s+[\p{L}-]+(?:\s+(?:has|have|had|is|was|are|were))?$/iu;

/** Noun phrases set off by commas and nothing else: a name and its description, no clause. */
export function describesOnly(words: string): boolean {
  if (!words.includes(',') || words.includes(MASK) || /[—–]|\s-\s|\d/.test(words)) return false;
  return words
    .split(',')
    .every((part) => part.trim() !== '' && !FINITE_VERB.test(part) && isNounPhrase(part.trim()));
}

/**
 * "A Western diplomat in Baku, who spoke on condition of anonymity": a noun phrase, then its
 * relative clause; or its appositive and the appositive's relative clause ("Davit Melkonyan of Goris,
 * a farmer who has lost two sons"). Either way a subject, no clause said.
 */
export function subjectWithRelative(words: string): boolean {
  const m =
    /^\s*([^,]{2,80}),\s+(?:((?:an?|the|one|another)\s[^,]{1,60}?)\s+)?(?:who|whom|whose)\s[^,]*$/i.exec(
      words,
    );
  return !!m && isNounPhrase(m[1]!.trim()) && (!m[2] || isNounPhrase(m[2].trim()));
}

/**
 * "…, Trend reports citing the Defense Ministry.", "…, Ann.az informs citing the ministry." (agency copy's
 * "informs" is its "reports"); "…, the agency's correspondent reports, citing sources in Baku.": a
 * lower-case "the" opens only a name of the press, since a body that cites relays (two statements).
 */
export const CITING_TAIL =
  /^\s*(?:\p{Lu}[^,;\u2591]{0,50}?|the\s+[^,;\u2591]{0,40}?(?<![\p{L}-])(?:correspondent|reporter|news\s+agency|news\s+site|website|newspaper|daily|paper|channel|outlet|media|press|TV|radio|IA))\s(?:reports|reported|informs|informed|writes|wrote|said|says),?\s+citing\s+([^,;\u2591]{3,80}?)[\s.!?]*$/u;

/**
 * "…, UNHCR said, citing local authorities.": "said" is no press word, as "reports" is; a body the
 * gazetteer knows, and not as the press, relays what it cites, so it speaks too (CONVENTIONS 14).
 */
const NAME_SAID_CITING = /^\s*(\p{Lu}[^,;\u2591]{0,50}?)\s(?:said|says),?\s+citing\s/u;

export function knownBodySaid(tail: string): boolean {
  const said = NAME_SAID_CITING.exec(tail);
  if (!said) return false;
  const body = resolveEntityAt(said[1]!);
  return (
    !!body &&
    !body.id.startsWith('text:') &&
    body.kind !== 'person' &&
    affiliationOf(body, said[1]!) !== 'media'
  );
}

/** How far back from a sentence's end a trailing attribution may start: a long subject of named bodies. */
export const LONG_TAIL = 400;

/**
 * "…, the Administration of the President of the Republic of Azerbaijan and the Office of the
 * Prime Minister of the Republic of Armenia said in a joint statement today.": a tail longer than
 * most, whose subject is named noun phrases joined by "and".
 */
export function coordinatedTail(masked: string, start: number, to: number, afterQuote: boolean): boolean {
  const tail = parseAttributionTail(masked, start, to, afterQuote);
  return !!tail && coordinatedNamedPhrases(masked.slice(tail.speaker.start, tail.speaker.end)) !== null;
}

/**
 * "…, IRNA quoted officials in the province as saying.": the closing order of "IRNA quoted X as
 * saying that …" (quotedAsSaying.ts); the one quoted said it, the medium only carried it.
 */
export const QUOTED_AS_SAYING_TAIL =
  /^\s*\p{Lu}[^,;\u2591]{0,50}?\s(?:quoted|quotes|cited|cites)\s+([^,;\u2591]{3,80}?)\s+as\s+(?:saying|stating|telling\s+(?:\p{Ll}+\s+)?\p{Ll}+)[\s.!?]*$/u;
/**
 * "…, the authorities said before their dissolution was announced; Baku …": a clause of time after
 * the verb says when it was said, never what: no "that", no comma, nothing quoted in it.
 */
export const TIME_CLAUSE_AFTER_VERB = /^\s+(?:before|after|until|once|when|while)\s[^,;:"“”\u2591]{3,80}$/u;
