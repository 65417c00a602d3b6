import type { Span } from '../types.ts';
import { subjectOfVerbBefore } from './attribution/subject.ts';
import type { Attribution } from './attribution/tail.ts';
import { subjectOfParticiple } from './attribution/verbForm.ts';

/** A cheap pre-test on literal words: a verb that names a thing, before a quote. */
const NAMES_A_THING =
  /\s(?:call(?:ed|s|ing)|dub(?:bed|s|bing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|term(?:ed|s|ing)|hail(?:ed|s|ing)|sees|saw|view(?:ed|s)|regard(?:ed|s)|consider(?:ed|s)|deem(?:ed|s)|characteri[sz](?:ed|es)|assess(?:ed|es))\s/;

/**
 * Verbs of appraisal ("Gisler sees the statement as “a small but real turning point”", "the ministry
 * considers the move “a provocation”"): the quoted appraisal is the subject's words as a name given
 * is (CONVENTIONS 10). "see", "view", "regard", "characterise" and "assess" appraise only through
 * "as" ("saw the convoy “…”" is a sight); "consider" and "deem" take the quote bare too.
 */
const APPRAISES = /^(?:consider|deem)/;
const APPRAISES_THROUGH_AS = /^(?:sees|saw|view|regard|characteri|assess)/;

/**
 * "Hajiyev called the mines “a hidden continuation of the war”", "The ministry branded the report
 * “a political order”": the name given in quotes, right after a short object, is the subject's own
 * words (as "described … as “…”" and "what he called “…”" are); so is what the thing is hailed as
 * ("hailed the deal as a “capitulation”"). The object must be a few words with no verb of its own.
 * The quote ends the clause, or only a phrase or a relative clause on the name follows it ("“a gross
 * violation” of the ceasefire", "“unspeakably painful” for him", "“a historic event” that showed …")
 * or the speaker's next act ("… and demanded …").
 * "called the meeting “to discuss …”" (a purpose, not a name) and "called him on Friday" give nothing.
 */
const CALLED_QUOTE = new RegExp(
  '\\s(call(?:ed|s|ing)|dub(?:bed|s|bing)|brand(?:ed|s|ing)|label(?:l?ed|s|l?ing)|term(?:ed|s|ing)|hail(?:ed|s|ing)|sees|saw|view(?:ed|s)|regard(?:ed|s)|consider(?:ed|s)|deem(?:ed|s)|characteri[sz](?:ed|es)|assess(?:ed|es))\\s+' +
    // An article or possessive before a noun or two ("called an “…”" is "what X called"), or a
    // pronoun with maybe more ("calls it her “…”", "called that “…”"), or a bare noun ("calling
    // talk of a blockade “…”"), never a particle, a time or a manner ("called again “…”").
    "((?:the|a|an|his|its|their|our)(?:\\s+[\\p{L}\\d’'-]+){1,8}?|(?:it|them|him|her|this|that|these|those)(?:\\s+[\\p{L}\\d’'-]+){0,4}?|" +
    "(?!(?:on|upon|for|off|up|out|in|back|again|today|yesterday|tonight|now|then|once|twice|\\p{Ll}+ly)(?![\\p{L}’'-]))\\p{Ll}{3,}(?:\\s+[\\p{L}\\d’'-]+){0,4}?|" +
    // A proper name, no day ("calls Azerbaijan “a crucial partner”", not "called Monday “…”").
    "(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\\p{L}]))\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{Ll}’'-]+){0,2})\\s+" +
    '(as\\s+(?:(?:a|an|the)\\s+)?)?' +
    // A past participle on the name may follow too ("a “humanitarian crisis” created by …").
    '(\\u2591+)(?=\\s*(?:[.,;!?]|$)|\\s+(?:\\p{Ll}+ed\\s+)?(?:and|of|for|by|on|in|against|toward|towards|over|that|which|who)\\s)',
  'u',
);

/**
 * A noun that takes an infinitive as its own complement ("the decision to sign the document", "the
 * refusal to do so"): the "to" is inside the object, not a purpose of the verb.
 */
const NOUN_WITH_INFINITIVE =
  /^(?:the|a|an|his|her|its|their|our)\s+(?:[\p{L}-]+\s+)?(?:decision|refusal|attempt|move|plan|offer|demand|bid|failure|order|proposal|effort|threat|call|pledge|promise|agreement|readiness|willingness|choice)\s+to\s+\p{Ll}+/u;

/**
 * The object a naming verb names: "called the burning of houses and forests “…”" holds no verb of
 * its own, and "called the meeting", "called on the parties", "called the minister and said" hold a
 * verb or a particle, which no name given does. A noun's own infinitive is part of the object.
 */
function isNamedObject(object: string): boolean {
  const rest = NOUN_WITH_INFINITIVE.exec(object);
  const words = rest ? object.slice(rest[0].length) : object;
  return !/\s(?:on|for|off|up|in|out|to|is|was|were|are|had|has|have|said|says|told|tells|added|asked|who|which|that)\b/.test(
    ` ${words}`,
  );
}

/**
 * An object longer than a determiner and four words is a nominal with its complement: things
 * joined by "and" after its "of" ("the burning of houses and the cutting of forests"), or its own
 * infinitive ("the decision to sign the document"), never a run of words that only happens to end
 * before a quote.
 */
const NOMINAL_WITH_COMPLEMENT =
  /^(?:the|a|an|his|her|its|their|our)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?:of\s+(?:[\p{L}-]+\s+){1,3}and\s|to\s)/u;

