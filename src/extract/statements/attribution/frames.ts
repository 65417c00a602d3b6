import type { Span } from '../../types.ts';
import { calledQuote, spokeOfQuote } from '../calledQuote.ts';
import { saysNothing } from '../contentTail.ts';
import { documentSaying } from '../documentSaying.ts';
import { KeptResults } from '../keptPerText.ts';
import { MASK } from '../mask.ts';
import { isNounPhrase, tag } from '../nounPhrase.ts';
import { accordingTo } from './accordingTo.ts';
import { contentStart, reportedContent } from './content.ts';
import { type Attribution, parseAttributionTail, settingAfterVerb, trimSpan, wordCount } from './tail.ts';
import { MASK_CODE, trailing, trailingBeforeAddition, trailingBeforeAdjunct } from './trailing.ts';
import { invertedInsideForm, participle, verbForm } from './verbForm.ts';

/**
 * The attribution of a unit whose speech is not led by a quote, tried in this order: "according
 * to", a trailing "…, X said.", a speech verb after its subject, a participle ("…, saying that").
 */
export function findFrameAttribution(
  text: string,
  masked: string,
  from: number,
  to: number,
): Attribution | null {
  // The character before (or the text's start) and the one after are part of the key: a sentence
  // that opens the text reads otherwise, and a few readers look one past the sentence's end.
  const words = text.slice(from, to);
  const around = frameSetting(masked, from, to);
  let readings = framesRead.get(words);
  let read = readings?.find((r) => r.around === around)?.read;
  if (read === undefined) {
    read = shifted(readFrameAttribution(text, masked, from, to), -from);
    if (!readings) framesRead.set(words, (readings = []));
    readings.push({ around, read });
  }
  return shifted(read, from);
}

/**
 * Besides the sentence's words, what its reading depends on: the character before (or the text's
 * start), the masked one after, and where its words are masked (the masked text is the text with
 * quoted characters, line breaks aside, replaced by the mask, so the words and the masked runs give
 * it back). Kept apart from the words: the words, a slice of the text, are the memory's key as
 * they are, never copied into a longer key string.
 */
function frameSetting(masked: string, from: number, to: number): string {
  let runs = '';
  // A scan of the sentence alone: a search for the mask past it would read on to the text's end.
  for (let at = from; at < to; at++) {
    if (masked.charCodeAt(at) !== MASK_CODE) continue;
    let end = at + 1;
    while (end < to && masked.charCodeAt(end) === MASK_CODE) end++;
    runs += `${at - from}-${end - at},`;
    at = end;
  }
  return `${from === 0 ? '\u0001' : masked.charAt(from - 1)}${runs}\u0000${masked.slice(to, to + 1)}`;
}

/**
 * Wire copy, syndicated pieces and boilerplate repeat sentences word for word, and reading a
 * sentence's frame tries every form and tags its phrases: a sentence already read (the same words
 * and the same quotes) is not read again. Kept with offsets from the sentence's start; bounded.
 */
const framesRead = new KeptResults<{ around: string; read: Attribution | null }[]>();

/** An attribution with every span moved by `by`: a new object, so no caller changes a kept one. */
function shifted(a: Attribution | null, by: number): Attribution | null {
  if (!a) return null;
  const out: Attribution = {
    form: a.form,
    speaker: moved(a.speaker, by),
    frame: moved(a.frame, by),
    content: moved(a.content, by),
  };
  if (a.lead) out.lead = moved(a.lead, by);
  return out;
}

