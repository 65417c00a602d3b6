import type { Statement } from '../extract/types.ts';
import type { KnowledgeBase, SpeakerSummary } from '../index/knowledgeBase.ts';
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
    speaker = kb.findSpeakers(speakerWords)[0] ?? null;
    if (!speaker) {
      const known = kb.speakers.slice(0, 5).map((s) => s.entity.name).join(', ');
      return notFound(`No speaker in the corpus matches ${echo(speakerWords)}. Try one of: ${known}, or leave \`speaker\` empty to list them all.`);
    }
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
