import type { Entity, Paragraph, Span, Statement, StatementKind } from '../../types.ts';
import { quotesATitle } from '../contentTail.ts';
import type { Discourse, ResolvedSpeaker } from '../discourse/state.ts';
import { kinInQuote } from '../kinTeller.ts';
import { genderOf, knownGender } from '../people.ts';
import { pronounTellerInQuote, withPronounTellers } from '../pronounTellerInQuote.ts';
import { type Quote, quoteSpans } from '../quotes.ts';
import type { Unit } from '../units.ts';
import { type Draft, type Previous, quoteClose } from './draft.ts';

const SPACE_RUN = /\s+/g;

/**
 * Does a trimmed text hold more than `n` words, as `split(/\s+/).length > n` says? Read only as far
 * as the answer needs: a long quote is not split word by word to learn it has more than a few.
 */
export function moreWordsThan(trimmed: string, n: number): boolean {
  SPACE_RUN.lastIndex = 0;
  let words = 1;
  while (SPACE_RUN.exec(trimmed)) if (++words > n) return true;
  return false;
}

/** The unit's words before `cut` and from `next` on, each with its quotes; null when a quote spans the cut. */
export function splitUnit(unit: Unit, cut: number, next: number): [Unit, Unit] | null {
  const before = unit.quotes.filter((q) => quoteClose(q) <= cut);
  const after = unit.quotes.filter((q) => q.parts[0]!.open >= next);
  if (before.length + after.length !== unit.quotes.length) return null;
  return [
    { ...unit, end: cut, quotes: before },
    { ...unit, start: next, quotes: after },
  ];
}

/** Where the paragraph before the one holding `at` starts (0 at the text's start). */
export function previousParagraphStart(text: string, at: number): number {
  const own = text.lastIndexOf('\n\n', at - 1);
  if (own < 0) return 0;
  const before = text.lastIndexOf('\n\n', own - 1);
  return before < 0 ? 0 : before + 2;
}

export function makeDraft(
  unit: Unit,
  speaker: ResolvedSpeaker,
  via: Entity | undefined,
  kind: StatementKind,
  spans: Span[],
  said: Span[],
): Draft {
  const [quote, ...continuation] = spans;
  const draft: Draft = {
    speaker: speaker.entity,
    mention: speaker.mention,
    kind,
    quote: quote!,
    continuation,
    said,
    context: { start: unit.start, end: unit.end },
    sentence: unit.sentences[0]!,
  };
  if (via) draft.via = via;
  return draft;
}

/** Does the unit, outside its quotes, speak of a written statement ("said in a statement", "the statement says")? */
export function statementWords(masked: string, unit: Unit): boolean {
  return /\b(?:statement|readout|communiqu[eé]|press release)\b/i.test(masked.slice(unit.start, unit.end));
}

/** A person who speaks for a body, named only by that role: "the representative of France", "Armenia's delegate". */
const BODY_VOICE =
  /^(?:(?:the|an?)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:representative|delegate|spokes(?:person|man|woman)|press secretary)(?:\s+(?:of|for)\s.+)?$/iu;

const CAPITAL_AFTER_FIRST_CHARACTER = /^.\P{Lu}*\p{Lu}/u;

/** One capitalised word and nothing more, as a person's given name is written alone: "Gayane". */
const GIVEN_NAME_ALONE = /^\p{Lu}\p{Ll}+$/u;

/** One person out of a group of people: "One of the protesters", "another of the mothers". */
const ONE_OF_PEOPLE =
  /^(?:one|another)\s+of\s+(?:the|those|these)\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+s|women|men|people)$/iu;

/**
 * One unnamed person, introduced with "a" and set off by a comma or a relative: "A member of the
 * committee, who asked not to be named", "A resident who gave no name", "A Polish observer, who …"
 * (a nationality before the noun). A "he" after points to them.
 */
const ONE_UNNAMED_PERSON =
  /^[Aa]n?\s+(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+\s+){0,2}?(?:member|resident|official|diplomat|source|officer|soldier|witness|volunteer|doctor|nurse|teacher|neighbou?r|relative|villager|refugee|observer|monitor|woman|man)(?:\s+(?:of|from|in|at)\s+[^,]{1,80})?(?:,?\s+who\s+[^,]{1,80})?,?$/u;

