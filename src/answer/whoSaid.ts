import { type Affiliation, affiliationLabel, parseAffiliation } from '../extract/entities/affiliations.ts';
import { saidSpans } from '../extract/statements/clause.ts';
import type { Entity, Span, Statement } from '../extract/types.ts';
import type { KnowledgeBase, SpeakerSummary } from '../index/knowledgeBase.ts';
import { lazyList } from '../index/lazyList.ts';
import { groupBySide, onSide, sidesPresent, speakerSide, statementSide } from '../index/sides.ts';
import type { SpeakerMatch } from '../index/speakerLookup.ts';
import { type Citation, citeSpan, type ItemList, readAsIterated } from './excerpt.ts';
import { answerStore } from './remember.ts';
import { type Answer, badInput, found, type Message, notFound, tell, typed } from './result.ts';

export interface WhoSaidQuery {
  speaker?: string;
  about?: string;
  /** An affiliation ("Azerbaijan", "un", "media"): only statements of speakers on that side. */
  side?: string;
}

/** A statement as shown: who, for which side, when, and its words with their citation. */
export interface SaidExcerpt {
  statement: Statement;
  /** Who the speaker spoke for, at the statement's date. */
  side: Affiliation;
  /** The quote (or the clause it stands in) and any continuation, each a verbatim piece (trimmed), one a line. */
  text: string;
  /** Where the quote is. */
  citation: Citation;
  /** The other members of a joint statement shown once for all (CONVENTIONS 13), in text order. */
  together?: readonly Entity[];
  /** A joint statement's members' sides, each once, in the members' order: set when they differ. */
  sides?: readonly Affiliation[];
}

/** Statements of one affiliation, in the answer's order. */
export interface SideGroup {
  /** The side every speaker of the group's statements shares; null for joint statements across sides. */
  side: Affiliation | null;
  /** The sides its statements speak for: the side, or each joint statement's members' sides. */
  sides: readonly Affiliation[];
  /** Built as they are read. */
  statements: ItemList<SaidExcerpt>;
}

/** A speaker as the list shows one: how many statements, and the side read without a date. */
interface SpeakerRow {
  entity: Entity;
  statements: number;
  relayed: number;
  side: Affiliation;
}

export type WhoSaid =
  | { kind: 'speakers'; speakers: ItemList<SpeakerRow> }
  | {
      kind: 'statements';
      speaker: Entity | null;
      about: string | null;
      /** Every statement in the answer's order (the groups' order when grouped); built as read. */
      statements: ItemList<SaidExcerpt>;
      /** The side asked for, if any. */
      side: Affiliation | null;
      /**
       * With `about` and no speaker or side: the statements grouped by affiliation (AFFILIATIONS
       * order), then the joint statements whose members speak for different sides.
       */
      groups: SideGroup[] | null;
    };

const MAX_WORDS = 200;

export function whoSaid(kb: KnowledgeBase, query: WhoSaidQuery): Answer<WhoSaid> {
  const speakerWords = query.speaker?.trim() ?? '';
  const aboutWords = query.about?.trim() ?? '';
  if (speakerWords.length > MAX_WORDS || aboutWords.length > MAX_WORDS) {
    return badInput([`Keep \`speaker\` and \`about\` under ${MAX_WORDS} characters: a name or a few words.`]);
  }
  let side: Affiliation | null = null;
  const sideWords = query.side?.trim() ?? '';
  if (sideWords) {
    side = parseAffiliation(sideWords);
    if (!side) return badInput(tell`${typed(sideWords)} is not a side. Try one of: ${sideList(kb)}.`);
  }
  return remembered(kb, `${speakerWords}\u0000${aboutWords}\u0000${side ?? ''}`, () =>
    answerWhoSaid(kb, speakerWords, aboutWords, side),
  );
}

/** The sides the corpus's statements have, as `side:` takes them. */
function sideList(kb: KnowledgeBase): string {
  return (
    [...sidesPresent(kb).keys()].map((a) => `\`${affiliationLabel(a)}\``).join(', ') ||
    'none: the corpus has no statements'
  );
}

const remembered = answerStore<Answer<WhoSaid>>();

