import { resolveEntityAt } from '../../entities/resolve.ts';
import type { Paragraph, Span, Statement } from '../../types.ts';
import { dashSpeechOf, hasDashSpeech } from '../dashSpeech.ts';
import { resolveSpeaker } from '../discourse/resolveSpeaker.ts';
import { type Discourse, type ResolvedSpeaker } from '../discourse/state.ts';
import { openingInterviewee } from '../interviewee.ts';
import { kinInQuote } from '../kinTeller.ts';
import { INVERTIBLE_AFTER_QUOTE, INVERTIBLE_VERB } from '../lexicon.ts';
import { quoteSpans } from '../quotes.ts';
import { paragraphOpenedBy, type Unit } from '../units.ts';
import { writtenAnswersOf } from '../writtenAnswers.ts';
import type { Draft } from './draft.ts';
import { previousParagraphStart } from './remember.ts';
import {
  ANSWER_LABEL,
  ASKER_LABEL,
  CAPITALS_LABEL,
  COLON_LABEL,
  dashInterview,
  fromCapitals,
  headlinePerson,
  QUESTION_LABEL,
  transcriptShape,
  wholeParagraphSaid,
} from './transcripts.ts';

/**
 * "– I built this house myself. No one will live in it, he says.": in copy that quotes with a
 * dash, the speech the dash opens is the speaker's own words, every sentence of it, up to the
 * attribution that closes it (dashSpeech.ts). A statement read from its last sentence then starts
 * at the dash. A pronoun's saying inside that speech ("– He called my mother and said they were
 * packing, she says.") tells of someone the speaker knows, not of the narration's last speaker:
 * it is dropped, and a relative's words handed on are read as the relative's (kinInQuote).
 */
