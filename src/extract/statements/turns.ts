import type { Paragraph } from '../types.ts';
import { allMatches } from './allMatches.ts';
import { COMMUNICATION_VERB } from './lexicon.ts';
import { OFFICE_NAME_LABEL } from './writtenAnswers.ts';

/**
 * Turn-taking in transcripts: verbatim records, press conferences, broadcast transcripts,
 * briefings and podcasts print a speaker LABEL at the start of a paragraph, and the words after it
 * (and in the unlabelled paragraphs that follow) are that speaker's. This module reads the labels of
 * a whole document once and decides from several labels of one shape whether it is a transcript at
 * all: one "Note:" or a dateline is no transcript. Who each label names is left to the caller.
 */

/**
 * What a turn's words are: a speaker's own, a question or host's framing (no statement), the chair's,
 * or a bare "A:" answer (whose speaker the briefing reader finds).
 */
type TurnRole = 'speaks' | 'asks' | 'answers' | 'staff' | 'chair';

interface TurnLabel {
  /** The name as the label writes it ("Josep Borrell Fontelles", "PASHINYAN", "President"). */
  name: string;
  /** The words after the name: affiliation, role, "(through translator)" … */
  role: string;
  /** Where the turn's words start; the paragraph's end when the label stands alone on its line. */
  wordsFrom: number;
  shape: 'colon' | 'dash' | 'stop';
}

export interface Turn {
  /** The paragraph holding the label. */
  labelled: number;
  label: TurnLabel;
  role: TurnRole;
  /** The name to resolve: a later short label ("Borrell") given back in the full form written before. */
  fullName: string;
}