function isShortOrNominal(object: string): boolean {
  return object.split(/\s+/).length <= 5 || NOMINAL_WITH_COMPLEMENT.test(object);
}

/** A quote that opens on a purpose or a clause ("“to discuss …”", "“that …”") names nothing. */
const NO_NAME = /^["“‘']?\s*(?:to|that|if|whether)\s/i;

export function calledQuote(text: string, masked: string, from: number, to: number): Attribution | null {
  const region = masked.slice(from, to);
  if (!region.includes('\u2591') || !NAMES_A_THING.test(region)) return null;
  const m = CALLED_QUOTE.exec(region);
  if (!m) return null;
  if (!isNamedObject(m[2]!) || !isShortOrNominal(m[2]!)) return null;
  // "hailed" names a thing only through "as": "hailed the deal “…”" is no name given.
  if (m[1]!.startsWith('hail') && m[3] === undefined) return null;
  if (APPRAISES_THROUGH_AS.test(m[1]!) && m[3] === undefined) return null;
  if (APPRAISES.test(m[1]!) && /\s(?:to|be|been)\b/.test(` ${m[2]!}`)) return null;
  const quoteAt = from + m.index + m[0].length - m[4]!.length;
  if (NO_NAME.test(text.slice(quoteAt, quoteAt + 12))) return null;
  const verbAt = from + m.index + 1;
  // "Hajiyev dismissed the reports, calling them “…”": a participle after a comma names the thing
  // for the subject of the clause it hangs on.
  const comma = m[1]!.endsWith('ing') ? /,\s*$/.exec(masked.slice(from, verbAt)) : null;
  if (m[1]!.endsWith('ing') && !comma) return null;
  const speaker = comma
    ? subjectOfParticiple(masked, from, from + comma.index)
    : subjectOfVerbBefore(masked, from, verbAt + m[1]!.length);
  if (!speaker) return null;
  return {
    form: 'verb',
    speaker,
    frame: { start: speaker.start, end: quoteAt },
    content: { start: quoteAt, end: quoteAt + m[4]!.length },
  };
}

/**
 * "Stepanyan called the accusation “unfounded and false” and said …": the sentence's saying is
 * read from its later verb, and the name given before it, by the same subject, is a statement of
 * its own. The quoted name when the frame's own words hold one, else null.
 */
export function calledBeforeSaying(text: string, masked: string, frame: Attribution): Span | null {
  if (frame.form !== 'verb' || frame.frame.start > frame.speaker.end) return null;
  const called = calledQuote(text, masked, frame.speaker.start, frame.content.start);
  if (!called || called.speaker.start !== frame.speaker.start || called.speaker.end !== frame.speaker.end)
    return null;
  return called.content;
}

/**
 * "Harutyunyan spoke of “a slow genocide”", "Berg speaks of “tangible progress” - but …": speaking
 * of a thing in quoted words says them. What was said is the quote that opens the object of "of",
 * up to the clause's end (a dash, "and"/"but", or punctuation after it). A thing spoken of with no
 * quote ("spoke of a painful decision"), or with the quote inside a phrase of the writer's ("spoke
 * of an “incredibly painful” decision"), gives nothing here.
 */
const SPOKE_OF_QUOTE = /\s(spoke|speaks|speak|talked|talks)\s+of\s+()(?=\u2591)/u;

export function spokeOfQuote(text: string, masked: string, from: number, to: number): Attribution | null {
  const region = masked.slice(from, to);
  if (!region.includes('\u2591') || !/\s(?:spoke|speaks|speak|talked|talks)\s+of\s/.test(region)) return null;
  const m = SPOKE_OF_QUOTE.exec(region);
  if (!m) return null;
  const verbAt = from + m.index + 1;
  const speaker = subjectOfVerbBefore(masked, from, verbAt + m[1]!.length);
  if (!speaker) return null;
  const start = from + m.index + m[0].length - m[2]!.length;
  // The quote's phrase runs on to a dash, a clause of its own, or the sentence's punctuation.
  const rest = masked.slice(start, to);
  const quoteEnd = rest.indexOf('\u2591') + /^\u2591+/u.exec(rest.slice(rest.indexOf('\u2591')))![0].length;
  const stop = /\s[-–—]\s|\s(?:and|but|while|as)\s|[,;:.!?]/u.exec(rest.slice(quoteEnd));
  const end = start + quoteEnd + (stop ? stop.index : rest.length - quoteEnd);
  if (NO_NAME.test(text.slice(start, start + 12))) return null;
  return {
    form: 'verb',
    speaker,
    frame: { start: speaker.start, end: start },
    content: { start, end },
  };
}

/**
 * A name given to the said thing after the saying, by the same subject: its quoted words are a
 * saying of their own (CONVENTIONS 10: a quoted name; 12: a second verb opens a new statement;
 * row AA: it starts inside the marks). Each way of giving it:
 * - "Pashinyan said that no Armenians would be left, calling it “a direct act of ethnic
 *   cleansing”": a naming participle after the said clause, which must be said words of their own
 *   with no quote in them; read inside the clause said.
 * - "The Azerbaijani government said the deal returned four villages, and called it a “historic
 *   event”", "… and described it as “a decision I take on myself”": a naming verb joined by ", and",
 *   read up to the unit's end; the saying is cut before it. The comma keeps a verb of the reported
 *   clause's own subject ("said the minister had come and called it …") out; "described" names only
 *   through "as".
 */
interface NamingAfterSaying {
  /** Group 1: the verb; group 2: "as" when present; group 3: the quote (masked). */
  pattern: RegExp;
  /** Whether the saying ends before the naming ("…, and called it"), or the naming sits inside it. */
  cutsSaying: boolean;
  /** Verbs that name only through "as". */
  onlyThroughAs?: RegExp;
  /** What the said words before the naming must hold, for its subject to be the sayer's. */
  saidBefore?: RegExp;
}

/**
 * Said words whose verb is passive or perfect ("71 of its servicemen had been killed", "two were
 * wounded", "50 soldiers had died"): their subject suffered, so a joined "and accused …" is the sayer's act.
 */
const SUFFERED_CLAUSE = /\s(?:was|were|had|have|has)\s+(?:been\s+)?\p{Ll}{2,}(?:ed|en|wn|ung)\b[^\u2591]*$/u;

const NAMINGS_AFTER_SAYING: readonly NamingAfterSaying[] = [
  {
    pattern:
      /,\s+(calling|describing|terming|branding|dubbing|labell?ing)\s+(?:it|them|this|that|(?:the|his|her|its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|\p{Lu}[\p{L}-]+)\s+(as\s+(?:(?:a|an|the)\s+)?)?(\u2591+)/u,
    cutsSaying: false,
  },
  {
    pattern:
      /,\s+and\s+(?:(?:also|then|later)\s+)?(called|calls|described|describes|termed|terms|dubbed|dubs|branded|brands|labell?ed|labels)\s+(?:it|them|this|that|(?:the|their|his|her|its)(?:\s+[\p{L}\d’'-]+){1,7}?)\s+(as\s+)?(?:(?:a|an|the)\s+)?(\u2591+)/u,
    // "Baku says …, and calls its response a “counter-operation”": the present as the past.
    cutsSaying: true,
    onlyThroughAs: /^describe[sd]$/,
  },
  {
    // "The ministry said 71 of its servicemen had been killed and accused Armenia of “…”": with
    // or without the comma, an accusation joined to said words whose subject only suffered.
    pattern:
      /,?\s+and\s+(?:also\s+)?(accused)\s+(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}|(?:the|its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|them|him|her)\s+of\s+()(?:(?:a|an|the)\s+)?(\u2591+)/u,
    cutsSaying: true,
    saidBefore: SUFFERED_CLAUSE,
  },
];

/** A quoted name given after a saying; `cut` is where the saying ends when the naming is a clause of its own. */
export interface NameAfterSaying {
  name: Span;
  cut: number | null;
}

/**
 * The names a verb frame's subject gives the said thing after the saying, one per way of giving
 * it that the words hold (NAMINGS_AFTER_SAYING), in that table's order.
 */
export function namesAfterSaying(
  text: string,
  masked: string,
  frame: Attribution,
  unitEnd: number,
): NameAfterSaying[] {
  if (frame.form !== 'verb') return [];
  const found: NameAfterSaying[] = [];
  for (const naming of NAMINGS_AFTER_SAYING) {
    const from = frame.content.start;
    const region = masked.slice(from, naming.cutsSaying ? unitEnd : frame.content.end);
    const m = naming.pattern.exec(region);
    if (!m || (naming.onlyThroughAs?.test(m[1]!) && m[2] === undefined)) continue;
    // A longer object than "and called the move" must hold no verb of its own.
    const objectStart = m[0].indexOf(m[1]!) + m[1]!.length;
    const object = m[0].slice(objectStart, m[0].length - m[3]!.length).trim();
    if (object.split(/\s+/).length > 4 && !(isNamedObject(object) && isShortOrNominal(object))) continue;
    if (naming.saidBefore && !naming.saidBefore.test(region.slice(0, m.index))) continue;
    // Within the saying, the clause before the participle must be said words, with no quote in them.
    if (!naming.cutsSaying && (m.index < 12 || region.slice(0, m.index).includes('\u2591'))) continue;
    const quoteAt = from + m.index + m[0].length - m[3]!.length;
    if (NO_NAME.test(text.slice(quoteAt, quoteAt + 12))) continue;
    found.push({
      name: { start: quoteAt, end: quoteAt + m[3]!.length },
      cut: naming.cutsSaying ? from + m.index : null,
    });
  }
  return found;
}