function answerWhoSaid(
  kb: KnowledgeBase,
  speakerWords: string,
  aboutWords: string,
  side: Affiliation | null,
): Answer<WhoSaid> {
  if (!speakerWords && !aboutWords && !side) {
    if (kb.speakers.length === 0)
      return notFound(['The corpus has no statements yet. Add articles to the corpus folder.']);
    const speakers = kb.speakers;
    return found({
      kind: 'speakers',
      speakers: lazyList(speakers.length, (i) => {
        const { entity, statements, relayed } = speakers[i]!;
        return { entity, statements, relayed, side: speakerSide(kb, speakers[i]!) };
      }),
    });
  }

  let speaker: SpeakerSummary | null = null;
  if (speakerWords) {
    const match = kb.findSpeaker(speakerWords);
    if (match.kind !== 'found') return notFound(noSuchSpeaker(kb, speakerWords, match));
    speaker = match.speaker;
  }
  // Oldest first; statements without a date last, then by document and place in it.
  let positions = kb.statementPositionsSaid(speaker?.entity.id ?? null, aboutWords || null);
  if (side) {
    const all = positions.length;
    positions = onSide(kb, positions, side);
    if (positions.length === 0) return notFound(noneOnSide(kb, side, speaker, aboutWords, all));
  }
  if (positions.length === 0) {
    const who = speaker ? `${speaker.entity.name}` : 'anyone';
    return notFound(
      tell`Nothing said by ${who} matches ${typed(aboutWords)}. Try fewer or other words${speaker ? ', or leave out `about` to see everything they said' : ''}.`,
    );
  }
  // One speaker's list holds no joint statement twice; a list of several shows each once.
  const joint = speaker ? null : jointOnce(kb, positions);
  const shown = joint?.positions ?? positions;
  // Grouped by counting positions by their side (worked out once per knowledge base), so a
  // question matching tens of thousands of statements looks up no side; the groups' positions
  // come one after the other, so the whole list is the groups in turn.
  const acrossSides = joint?.acrossSides ?? new Set<number>();
  const grouped =
    aboutWords && !speaker && !side
      ? groupBySide(
          kb,
          shown.filter((at) => !acrossSides.has(at)),
        )
      : null;
  const ordered = grouped ? Uint32Array.from([...grouped.positions, ...acrossSides]) : shown;
  const said = (from: number, to: number) =>
    readAsIterated(to - from, (i) => {
      const at = ordered[from + i]!;
      return saidExcerpt(kb, kb.statements[at]!, joint?.members.get(at));
    });
  const sideGroups: SideGroup[] | null =
    grouped?.groups.map((g) => ({ side: g.side, sides: [g.side], statements: said(g.start, g.end) })) ?? null;
  if (sideGroups && acrossSides.size > 0) {
    const sides = new Set([...acrossSides].flatMap((at) => joint!.members.get(at)!.sides));
    const start = grouped!.positions.length;
    sideGroups.push({ side: null, sides: [...sides], statements: said(start, ordered.length) });
  }
  return found({
    kind: 'statements',
    speaker: speaker?.entity ?? null,
    about: aboutWords || null,
    statements: said(0, ordered.length),
    side,
    groups: sideGroups,
  });
}

/**
 * The clause a quote stands in is shown when it tells what the quoted words are about: a subject
 * and more before them (`the army “must stay out of politics.”`, `he was “deeply concerned”`), on
 * one line, its pieces joined by "…" where an attribution splits it. After a bare article
 * (`an “immediate end to hostilities” and …`) the quote alone says it best.
 */
export function shownLines(kb: Pick<KnowledgeBase, 'slice'>, s: Statement): string[] {
  const slice = (span: Span) => kb.slice(s.docId, span).trim();
  // A headline is shown whole, its naming of the speaker too: the outlet's words, not the speaker's.
  if (s.line === 'headline') return [slice(s.context)];
  const clause = s.clause;
  const opening = clause?.find((c) => c.end >= s.quote.end) ?? clause?.[0];
  const before = opening ? kb.slice(s.docId, { start: opening.start, end: s.quote.start }) : '';
  const words = before.match(/[\p{L}\p{N}]+/gu) ?? [];
  // One word tells little ("is “a tax on bread.”"), unless it is the subject ("he “would win”", "Pompeo “stressed …”").
  const bare =
    words.every((w) => /^(?:a|an|the|that|to|of|for|on|in)$/i.test(w)) ||
    (words.length === 1 && !/^(?:he|she|they|we|I|it|you|\p{Lu}.*)$/u.test(words[0]!));
  if (!clause || (bare && clause.length === 1)) return [s.quote, ...(s.continuation ?? [])].map(slice);
  return [clause.map(slice).join(' … '), ...saidSpans(s).slice(clause.length).map(slice)];
}

function saidExcerpt(kb: KnowledgeBase, s: Statement, joint?: JointMembers): SaidExcerpt {
  return {
    statement: s,
    side: statementSide(kb, s),
    text: shownLines(kb, s).join('\n'),
    citation: citeSpan(kb, s.docId, s.quote),
    ...(joint ? { together: joint.together } : {}),
    ...(joint && joint.sides.length > 1 ? { sides: joint.sides } : {}),
  };
}

/** A joint statement's members after the one that leads, and their sides (each once), all in text order. */
interface JointMembers {
  together: Entity[];
  sides: Affiliation[];
}

/**
 * A joint statement is one statement of each member on the same words (CONVENTIONS 13). Shown
 * once for all, at the place of its first member among the positions: the member the text names
 * first leads and names the others, in the text's order. Any member among the positions brings it
 * (a `side:` or `about:` that fits one member shows it, naming all). `acrossSides` holds the leads
 * of those whose members speak for different sides, in the answer's order: no side's group holds them.
 */