/** A possessive determiner opening a mention: "his" in "his sister Sesegma". */
const POSSESSIVE = /^(?:his|her|their|its)$/i;

export function remember(
  d: Discourse,
  draft: Draft,
  outer: ResolvedSpeaker,
  aboutAStatement: boolean,
  paragraph: number,
): void {
  if (draft.speaker.kind === 'person') {
    d.lastPerson = draft.speaker;
    // A speaker is named where they speak, even as "the senator"; "she" tells their gender.
    d.people.push({
      entity: draft.speaker,
      start: draft.context.start,
      // "his sister Sesegma": a possessive tells the owner's gender, the noun after it the speaker's.
      gender:
        genderOf(
          draft.mention.split(/\s+/).filter((w, i, all) => i > 0 || all.length === 1 || !POSSESSIVE.test(w)),
        ) ?? knownGender(draft.speaker),
      unit: d.unit,
    });
  } else if (draft.speaker.kind !== 'place') {
    // "said Gayane, a nurse. She said …": a given name alone is of no known kind, but a pronoun
    // after it points to them, never past them to a person named further back.
    // "One of the protesters said …. “…,” she said": one of a group of people is one person too.
    if (
      (draft.speaker.kind === 'unknown' && GIVEN_NAME_ALONE.test(draft.mention)) ||
      ((draft.speaker.kind === 'group' || draft.speaker.kind === 'unknown') &&
        (ONE_OF_PEOPLE.test(draft.mention) || ONE_UNNAMED_PERSON.test(draft.mention)))
    )
      d.people.push({ entity: draft.speaker, start: draft.context.start, gender: null, unit: d.unit });
    d.lastBody = draft.speaker;
    const spoke = d.bodySpeeches.get(draft.speaker.id);
    const names = spoke?.names ?? [];
    if (CAPITAL_AFTER_FIRST_CHARACTER.test(draft.mention) && !names.includes(draft.mention))
      names.push(draft.mention);
    d.bodySpeeches.set(draft.speaker.id, {
      entity: draft.speaker,
      count: (spoke?.count ?? 0) + 1,
      last: draft.context.start,
      names,
    });
    d.spokenAs.set(draft.speaker, draft.mention);
    // "The representative of the Russian Federation said … | …, she said": the person who spoke
    // for the body is the "she" after, and the body speaks again through her.
    if (/representative|delegate|spokes|secretary/i.test(draft.mention) && BODY_VOICE.test(draft.mention))
      d.people.push({
        entity: draft.speaker,
        start: draft.context.start,
        gender: genderOf(draft.mention.split(/\s+/)),
        unit: d.unit,
      });
  }
  // Someone else speaking ends a joint text: a later "It said" is no longer all of its authors.
  if (d.groups.jointText && !d.groups.jointText.speakers.some((s) => s.entity.id === outer.entity.id))
    d.groups.jointText = null;
  if (outer.entity.kind !== 'person' && outer.entity !== draft.speaker) {
    d.lastBody = outer.entity;
    // "Foreign Minister X spoke with Y, the ministry in Moscow said": the body that relays its
    // principal spoke there too; a later "the ministry added" finds it there, not further back.
    if (outer.entity.kind !== 'place' && draft.speaker.kind === 'person') {
      const spoke = d.bodySpeeches.get(outer.entity.id);
      d.bodySpeeches.set(outer.entity.id, {
        entity: outer.entity,
        count: (spoke?.count ?? 0) + 1,
        last: draft.context.start,
        names: spoke?.names ?? [],
      });
      if (!d.spokenAs.has(outer.entity)) d.spokenAs.set(outer.entity, outer.mention);
    }
  }
  const at = draft.context.start;
  if (draft.via) d.activeStatement = { author: draft.via, principal: draft.speaker, paragraph, at };
  else if (aboutAStatement || outer.viaDocument)
    d.activeStatement = { author: outer.entity, principal: null, paragraph, at };
}

/**
 * The quotes a quote-led saying goes on with: each one set off by punctuation from the words
 * before it (`“A,” he said, “B.” “C.”`, `“A,” said Ann Lee, a lawyer, “B”`). A quote the writer's
 * words run into (`“A,” he said, calling the plan “rushed”`) is no longer this saying, nor any after it.
 */