/** A top-level function, not a closure made per call: this runs for every sentence read. */
function moved(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

/**
 * "When I asked how many there were, he said …": a time clause that opens the sentence with a
 * question put to someone; what was asked is no one's statement, the main clause's saying is.
 */
const ASKING_OPENING =
  /^(?:when|after|as|once)\s+(?:[^,;:\u2591]{0,60}?\s)?(?:asked|pressed|questioned)(?:\s[^,;:\u2591]{0,80})?,\s+/iu;

function readFrameAttribution(text: string, masked: string, from: number, to: number): Attribution | null {
  const asked = ASKING_OPENING.exec(masked.slice(from, Math.min(to, from + 200)));
  if (asked) {
    const main = readFrameForms(text, masked, from + asked[0].length, to);
    if (main?.form === 'verb') return main;
  }
  const read = readFrameForms(text, masked, from, to);
  // "Daily Online - Foreign Desk: The two governments announced that …": a verb's subject never
  // runs back across a colon. What stands before it is a label (a byline, a desk, a section), and
  // the clause after it is read alone.
  if (read?.form !== 'verb') return read;
  const colon = masked.slice(read.speaker.start, read.content.start).lastIndexOf(': ');
  if (colon < 0) return read;
  const after = read.speaker.start + colon + 2;
  return after < read.content.start ? readFrameForms(text, masked, after, to) : read;
}

/** ", calling it ░", ", describing them as ░": a participle after a comma that names a thing. */
const NAMING_PARTICIPLE_AFTER_COMMA = /,\s+(?:calling|describing|terming|labell?ing|branding|dubbing)\s/;

/**
 * "Pashinyan announced the agreement on Facebook, calling it “painful …”": a verb of saying with a
 * noun phrase for its object says no clause; the name the participle gives the thing is what was
 * said (calledQuote). A clause before the participle ("said the deal was late, calling it …") stays.
 */
/** "shortly after midnight", "hours after the vote": a measure of time before a setting's preposition. */
const TIME_MEASURE_BEFORE_SETTING =
  /^\s+(?:shortly|soon|just|minutes|hours|days|moments)(?=\s+(?:after|before)\s)/u;

/**
 * "the agreement", "the agreement shortly after midnight", "the deal on Tuesday": a noun phrase,
 * maybe followed by when or where it was said, and no clause.
 */
function isObjectWithSetting(words: string): boolean {
  if (isNounPhrase(words)) return true;
  for (const space of words.matchAll(/\s+/gu)) {
    const object = words.slice(0, space.index);
    const setting = words.slice(space.index).replace(TIME_MEASURE_BEFORE_SETTING, '');
    if (settingAfterVerb(setting)) return isNounPhrase(object);
  }
  return false;
}

function verbUnlessObjectNamed(text: string, masked: string, from: number, to: number): Attribution | null {
  const read = verbForm(masked, from, to);
  if (!read) return null;
  const content = masked.slice(read.content.start, read.content.end);
  const comma = NAMING_PARTICIPLE_AFTER_COMMA.exec(content);
  if (
    !comma ||
    content.slice(0, comma.index).includes(MASK) ||
    !isObjectWithSetting(content.slice(0, comma.index))
  )
    return read;
  // Read from the verb's subject: a label before it ("Driving the news: …") is no part of the clause.
  return calledQuote(text, masked, read.speaker.start, to) ?? read;
}

function readFrameForms(text: string, masked: string, from: number, to: number): Attribution | null {
  return (
    accordingTo(masked, from, to) ??
    invertedInsideForm(masked, from, to) ??
    trailing(text, masked, from, to) ??
    trailingBeforeAdjunct(text, masked, from, to) ??
    trailingBeforeAddition(text, masked, from, to) ??
    openingParticiple(masked, from, to) ??
    withParticiple(masked, from, to) ??
    documentSaying(masked, from, to) ??
    verbUnlessObjectNamed(text, masked, from, to) ??
    calledQuote(text, masked, from, to) ??
    spokeOfQuote(text, masked, from, to) ??
    participle(text, masked, from, to) ??
    taggedAfterQuestion(masked, from, to)
  );
}

/** A line opening with a quotation dash (or a hyphen in its place): "– We lost Shusha. …". */
const DASH_LINE = /^[—–-][ \t]/;
/** The last question or exclamation mark with a lower-case tag after it: "? she says.". */
const MARK_BEFORE_TAG = /[?!][ \t]+(?=\p{Ll})/gu;

/**
 * "– We lost Shusha. What did our boys die for? she says.": speech a dash opens takes its tag
 * after a question or exclamation with no comma, as Scandinavian and Russian copy prints it.
 * Only in a line the dash opens: elsewhere "? he" is a question's own words going on.
 */
/** Nothing after a tag's verb but whom it was said to and a stop: " to Reuters.". */
const TAG_CLOSES_SENTENCE = /^(?:\s+to\s+\p{Lu}[\p{L}-]*)?[.!]?\s*$/u;

function taggedAfterQuestion(masked: string, from: number, to: number): Attribution | null {
  const lineStart = masked.lastIndexOf('\n', from) + 1;
  if (!DASH_LINE.test(masked.slice(lineStart, lineStart + 2))) return null;
  let mark = -1;
  MARK_BEFORE_TAG.lastIndex = from;
  for (let m = MARK_BEFORE_TAG.exec(masked); m && m.index < to; m = MARK_BEFORE_TAG.exec(masked))
    mark = m.index;
  if (mark < 0) return null;
  const tail = parseAttributionTail(masked, mark + 1, to);
  // The tag closes the sentence: nothing but a stop after the verb and who it was said to.
  if (!tail || !TAG_CLOSES_SENTENCE.test(masked.slice(tail.verbEnd, to))) return null;
  return {
    form: 'trailing',
    speaker: trimSpan(masked, tail.speaker.start, tail.speaker.end),
    frame: trimSpan(masked, mark + 1, to),
    content: trimSpan(masked, from, mark + 1),
  };
}

/**
 * "…, with several member states arguing that …", "The summit opened with Aliyev calling oil "…" and
 * saying that …": the absolute construction's own subject speaks, not the clause's. Without a comma
 * "with" may be a verb's complement instead ("spoke with reporters saying …"): those verbs are left out.
 */
const WITH_PARTICIPLE =
  /(?:,|(?<=\p{Ll})(?<!\b(?:spoke|speaks|speak|speaking|talked|talks|talk|talking|met|meets|meet|meeting|interview|conversation|call|calls|called|agreed|agrees|sided|sides|disagreed|disagrees)))\s+with\s+((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:calling\s[^,;]{1,120}?\s+and\s+)?(?:saying|arguing|warning|insisting|claiming|noting|stressing|predicting|complaining|asserting)\s+(?:that\s+)?(?=\S)/u;

function withParticiple(masked: string, from: number, to: number): Attribution | null {
  const region = masked.slice(from, to);
  if (!region.includes(' with ')) return null;
  const m = WITH_PARTICIPLE.exec(region);
  if (!m || !isNounPhrase(m[1]!)) return null;
  const content = reportedContent(masked, trimSpan(masked, from + m.index + m[0].length, to));
  if (wordCount(masked.slice(content.start, content.end)) < 3 || saysNothing(masked, content)) return null;
  const speakerStart = from + m.index + m[0].indexOf(m[1]!, 6);
  return {
    form: 'participle',
    speaker: { start: speakerStart, end: speakerStart + m[1]!.length },
    frame: { start: from + m.index + 1, end: content.start },
    content,
  };
}

/** A participle of saying with its that-clause opening the sentence: "Noting that …, he urged …". */
const OPENING_PARTICIPLE =
  /^\s*(?:Noting|Stressing|Emphasi[sz]ing|Recalling|Underlining|Underscoring|Reiterating|Arguing|Insisting|Warning|Observing|Acknowledging|Asserting|Pointing out) that\s+/;
/** The main clause's subject after the opening clause's comma, and its verb: ", he urged", ", the minister called". */
const MAIN_SUBJECT =
  /,\s+(he|she|they|we|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:also\s+)?\p{Ll}{2,}(?:ed|s)\b/u;

/**
 * "Noting that a first meeting had been held earlier today, he urged the parties to …": the
 * opening clause is said by the main clause's subject, whatever its verb. Null unless the
 * sentence opens so and a subject with a verb follows the clause.
 */
function openingParticiple(masked: string, from: number, to: number): Attribution | null {
  const region = masked.slice(from, to);
  if (!region.includes(' that ')) return null;
  const opener = OPENING_PARTICIPLE.exec(region);
  if (!opener) return null;
  const main = MAIN_SUBJECT.exec(region.slice(opener[0].length));
  if (!main) return null;
  // "Noting that …, Tester added: “…”": the main clause quotes its own saying, which is read instead.
  if (/[:\u2591]/.test(region.slice(opener[0].length + main.index))) return null;
  const comma = from + opener[0].length + main.index;
  const content = trimSpan(masked, from + opener[0].length, comma);
  const words = masked.slice(content.start, content.end);
  if (wordCount(words) < 3 || words.includes(MASK)) return null;
  const speakerStart = comma + main[0].indexOf(main[1]!, 1);
  return {
    form: 'participle',
    speaker: { start: speakerStart, end: speakerStart + main[1]!.length },
    frame: trimSpan(masked, from, from + opener[0].length),
    content,
  };
}

/** Words that may stand before a quote that opens the content: "called for an “…”", "said he was “…”". */
const FUNCTION_WORDS = new Set([
  'that',
  'for',
  'an',
  'a',
  'the',
  'to',
  'of',
  'on',
  'as',
  'by',
  'with',
  'his',
  'her',
  'its',
  'their',
  'he',
  'she',
  'it',
  'they',
  'we',
  'was',
  'were',
  'is',
  'are',
  'been',
  'had',
  'has',
  'would',
  'will',
  'be',
  'remained',
  'remains',
  'being',
  'also',
]);

const NAME_OR_PRONOUN_OBJECT_START = /^(?:\p{Lu}|the\b|all\b|both\b|them\b|him\b|her\b)/u;

/**
 * Does the quote open the content, so that it is the statement ("called for an “…”", "urged
 * President Aliyev to “…”"), rather than a few quoted words inside a reported clause ("said that
 * Baku would stop “anti-terrorist measures” if …")?
 */
export function quoteLeads(text: string, contentStart: number, quoteOpen: number): boolean {
  const prefix = text
    .slice(contentStart, quoteOpen)
    .replace(/[,:—–-]/g, ' ')
    .trim();
  if (!prefix) return true;
  const words = prefix.split(/\s+/);
  if (words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return true;
  // The quote carries the predicate of a short subject: "the contingent “is fulfilling its tasks”".
  if (
    words.length <= 5 &&
    /^\s*(?:is|are|was|were|has|have|had|will|would|could|should|must|can|did|does|do)\b/i.test(
      text.slice(quoteOpen + 1, quoteOpen + 12),
    )
  ) {
    return true;
  }
  // An object and "to": "Armenia and Azerbaijan to “…”", "the parties to “…”"; not a clause of
  // its own ("The blockade is a prelude to “…”": a few quoted words inside a reported clause).
  // Not a subject, its verb and the object ("that Moscow expected both sides to “…”"): that is a
  // clause of its own, the stance told, whose words start at its subject (CONVENTIONS 16).
  if (
    words.length <= 6 &&
    words[words.length - 1] === 'to' &&
    !words.some((w) => /^(?:is|are|was|were|has|have|had|will|would|could|can|must)$/i.test(w)) &&
    NAME_OR_PRONOUN_OBJECT_START.test(prefix) &&
    !verbBeforeTo(words)
  )
    return true;
  // "called on Moscow to take “concrete steps”", "urged Baku to halt its advance and “to engage …”":
  // an appeal is no saying (CONVENTIONS 10); only the quoted words in what was asked are the speaker's.
  return (
    appealedToDo(text, contentStart, prefix) ||
    appealedInQuote(text, contentStart, prefix, quoteOpen) ||
    chargedWith(text, contentStart, quoteOpen, prefix)
  );
}

/**
 * "called on the allies “not to quarrel in public”", "urged Baku “to return to the table”": the
 * appeal's object, then a quote that opens with the infinitive asked for; the quote is the saying.
 */
function appealedInQuote(text: string, contentStart: number, prefix: string, quoteOpen: number): boolean {
  return (
    DOUBLE_MARK.test(text[quoteOpen] ?? '') &&
    APPEAL_OBJECT.test(prefix) &&
    INFINITIVE_START.test(text.slice(quoteOpen + 1, quoteOpen + 16)) &&
    APPEAL_BEFORE.test(text.slice(Math.max(0, contentStart - 30), contentStart))
  );
}

const INFINITIVE_START = /^(?:not\s+)?to\s+\p{Ll}/u;

/** Who is appealed to, alone: "the allies", "both sides", "President Aliyev", "the international community". */
const APPEAL_OBJECT =
  /^(?:\p{Lu}[\p{L}.'’-]*|the|all|both|them|him|her)(?:\s+(?!(?:to|that|is|are|was|were|has|have|had|will|would)\s)[\p{L}'’-]+){0,4}$/u;

/**
 * "accused Azerbaijan of carrying out “ethnic cleansing”", "blamed Baku for “…”": a charge is no
 * saying (CONVENTIONS 10); only the quoted words in it are the speaker's own, the charge's object,
 * "of"/"for" and a deed or two before them are the writer's.
 */
function chargedWith(text: string, contentStart: number, quoteOpen: number, prefix: string): boolean {
  // British single marks ("accused Baku of 'ethnic cleansing'") are left to the whole clause: a
  // single mark also opens scare quotes and names, which the quote reader does not take as words said.
  return (
    DOUBLE_MARK.test(text[quoteOpen] ?? '') &&
    CHARGED_WITH.test(prefix) &&
    CHARGE_BEFORE.test(text.slice(Math.max(0, contentStart - 20), contentStart))
  );
}

const DOUBLE_MARK = /^["“«]$/u;
/** A verb of charging right before its object: "accused", "blames"; or of thanking, "thanked" (its quote is the praise). */
const CHARGE_BEFORE = /(?<![\p{L}-])(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|thanked)\s+$/iu;
/**
 * Who is charged, then "of"/"for" and up to three words of the deed: "Baku of", "Azerbaijan of
 * carrying out", "Azerbaijan of shelling Stepanakert" (the deed's own object may be a name).
 */
const CHARGED_WITH =
  /^(?:\p{Lu}[\p{L}.'’-]*|the|all|both|them|him|her|it|its|their)(?:\s+(?!(?:of|for|that)\s)[\p{L}'’-]+){0,4}\s+(?:of|for)(?:\s+\p{Ll}[\p{L}'’-]*(?:\s+(?!(?:and|or|but|that|said|says)\s)[\p{L}'’-]+){0,2})?$/u;

/** "called on Moscow to take": an appeal's object, "to" and a verb, before the quote; no clause. */
function appealedToDo(text: string, contentStart: number, prefix: string): boolean {
  const words = prefix.split(/\s+/);
  return (
    words.length <= 10 &&
    !words.some((w) => /^(?:is|are|was|were|has|have|had|will|would|could|can|must|that)$/i.test(w)) &&
    APPEALED_TO_DO.test(prefix) &&
    APPEAL_BEFORE.test(text.slice(Math.max(0, contentStart - 30), contentStart))
  );
}

/** A verb of appealing right before its object: "urged", "called on", "asked", "appealed to". */
const APPEAL_BEFORE =
  /(?<![\p{L}-])(?:urge[sd]?|urging|call(?:s|ed)?\s+on|calling\s+on|appeal(?:s|ed)?\s+to|ask(?:s|ed)?|press(?:es|ed)?|implor(?:es|ed))\s+$/iu;
/** Who is appealed to, then "to" and a verb: "Moscow to take", "the international community to take". */
const APPEALED_TO_DO =
  /^(?:\p{Lu}[\p{L}.'’-]*|the|all|both|them|him|her)(?:\s+(?!to\s)[\p{L}'’-]+){0,4}\s+to\s+\p{Ll}+(?:\s|$)/u;

/**
 * "the departure amounted to", "Azerbaijan expected Armenia to", "Dushanbe remained committed
 * to": a verb of the clause's own before the "to" makes the words a clause with its subject, not
 * an appeal's object ("the parties to"), so the clause is what was said (CONVENTIONS 16).
 */
function verbBeforeTo(words: readonly string[]): boolean {
  return tag(words.slice(0, -1).join(' ')).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** A subject pronoun: "said it was “…”" reports a clause the quote stands in. */
const SUBJECT_PRONOUN = /(?<![\p{L}'’-])(?:he|she|it|they|we)(?![\p{L}'’-])/iu;

/**
 * Do the clause's own words before its quote give it a subject ("it was “…”", "the army “must
 * …”"), so that what was said is the whole clause and the quote only part of it (CONVENTIONS 16)?
 * Not a quote that opens the content past a "that" or a preposition ("called for an “…”"), nor
 * an object and "to" ("urged the parties to “…”"): there the quote is the saying.
 */
export function clauseSubjectBeforeQuote(text: string, clauseStart: number, quoteOpen: number): boolean {
  const prefix = text
    .slice(clauseStart, quoteOpen)
    .replace(/[,:—–-]/g, ' ')
    .trim();
  if (
    !prefix ||
    appealedToDo(text, clauseStart, prefix) ||
    appealedInQuote(text, clauseStart, prefix, quoteOpen) ||
    chargedWith(text, clauseStart, quoteOpen, prefix)
  )
    return false;
  const words = prefix.split(/\s+/);
  if (
    words[words.length - 1]!.toLowerCase() === 'to' &&
    !words.some((w) => /^(?:is|are|was|were|has|have|had|will|would|could|can|must)$/i.test(w)) &&
    !verbBeforeTo(words)
  )
    return false;
  return SUBJECT_PRONOUN.test(prefix) || !words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()));
}

/** "Ted Cruz, who said …": a name set off by a comma, then "who" and a verb of saying. */
const RELATIVE_SAYING = new RegExp(
  // "Aram and Lena Avakian of Fresno, who said …": two given names, one surname, a home town.
  "(?<![\\p{L}.'’-])(\\p{Lu}[\\p{L}'’-]+\\s+and\\s+\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+" +
    "(?:\\s+(?:of|from)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})?|" +
    "(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+),\\s+who\\s+" +
    '(?:(?:has|have|had)\\s+)?(?:(?:also|repeatedly|previously|publicly|once|later|since)\\s+)?' +
    '(said|says|told|tells|declared|noted|argued|argues|insisted|insists|warned|claimed|claims|added|wrote|' +
    'suggested|predicted|acknowledged|stressed|believes|believed|thinks|fears|feared|admits|admitted|' +
    'reported|reports|estimates|estimated|promised|stated|states|announced|confirmed|explained)\\s+',
  'u',
);

/** Verbs a relative clause reads as a saying only before "that": "who reported that …", not "who reported the attack". */
const RELATIVE_THAT_ONLY =
  /^(?:fears|feared|admits|admitted|reported|reports|estimates|estimated|promised|stated|states|announced|confirmed|explained)$/;

/** "Head of |", "Partnership for |", "Office of the |": capitalised words before "of"/"for" ending at a name. */
const NAME_HEAD_BEFORE = /(?<![\p{L}'’.-])(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?$/u;

/** Openers that stand before a name at a sentence's start and are no part of it. */
const OPENER_BEFORE_NAME = /^(?:But|And|So|Yet|Then|When|While|After|Before|Since|As|Though|Although|If)\s+/;

/**
 * A saying inside a non-restrictive relative clause on a name: "Trump was out-boasting Ted Cruz,
 * who said he would use it sparingly, in …" → Ted Cruz said "he would use it sparingly". The
 * clause runs to its closing comma (or the sentence's end). Only a capitalised name before the
 * comma: "voters who said …" is a poll's share, "the man, who said …" points back to no one here.
 */
export function relativeSaying(
  masked: string,
  from: number,
  to: number,
): { speaker: Span; content: Span } | null {
  const region = masked.slice(from, to);
  if (!region.includes(', who ')) return null;
  const m = RELATIVE_SAYING.exec(region);
  if (!m) return null;
  const opener = OPENER_BEFORE_NAME.exec(m[1]!)?.[0].length ?? 0;
  const speakerStart = from + m.index + opener;
  const speaker = { start: speakerStart, end: from + m.index + m[1]!.length };
  if (speaker.end <= speaker.start) return null;
  // "The Head of Community, who …", "the Partnership for Conservative Principles, who …": the name
  // is the tail of a capitalised name joined by "of" or "for", and the whole name is the speaker.
  const head = NAME_HEAD_BEFORE.exec(masked.slice(Math.max(from, speakerStart - 60), speakerStart));
  if (head) speaker.start -= head[0].length;
  const verbEnd = from + m.index + m[0].trimEnd().length;
  // "who declared victory": an act, unless "that" or a quote follows.
  if (m[2] === 'declared' && !/^\s+(?:that\s|\u2591)/.test(masked.slice(verbEnd, to))) return null;
  // "who reported the attack", "who fears reprisals": an object, not a clause, unless "that" opens one.
  if (RELATIVE_THAT_ONLY.test(m[2]!) && !/^\s+that\s/.test(masked.slice(verbEnd, to))) return null;
  const at = contentStart(masked, verbEnd, m[2]!, to);
  const comma = masked.slice(at, to).search(/,(?!\d)/);
  const content = reportedContent(masked, trimSpan(masked, at, comma >= 0 ? at + comma : to));
  const words = masked.slice(content.start, content.end);
  // "who said on Thursday that “the government is giving away the land”": a quote is words enough.
  if ((wordCount(words) < 3 && !words.includes(MASK)) || saysNothing(masked, content)) return null;
  // "who told reporters about …", "who wrote to the council": a topic or an addressee is no content.
  if (TOPIC_OPENING.test(words)) return null;
  return { speaker, content };
}

/**
 * A topic or an addressee after the verb ("who told reporters about …"); "about 2,000 people" and
 * "at least two civilians" are counts.
 */
const TOPIC_OPENING =
  /^(?:by|for|with|about(?!\s+\d)|into|onto|from|of|to|on|in|at(?!\s+(?:least|most)\s))\s/i;

const WHICH_SAYING =
  /,\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:(?:also|repeatedly|previously|later|since)\s+)?(said|says|announced|reported|reports|stated|states|warned|noted|added|confirmed|confirms|estimated|estimates)\s+/;
/** Last words of a body that speaks: "the enclave's health ministry", "the ICRC", "the Kazakh presidency". */
const SPEAKING_BODY =
  /(?:^|\s)(?:ministry|service|office|agency|committee|council|government|administration|embassy|mission|organi[sz]ation|commission|presidency|authorities|department|Ministry|Service|Office|Agency|Committee|Council|Government|Administration|Embassy|Mission|Commission|Presidency|Department|Cross|Crescent|\p{Lu}{2,})$/u;

/** A body's name that ends in its domain: "the Armenian Ministry of Health", "the Committee for Refugees". */
const BODY_OF_DOMAIN =
  /(?:^|\s)(?:Ministry|Service|Office|Agency|Committee|Council|Commission|Department)\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3}$/u;
/** A name whose words after "the" are all capitalised but for "of the": "the International Committee of the Red Cross". */
const CAPITALISED_NAME_WITH_THE = /^the\s+\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for)\s+the\s+)?\p{Lu}[\p{L}-]*)*$/u;