function jointOnce(
  kb: KnowledgeBase,
  positions: Uint32Array,
): { positions: Uint32Array; acrossSides: Set<number>; members: Map<number, JointMembers> } {
  const kept: number[] = [];
  const acrossSides = new Set<number>();
  const members = new Map<number, JointMembers>();
  const shown = new Set<number>();
  for (const at of positions) {
    const all = jointMembers(kb, at);
    if (!all) {
      kept.push(at);
      continue;
    }
    const lead = all[0]!;
    if (shown.has(lead)) continue;
    shown.add(lead);
    const sides = [...new Set(all.map((i) => statementSide(kb, kb.statements[i]!)))];
    const together = all.slice(1).map((i) => kb.statements[i]!.speaker);
    members.set(lead, { together, sides });
    kept.push(lead);
    if (sides.length > 1) acrossSides.add(lead);
  }
  return { positions: Uint32Array.from(kept), acrossSides, members };
}

/**
 * The statements of a joint statement's members, one per speaker, the one named first in the text
 * first; null when the words are one speaker's. A document's statements on the same words are
 * extracted one after another, so they are read from the neighbours in `kb.statements`.
 */
function jointMembers(kb: KnowledgeBase, at: number): number[] | null {
  const s = kb.statements[at]!;
  const same = (i: number) => {
    const o = kb.statements[i];
    return (
      o !== undefined && o.docId === s.docId && o.quote.start === s.quote.start && o.quote.end === s.quote.end
    );
  };
  let first = at;
  while (first > 0 && same(first - 1)) first--;
  let last = at;
  while (same(last + 1)) last++;
  if (first === last) return null;
  const bySpeaker = new Map<string, number>();
  for (let i = first; i <= last; i++) {
    const id = kb.statements[i]!.speaker.id;
    if (!bySpeaker.has(id)) bySpeaker.set(id, i);
  }
  if (bySpeaker.size < 2) return null;
  const named = [...bySpeaker.values()].map((i) => ({ i, at: namedAt(kb, kb.statements[i]!) }));
  return named.sort((a, b) => a.at - b.at || a.i - b.i).map((m) => m.i);
}

/** Where the statement's sentence first names its speaker as the statement writes it; Infinity when it does not. */
function namedAt(kb: KnowledgeBase, s: Statement): number {
  const mention = s.mention.trim();
  if (!mention) return Number.POSITIVE_INFINITY;
  const text = kb.document(s.docId).text;
  const wordChar = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(mention, s.context.start); i >= 0; i = text.indexOf(mention, i + 1)) {
    if (i + mention.length > s.context.end) break;
    // A whole word: "Armenia" is not named by "Armenian".
    if (!wordChar.test(text[i - 1] ?? '') && !wordChar.test(text[i + mention.length] ?? '')) return i;
  }
  return Number.POSITIVE_INFINITY;
}

function noneOnSide(
  kb: KnowledgeBase,
  side: Affiliation,
  speaker: SpeakerSummary | null,
  aboutWords: string,
  others: number,
): Message {
  const by = speaker ? `by ${speaker.entity.name}` : '';
  const matching = aboutWords ? tell`matching ${typed(aboutWords)}` : '';
  const what = tell`${by}${by && matching ? ' ' : ''}${matching}`;
  const elsewhere = others > 0 ? ` ${others} from other sides: leave out \`side\` to see them.` : '';
  return tell`No statement ${what.length ? tell`${what} ` : ''}from the side ${typed(affiliationLabel(side))} in the corpus.${elsewhere} Sides with statements: ${sideList(kb)}.`;
}

/** Names joined for a sentence: "A", "A or B", "A, B or C". */
function either(names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

type NoMatch = Exclude<SpeakerMatch<SpeakerSummary>, { kind: 'found' }>;

/**
 * Asked for one speaker, never answer with another: a name the corpus lacks is said to be
 * missing, with the nearest names as suggestions the user can choose to ask for.
 */
function noSuchSpeaker(kb: KnowledgeBase, words: string, match: NoMatch): Message {
  const names = (list: readonly SpeakerSummary[]) => either(list.map((s) => s.entity.name));
  if (match.kind === 'ambiguous') {
    return tell`${typed(words)} fits several speakers: ${names(match.candidates)}. Ask for one by its full name.`;
  }
  if (match.kind === 'close')
    return tell`No speaker ${typed(words)} in the corpus. Did you mean ${names(match.candidates)}?`;
  const known = kb.speakers
    .slice(0, 5)
    .map((s) => s.entity.name)
    .join(', ');
  return tell`No speaker ${typed(words)} in the corpus. Try one of: ${known}, or leave \`speaker\` empty to list them all.`;
}
