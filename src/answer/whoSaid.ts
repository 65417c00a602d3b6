import { compareSourceDates } from '../extract/dates/format.ts';
import type { Statement } from '../extract/types.ts';
import type { KnowledgeBase, SpeakerSummary } from '../index/knowledgeBase.ts';
import { type Answer, badInput, echo, found, notFound } from './result.ts';

export interface WhoSaidQuery {
  speaker?: string;
  about?: string;
}

export type WhoSaid =
  | { kind: 'speakers'; speakers: readonly SpeakerSummary[] }
  | { kind: 'statements'; speaker: SpeakerSummary | null; about: string | null; statements: Statement[] };

const MAX_WORDS = 200;

/** Oldest first; statements without a date come last, then in document order. */
export function byDateSaid(a: Statement, b: Statement): number {
  if (a.date && b.date) return compareSourceDates(a.date, b.date) || a.docId.localeCompare(b.docId) || a.quote.start - b.quote.start;
  if (a.date || b.date) return a.date ? -1 : 1;
  return a.docId.localeCompare(b.docId) || a.quote.start - b.quote.start;
}

export function whoSaid(kb: KnowledgeBase, query: WhoSaidQuery): Answer<WhoSaid> {
  const speakerWords = query.speaker?.trim() ?? '';
  const aboutWords = query.about?.trim() ?? '';
  if (speakerWords.length > MAX_WORDS || aboutWords.length > MAX_WORDS) {
    return badInput(`Keep \`speaker\` and \`about\` under ${MAX_WORDS} characters: a name or a few words.`);
  }
  if (!speakerWords && !aboutWords) {
    if (kb.speakers.length === 0) return notFound('The corpus has no statements yet. Add articles to the corpus folder.');
    return found({ kind: 'speakers', speakers: kb.speakers });
  }

  let speaker: SpeakerSummary | null = null;
  let candidates: readonly Statement[] = kb.statements;
  if (speakerWords) {
    speaker = kb.findSpeakers(speakerWords)[0] ?? null;
    if (!speaker) {
      const known = kb.speakers.slice(0, 5).map((s) => s.entity.name).join(', ');
      return notFound(`No speaker in the corpus matches ${echo(speakerWords)}. Try one of: ${known}, or leave \`speaker\` empty to list them all.`);
    }
    candidates = kb.statementsOf(speaker.entity.id);
  }
  if (aboutWords) candidates = kb.searchStatements(aboutWords, speaker ? candidates : undefined);
  if (candidates.length === 0) {
    const who = speaker ? `${speaker.entity.name}` : 'anyone';
    return notFound(
      `Nothing said by ${who} matches ${echo(aboutWords)}. Try fewer or other words${speaker ? ', or leave out `about` to see everything they said' : ''}.`,
    );
  }
  return found({ kind: 'statements', speaker, about: aboutWords || null, statements: kb.sortStatements(candidates, byDateSaid) });
}
