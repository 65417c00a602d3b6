import { resolveEntityAt } from '../../entities/resolve.ts';
import type { Entity, Paragraph, Span, Statement } from '../../types.ts';
import { resolveSpeaker } from '../discourse/resolveSpeaker.ts';
import { type Discourse, type ResolvedSpeaker } from '../discourse/state.ts';
import { INTERVIEWER_BEFORE } from '../interviewee.ts';
import { COMMUNICATION_VERB } from '../lexicon.ts';
import { findPeople } from '../people.ts';
import { nameByInitials, STAGE_DIRECTION, TIME_CODE, type Turn, transcriptOf, turnWords } from '../turns.ts';
import { paragraphOpenedBy, type Unit } from '../units.ts';
import type { Draft } from './draft.ts';

export const QUESTION_LABEL = /^(?:Q|Question|QUESTION)\s*(?:\([^)]*\))?\s*[:.—–-]\s*/;
export const ASKER_LABEL = /^(?:Journalist|Reporter|Correspondent|Interviewer|Moderator)\b[^:]{0,40}:/;
export const ANSWER_LABEL =
  /^(?:(?:A|Answer)\s*(?:\(([^)]{2,60})\))?\s*(?:[:—–-]|\.(?=\s+\p{Lu}))|(\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){0,3})\s*:)\s+(?:[-–—]\s+)?/u;

/** A turn of an interview printed without names: "— Question? | — Answer." (Russian, French copy). */
const DASH_TURN = /^[—–-][ \t\u00a0]+\S/;

interface DashInterview {
  /** Paragraphs that answer (the second, fourth, … of each run of dash turns). */
  answers: ReadonlySet<number>;
  /** Every dash turn, questions included. */
  turns: ReadonlySet<number>;
  /** The one person the opening names who is not the outlet's interviewer. */
  interviewee: ResolvedSpeaker | null;
  /** Turns printed with no dash: a lead-in's questions and answers as plain paragraphs. */
  bare: boolean;
}

const dashInterviews = new WeakMap<readonly Paragraph[], DashInterview | null>();

/**
 * An interview whose turns open with a dash and carry no names: in each run of dash turns the
 * first asks (it ends with a question) and turns alternate, question then answer. The answers are
 * the interviewee's, the one person the text names before the first question, the outlet's own
 * correspondent ("questions from … correspondent Elena Chernenko") aside; none when it names several.
 */
