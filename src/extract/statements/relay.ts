import { affiliationOf } from '../entities/affiliations.ts';
import { countryOf } from '../entities/resolve.ts';
import type { Entity, Span } from '../types.ts';
import { resolveSpeaker } from './discourse/resolveSpeaker.ts';
import type { Discourse, ResolvedSpeaker } from './discourse/state.ts';
import { postHolderBefore } from './groupMembers.ts';
import { COMMUNICATION_VERB, LEADING_CONNECTIVE, passiveBefore, SPEAKER_NOUN } from './lexicon.ts';

const THE_LOWER_CASE_NOUN = /^the\s+\p{Ll}/u;

/**
 * A relay is a statement whose speaker reports what someone else said or did: "Miller said
 * that Blinken spoke to Pashinyan to express …", "'The Secretary urged …,' the statement
 * read". The modelling: speaker = the one whose words or acts the content reports (Blinken),
 * via = the one relaying them (Miller, or the author of the statement being quoted).
 * canRelay admits bodies, documents and spokespeople, who relay whatever a principal said or did;
 * any other person relays only a named principal who told, assured or promised them words of
 * their own ("Pashinyan said that Aliyev told him that …": Pashinyan's and Aliyev's, CONVENTIONS 14),
 * read in toldRelay.ts.
 */

const RELAYER_ROLE =
  /spokes|press|representative|adviser|advisor|aide|office|service|secretary(?! of state)|ministry/i;

export function canRelay(outer: ResolvedSpeaker): boolean {
  const e = outer.entity;
  return (
    outer.viaDocument ||
    e.kind === 'organisation' ||
    e.kind === 'government' ||
    RELAYER_ROLE.test(e.role ?? '') ||
    (e.kind !== 'person' && RELAYER_ROLE.test(e.name))
  );
}

/**
 * Words that make a source the press: "Russian news agencies", "IRIB News", "the ISNA correspondent",
 * "a pro-government daily". A ministry's "media center" or "press service" is a government office.
 */
const MEDIUM_WORDS =
  /(?<![\p{L}-])(?:news(?:papers?)?|media(?!\s+(?:cent(?:er|re)|office|department|service|unit))|dail(?:y|ies)|TV|television|radio|broadcasters?|correspondents?|journalists?)(?![\p{L}-])/iu;

/**
 * "According to Russian news agencies, the foreign ministry announced …", "According to the report of
 * IRIB News, the minister stated …": a news outlet passing words on is the medium, not a speaker
 * (CONVENTIONS 15). The outlet's own name from the gazetteer counts ("Interfax", "Reuters").
 */
export function isNewsMedium(outer: ResolvedSpeaker): boolean {
  if (outer.viaDocument) return false;
  const words = outer.mention.replace(/^(?:the\s+)?reports?\s+(?:of|by)\s+/i, '');
  if (outer.entity.id.startsWith('text:') && MEDIUM_WORDS.test(words)) return true;
  return outer.entity.kind !== 'person' && affiliationOf(outer.entity, words) === 'media';
}

/**
 * The noun phrase a clause opens with: a pronoun, a role after a nationality ("the French
 * president"), or a run of capitalised words with "of"/"the" ("The US Secretary of State").
 */