export function withDashQuotedParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  d: Discourse,
  statements: Statement[],
): Statement[] {
  if (!hasDashSpeech(text, paragraphs) && !DASH_AFTER_SENTENCE.test(text)) return statements;
  const interview = dashInterview(text, paragraphs, d);
  const speeches: Span[] = [];
  let added = false;
  const read = statements.flatMap((s): Statement[] => {
    if (s.kind !== 'reported' || s.continuation || s.line) return [s];
    const p = paragraphs.find((q) => q.start <= s.quote.start && s.quote.start < q.end);
    if (!p) return [s];
    const speech = dashSpeechOf(text, p, s.quote);
    if (!speech) return [s];
    // An interview's answer read whole is the interviewee's; a tag inside it is someone they quote.
    if (
      interview?.turns.has(p.index) &&
      statements.some((o) => o !== s && o.quote.start >= p.start && o.quote.start <= speech.start + 1)
    )
      return [s];
    speeches.push(speech);
    const direct: Statement = {
      ...s,
      kind: 'direct',
      quote: speech,
      context: { start: Math.min(s.context.start, p.start), end: s.context.end },
    };
    // "– She told me the shops were empty, she says.": a relative's words handed on in the dash
    // quote are the relative's, as in a quote in marks (CONVENTIONS row S).
    const kin = s.via
      ? null
      : kinInQuote(text, direct.quote, s.speaker, previousParagraphStart(text, p.start));
    if (!kin) return [direct];
    added = true;
    const { clause: _clause, ...plain } = direct;
    const relayed: Statement = {
      ...plain,
      speaker: kin.speaker.entity,
      mention: kin.speaker.mention,
      via: s.speaker,
      kind: 'reported',
      quote: kin.words,
    };
    return [direct, relayed];
  });
  if (!speeches.length) return statements;
  const kept = read.filter(
    (s) =>
      s.via ||
      !PRONOUN_MENTION.test(s.mention) ||
      !speeches.some((q) => q.start < s.quote.start && s.quote.start < q.end),
  );
  if (!added && kept.length === read.length) return kept;
  return kept.map((s, i) => ({ ...s, id: s.id.replace(/#s\d+$/, `#s${i + 1}`) }));
}

/** A dash after a finished sentence, opening speech mid-paragraph: "… this year. – We have …". */
const DASH_AFTER_SENTENCE = /[.!?…]["”»]?\s+[—–]\s+\p{Lu}/u;
/** A speaker named only by a third-person pronoun: inside someone's speech, a person they tell of. */
const PRONOUN_MENTION = /^(?:he|she|they|him|her|them)$/i;

/**
 * A question-and-answer briefing: a paragraph labelled as a question (or ending with one),
 * then an answer labelled "A:", "Answer (Name):" or "Name:". The answer is the official's own
 * words, all of its paragraph; a bare "A:" is the person the briefing named last.
 */
export function briefingAnswer(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | null {
  const p = paragraphOpenedBy(paragraphs, unit);
  if (!p) return null;
  const question = paragraphs[unit.firstParagraph - 1];
  // A briefing's first question may stand in the header, before the body's first paragraph.
  const asked = question
    ? text.slice(question.start, question.end).trim()
    : unit.firstParagraph === 0
      ? (text
          .slice(0, p.start)
          .trim()
          .split(/\n\s*\n/)
          .pop() ?? '')
      : '';
  const label = ANSWER_LABEL.exec(text.slice(p.start, p.end));
  if (!label) return null;
  const interview = interviewerAsked(asked, label[2]);
  if (!QUESTION_LABEL.test(asked) && !(asked.endsWith('?') && ASKER_LABEL.test(asked)) && !interview)
    return null;
  const labelled = label[1] ?? label[2];
  // A broadcast's correspondent answers the host in the outlet's voice, not as a source.
  if (label[2] && transcriptShape(text, paragraphs).staff.has(label[2])) return null;
  const named = labelled && CAPITALS_LABEL.test(`${labelled}: `) ? fromCapitals(labelled) : labelled;
  const speaker = named
    ? resolveSpeaker(named, d)
    : (headerSpokesperson(text, paragraphs, d) ??
      questionTaker(text, paragraphs, d) ??
      introducedAnswerer(text, paragraphs, unit, d) ??
      speakerBeforeQuestion(paragraphs, unit, d) ??
      openingPerson(text, paragraphs, d) ??
      headlinePerson(text, paragraphs));
  // "NOTE: The briefing ended …" is the transcript's, not a speaker's.
  if (!speaker || speaker.viaDocument) return null;
  // An interview's answer label must name a person ("Beglaryan:"), not a heading ("Background:").
  if (interview && speaker.entity.kind !== 'person') return null;
  return wholeParagraphSaid(speaker, restOfParagraph(text, p.start + label[0].length, p), p, unit);
}

/**
 * "… spokesperson Randhir Jaiswal said India had … | Q: …? | A: Our defence cooperation …": a news
 * story that prints one exchange of a briefing after quoting its official; the bare "A:" is the
 * person who spoke in the paragraph right before the question.
 */
function speakerBeforeQuestion(
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): ResolvedSpeaker | null {
  const before = paragraphs[unit.firstParagraph - 2];
  const person = d.lastPerson;
  if (!before || !person) return null;
  for (let i = d.people.length - 1; i >= 0; i--) {
    const named = d.people[i]!;
    if (named.start < before.start) break;
    if (named.entity === person && named.start < before.end)
      return { entity: person, mention: person.name, viaDocument: false };
  }
  return null;
}

const writtenAnswerers = new WeakMap<readonly Paragraph[], Map<string, ResolvedSpeaker | null>>();

/**
 * A written answer's paragraph (see writtenAnswers.ts) is the answering minister's statement, whole,
 * when the page names them in full or the gazetteer knows them ("Vice-President Borrell" by "Borrell").
 */
export function writtenAnswer(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | null {
  const p = paragraphOpenedBy(paragraphs, unit);
  if (!p) return null;
  const answer = writtenAnswersOf(text, paragraphs)?.get(p.index);
  if (!answer) return null;
  const { name } = answer;
  let known = writtenAnswerers.get(paragraphs);
  if (!known) writtenAnswerers.set(paragraphs, (known = new Map()));
  let speaker = known.get(name);
  if (speaker === undefined) {
    // "Vice-President Borrell": a title before the name, dropped word by word; the gazetteer's person first.
    let named: ResolvedSpeaker | null = null;
    let gazetteer: ResolvedSpeaker | null = null;
    const words = name.split(' ');
    for (let i = 0; i < words.length && !gazetteer; i++) {
      const entity = resolveEntityAt(words.slice(i).join(' '), d.at);
      if (entity?.kind === 'person' && !entity.id.startsWith('text:'))
        gazetteer = { entity, mention: name, viaDocument: false };
      const found: ResolvedSpeaker | null = named ? null : resolveSpeaker(words.slice(i).join(' '), d);
      if (found?.entity.kind === 'person' && !found.viaDocument && found.entity.name.includes(' '))
        named = found;
    }
    speaker = gazetteer ?? named;
    known.set(name, speaker);
  }
  if (!speaker) return null;
  return wholeParagraphSaid(speaker, restOfParagraph(text, answer.from, p), p, unit);
}

/** A dialogue's turn opens with a dash, or a hyphen where the keyboard had no dash ("- Question?"). */
const DASH_OPENING = /^[—–-]$/;

/** "— Question? | — Answer.": an answer turn is the whole paragraph after its dash, the interviewee's. */
export function dashInterviewAnswer(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | null {
  const p = paragraphOpenedBy(paragraphs, unit);
  if (!p) return null;
  const dashed = DASH_OPENING.test(text[p.start] ?? '');
  const shape = dashInterview(text, paragraphs, d);
  if (!shape?.interviewee || !shape.answers.has(unit.firstParagraph) || dashed === shape.bare) return null;
  const said = text.slice(p.start, p.end);
  let start = p.start + (/^[—–-][ \t\u00a0]+/.exec(said)?.[0].length ?? 0);
  let end = p.start + said.trimEnd().length;
  // A plain answer may stand in quotation marks, all of it: the words are inside them.
  if (/^["“«]/.test(said) && /["”»]$/.test(said.trimEnd()) && !/["“”«»]/.test(said.trimEnd().slice(1, -1))) {
    start++;
    end--;
  }
  return wholeParagraphSaid(shape.interviewee, { start, end }, p, unit);
}

/** "Spokesperson: Anne-Claire Legendre" in a briefing's opening lines: who gives its unlabelled answers. */
const SPOKESPERSON_LINE =
  /^(?:Spokes(?:person|man|woman)|Deputy Spokes(?:person|man|woman))\s*:\s*(\p{Lu}[\p{L}.’'-]+(?:[\s-]+\p{Lu}[\p{L}.’'-]+){1,3})\s*$/mu;

function headerSpokesperson(
  text: string,
  paragraphs: readonly Paragraph[],
  d: Discourse,
): ResolvedSpeaker | null {
  const opening = text.slice(0, Math.min(text.length, (paragraphs[0]?.start ?? 0) + 600));
  const name = SPOKESPERSON_LINE.exec(opening)?.[1];
  if (!name) return null;
  const speaker = resolveSpeaker(name, d);
  return speaker?.entity.kind === 'person' ? speaker : null;
}

/**
 * Who the paragraph right before the first question says takes the questions: "At a press
 * conference, a Foreign Ministry official took questions from journalists." The subject of "took
 * (answered, fielded) questions" answers the bare "Answer:" turns after it, named or not.
 */
const TOOK_QUESTIONS =
  /^(?:[^,]*,\s+)?([^,]+?)\s+(?:took|takes|answered|answers|fielded|fields)\s+(?:\p{Ll}+\s+){0,2}?questions\b[^.]*\.$/u;

function questionTaker(text: string, paragraphs: readonly Paragraph[], d: Discourse): ResolvedSpeaker | null {
  const first = paragraphs.findIndex((p) => QUESTION_LABEL.test(text.slice(p.start, p.end)));
  const lead = first > 0 ? paragraphs[first - 1]! : null;
  if (!lead) return null;
  const said = text.slice(lead.start, lead.end).trim();
  const m = TOOK_QUESTIONS.exec(said);
  if (!m) return null;
  const at = d.speakerAt;
  d.speakerAt = lead.start + said.indexOf(m[1]!);
  const speaker = resolveSpeaker(m[1]!, d);
  d.speakerAt = at;
  if (!speaker || speaker.viaDocument || speaker.entity.kind === 'place') return null;
  // A person answers under their name, as the opening's person does ("Ani Badalyan", no title).
  return speaker.entity.kind === 'person' ? { ...speaker, mention: speaker.entity.name } : speaker;
}

/**
 * "Asked whether Romania would send observers, Iohannis answered briefly: | Question: … | Answer: …":
 * the paragraph before the question ends by naming who answers, a name and a verb of answering
 * before a colon. That name answers the bare "Answer:" turn; null when it ends otherwise.
 */
const ANSWER_INTRODUCED =
  /(?:^|[,;.]\s+)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:answered|replied|responded|said|told\s+[^:,.]{1,40}?)(?:\s+\p{Ll}+ly)?\s*:$/u;

function introducedAnswerer(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): ResolvedSpeaker | null {
  const lead = paragraphs[unit.firstParagraph - 2];
  if (!lead) return null;
  const said = text.slice(lead.start, lead.end).trimEnd();
  if (!said.endsWith(':')) return null;
  const m = ANSWER_INTRODUCED.exec(said.slice(-200));
  if (!m) return null;
  const at = d.speakerAt;
  d.speakerAt = lead.start + said.lastIndexOf(m[1]!);
  const speaker = resolveSpeaker(m[1]!, d);
  d.speakerAt = at;
  return speaker?.entity.kind === 'person' && !speaker.viaDocument
    ? { ...speaker, mention: speaker.entity.name }
    : null;
}

/** The person an interview's opening introduces: who answers its bare "A:" turns (see interviewee.ts). */
function openingPerson(text: string, paragraphs: readonly Paragraph[], d: Discourse): ResolvedSpeaker | null {
  const m = openingInterviewee(text, paragraphs, (said) => QUESTION_LABEL.test(said), d.surnames);
  return m && { entity: m.entity, mention: m.entity.name, viaDocument: false };
}

/** A paragraph from `from` to its last character that is not white space. */
function restOfParagraph(text: string, from: number, p: Paragraph): Span {
  let end = p.end;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return { start: from, end };
}

/** A question turn labelled with a name: "Le Monde: Will people go back?". */
const NAMED_QUESTION = /^(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s*:\s+\S.*\?$/su;

/**
 * An interview labels both turns with names: the interviewer's (often the outlet's) turn ends
 * with a question and the answer carries another name ("Outlet: …? | Surname: …").
 */
function interviewerAsked(asked: string, answerLabel: string | undefined): boolean {
  const asker = NAMED_QUESTION.exec(asked)?.[1];
  return !!asker && !!answerLabel && asker.toLowerCase() !== answerLabel.toLowerCase();
}

/**
 * "Stated Stone: “…”", "Added Ruiz: “…”": a verb of saying set before its subject, the colon
 * opening what was said. The verb is no part of the name. A verb that asks ("Asked Ruiz: …")
 * opens a question, which states nothing: null.
 */
function withoutInvertedVerb(label: string): string | null {
  const space = label.indexOf(' ');
  if (space < 0) return label;
  const verb = label.slice(0, space).toLowerCase();
  if (!INVERTIBLE_VERB.test(verb) && !INVERTIBLE_AFTER_QUOTE.test(verb)) return label;
  return /^(?:asked|asks|wondered|wonders)$/.test(verb) ? null : label.slice(space + 1).trimStart();
}

/** "Quote from Pashinyan:", "In the words of Lavrov:": a label that says whose the quote is (Ukrainian copy's "Цитата"). */
const QUOTE_LABEL_LEAD =
  /^(?:(?:a\s+)?quote\s+(?:from|of|by)|quoting|(?:in\s+)?the\s+words\s+of)\s+(?=\p{Lu})/iu;

/**
 * Digest and headline copy attributes by a colon: `Hikmet Hajiyev, aide to the president: “…”`,
 * `Armenia's Defence Ministry: one soldier wounded …`. The label must name a person or a body
 * the text or the gazetteer knows; words after it are theirs: the quote that opens there, or
 * else (only for a body or person the gazetteer knows) the rest of the sentence.
 * "Poll:", "Background:" or "Mine blast in Fuzuli: …" name no one.
 */
export function colonLabelled(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | null {
  const p = paragraphOpenedBy(paragraphs, unit);
  if (!p) return null;
  const label = COLON_LABEL.exec(text.slice(unit.start, unit.end));
  if (!label) return null;
  const named = withoutInvertedVerb(label[1]!.trim().replace(QUOTE_LABEL_LEAD, ''));
  if (named === null) return null;
  // A clause before the colon ("Mine blast in Fuzuli district") holds lower-case words that are no role.
  if (
    !/^[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*(?:[’']s\s+[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*)?(?:,\s[^,]+)?$/u.test(
      named,
    )
  )
    return null;
  const from = unit.start + label[0].length;
  d.speakerAt = unit.start + label[0].length - label[0].trimStart().length + label[0].indexOf(named);
  // "Name, role": the name before the apposition is who speaks.
  const speaker = resolveSpeaker(named.split(', ')[0]!, d);
  if (!speaker || speaker.viaDocument) return null;
  const e = speaker.entity;
  const known = !e.id.startsWith('text:');
  if (e.kind === 'place') return null;
  // "Baku: At least 21 civilians …": a capital alone before the colon is the story's date line
  // (Gulf copy opens so), not its government speaking; "Azerbaijan:" still names the country's.
  if (e.kind === 'government' && !named.includes(' ') && !e.name.includes(named)) return null;
  const opening = unit.quotes[0];
  const quoted = opening && opening.parts[0]!.open === from;
  if (quoted) {
    if (!known && !(e.kind === 'person' && e.name.includes(' '))) return null;
    const spans = quoteSpans(opening);
    return {
      speaker: e,
      mention: speaker.mention,
      kind: 'direct',
      quote: spans[0]!,
      continuation: spans.slice(1),
      said: spans,
      context: { start: unit.start, end: unit.end },
      sentence: unit.sentences[0]!,
    };
  }
  // Unquoted words are only taken from one the gazetteer knows: a text name may be a topic label.
  if (!known || unit.quotes.length) return null;
  let end = unit.end;
  while (end > from && /[\s.]/.test(text[end - 1]!)) end--;
  // A question after the label is asked, not stated.
  if (end <= from || text[end - 1] === '?') return null;
  const quote = { start: from, end };
  return {
    speaker: e,
    mention: speaker.mention,
    kind: 'reported',
    quote,
    continuation: [],
    said: [quote],
    context: { start: unit.start, end: unit.end },
    sentence: unit.sentences[0]!,
  };
}