export interface Transcript {
  /** The turn each paragraph belongs to, its label's paragraph and the paragraphs that go on with it. */
  turnOf: ReadonlyMap<number, Turn>;
  /** Paragraphs whose turn the caller read as a speaker's statement: only those may go on. */
  spoken: Set<number>;
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PARTICLE = '(?:de|da|del|della|van|von|der|den|al|bin|ibn|el|la|le|du|dos|di|y)';
const NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+)?${NAME_WORD}){0,5}`;
/** "(Renew)", "(through translator)", "(spoke in Russian)": notes in brackets after a name. */
const BRACKETED = String.raw`(?:[ \t]*\([^()\n]{1,80}\))`;

/**
 * A label at a paragraph's start: a name, its brackets and role, then a colon ("Name, role:") or a
 * stop and a dash ("Name, on behalf of the X Group. –", "Name –"). Bold marks around it are read through.
 */
const COLON_LABEL = new RegExp(
  String.raw`^(?:\*\*|__)?(${NAME})(${BRACKETED}*(?:,[ \t]*[^:\n]{1,160}?)?${BRACKETED}*)[ \t]*(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]+(?:[-–—][ \t]+)?|$)`,
  'u',
);
const DASH_LABEL = new RegExp(
  String.raw`^(?:\*\*|__)?(${NAME})(${BRACKETED}*(?:,[ \t]*[^:\n–—]{1,160}?)?${BRACKETED}*)(?:\.[ \t]*|[ \t]+)(?:\*\*|__)?[–—](?:[ \t]+|$)`,
  'u',
);

/**
 * A congressional or court record's label: a title, a surname in capitals and a full stop
 * ("Senator ORTEGA.", "Mr. MILLER.", "Ms. LEE-DAVIS.", "The CHAIRMAN.", "Chairman WHITFIELD."), then the words.
 */
const STOP_LABEL =
  /^((?:The|Mr\.|Mrs\.|Ms\.|Dr\.|Senator|Sen\.|Representative|Rep\.|Ambassador|Secretary|General|Admiral|Judge|Chairman|Chairwoman|Madam)\s+)(\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’-]*)?)\.[ \t]+(?=[\p{Lu}"“])/u;

/** "Question from Lilit Sahakyan, Armenpress:", "Q (Reuters):", "QUESTION:" — a question's label. */
const QUESTION_NAME =
  /^(?:Q|Question|QUESTION|Journalist|Reporter|Interviewer|Audience|Participant|Moderator|Host|Anchor|Presenter|MODERATOR|HOST|ANCHOR|PRESENTER)$/;
/** "Question from Irina Sokolova, Vesti Daily:", "Q by a reporter:": who asks, in the question's own label. */
const QUESTION_FROM =
  /^(?:\*\*|__)?(?:Question|QUESTION|Q)\s+(?:from|by)\s+([^:\n]{1,120}):(?:\*\*|__)?[ \t]*/;
/** The chair of a sitting, by office alone ("President. –", "The Chair:"): no one the text names. */
const CHAIR_NAME =
  /^(?:The\s+)?(?:(?:Acting|Deputy|Vice)[ -])?(?:President|Chair|Chairman|Chairwoman|Chairperson|Speaker|PRESIDENT|CHAIR|CHAIRMAN|SPEAKER)$|^(?:Madam|Mr\.?)\s+(?:President|Speaker|Chair)$/;
/** A broadcast's or talk's own people, by the role their label or the text gives them. */
const STAFF_ROLE =
  /\b(?:host|anchor|byline|correspondent|reporter|presenter|moderator|interviewer|journalist|producer|newsreader)\b/i;
/** Headings and page furniture that look like labels: never a speaker. */
const NOT_A_NAME =
  /^(?:Note|Notes|Photo|Photos|Image|Video|Audio|Watch|Listen|Read|Related|Source|Sources|Update|Updated|Editor|Background|Context|Credit|Credits|Caption|Tags?|Topics?|Share|Follow|Subscribe|Contact|Email|Tel|Phone|Fax|Location|Date|Time|Published|Posted|By|Author|Text|Summary|Key|Conclusion|Claim|Verdict|Rating|Disclaimer|Warning|Correction|Clarification|Also|More|See|Sign|Advertisement|Category|Section|Keywords|Agenda|Item|Subject|Re|To|From|Cc|Attachment|Transcript|Speakers?|Participants|Present|Absent|Duration|Language|Original|Name|Age|City|Job|Occupation|Hometown|Title|Address|Unidentified|Unknown|Unnamed|Voices?|Crowd|Several|Multiple|Group|Man|Woman|Child|Boy|Girl)\b/i;

/** A section head in capitals ("BORRELL'S LINE:", "EXODUS IN NUMBERS:") holds words no name holds. */
const NO_NAME_WORD =
  /['’]s\b|(?:^|\s)(?:of|the|in|to|and|for|on|at|by|with|is|are|was|were|an?|not|what|who|how|we|you|it|they|our|my|this|that)(?=\s|$)/i;

/** "(Through interpreter)", "(Speaking Armenian)." before a turn's words: the transcript's note. */
const TURN_NOTE = /^\((?:through|via|speaking|spoke|in|translated|interpretation|as)\b[^()]{0,40}\)[.\s]*/i;

/** A time code opening a recorded turn: "[00:01:15] SARAH LINDQVIST: …", "(12:04) …". */
export const TIME_CODE = /^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]+/;

/** A briefing's clock before its label, unbracketed: "12:02:11 - Name, role:", "14:05 Name:". */
const BARE_TIME_CODE = /^\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[-–—][ \t]*|[ \t]+)(?=\p{Lu})/u;

/** "Thank you, Lena.", "Good afternoon.": courtesy that says nothing. */
const COURTESY =
  /^(?:(?:thank\s+you|thanks|good\s+(?:morning|afternoon|evening)|hello|hi|welcome)\b[^.!?]{0,40}[.!]?\s*)+$/i;

/**
 * The chair's procedure: "We move on to the next topic.", "Next question, please.", "I give the floor to
 * Peter.", "The briefing is closed.": a turn made only of these and courtesy states nothing.
 */
const PROCEDURE =
  /^(?:(?:and\s+)?(?:now\s+)?(?:we(?:['’]ll)?|let(?:['’]s|\s+us))\s+(?:now\s+)?(?:move|go|turn|pass)\s+on\b[^.!?]{0,60}|(?:the\s+)?next\s+(?:question|topic|item)\b[^.!?]{0,30}|(?:and\s+)?(?:now\s+)?I\s+(?:give|pass|hand)\s+(?:the\s+floor|it|you)\s+(?:over\s+)?to\s+[^.!?]{1,40}|(?:the\s+)?floor\s+is\s+yours\b[^.!?]{0,20}|over\s+to\s+you\b[^.!?]{0,20}|(?:that|this)\s+(?:concludes|ends)\s+[^.!?]{1,40}|(?:the\s+)?(?:briefing|meeting|sitting|debate|session|press\s+conference)\s+is\s+(?:closed|adjourned|over)|see\s+you\s+[^.!?]{1,30})[.!]?$/i;

/** A stage direction: "(The speaker agreed to take a blue-card question)", "(SOUNDBITE OF MUSIC)", "[APPLAUSE]". */
export const STAGE_DIRECTION = /^\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/;

const transcripts = new WeakMap<readonly Paragraph[], Transcript | null>();

/** Reads a label at the paragraph's start, if any. Cheap: most paragraphs fail the first tests. */
function readLabel(text: string, p: Paragraph): TurnLabel | null {
  let from = p.start;
  let c = text.charCodeAt(from);
  // A recording's time code ("[00:01:15] Sarah Lindqvist:") stands before the label.
  if (c === 91 || c === 40) {
    from += TIME_CODE.exec(text.slice(from, from + 14))?.[0].length ?? 0;
    c = text.charCodeAt(from);
  } else if (c >= 48 && c <= 57) {
    from += BARE_TIME_CODE.exec(text.slice(from, from + 14))?.[0].length ?? 0;
    c = text.charCodeAt(from);
  }
  // A letter or bold marks open every label.
  if (!(c === 42 || c === 95 || (c >= 65 && c <= 90) || c > 127)) return null;
  const opening = text.slice(from, Math.min(p.end, from + 260));
  const colon = opening.indexOf(':');
  const dash = opening.search(/[–—]/);
  const stop = STOP_LABEL.exec(opening);
  // A hearing record's "Senator ORTEGA. …", "Mr. MILLER. …", "The CHAIRMAN. …": capitals and a full stop.
  if (stop && (colon < 0 || colon > stop[0].length)) {
    const name = `${stop[1] ?? ''}${titleWords(stop[2]!)}`;
    return { name, role: '', wordsFrom: from + stop[0].length, shape: 'stop' };
  }
  if (colon < 0 && dash < 0) return null;
  const byColon = colon >= 0 && (dash < 0 || colon < dash);
  const asked = byColon ? QUESTION_FROM.exec(opening) : null;
  if (asked)
    return { name: 'Question', role: asked[1]!.trim(), wordsFrom: from + asked[0].length, shape: 'colon' };
  // A minister by office, the name in brackets: "The Minister for Europe (Leo Docherty):".
  const office = byColon ? OFFICE_NAME_LABEL.exec(opening) : null;
  if (office) {
    const role = office[0].slice(0, office[0].indexOf('(')).trim();
    return { name: office[1]!.trim(), role, wordsFrom: from + office[0].length, shape: 'colon' };
  }
  const m = (byColon ? COLON_LABEL : DASH_LABEL).exec(opening);
  if (!m) return null;
  let name = m[1]!.replace(/\.$/, '');
  let role = m[2]!.replace(/^,\s*/, '').trim();
  // A script's sound bite labelled with its speaker in brackets: "SOT (ANNA PETROSYAN, EVACUEE):".
  const bite = SOUND_BITE_LABEL.test(name) ? /^\(([^,()]{3,60})(?:,([^()]*))?\)/.exec(role) : null;
  if (bite) [name, role] = [bite[1]!.trim(), (bite[2] ?? '').trim()];
  if (
    NOT_A_NAME.test(name) ||
    /\d/.test(name) ||
    (name.includes(' ') && !CHAIR_NAME.test(name) && NO_NAME_WORD.test(name))
  )
    return null;
  const words = opening.slice(m[0].length);
  // "Clinton: 1,769." is a tally, "Sanders: I'm Not Much Of A Socialist" a headline: no one's turn.
  if (/^\d/.test(words) || titleCase(words)) return null;
  // A colon after a clause with a verb of saying introduces a quote ("Pashinyan, speaking on Tuesday, said: …").
  if (role && COMMUNICATION_VERB.test(role.replace(/\([^()]*\)/g, ''))) return null;
  if (!byColon) {
    // A single word before a dash is a dateline ("WASHINGTON —"), never a speaker; so is a place and a day
    // ("YEREVAN, December 12. —"). A role before a dash ends with a stop ("Name, on behalf of … Group. –").
    if (!role && !name.includes(' ') && !CHAIR_NAME.test(name)) return null;
    // "Name (Greens/EFA) – …" needs no stop: brackets alone are no clause.
    const bracketsOnly = /^(?:\([^()]*\)\s*)+$/.test(role);
    if (/\d/.test(role) || (role && !bracketsOnly && !/\.[ \t]*(?:\*\*|__)?[–—]/.test(m[0]))) return null;
  }
  return { name, role, wordsFrom: from + m[0].length, shape: byColon ? 'colon' : 'dash' };
}

const LETTER_START = /^\p{L}/u;
const CAPITAL_START = /^\p{Lu}/u;

/** Words mostly capitalised, as in a headline ("Hillary Clinton Sides With George W. Bush"). */
function titleCase(words: string): boolean {
  const first = words.split(/\s+/, 8).filter((w) => LETTER_START.test(w));
  // A stop inside ends a sentence ("Welcome to The Caucasus Briefing. I'm Sarah …"): prose, no headline.
  if (first.slice(0, -1).some((w) => /[.!?]$/.test(w))) return false;
  return first.length >= 4 && first.every((w) => CAPITAL_START.test(w));
}

/** The label's own words, compared across turns: "Pavel Hornak (PPE)" and "Pavel Hornak" are one speaker. */
function key(name: string): string {
  return name.toLowerCase().replace(/^(?:mr|mrs|ms|dr|mx)\.?\s+/, '');
}

/**
 * The document's turns, or null when it is no transcript. A transcript shows at least three
 * labels of one shape naming at least two speakers; labels whose words open with a quote mark are
 * digest copy ("Name, aide: “…”"), not turns. A turn goes on through the unlabelled paragraphs
 * after it that end as prose does, until a stage direction, a heading or the next label.
 */
export function transcriptOf(text: string, paragraphs: readonly Paragraph[]): Transcript | null {
  let known = transcripts.get(paragraphs);
  if (known !== undefined) return known;
  known = null;
  const labels = new Map<number, TurnLabel>();
  let colons = 0;
  let dashes = 0;
  let stops = 0;
  for (const p of paragraphs) {
    const label = readLabel(text, p);
    if (!label) continue;
    if (/^["“«„‘']/.test(text.slice(label.wordsFrom, label.wordsFrom + 1))) continue;
    labels.set(p.index, label);
    if (label.shape === 'colon') colons++;
    else if (label.shape === 'dash') dashes++;
    else stops++;
  }
  if (labels.size >= 3) {
    const shape = stops > colons && stops > dashes ? 'stop' : colons >= dashes ? 'colon' : 'dash';
    for (const [i, l] of labels) if (l.shape !== shape) labels.delete(i);
    const all = [...labels.values()];
    const fullNames = new Map<string, string>();
    const names = new Set(all.map((l) => key(rememberName(l.name, fullNames))));
    // Talk shows itself: a speaker labelled again, a question's or the chair's label, or labels that
    // give roles ("Name, on behalf of …", "Name (Renew)"). Bare heads, each once, are a digest's sections.
    const talk =
      names.size < all.length ||
      all.some((l) => roleOf(l.name) !== 'speaks') ||
      all.filter((l) => l.role).length * 2 >= all.length;
    if (labels.size >= 3 && names.size >= 2 && talk) known = readTurns(text, paragraphs, labels);
  }
  transcripts.set(paragraphs, known);
  return known;
}

function readTurns(
  text: string,
  paragraphs: readonly Paragraph[],
  labels: ReadonlyMap<number, TurnLabel>,
): Transcript {
  const fullNames = new Map<string, string>();
  const staff = new Set<string>();
  const turnOf = new Map<number, Turn>();
  const bySpeaker = new Map<string, { all: number; asking: number; first: number }>();
  let current: Turn | null = null;
  const lastLabel = Math.max(...labels.keys());
  for (const p of paragraphs) {
    const label = labels.get(p.index);
    if (label) {
      const fullName = rememberName(label.name, fullNames);
      const k = key(fullName);
      if (
        STAFF_ROLE.test(label.role) ||
        SCRIPT_OWN_VOICE.test(label.role) ||
        SCRIPT_VOICE_NAME.test(fullName) ||
        staffInText(text, fullName)
      )
        staff.add(k);
      current = { labelled: p.index, label, role: roleOf(fullName), fullName };
      turnOf.set(p.index, current);
      continue;
    }
    const said = text.slice(p.start, p.end);
    // A script's sound bite names its speaker in full before the short label: "[SOT — ANAHIT MKRTCHYAN, …]".
    if (said.charCodeAt(0) === 91) {
      const bite = SOUND_BITE.exec(said)?.[1];
      if (bite) rememberName(bite, fullNames);
    }
    // A label alone on its line ("12:05:15 - Peter Stano:") is followed by its speaker's words, whatever they tell.
    const firstWords =
      current !== null &&
      current.labelled === p.index - 1 &&
      current.label.wordsFrom >= paragraphs[p.index - 1]!.end;
    if (
      !current ||
      STAGE_DIRECTION.test(said) ||
      !/[.!?…"”»]$/.test(said) ||
      (!firstWords && reportsOn(said, current)) ||
      // After the last label the page's own text may follow: the speaker goes on only in their own voice.
      (p.index > lastLabel && !firstWords && !OWN_VOICE.test(said))
    ) {
      if (p.index > lastLabel) break;
      current = null;
      continue;
    }
    turnOf.set(p.index, current);
  }
  // A turn asks when its last paragraph ends with a question.
  let last: Turn | null = null;
  const count = (turn: Turn, lastParagraph: number) => {
    const k = key(turn.fullName);
    const s = bySpeaker.get(k) ?? { all: 0, asking: 0, first: turn.labelled };
    s.all++;
    if (asks(text, paragraphs[lastParagraph]!)) s.asking++;
    bySpeaker.set(k, s);
  };
  let lastParagraph = -1;
  for (const [i, turn] of turnOf) {
    if (last && turn !== last) count(last, lastParagraph);
    last = turn;
    lastParagraph = i;
  }
  if (last) count(last, lastParagraph);
  // Who opens the talk and asks in it hosts it; who mostly asks is an interviewer.
  const opener = [...bySpeaker].sort((a, b) => a[1].first - b[1].first)[0];
  for (const [k, s] of bySpeaker) {
    if (s.asking * 2 > s.all || (s.asking > 0 && opener?.[0] === k)) staff.add(k);
  }
  for (const turn of new Set(turnOf.values()))
    if (turn.role === 'speaks' && staff.has(key(turn.fullName))) turn.role = 'staff';
  return { turnOf, spoken: new Set() };
}

/** "Borrell" or "PASHINYAN" after "Josep Borrell Fontelles:" is the full name written before. */
function rememberName(name: string, fullNames: Map<string, string>): string {
  if (!name.includes(' ')) return fullNames.get(key(name)) ?? name;
  for (const part of name.split(/\s+/)) fullNames.set(key(part), name);
  return name;
}

function roleOf(name: string): TurnRole {
  if (QUESTION_NAME.test(name)) return 'asks';
  if (/^(?:A|Answer|ANSWER)$/.test(name)) return 'answers';
  if (CHAIR_NAME.test(name)) return 'chair';
  return 'speaks';
}

/**
 * A paragraph that tells of the turn's speaker by name, or quotes someone and says who said it,
 * is the page's reporting, not the speaker going on.
 */
function reportsOn(said: string, turn: Turn): boolean {
  const surname = turn.fullName.split(/\s+/).pop()!;
  if (surname.length > 2 && said.toLowerCase().includes(surname.toLowerCase())) return true;
  return /["“”«»]/.test(said) && COMMUNICATION_VERB.test(said);
}

/** The speaker's own voice: "I", "we", "our" … The page's text after a transcript speaks of others. */
const OWN_VOICE = /(?<![\p{L}'’])(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s|I['’]m|[Ww]e['’](?:re|ve|ll))(?![\p{L}'’])/u;

/** A turn paragraph that ends with a question asks. */
function asks(text: string, p: Paragraph): boolean {
  return text.slice(p.start, p.end).trimEnd().endsWith('?');
}

/** "correspondent Tom Avakian", a script's crew line "REPORTER: LILIT ASATRYAN": the role, then the name. */
const STAFF_BEFORE = new RegExp(`${STAFF_ROLE.source}\\s+$`, 'i');
/** A script's crew line: "REPORTER: LILIT ASATRYAN | CAM: …", "Correspondent: Tom Avakian". */
const CREW_LINE =
  /^(?:REPORTER|CORRESPONDENT|PRESENTER|Reporter|Correspondent|Presenter)[ \t]*:[ \t]*([^|\n]{3,60})/gmu;
/** "… Lilit Asatryan reports from the Margara crossing.": an anchor hands over to the outlet's reporter. */
const REPORTS_AFTER = /^\s+reports\b/;

/**
 * A script's voice-over and piece to camera ("ASATRYAN (VO):", "(STANDUP)", "(TRACK)"): the outlet's
 * reporter speaking, read as the outlet's prose.
 */
const SCRIPT_OWN_VOICE = /\((?:VO|V\/O|VOICE[- ]?OVER|OOV|STAND-?UP|PTC|TRACK)\)/i;

/** A script's sound-bite label, whose brackets name the speaker: "SOT (NAME, TITLE):", "SYNC (Name):". */
const SOUND_BITE_LABEL = /^(?:SOT|SYNC|SOUNDBITE|BITE|GRAB|ACTUALITY|ACT|CLIP|INTERVIEW|INT)$/i;

/**
 * A script's own voice by the label's name: the cue or intro the presenter reads, the voice-over or
 * track, the piece to camera, the tag. Read as the outlet's prose.
 */
const SCRIPT_VOICE_NAME =
  /^(?:VO|V\/O|CUE|INTRO|LINK|TRACK|PTC|STANDUP|STAND-UP|OOV|TAG|BACKANNO|OUTRO|READER|IN-VISION|IN VISION)$/i;

/** A script's sound bite that names its speaker: "[SOT — NAME SURNAME, TITLE]", "[SYNC: NAME SURNAME]". */
const SOUND_BITE =
  /^\[(?:SOT|SYNC|SOUNDBITE|BITE|GRAB|CLIP|INTERVIEW|INT)\b[\s:—–-]*(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,3})\s*[,\]—–(]/u;

const ANY_LOWER_CASE = /\p{Ll}/u;

/** "Special correspondent Tom Avakian reports": the text calls the speaker one of its own people. */
function staffInText(text: string, name: string): boolean {
  for (const crew of text.slice(0, 1500).matchAll(CREW_LINE))
    if (
      crew[1]!
        .toLowerCase()
        .split(/[\s,]+/)
        .includes(key(name))
    )
      return true;
  if (!name.includes(' ')) return false;
  const written = ANY_LOWER_CASE.test(name) ? [name] : [name, titleWords(name)];
  for (const form of written)
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (STAFF_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
      if (REPORTS_AFTER.test(text.slice(at + form.length, at + form.length + 12))) return true;
    }
  return false;
}

const WORD_INITIAL_LETTER = /(^|[\s'’-])(\p{L})/gu;

/** "LILIT ASATRYAN" as prose writes it: "Lilit Asatryan". */
function titleWords(capitals: string): string {
  return capitals
    .toLowerCase()
    .replace(WORD_INITIAL_LETTER, (_, b: string, c: string) => b + c.toUpperCase());
}

const ANY_LETTER = /\p{L}/u;

/**
 * The words of one turn paragraph that are the speaker's statement, or null when they state
 * nothing: a label standing alone, a question, a courtesy.
 */
export function turnWords(text: string, p: Paragraph, turn: Turn): { start: number; end: number } | null {
  let start = turn.labelled === p.index ? turn.label.wordsFrom : p.start;
  start += TURN_NOTE.exec(text.slice(start, p.end))?.[0].length ?? 0;
  let end = p.end;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const said = text.slice(start, end);
  if (!ANY_LETTER.test(said)) return null;
  if (said.endsWith('?') || COURTESY.test(said) || procedureOnly(said)) return null;
  return { start, end };
}

/** "Thank you, Peter. We move on to the next topic.": courtesy and procedure, sentence by sentence. */
function procedureOnly(said: string): boolean {
  if (said.length > 200) return false;
  const sentences = said.split(/(?<=[.!])\s+/);
  return (
    sentences.some((x) => PROCEDURE.test(x)) && sentences.every((x) => PROCEDURE.test(x) || COURTESY.test(x))
  );
}

/** A label of initials only: "NV:", "LB:", "TK:". */
const INITIALS = /^\p{Lu}{2,3}$/u;
/** A written name of two or three capitalised words: "Narine Vardapetyan", "Leila Brennan". */
const WRITTEN_NAME = /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}(?![\p{L}'’-])/gu;

/**
 * An interview's turns labelled by initials ("NV: Mostly families …") belong to the one name the
 * page writes with those initials ("We spoke to sociologist Narine Vardapetyan"). Null when the
 * label is no initials, or no name or several names fit.
 */
export function nameByInitials(text: string, label: string): string | null {
  if (!INITIALS.test(label)) return null;
  let found: string | null = null;
  for (const m of allMatches(WRITTEN_NAME, text)) {
    const words = m[0].split(/\s+/);
    // "Yerevan Narine Vardapetyan": a capitalised word before the name may be no part of it.
    for (const name of [words, words.slice(1)]) {
      if (name.length < 2 || name.map((w) => w[0]).join('') !== label) continue;
      const written = name.join(' ');
      if (found !== null && found !== written) return null;
      found = written;
    }
  }
  return found;
}