const LEADING_NP =
  /^(?:(?:[Hh]e|[Ss]he|They)(?![\p{L}'’-])|[Tt]he\s+\p{Lu}[\p{L}-]*\s+(?:president|prime minister|foreign minister|minister|leader)(?![\p{L}-])|[Tt]he\s+(?:head\s+of\s+state|president|prime\s+minister|premier|foreign\s+minister|minister|chancellor)(?![\p{L}-])|(?:The\s+|the\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+)*\p{Lu}[\p{L}.’'-]*)/u;

/**
 * The principal of a relayed clause: the entity the clause opens with, when a speech or
 * communication verb follows it in the same comma-free stretch ("Blinken held a phone
 * conversation with Aliyev and urged him …"). Quote marks in the clause are read through.
 */
export function findPrincipal(
  text: string,
  content: Span,
  d: Discourse,
  outer: Entity,
): ResolvedSpeaker | null {
  const clause = text.slice(content.start, content.end).replace(/["“”‘’«»]/g, ' ');
  const opened = clause.replace(LEADING_CONNECTIVE, '');
  const lead = opened.length - opened.trimStart().length + (clause.length - opened.length);
  const body = clause.slice(lead);
  const role = LEADING_NP.exec(body)?.[0];
  if (!role) return null;
  // "that the minister, Hossein Amir-Abdollahian, had told …": the name set beside the role is the one named.
  const apposed = THE_LOWER_CASE_NOUN.test(role) ? APPOSED_NAME.exec(body.slice(role.length)) : null;
  const np = apposed ? apposed[1]! : role;
  const afterNp = apposed ? role.length + apposed[0].length : np.length;
  // "It added that he had stressed …": a body or a document hands on a person named before; a
  // person's "that he …" is most often the person himself ("Klaar posted that he welcomed …").
  if (/^(?:he|she)$/.test(np) && outer.kind === 'person') return null;
  // The words up to the first punctuation, found without splitting the rest of the content.
  const rest = pastCallDuringWhich(apposed ? body.slice(afterNp) : pastAside(body.slice(np.length)));
  const stop = withoutApposedNames(rest).search(/[,.;:!?]/);
  const stretch = stop < 0 ? rest : rest.slice(0, stop);
  const verb = saidOrAppraised(stretch, quotes(text, content));
  if (!verb || passiveBefore(stretch.slice(0, verb.index))) return null;
  // "Pashinyan asked Moscow to ensure that …", "Aliyev did not ask for anything": a request is an
  // act (CONVENTIONS 10); only a question asked ("asked whether …") hands on words.
  const afterAsked = rest.slice(verb.index + verb[0].length);
  if (ASKED.test(verb[0]) && !QUESTION_ASKED.test(afterAsked) && !ASKED_TO_CONVEY.test(afterAsked))
    return null;
  if (NOUN_BEFORE.test(stretch.slice(0, verb.index))) return null;
  // "Pashinyan had signed because the army command had warned him that …": the verb belongs to a
  // clause of its own, with its own subject; the one named first did not say it.
  if (CLAUSE_BEFORE_VERB.test(stretch.slice(0, verb.index))) return null;
  if (namedInSecondThat(np, stretch.slice(0, verb.index))) return null;
  // "Paris was pursuing a policy that threatened peace": a verb after a relative pronoun is the
  // relative clause's, said of the noun before it, not of the one the clause opens with.
  if (RELATIVE_BEFORE_VERB.test(stretch.slice(0, verb.index))) return null;
  // "Kremlin spokesman Dmitry Peskov confirmed …": the leading words modify the relayer's own name.
  if (namesOuter(stretch.slice(0, verb.index), outer)) return null;
  // "The ministry said that Baku was “deliberately creating a crisis” and demanded that …": a quote
  // closed before the verb, with no saying before it, is the relayer's description of the one named;
  // the verb after it goes on with the relayer's own acts.
  const restAt = content.start + clause.length - rest.length;
  if (describedInQuote(text.slice(restAt, restAt + verb.index))) return null;
  const principal = byPost(np, content, d, outer) ?? resolveSpeaker(np, d);
  if (!principal || principal.entity.id === outer.id) return null;
  // "Peskov said Moscow … considered the matter closed": a body's appraisal told by its own voice is
  // the voice's statement; only a person's appraisal is relayed.
  if ((APPRAISAL_VERB.test(verb[0]) || THOUGHT_VERB.test(verb[0])) && principal.entity.kind !== 'person')
    return null;
  // "Spokeswoman Morgan Ortagus said the United States “condemns …”": a state named by one who
  // speaks for it is that official's own telling of its stance, not a second voice relayed.
  if (speaksForState(outer, principal)) return null;
  // A person the gazetteer lacks may be relayed when named ("Deputy Minister Anna Gyuyanova"); a description may not.
  const named = principal.entity.kind === 'person' && principal.entity.name.includes(' ');
  return principal.entity.id.startsWith('text:') && !named ? null : principal;
}

/**
 * "According to AFP, a diplomatic source in Brussels said it would …", "according to the paper, the
 * commander said …": a medium hands on one it describes, not names; the description opens the clause
 * (an article, a speaker noun, a few words placing it) and a plain saying verb follows at once.
 * A medium's own statement is never right, so a description is as good a principal as a name.
 */
const DESCRIBED_SAYS =
  /^(?:an?|the|one|two|three|several)\s+([^,;:.!?"“”()]{2,60}?)\s+(?:said|says|stated|told\s+\p{Ll}+|added|noted|claimed)(?![\p{L}-])/u;

export function describedPrincipal(text: string, content: Span, d: Discourse): ResolvedSpeaker | null {
  const m = DESCRIBED_SAYS.exec(text.slice(content.start, Math.min(content.end, content.start + 120)));
  if (!m || !SPEAKER_NOUN.test(m[1]!)) return null;
  const np = m[0].slice(0, m[0].indexOf(m[1]!) + m[1]!.length);
  const principal = resolveSpeaker(np, d);
  return principal && principal.entity.kind !== 'place' ? principal : null;
}

/**
 * Is `outer` an official or a body of the state `principal` names ("Baku" in the words of an aide to
 * its president; "the State Department said Washington welcomed …")? A state's ministry or office is
 * how the state speaks, as its spokesman is (CONVENTIONS 14, row W); a medium of that country is not.
 */
function speaksForState(outer: Entity, principal: ResolvedSpeaker): boolean {
  if (principal.entity.kind !== 'government') return false;
  if (outer.kind === 'organisation') return stateBody(outer, principal.entity);
  if (outer.kind !== 'person' || !outer.role) return false;
  const home = countryOf(outer);
  if (home) return home === countryOf(principal.entity);
  const state = principal.mention.replace(/^the\s+/i, '');
  return new RegExp(`(?<![\\p{L}])${state.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(outer.role);
}

/** A body the gazetteer places in the government's country, other than its press. */
function stateBody(body: Entity, government: Entity): boolean {
  const home = countryOf(body);
  return !!home && home === countryOf(government) && affiliationOf(body) !== 'media';
}

/**
 * "the head of state", "the prime minister" in a relayed clause: the one the text last named under
 * that post, read in the document's own text (a clause rebuilt around an aside has other offsets).
 */
function byPost(np: string, content: Span, d: Discourse, outer: Entity): ResolvedSpeaker | null {
  const end = d.text.startsWith(np, content.start) ? content.start : d.unitStart;
  const holder = postHolderBefore(np, d, end, outer);
  return holder ? { entity: holder, mention: np, viaDocument: false } : null;
}

/**
 * A speech word after a preposition or a determiner is a noun: "the United States was deeply
 * concerned about reports of violence" relays no one's reports.
 */
const NOUN_BEFORE =
  /(?<![\p{L}\p{N}])(?:about|of|on|for|with|to|in|over|amid|despite|after|before|by|from|against|the|a|an|his|her|its|their|these|those|such|new|recent)\s+$/iu;

/**
 * Whom and where, between a verb and its "that": "told Aliyev in a phone call that", "told his
 * U.S. and EU counterparts that" (an abbreviation's dots are no sentence end), "told his Azerbaijani
 * counterpart, Jeyhun Bayramov, on the sidelines of the meeting that" (a name in apposition, then
 * where or when).
 */
const OBJECT_WORD = String.raw`(?:[^,.;:"“”]|(?<=(?:^|[\s.])\p{Lu})\.)`;
/** "earlier that day that …": a "that" before a time noun points to a time, no clause opens there. */
const TIME_NOUN = String.raw`(?:day|night|morning|afternoon|evening|week|month|year)(?![\p{L}-])`;

const OBJECT_THEN_THAT = new RegExp(
  String.raw`^\s+(?:him|her|them|hope|confidence|conviction|\p{Lu}[\p{L}.’'-]*|the|his|their|both|all|each|every|in|at|on|during|over|reporters|journalists|relatives|families|lawmakers)` +
    String.raw`${OBJECT_WORD}{0,70}?(?:,\s*\p{Lu}[^,.;:"“”]{0,40},(?:\s[^,.;:"“”]{1,60}?)?)?\sthat\s+(?!${TIME_NOUN})(?=\S)`,
  'u',
);

/** "told foreign leaders that …": a verb whose object, whoever it names, always stands before "that". */
const TOLD_VERB = /^(?:told|tells|assured|informed|reminded)$/;
const TOLD_OBJECT_THEN_THAT = new RegExp(
  String.raw`^\s+(?:[\p{L}'’-]+\s+){1,4}?that\s+(?!${TIME_NOUN})(?=\S)`,
  'u',
);

/** Where the principal's own words start in the clause: after its verb ("Blinken emphasized| “the need …”"). */
export function principalContentStart(text: string, content: Span, pastThat = false): number {
  const clause = text.slice(content.start, content.end);
  const np = LEADING_NP.exec(clause)?.[0] ?? '';
  const skipped = clause.length - np.length - pastAside(clause.slice(np.length)).length;
  const verb = saidOrAppraised(clause.slice(np.length + skipped), quotes(text, content));
  if (verb) verb.index += np.length + skipped;
  if (!verb) return content.start;
  const after = verb.index + verb[0].length;
  // "told Aliyev in a phone call that there was …", "stressed at the meeting that …": whom, how
  // and where are no part of the words (a clause right after the verb, "stressed that …", is left
  // whole: see index.ts).
  const toThat =
    OBJECT_THEN_THAT.exec(clause.slice(after)) ??
    (TOLD_VERB.test(verb[0]) ? TOLD_OBJECT_THEN_THAT.exec(clause.slice(after)) : null);
  if (toThat || !pastThat) return content.start + after + (toThat?.[0].length ?? 0);
  // "She added that …, according to the ministry": the one who cites a source says the that-clause.
  return content.start + after + (/^\s+that\s+(?=\S)/.exec(clause.slice(after))?.[0].length ?? 0);
}

/**
 * "Putin regarded the agreement as “the basis for a settlement”": an appraisal that quotes its
 * words is the principal's saying (CONVENTIONS 10), its object and the quote what was said.
 * A spokesman tells a leader's view in the present as often ("the president considers the
 * treaty “…”"), so the present forms count too. Thanks praise as an appraisal does ("had thanked
 * Iran for its “principled position”": the quote is the principal's).
 */
const APPRAISAL_VERB =
  /(?<![\p{L}-])(?:describe[sd]|regard(?:ed|s)|consider(?:ed|s)|assess(?:ed|es)|call(?:ed|s)|term(?:ed|s)|characteri[sz]e[sd]|brand(?:ed|s)|hail(?:ed|s)|thanked)(?![\p{L}-])/u;

function quotes(text: string, content: Span): boolean {
  return /["“«]/.test(text.slice(content.start, content.end));
}

function saidOrAppraised(words: string, quoted: boolean): RegExpExecArray | null {
  const said =
    COMMUNICATION_VERB.exec(words) ??
    (quoted ? (APPRAISAL_VERB.exec(words) ?? SEEN_AS.exec(words)) : null) ??
    MADE_CLEAR.exec(words) ??
    directiveWithWords(words, quoted);
  if (said) return said;
  // "the head of state believes that …": a thought handed on is the thinker's claim when a clause
  // with "that", or a quote, gives its words (CONVENTIONS 9).
  const thought = THOUGHT_VERB.exec(words);
  return thought && (quoted || /^\s+that\s/.test(words.slice(thought.index + thought[0].length)))
    ? thought
    : null;
}

/**
 * "the minister instructed the commanders “to prevent …”", "the premier had instructed ministers to
 * find housing … “before the cold weather comes”", "the Minister also informed his interlocutor that
 * …": an instruction or a briefing handed on is the principal's saying when a quote or a that-clause
 * gives its words (CONVENTIONS 9); an order told with no words of its own is an act, and one
 * "kept informed" is told, not telling.
 */
const DIRECTIVE_VERB =
  /(?<![\p{L}-])(?<!(?:kept|keep|keeps|being|been|be|was|were|is|are|fully|well)\s+)(?:instruct(?:s|ed)|inform(?:s|ed))(?![\p{L}-])/u;

function directiveWithWords(words: string, quoted: boolean): RegExpExecArray | null {
  // The pattern's lookbehinds run at every word; a plain scan for the stems spares most clauses them.
  const verb = /instruct|inform/.test(words) ? DIRECTIVE_VERB.exec(words) : null;
  if (!verb) return null;
  const after = words.slice(verb.index + verb[0].length);
  // "was being kept informed and that …": the "that" must be the informing's own, after whom.
  return quoted || /^\s+(?:(?!and\s|or\s)[\p{L}'’-]+\s+){1,4}?that\s/u.test(after) ? verb : null;
}

/** Whom an instruction is to, then its words: "the commanders “|to prevent …”", "ministers to |find …". */
const DIRECTED_OBJECT = /^\s+[^,.;:"“”«»]{1,60}?\s+(?:(["“«])(?=to\s)|to\s+)/u;

/**
 * The words of an instruction handed on: the infinitive after whom it was given to, inside a quote
 * that opens with it. Null when the clause's verb is no instruction or has no such words.
 */
export function directedWords(text: string, content: Span): Span | null {
  const from = principalContentStart(text, content);
  const verb = /(\S+)\s*$/.exec(text.slice(content.start, from))?.[1] ?? '';
  if (from >= content.end || !/^instruct(?:s|ed)$/.test(verb)) return null;
  const object = DIRECTED_OBJECT.exec(text.slice(from, content.end));
  if (!object) return null;
  return { start: from + object[0].length, end: content.end };
}

/**
 * "Hajiyev told journalists that the president saw the exchange as “a goodwill gesture …”": seeing a
 * thing as what the quote calls it is an appraisal (CONVENTIONS 10); read only where the clause quotes.
 */
const SEEN_AS = /(?<![\p{L}-])(?:saw|sees)(?=\s[^.;:!?"“”«»]{1,60}?\sas\s)/u;

/** "the president had made (it) clear that …": a saying in two words, its words the that-clause. */
const MADE_CLEAR = /(?<![\p{L}-])made\s+(?:it\s+)?clear(?=\s+that\s)/u;

const THOUGHT_VERB =
  /(?<![\p{L}-])(?:believes|believed|thinks|hopes|hoped|is\s+convinced|was\s+convinced)(?![\p{L}-])/u;

/**
 * The thing appraised and the words before the quote ("the agreement as", "the CSTO", "the deal a
 * step toward"): a few words, no clause of their own.
 */
const BEFORE_APPRAISAL = /^[^.;:!?"“”«»]{0,80}$/;
const CLAUSE_BEFORE_APPRAISAL =
  /(?<![\p{L}-])(?:that|which|who|is|are|was|were|has|have|had|would|will|could)(?![\p{L}-])/iu;

/**
 * The principal's appraisal: its quoted words, inside the mark ("the agreement as “|the basis …”"),
 * as "called the move “|a provocation”" is (CONVENTIONS 10 and 16, row AA): the thing appraised is
 * the writer's naming, the quote the principal's own words. A clause before the quote ("as proof
 * that the sides could “…”") keeps its start there. Null when the verb appraises nothing quoted.
 */
export function appraisedWords(text: string, content: Span): Span | null {
  const from = principalContentStart(text, content);
  const verb = /(\S+)\s*$/.exec(text.slice(content.start, from))?.[1] ?? '';
  const appraises = APPRAISAL_VERB.test(verb) || /^(?:saw|sees)$/.test(verb);
  if (from >= content.end || !appraises || !quotes(text, { start: from, end: content.end })) return null;
  const start = from + (/^\s*/.exec(text.slice(from, from + 8))?.[0].length ?? 0);
  const mark = text.slice(start, content.end).search(/["“«](?=\p{L})/u);
  const before = mark < 0 ? '' : text.slice(start, start + mark);
  if (mark < 0 || !BEFORE_APPRAISAL.test(before) || CLAUSE_BEFORE_APPRAISAL.test(before))
    return { start, end: content.end };
  return { start: start + mark + 1, end: content.end };
}

/** A relative pronoun after a noun, right before the verb: "a policy that ", "the talks, which ". */
const RELATIVE_BEFORE_VERB =
  /\p{L}\s+(?:that|which)\s+(?:(?:also|later|then|had|has|have|would|could|will)\s+)*$/u;
const ASKED = /^ask(?:s|ed)?$/i;
/** What follows "asked" when it asks: a question word, after whom it was asked of. */
const QUESTION_ASKED = /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:whether|if|why|how|what|when|where|who)(?![\p{L}-])/u;

/** "asked him to convey that …": a message handed to the one asked is the asker's words. */
const ASKED_TO_CONVEY = /^\s+(?:him|her|me|us)\s+to\s+(?:convey|pass\s+on|relay)\s+(?:that\s|["“])/u;

/** A subordinate clause opening between the first name and the verb of saying. */
const CLAUSE_BEFORE_VERB =
  /\b(?:because|since|after|before|when|while|although|though|whereas|unless|until|once|so that|but)\s/i;

/**
 * A second that-clause whose subject is a name of its own: "Putin had been informed and that
 * Moscow hoped …" (Moscow hoped, not Putin). A pronoun or a description ("and that he had told
 * them", "and that the president believed") goes on about the one named first.
 */
const SECOND_THAT_NAMED = /\b(?:and|or)\s+that\s+(?!The\s)(\p{Lu}[\p{L}'’-]*)/u;

function namedInSecondThat(np: string, before: string): boolean {
  const named = SECOND_THAT_NAMED.exec(before)?.[1];
  return named !== undefined && !np.includes(named);
}

/** A lower-case aside set off by commas after a name: ", speaking at a briefing on Monday,". */
const ASIDE_AFTER_NAME = /^,\s*\p{Ll}[^,;.:!?"“”]{0,120},\s*/u;

/** The words after a name, past an aside before its verb ("X, speaking on Monday, said …"). */
/**
 * Words between a name and its verb: a verb of its own, then a whole quote, no saying or appraisal
 * before it ("was “deliberately creating …”"). A quote right after the name is its own predicate,
 * the one named acting in their words ("Aliyev “apologized for …” and assured …").
 */
function describedInQuote(words: string): boolean {
  const quoted = /["“«][^"“”«»]+["”»]/u.exec(words);
  if (!quoted) return false;
  const before = words.slice(0, quoted.index);
  return (
    OWN_VERB.test(before) &&
    !COMMUNICATION_VERB.test(before) &&
    !APPRAISAL_VERB.test(before) &&
    !THOUGHT_VERB.test(before)
  );
}

const OWN_VERB = /(?<![\p{L}-])(?:is|are|was|were|has|have|had|remains?|remained|\p{Ll}+ed)(?![\p{L}-])/u;

/**
 * "Pashinyan had a telephone conversation with Putin last night, during which he stated that …": the
 * call is the setting of the saying, and "he" its caller, the clause's subject; the saying follows it.
 */
const CALL_DURING_WHICH =
  /^\s+(?:had|held)\s+(?:a\s+)?(?:telephone|phone)\s+(?:conversation|call|talks)\s+with\s+[^,;:.!?"“”]{1,80},\s+during\s+which\s+(?:he|she)\s+(?=\p{Ll})/u;

/** ", Hossein Amir-Abdollahian, " after a role: the name apposed to it. */
const APPOSED_NAME = /^,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(?=\p{Ll})/u;

/**
 * "had spoken with her Armenian counterpart, Ararat Mirzoyan, on Monday and told him that …": a name
 * set beside a role noun between commas names the one spoken with; its commas end no stretch. Only
 * after a lower-case noun: "met Aliyev, Putin, and …" is a list, and its commas stay.
 */
const APPOSED_AFTER_NOUN = /(?<=\p{Ll}),\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},(?=\s+\p{Ll})/gu;

/** The words with an apposed name's commas blanked, offsets kept. */
function withoutApposedNames(words: string): string {
  return words.replace(APPOSED_AFTER_NOUN, (m) => m.replace(/,/g, ' '));
}

function pastCallDuringWhich(rest: string): string {
  const call = CALL_DURING_WHICH.exec(rest);
  return call ? rest.slice(call[0].length) : rest;
}

function pastAside(rest: string): string {
  const aside = ASIDE_AFTER_NAME.exec(rest);
  return aside ? rest.slice(aside[0].length) : rest;
}

function namesOuter(words: string, outer: Entity): boolean {
  if (outer.kind !== 'person') return false;
  const surname = outer.name.split(/\s+/).at(-1);
  return !!surname && words.split(/[^\p{L}’'-]+/u).includes(surname);
}

/** "…, Kazinform reports": a one-word name the text does not know, reporting as the press does. */
const OUTLET_NAME = /^\p{Lu}[\p{L}\p{N}.-]*$/u;
const OUTLET_VERB = /^\s+(?:reports|reported|writes|wrote)[\s.,]*$/;

/**
 * Does the text show `outer` reporting as an outlet: a single unknown name with "reports" or
 * "writes" after the clause it tells? A person reports to someone; a ministry or a country the
 * gazetteer knows is no such unknown name. Once shown, the name (and "the agency" pointing back
 * to it) is a medium for the rest of the document (CONVENTIONS 15).
 */
export function reportsAsOutlet(frame: string, outer: ResolvedSpeaker): boolean {
  const e = outer.entity;
  if (!e.id.startsWith('text:') || e.kind === 'person' || outer.viaDocument) return false;
  const mention = outer.mention.trim();
  return (
    OUTLET_NAME.test(mention) && frame.startsWith(mention) && OUTLET_VERB.test(frame.slice(mention.length))
  );
}

/** ", the Defence Ministry in Moscow announced" closing the clause a medium hands on. */
const SAYING_TAIL =
  /,\s+((?:the\s+)?\p{Lu}[^,;:.!?"“”()]{1,60}?)\s+(?:said|announced|stated|reported|confirmed)\s*$/u;

/** A principal whose words a relayer hands on, and the span of those words. */
export interface RelayedWords {
  principal: ResolvedSpeaker;
  words: Span;
}

/**
 * "The last column crossed the border, the Defence Ministry announced, according to Interfax": the
 * clause's own saying tail names who said it; the outlet after it is only the medium
 * (CONVENTIONS 15). The principal named after their words, and the words before the tail, or null.
 */
export function principalInSayingTail(
  text: string,
  content: Span,
  d: Discourse,
  outer: Entity,
): RelayedWords | null {
  const clause = text.slice(content.start, content.end);
  const m = SAYING_TAIL.exec(clause);
  if (!m) return null;
  const principal = resolveSpeaker(m[1]!, d);
  if (!principal || principal.entity.id === outer.id || principal.entity.kind === 'place') return null;
  if (principal.entity.id.startsWith('text:') && !SPEAKER_NOUN.test(m[1]!)) return null;
  return { principal, words: { start: content.start, end: content.start + m.index } };
}
