import { type Affiliation, affiliationLabel, parseAffiliation } from '../extract/entities/affiliations.ts';
import type { Statement } from '../extract/types.ts';
import type { KnowledgeBase, SpeakerSummary } from '../index/knowledgeBase.ts';
import { groupBySide, onSide, sidesPresent } from '../index/sides.ts';
import type { SpeakerMatch } from '../index/speakerLookup.ts';
import { answerStore } from './remember.ts';
import { type Answer, badInput, echo, found, notFound } from './result.ts';

export interface WhoSaidQuery {
  speaker?: string;
  about?: string;
  /** An affiliation ("Azerbaijan", "un", "media"): only statements of speakers on that side. */
  side?: string;
}

/** Statements of one affiliation, in the answer's order. */
export interface SideGroup {
  side: Affiliation;
  statements: Statement[];
}

export type WhoSaid =
  | { kind: 'speakers'; speakers: readonly SpeakerSummary[] }
  | {
      kind: 'statements';
      speaker: SpeakerSummary | null;
      about: string | null;
      statements: Statement[];
      /** The side asked for, if any. */
      side: Affiliation | null;
      /** With `about` and no speaker or side: the statements grouped by affiliation (AFFILIATIONS order). */
      groups: SideGroup[] | null;
    };

const MAX_WORDS = 200;

export function whoSaid(kb: KnowledgeBase, query: WhoSaidQuery): Answer<WhoSaid> {
  const speakerWords = query.speaker?.trim() ?? '';
  const aboutWords = query.about?.trim() ?? '';
  if (speakerWords.length > MAX_WORDS || aboutWords.length > MAX_WORDS) {
    return badInput(`Keep \`speaker\` and \`about\` under ${MAX_WORDS} characters: a name or a few words.`);
  }
  let side: Affiliation | null = null;
  const sideWords = query.side?.trim() ?? '';
  if (sideWords) {
    side = parseAffiliation(sideWords);
    if (!side) return badInput(`${echo(sideWords)} is not a side. Try one of: ${sideList(kb)}.`);
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
      return notFound('The corpus has no statements yet. Add articles to the corpus folder.');
    return found({ kind: 'speakers', speakers: kb.speakers });
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
      `Nothing said by ${who} matches ${echo(aboutWords)}. Try fewer or other words${speaker ? ', or leave out `about` to see everything they said' : ''}.`,
    );
  }
  // Grouped by counting positions by their side (worked out once per knowledge base), so a
  // question matching tens of thousands of statements looks up no side.
  const grouped = aboutWords && !speaker && !side ? groupBySide(kb, positions) : null;
  const statements = Array.from(grouped?.positions ?? positions, (i) => kb.statements[i]!);
  const groups =
    grouped?.groups.map((g) => ({ side: g.side, statements: statements.slice(g.start, g.end) })) ?? null;
  return found({ kind: 'statements', speaker, about: aboutWords || null, statements, side, groups });
}

function noneOnSide(
  kb: KnowledgeBase,
  side: Affiliation,
  speaker: SpeakerSummary | null,
  aboutWords: string,
  others: number,
): string {
  const what = [speaker && `by ${speaker.entity.name}`, aboutWords && `matching ${echo(aboutWords)}`]
    .filter(Boolean)
    .join(' ');
  const elsewhere = others > 0 ? ` ${others} from other sides: leave out \`side\` to see them.` : '';
  return `No statement ${what ? `${what} ` : ''}from the side ${echo(affiliationLabel(side))} in the corpus.${elsewhere} Sides with statements: ${sideList(kb)}.`;
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
function noSuchSpeaker(kb: KnowledgeBase, words: string, match: NoMatch): string {
  const names = (list: readonly SpeakerSummary[]) => either(list.map((s) => s.entity.name));
  if (match.kind === 'ambiguous') {
    return `${echo(words)} fits several speakers: ${names(match.candidates)}. Ask for one by its full name.`;
  }
  if (match.kind === 'close')
    return `No speaker ${echo(words)} in the corpus. Did you mean ${names(match.candidates)}?`;
  const known = kb.speakers
    .slice(0, 5)
    .map((s) => s.entity.name)
    .join(', ');
  return `No speaker ${echo(words)} in the corpus. Try one of: ${known}, or leave \`speaker\` empty to list them all.`;
}