export function dashInterview(
  text: string,
  paragraphs: readonly Paragraph[],
  d: Discourse,
): DashInterview | null {
  let known = dashInterviews.get(paragraphs);
  if (known !== undefined) return known;
  const turns = new Set<number>();
  const answers = new Set<number>();
  let first = -1;
  let run = 0;
  let bare = false;
  paragraphs.forEach((p, i) => {
    const opening = text.slice(p.start, Math.min(p.end, p.start + 4));
    if (!DASH_TURN.test(opening)) {
      run = 0;
      return;
    }
    // A run opens with a question; a dash paragraph that does not is a list or an aside.
    if (run === 0 && !text.slice(p.start, p.end).trimEnd().endsWith('?')) return;
    if (first < 0) first = i;
    turns.add(i);
    if (run % 2 === 1) answers.add(i);
    run++;
  });
  if (answers.size < 2) {
    const run = bareTurns(text, paragraphs);
    if (run) {
      turns.clear();
      answers.clear();
      for (const i of run.turns) turns.add(i);
      for (const i of run.answers) answers.add(i);
      first = run.first;
      bare = true;
    }
  }
  known = null;
  if (answers.size >= 2 && first >= 0) {
    const named = new Map<string, Entity>();
    const leadIn = new Map<string, Entity>();
    // Who the opening titled with a role: "Prime Minister Irakli Garibashvili" is "the prime minister".
    const titled: { entity: Entity; before: string }[] = [];
    let roleAnswers: string | null = null;
    // Paragraph by paragraph (a name never runs across a break), prose only: a masthead or a
    // rubric ("Daily Courier", "Politics | Interview") ends with no stop and names no one.
    for (const p of paragraphs.slice(0, first)) {
      const said = text.slice(p.start, p.end).trimEnd();
      if (!/[.!?…"”»]$/.test(said)) continue;
      // "We asked the expert Viktor Lapshin what …", "Peskov answered questions from journalists.":
      // the paragraph right before the first question that says an exchange follows.
      const introduces = p.index === first - 1 && INTERVIEW_LEAD_IN.test(said);
      // Plain paragraphs are an interview only under a lead-in that hands over to someone.
      if (bare && !introduces) continue;
      if (introduces) roleAnswers = ROLE_TAKES_QUESTIONS.exec(said)?.[1]?.toLowerCase() ?? null;
      for (const m of findPeople(text, p.start, p.end, d.surnames)) {
        if (INTERVIEWER_BEFORE.test(text.slice(Math.max(p.start, m.start - 60), m.start))) continue;
        named.set(m.entity.id, m.entity);
        titled.push({ entity: m.entity, before: text.slice(Math.max(p.start, m.start - 60), m.start + 80) });
        // "a partner at the consulting company Caspian Advisory": a firm's name is no one who answers.
        // "Radio Caspian asked X …": who asks is no one who answers.
        if (
          introduces &&
          !FIRM_BEFORE.test(text.slice(Math.max(p.start, m.start - 30), m.start)) &&
          !ASKER.test(text.slice(m.start, m.start + 80))
        )
          leadIn.set(m.entity.id, m.entity);
      }
    }
    // "… the prime minister answered journalists' questions.": the one person the opening titled so.
    const byRole = roleAnswers
      ? new Map(
          titled
            .filter((t) => t.entity.kind === 'person' && titledAs(t.before, roleAnswers, t.entity.name))
            .map((t) => [t.entity.id, t.entity]),
        )
      : null;
    // A news story before the interview names others: the one its lead-in names answers.
    const entity = bare
      ? leadIn.size === 1
        ? leadIn.values().next().value!
        : null
      : named.size === 1
        ? named.values().next().value!
        : leadIn.size === 1
          ? leadIn.values().next().value!
          : !leadIn.size && byRole?.size === 1
            ? byRole.values().next().value!
            : null;
    known = {
      answers,
      turns,
      interviewee: entity && { entity, mention: entity.name, viaDocument: false },
      bare,
    };
  }
  dashInterviews.set(paragraphs, known);
  return known;
}

/** A question printed as a paragraph of its own, with no dash or label: "Could Russia have stopped it?". */
function bareQuestion(said: string): boolean {
  return (
    said.endsWith('?') &&
    said.length <= 200 &&
    !said.includes('\n') &&
    !/^[\p{P}\p{S}]/u.test(said) &&
    !COLON_LABEL.test(said) &&
    !QUESTION_LABEL.test(said) &&
    !/[.!?]\s+\p{Lu}/u.test(said.slice(0, -1))
  );
}

/**
 * "Expresso asked X what comes next. | Is this the end …? | It is very likely. … | Could Russia …? |
 * Russia chose not to. …": right after a lead-in, plain paragraphs that alternate a one-line question
 * and an answer that asks nothing. The run ends at the first paragraph that breaks the alternation.
 */
function bareTurns(
  text: string,
  paragraphs: readonly Paragraph[],
): { turns: number[]; answers: number[]; first: number } | null {
  const said = (i: number) => {
    const p = paragraphs[i];
    return p ? text.slice(p.start, p.end).trim() : '';
  };
  for (let i = 1; i < paragraphs.length - 1; i++) {
    if (!bareQuestion(said(i))) continue;
    const leadIn = said(i - 1);
    if (!/[.!…]$/.test(leadIn) || !INTERVIEW_LEAD_IN.test(leadIn)) continue;
    const turns: number[] = [];
    const answers: number[] = [];
    for (let q = i; q + 1 < paragraphs.length && bareQuestion(said(q)); q += 2) {
      const answer = said(q + 1);
      if (
        !/[.!…"”»]$/.test(answer) ||
        answer.endsWith('?') ||
        COLON_LABEL.test(answer) ||
        ANSWER_LABEL.test(answer)
      )
        break;
      turns.push(q, q + 1);
      answers.push(q + 1);
    }
    return answers.length >= 2 ? { turns, answers, first: i } : null;
  }
  return null;
}

/**
 * A paragraph that hands over to an exchange of questions and answers: "We asked him to explain.",
 * "Business FM asked X what …", "X answered journalists' questions", "in an interview with …".
 */
const INTERVIEW_LEAD_IN =
  /\b(?:asked|answered|questions?|interview(?:ed)?|(?:spoke|talked)\s+(?:to|with|about)|conversation)\b/i;

/**
 * A lead-in whose subject is a role: "At a briefing, the prime minister answered journalists'
 * questions.", "The minister then took questions from reporters."
 */
const ROLE_TAKES_QUESTIONS =
  /(?:^|,\s+)the\s+((?:\p{Ll}+\s+){0,2}(?:minister|president|premier|spokes(?:man|woman|person)|ambassador|governor|mayor|chancellor|secretary|ombudsman|commander|envoy))\s+(?:then\s+)?(?:answered|took|fielded)\s+(?:\p{L}+['’]?\s+){0,2}?questions\b/u;

/** "Prime Minister Irakli Garibashvili" in `around`: the role written right before the person's name. */
function titledAs(around: string, role: string, name: string): boolean {
  const first = name.split(/\s+/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${role.replace(/\s+/g, '\\s+')}\\s+${first}\\b`, 'iu').test(around);
}

/**
 * The noun of a firm or an outlet right before a name: "the consulting company Caspian Advisory",
 * or an institution's "of": "the Institute of International Relations".
 */
const FIRM_BEFORE =
  /\b(?:(?:company|firm|consultancy|bank|agency|group|fund|institute|cent(?:er|re)|channel|newspaper|magazine|station|radio)|(?:institute|university|cent(?:er|re)|school|academy|foundation|college|council)\s+(?:of|for))\s+$/i;

/** A name that asks: "Radio Caspian asked …". */
const ASKER = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+asked\b/u;

/** A labelled turn's paragraph, from `quote.start`, as its speaker's direct words. */
export function wholeParagraphSaid(
  speaker: ResolvedSpeaker,
  quote: Span,
  p: Paragraph,
  unit: Unit,
): Draft | null {
  if (quote.end <= quote.start) return null;
  return {
    speaker: speaker.entity,
    mention: speaker.mention,
    kind: 'direct',
    quote,
    continuation: [],
    said: [quote],
    context: { start: p.start, end: p.end },
    sentence: unit.sentences[0]!,
  };
}

/** A paragraph opened by a speaker's name and a colon, after any bullet or emoji: "• Name, role: …". */
// A dash after the colon opens the turn in transcripts of some presidencies ("Name: - It is …").
export const COLON_LABEL = /^[^\p{L}\p{N}"“«]*(\p{Lu}[^:"“«\n]{1,100}?):[ \t]+(?:[-–—][ \t]+)?/u;

/** A turn label of a transcript, in capitals: "MR MILLER:", "MS. ZAKHAROVA:", "SECRETARY BLINKEN:". */
export const CAPITALS_LABEL = /^(\p{Lu}{2,}\.?(?:\s+\p{Lu}[\p{Lu}'’-]+\.?){0,3})\s*:\s+/u;

/** Whether the text is a transcript, and the labels of its interviewers (their turns ask, they state nothing). */
interface TranscriptShape {
  transcript: boolean;
  askers: ReadonlySet<string>;
  /** A broadcast's own people ("LEILA FADEL, HOST:", then "FADEL:"): their turns are the outlet's voice. */
  staff: ReadonlySet<string>;
}

/** A broadcast transcript's label for its own host or correspondent: "PETER KENYON, BYLINE:". */
const STAFF_LABEL =
  /^(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,3}),\s+(?:HOST|BYLINE|ANCHOR|CORRESPONDENT|REPORTER)\s*:/u;

/** "(Through interpreter)" or "(Speaking Armenian)" before a turn's words: the transcript's note. */
const TURN_NOTE = /^\((?:through|via|speaking|in|translated)\b[^()]{0,40}\)[.\s]*/i;

const transcripts = new WeakMap<readonly Paragraph[], TranscriptShape>();

/**
 * A transcript labels its turns in capitals, the questions included ("QUESTION:" … "MR MILLER:"
 * …), or time-codes turns of two or more named speakers (a podcast, a recorded interview). A
 * speaker whose turns mostly end with a question hosts the talk: their framing is no statement.
 */
export function transcriptShape(text: string, paragraphs: readonly Paragraph[]): TranscriptShape {
  let known = transcripts.get(paragraphs);
  if (known === undefined) {
    let timed = 0;
    const turns = new Map<string, { all: number; asking: number }>();
    const staff = new Set<string>();
    const labels = paragraphs.map((p) => {
      let said = text.slice(p.start, p.end);
      const own = STAFF_LABEL.exec(said)?.[1];
      if (own) staff.add(own).add(own.split(/\s+/).pop()!);
      const code = TIME_CODE.exec(said);
      if (code) said = said.slice(code[0].length);
      const label = CAPITALS_LABEL.exec(said)?.[1] ?? null;
      if (label && code) {
        timed++;
        const t = turns.get(label) ?? { all: 0, asking: 0 };
        t.all++;
        if (said.trimEnd().endsWith('?')) t.asking++;
        turns.set(label, t);
      }
      return label;
    });
    const questions = labels.filter((l) => l !== null && QUESTION_LABEL.test(`${l}:`)).length;
    const recorded = timed >= 2 && turns.size >= 2;
    const askers = new Set(
      [...turns].filter(([, t]) => recorded && t.all >= 2 && t.asking * 2 > t.all).map(([l]) => l),
    );
    known = {
      transcript:
        recorded ||
        staff.size > 0 ||
        (questions > 0 && labels.some((l) => l !== null && !QUESTION_LABEL.test(`${l}:`))),
      askers,
      staff,
    };
    transcripts.set(paragraphs, known);
  }
  return known;
}

const WORD_INITIAL_LETTER = /(^|[\s'’-])(\p{L})/gu;

/** "MR MILLER" → "Mr Miller": the gazetteer and the name rules read names as they are usually written. */
export function fromCapitals(label: string): string {
  return label
    .toLowerCase()
    .replace(WORD_INITIAL_LETTER, (_, before: string, c: string) => before + c.toUpperCase());
}

/**
 * A transcript ("QUESTION: … | MR MILLER: …"): a turn labelled with a name in capitals is that
 * speaker's words, whether it opens the briefing or answers; it runs on through the unlabelled
 * paragraphs after it (their "she said …" is the speaker's own telling) until the next label.
 */
export function transcriptTurn(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
  answered: ReadonlySet<number>,
  last: Statement | undefined,
): Draft | null {
  const p = paragraphOpenedBy(paragraphs, unit);
  if (!p) return null;
  const shape = transcriptShape(text, paragraphs);
  if (!shape.transcript) return null;
  const code = TIME_CODE.exec(text.slice(p.start, p.end))?.[0].length ?? 0;
  const said = text.slice(p.start + code, p.end);
  // The host's and the correspondent's turns are the outlet's voice, read as its prose is.
  if (STAGE_DIRECTION.test(said) || STAFF_LABEL.test(said)) return null;
  const label = CAPITALS_LABEL.exec(said);
  let speaker: ResolvedSpeaker | null = null;
  let from = p.start;
  if (label) {
    if (
      QUESTION_LABEL.test(`${label[1]}:`) ||
      (code && shape.askers.has(label[1]!)) ||
      shape.staff.has(label[1]!)
    )
      return null;
    speaker = resolveSpeaker(fromCapitals(label[1]!), d);
    // "NOTE:", "UPDATE:": a label is a turn only when it names a person.
    if (speaker?.entity.kind !== 'person' || (speaker.entity.id.startsWith('text:') && !/\s/.test(label[1]!)))
      return null;
    from = p.start + code + label[0].length;
    from += TURN_NOTE.exec(text.slice(from, p.end))?.[0].length ?? 0;
  } else if (last && answered.has(unit.firstParagraph - 1) && !/[?]\s*$/.test(said)) {
    speaker = { entity: last.speaker, mention: last.speaker.name, viaDocument: false };
  }
  if (!speaker) return null;
  return wholeParagraphSaid(speaker, { start: from, end: p.start + code + said.trimEnd().length }, p, unit);
}

/** A turn's first unit read from after its label: "Name, Outlet: According to X, …" opens with "According". */
export function withoutTurnLabel(text: string, paragraphs: readonly Paragraph[], unit: Unit): Unit {
  const p = paragraphOpenedBy(paragraphs, unit);
  if (!p) return unit;
  const transcript = transcriptOf(text, paragraphs);
  const turn = transcript?.turnOf.get(p.index);
  const from = turn?.labelled === p.index && transcript!.spoken.has(p.index) ? turn.label.wordsFrom : -1;
  return from > unit.start && from < unit.end ? { ...unit, start: from } : unit;
}

/**
 * "Josep Borrell Fontelles": a label gives a full name with a second surname where the gazetteer
 * knows the person by two of its words ("Josep Borrell").
 */
function knownByShorterName(name: string, d: Discourse): ResolvedSpeaker | null {
  const words = name.split(/\s+/);
  if (words.length < 3) return null;
  for (const shorter of [words.slice(0, 2), words.slice(-2)]) {
    const e = resolveEntityAt(shorter.join(' '), d.at);
    if (e?.kind === 'person' && !e.id.startsWith('text:'))
      return { entity: e, mention: name, viaDocument: false };
  }
  return null;
}

/**
 * "Mr. Vinge (Norway):", "Senator Ortega:", "Chairman Whitfield:": a record names a speaker by title and
 * surname. The chair's office alone ("President Metsola. –" in a parliament) names the sitting's chair.
 */
const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Mx|Dr|Madam|Sir|Dame|Lord|Lady|Baroness|Baron|Sen|Senator|Rep|Representative|Congress(?:man|woman)|Ambassador|Minister|Secretary|Judge|Justice|Prof|Professor|Gen|General|Col|Colonel|Chairman|Chairwoman|Governor|Gov|Mayor|Commissioner)\.?\s+\p{Lu}/u;

/** A transcript's turn that states nothing: a question, a host's or correspondent's framing, the chair. */
export const SILENT_TURN = Symbol('silent turn');

const turnSpeakers = new WeakMap<Turn, ResolvedSpeaker | null>();

const ANY_LOWER_CASE = /\p{Ll}/u;

/**
 * A labelled turn of a transcript (see turns.ts): a verbatim record's "Name, on behalf of the X
 * Group. – …", a press conference's "Nikol Pashinyan: …", a broadcast's "Name, Role (through
 * translator):" over its words. Each paragraph of a person's turn is one statement of theirs; a
 * turn goes on through the unlabelled paragraphs after it. Questions, hosts' and correspondents'
 * framing and the unnamed chair state nothing: their paragraphs are read as prose, so a source they
 * relay ("Armenia's government says …") keeps its statement.
 */
export function labelledTurn(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | typeof SILENT_TURN | null {
  const p = paragraphOpenedBy(paragraphs, unit);
  if (!p) return null;
  const transcript = transcriptOf(text, paragraphs);
  const turn = transcript?.turnOf.get(p.index);
  if (!transcript) return null;
  if (!turn) {
    // A speaker's turn read here ends where the layer ends it: the page's own text follows, no answer going on.
    const before = transcript.turnOf.get(p.index - 1);
    return before && transcript.spoken.has(before.labelled) ? SILENT_TURN : null;
  }
  // A bare "A:" is read by the briefing reader, which knows whom the briefing names.
  if (turn.role === 'answers') return null;
  if (turn.role !== 'speaks') return SILENT_TURN;
  let speaker = turnSpeakers.get(turn);
  if (turn.labelled === p.index && speaker === undefined) {
    const name =
      nameByInitials(text, turn.fullName) ??
      (ANY_LOWER_CASE.test(turn.fullName) ? turn.fullName : fromCapitals(turn.fullName));
    const found = knownByShorterName(name, d) ?? resolveSpeaker(name, d);
    // A label is a turn only when it names a person: in full when the gazetteer lacks them.
    const person =
      found &&
      !found.viaDocument &&
      found.entity.kind === 'person' &&
      (!found.entity.id.startsWith('text:') || found.entity.name.includes(' ') || HONORIFIC.test(name));
    speaker = person ? { entity: found.entity, mention: turn.label.name, viaDocument: false } : null;
    turnSpeakers.set(turn, speaker);
    if (speaker) transcript.spoken.add(turn.labelled);
  }
  // A turn whose label an older reader took goes on as that reader says.
  if (speaker === undefined) return null;
  // A turn of someone the label does not name ("President Metsola. –"): no one's, never the last speaker's.
  if (!speaker) return SILENT_TURN;
  const words = turnWords(text, p, turn);
  return words ? wholeParagraphSaid(speaker, words, p, unit) : SILENT_TURN;
}

/**
 * "Answer of the Spokesperson … Ani Badalyan to the question of …": a briefing whose body names
 * no one answers in the voice of the one person its headline names (none when it names several).
 */
export function headlinePerson(text: string, paragraphs: readonly Paragraph[]): ResolvedSpeaker | null {
  const header = text.slice(0, paragraphs[0]?.start ?? 0);
  const written = /^\s*(.*)/.exec(header)?.[1] ?? '';
  const headline = ANY_LOWER_CASE.test(written) ? written : titleCased(written);
  const named = new Map(
    findPeople(headline, 0, headline.length, new Map()).map((p) => [p.entity.id, p.entity]),
  );
  if (named.size !== 1) return null;
  const entity = named.values().next().value!;
  return { entity, mention: entity.name, viaDocument: false };
}

const CAPITALS_RUN = /\p{Lu}+/gu;

/**
 * A headline set in capitals as a headline is written, so that names read as names: "ANSWER OF
 * THE SPOKESPERSON … ANI BADALYAN TO …" as "Answer of the Spokesperson … Ani Badalyan to …".
 */
const titleCased = (capitals: string) =>
  capitals.replace(CAPITALS_RUN, (word, at: number) =>
    at > 0 && SMALL_WORDS.has(word) ? word.toLowerCase() : word[0]! + word.slice(1).toLowerCase(),
  );
const SMALL_WORDS = new Set([
  'OF',
  'THE',
  'TO',
  'AND',
  'IN',
  'ON',
  'FOR',
  'A',
  'AN',
  'AT',
  'BY',
  'WITH',
  'FROM',
]);

/**
 * "Maria Zakharova: We see … | Russian peacekeepers delivered …": a briefing answer goes on in
 * the paragraphs after it until the next question. A paragraph that is labelled, asks, quotes
 * or reports someone's saying is no part of the answer.
 */
export function answerGoesOn(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
  answered: ReadonlySet<number>,
  last: Statement | undefined,
): Draft | null {
  const p = paragraphOpenedBy(paragraphs, unit);
  if (!p || !last || !answered.has(unit.firstParagraph - 1)) return null;
  const said = text.slice(p.start, p.end).trim();
  if (!said || said.endsWith('?') || QUESTION_LABEL.test(said) || ASKER_LABEL.test(said)) return null;
  if (STAGE_DIRECTION.test(said)) return null;
  // An unnamed interview's next dash turn is a question or the next answer, never this one going on.
  // Nor is its closing credit line ("Interviewed by …"), which ends with no stop.
  if ((DASH_TURN.test(said) || !/[.!?…"”»]$/.test(said)) && dashInterview(text, paragraphs, d)) return null;
  // Every turn of such an interview opens with its dash: prose after its last answer is the writer's again.
  if (dashInterview(text, paragraphs, d)?.turns.has(unit.firstParagraph - 1)) return null;
  // A time-coded turn is its own label's, never the last answer going on.
  if (TIME_CODE.test(said)) return null;
  // After the last question a page that goes on has turned back to its own story: a paragraph there
  // goes on with the answer only in the answerer's own voice. A transcript's last answer may run to
  // the page's end in the third person ("More than 7,000 people already live there."), so the
  // page's last paragraph keeps the answer.
  const asked = lastQuestion(text, paragraphs);
  if (
    asked >= 0 &&
    unit.firstParagraph > asked &&
    unit.firstParagraph < paragraphs.length - 1 &&
    !FIRST_PERSON.test(said)
  )
    return null;
  // A verb of saying may report someone else ("The minister said …"), unless the answerer says it ("We call on …").
  const ownVoice = /^(?:We|I|Our|My)\b/.test(said);
  if (ANSWER_LABEL.test(said) || /["“”«»]/.test(said) || (COMMUNICATION_VERB.test(said) && !ownVoice))
    return null;
  const quote = { start: p.start, end: p.start + text.slice(p.start, p.end).trimEnd().length };
  return {
    speaker: last.speaker,
    mention: last.speaker.name,
    kind: 'direct',
    quote,
    continuation: [],
    said: [quote],
    context: { start: p.start, end: p.end },
    sentence: unit.sentences[0]!,
  };
}

/** A word of the speaker's own voice, first person: an answer going on speaks as "I" or "we". */
const FIRST_PERSON =
  /(?<![\p{L}'’])(?:I|[Ww]e|[Oo]urs?|[Mm]y|[Uu]s|I['’]m|[Ww]e['’](?:re|ve|ll))(?![\p{L}'’])/u;

const lastQuestions = new WeakMap<readonly Paragraph[], number>();

/** The last paragraph labelled as a question ("Q:", "Question:", "Reporter:"), or -1. */
function lastQuestion(text: string, paragraphs: readonly Paragraph[]): number {
  let last = lastQuestions.get(paragraphs);
  if (last === undefined) {
    last = -1;
    for (const p of paragraphs) {
      const said = text.slice(p.start, Math.min(p.end, p.start + 80));
      if (QUESTION_LABEL.test(said) || ASKER_LABEL.test(said)) last = p.index;
    }
    lastQuestions.set(paragraphs, last);
  }
  return last;
}

/** Participle clauses read after a quote's attribution: a bare quote after them goes on with the quote. */
export const clauseAfterQuote = new WeakSet<Draft>();