export function quotesOfTheSaying(masked: string, quotes: readonly Quote[]): Quote[] {
  const out = quotes.slice(0, 1);
  for (const q of quotes.slice(1)) {
    const before = masked.slice(quoteClose(out[out.length - 1]!), q.parts[0]!.open);
    if (!/(?:^|[,:;.!?—–-])\s*$/.test(before)) break;
    out.push(q);
  }
  return out;
}

/** The quotes that are speech: after the first, a show's or book's title ("on “This Week”") is left out. */
export function spokenQuotes(text: string, quotes: readonly Quote[]): Quote[] {
  return quotes.filter((q, i) => i === 0 || !quotesATitle(text, q.parts[0]!));
}

/**
 * Does the statement end in the speaker's own words: a direct statement, or a reported clause
 * whose last words are a quote (`Farmers are “losing patience,” Reyes said.`)?
 */
function endsInQuote(text: string, s: Statement): boolean {
  if (s.kind === 'direct') return true;
  return endsInQuoteMark(text, s.continuation?.at(-1) ?? s.quote);
}

export function endsInQuoteMark(text: string, last: Span): boolean {
  return /["”’'»][\s,.;:!?]*$/.test(text.slice(Math.max(last.start, last.end - 4), last.end));
}

/**
 * `“A,” Lee said. “B …¶“C,” Lee said.`: a quote left open at the end of its paragraph runs on into
 * the next paragraph's quote (the newspaper convention), and is read with the attribution there.
 * But its first part opens right after the saying before it, in the same paragraph and by the same
 * speaker: it goes on with that saying, which it completes (`A … B`), and the later statement
 * starts where its own paragraph does. Only a quote-led unit, so an open quote with an attribution
 * of its own before it (`Then she said: “B …`) stays whole.
 */
export function handBackOpenPart(
  text: string,
  paragraphs: readonly Paragraph[],
  previous: Previous | null,
  s: Statement,
  unit: Unit,
  unitIndex: number,
): void {
  if (!previous || previous.unitIndex !== unitIndex - 1 || previous.paragraph !== unit.firstParagraph) return;
  const before = previous.statement;
  if (s.kind !== 'direct' || s.clause || before.kind !== 'direct' || before.clause) return;
  if (before.speaker.id !== s.speaker.id || before.via?.id !== s.via?.id) return;
  const paragraph = paragraphs.find((p) => p.index === unit.firstParagraph);
  const [first, ...rest] = [s.quote, ...(s.continuation ?? [])];
  const [next, ...after] = rest;
  if (!paragraph || !first || !next || first.end > paragraph.end || next.start < paragraph.end) return;
  // The open part runs to its paragraph's end, and the unit opens with it.
  if (/\S/.test(text.slice(first.end, paragraph.end))) return;
  if (!/^[\s"“'‘]*$/.test(text.slice(unit.start, first.start))) return;
  before.continuation = [...(before.continuation ?? []), first];
  before.context = { start: before.context.start, end: Math.max(before.context.end, paragraph.end) };
  s.quote = next;
  if (after.length) s.continuation = after;
  else delete s.continuation;
}

/** The relatives whose words open a quote that continued a person's direct saying (CONVENTIONS row S). */
export function kinInLaterPiece(text: string, unit: Unit, said: Statement): Draft[] {
  if (said.kind !== 'direct' || said.via) return [];
  const from = previousParagraphStart(text, unit.start);
  return unit.quotes.flatMap(quoteSpans).flatMap((piece) => {
    const kin = kinInQuote(text, piece, said.speaker, from, true);
    // "“A,” said Narek, whose aunt left on Sunday. “She told me …”": the one person the quote named.
    const tellings = withPronounTellers(kin, pronounTellerInQuote(text, piece, said.quote, said.speaker));
    return tellings.map((t) => makeDraft(unit, t.speaker, said.speaker, 'reported', [t.words], [t.words]));
  });
}

/**
 * A quote-led unit with no attribution of its own ("…," the statement says. "…") continues the
 * previous direct statement when it comes right after it, in the same or the next paragraph.
 */
export function continueQuote(text: string, unit: Unit, previous: Previous | null, unitIndex: number): void {
  if (!previous || !endsInQuote(text, previous.statement) || unitIndex - previous.unitIndex > 1) return;
  if (unit.firstParagraph - previous.paragraph > 1 || isQuotedSubheading(text, unit, previous.statement))
    return;
  if (quotedNameOpensSentence(text, unit)) return;
  const s = previous.statement;
  if (repeatsSaid(text, s, unit.quotes.flatMap(quoteSpans))) return;
  s.continuation = [...(s.continuation ?? []), ...unit.quotes.flatMap(quoteSpans)];
  s.context = { start: s.context.start, end: Math.max(s.context.end, unit.end) };
  previous.unitIndex = unitIndex;
  previous.paragraph = unit.firstParagraph;
}

const wordsOf = (text: string, spans: readonly Span[]): string =>
  spans
    .map((sp) => text.slice(sp.start, sp.end))
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Are the quotes words the statement already holds, or all of them again (a pull quote, an
 * embedded post repeating what was quoted)? Repeated, they are no more of what was said.
 */
function repeatsSaid(text: string, s: Statement, spans: readonly Span[]): boolean {
  const added = wordsOf(text, spans);
  const said = wordsOf(text, [s.quote, ...(s.continuation ?? [])]);
  if (added.split(' ').length < 5 || said.split(' ').length < 5) return false;
  return said.includes(added) || added.includes(said);
}

const LOWER_CASE_AFTER_COMMAS_OR_SPACES = /^[\s,]*\p{Ll}/u;

/**
 * "''Hawaii Five-0,'' the 1960s procedural, is …": a short quote the writer's own sentence runs on
 * from in lower case is a name (a show, a slogan) in that sentence, not more of what was said.
 */
function quotedNameOpensSentence(text: string, unit: Unit): boolean {
  const quote = unit.quotes[0];
  const part = quote?.parts[0];
  if (!quote || !part || quote.parts.length > 1 || part.close === null) return false;
  if (moreWordsThan(text.slice(part.start, part.end).trim(), 5)) return false;
  return LOWER_CASE_AFTER_COMMAS_OR_SPACES.test(
    text.slice(part.close + 1, Math.min(unit.end, part.close + 40)),
  );
}

/** A line that is one short quote and nothing else: `'Legend in the Coal Fields.'`. */
const QUOTE_ONLY_LINE = /^\s*["“‘'](?:[^\n"“”‘’']|['’](?=\p{L}))+["”’']?\.?["”’']?\s*$/u;

const WORD_TOKEN = /\p{L}[\p{L}'’]*/gu;
const TITLE_CASE_START = /^\p{Lu}\p{Ll}/u;

/** The words of a paragraph that is one short quote and nothing else, or null. */
function quoteOnlyParagraphWords(text: string, unit: Unit): string[] | null {
  const line = text.slice(unit.start, unit.end);
  if (line.includes('\n') || !QUOTE_ONLY_LINE.test(line) || /[.!?]\s+\S/.test(line)) return null;
  // The quote is its whole paragraph.
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, unit.start - 80), unit.start))) return null;
  if (!/^[ \t]*(?:\n|$)/.test(text.slice(unit.end, unit.end + 80))) return null;
  const words = line.match(WORD_TOKEN) ?? [];
  return words.length < 2 || words.length > 8 ? null : words;
}

