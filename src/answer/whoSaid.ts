import type { Statement } from '../extract/types.ts';
import type { KnowledgeBase, SpeakerSummary } from '../index/knowledgeBase.ts';
import type { SpeakerMatch } from '../index/speakerLookup.ts';
import { answerStore } from './remember.ts';
import { type Answer, badInput, echo, found, notFound } from './result.ts';

export interface WhoSaidQuery {
  speaker?: string;
  about?: string;
}

export type WhoSaid =
  | { kind: 'speakers'; speakers: readonly SpeakerSummary[] }
  | { kind: 'statements'; speaker: SpeakerSummary | null; about: string | null; statements: Statement[] };

const MAX_WORDS = 200;

export function whoSaid(kb: KnowledgeBase, query: WhoSaidQuery): Answer<WhoSaid> {
  const speakerWords = query.speaker?.trim() ?? '';
  const aboutWords = query.about?.trim() ?? '';
  if (speakerWords.length > MAX_WORDS || aboutWords.length > MAX_WORDS) {
    return badInput(`Keep \`speaker\` and \`about\` under ${MAX_WORDS} characters: a name or a few words.`);
  }
  return remembered(kb, `${speakerWords}\u0000${aboutWords}`, () => answerWhoSaid(kb, speakerWords, aboutWords));
}

const remembered = answerStore<Answer<WhoSaid>>();

function answerWhoSaid(kb: KnowledgeBase, speakerWords: string, aboutWords: string): Answer<WhoSaid> {
  if (!speakerWords && !aboutWords) {
    if (kb.speakers.length === 0) return notFound('The corpus has no statements yet. Add articles to the corpus folder.');
    return found({ kind: 'speakers', speakers: kb.speakers });
  }

  let speaker: SpeakerSummary | null = null;
  if (speakerWords) {
    const match = kb.findSpeaker(speakerWords);
    if (match.kind !== 'found') return notFound(noSuchSpeaker(kb, speakerWords, match));
    speaker = match.speaker;
  }
  // Oldest first; statements without a date last, then by document and place in it.
  const candidates: Statement[] = kb.statementsSaid(speaker?.entity.id ?? null, aboutWords || null);
  if (candidates.length === 0) {
    const who = speaker ? `${speaker.entity.name}` : 'anyone';
    return notFound(
      `Nothing said by ${who} matches ${echo(aboutWords)}. Try fewer or other words${speaker ? ', or leave out `about` to see everything they said' : ''}.`,
    );
  }
  return found({ kind: 'statements', speaker, about: aboutWords || null, statements: candidates });
}

/** Names joined for a sentence: "A", "A or B", "A, B or C". */
function either(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
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
  if (match.kind === 'close') return `No speaker ${echo(words)} in the corpus. Did you mean ${names(match.candidates)}?`;
  const known = kb.speakers.slice(0, 5).map((s) => s.entity.name).join(', ');
  return `No speaker ${echo(words)} in the corpus. Try one of: ${known}, or leave \`speaker\` empty to list them all.`;
}