/** A place after a body: "… in the region", "… of the enclave". */
const BODY_PLACE_AT_END = /\s+(?:in|of)\s+the\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u;

const NAMED_OR_DEFINITE_PHRASE_AT_END =
  /(?:^|\s)((?:the\s+)(?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})$/u;

/**
 * A saying inside a non-restrictive relative clause on a body: "…, according to the enclave's
 * health ministry, which said on Tuesday that 105 people were missing", "aid reached the city,
 * the ICRC, which says it has taken 700 patients …". The body is the noun phrase before the
 * comma, from its last "the" (or its capitalised name) to a body's noun or letters; the clause
 * runs to its closing comma or the sentence's end.
 */
export function relativeWhichSaying(
  masked: string,
  from: number,
  to: number,
): { speaker: Span; content: Span; stateOnly: boolean } | null {
  const region = masked.slice(from, to);
  if (!region.includes(', which ') && !region.includes(', who ')) return null;
  const m = WHICH_SAYING.exec(region);
  if (!m) return null;
  const before = region.slice(0, m.index);
  // "the authorities in the region, who said …": a body with a place after it; the head is the body.
  const place = BODY_PLACE_AT_END.exec(before);
  const head = place ? before.slice(0, place.index) : before;
  const np = NAMED_OR_DEFINITE_PHRASE_AT_END.exec(head);
  if (!np) return null;
  // "Azerbaijan, which says it is …": a bare proper name may be a state that speaks; the caller
  // keeps it only when the name resolves to a government.
  const proper = !place && !/^the\s/.test(np[1]!);
  if (!(SPEAKING_BODY.test(np[1]!) || BODY_OF_DOMAIN.test(np[1]!) || proper)) return null;
  // "the head of the ministry" is a person; "the International Committee of the Red Cross" is one name.
  if (/\bthe\s.*\bthe\s/i.test(np[1]!) && !CAPITALISED_NAME_WITH_THE.test(np[1]!)) return null;
  // "who" points back to people: a plural body of them ("the authorities, who said …"), not "the ministry, who".
  if (/^,\s+who\s/.test(m[0]) && !/(?:authorities|officials)$/i.test(np[1]!)) return null;
  const speakerStart = from + head.length - np[1]!.length;
  const verbEnd = from + m.index + m[0].trimEnd().length;
  const at = contentStart(masked, verbEnd, m[1]!, to);
  const comma = masked.slice(at, to).search(/,(?!\d)/);
  const content = reportedContent(masked, trimSpan(masked, at, comma >= 0 ? at + comma : to));
  const words = masked.slice(content.start, content.end);
  if (wordCount(words) < 3 || saysNothing(masked, content)) return null;
  if (TOPIC_OPENING.test(words)) return null;
  const bodyNamed = SPEAKING_BODY.test(np[1]!) || BODY_OF_DOMAIN.test(np[1]!);
  return { speaker: { start: speakerStart, end: from + m.index }, content, stateOnly: !bodyNamed };
}