/** A double mark right before a quoted piece: `"`, `“`, `„`, `«`, or the typewriter's `''`. */
const DOUBLE_MARK_BEFORE = /(?:["“„«]|'')\s*$/u;
/** A line opened by one single mark (`'…`, `‘…`), not the typewriter's double `''`. */
const SINGLE_MARK_OPENING = /^\s*['‘](?!')/u;

/**
 * Is a line that is one short quote a subheading set in quotes (`'All Bets Are Off.'`), not more
 * of what was said? Title case gives it away: a word past the first capitalised here that the
 * same text writes in lower case elsewhere ("Coal" here, "coal" in the story). So do its marks:
 * single ones (`'Pretty cool working there.'`) after a saying the outlet quoted in double marks.
 */
function isQuotedSubheading(text: string, unit: Unit, previous: Statement): boolean {
  const words = quoteOnlyParagraphWords(text, unit);
  if (!words) return false;
  const lastPiece = previous.continuation?.at(-1) ?? previous.quote;
  const before = text.slice(Math.max(0, lastPiece.start - 3), lastPiece.start);
  if (SINGLE_MARK_OPENING.test(text.slice(unit.start, unit.end)) && DOUBLE_MARK_BEFORE.test(before))
    return true;
  return words
    .slice(1)
    .some(
      (w) =>
        TITLE_CASE_START.test(w) && new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(text),
    );
}
