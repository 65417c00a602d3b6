import type { Paragraph, Span, Statement } from '../types.ts';
import { QUOTATION_DASH } from './dashSpeech.ts';

/** Any verb that tags a dash paragraph's words with their speaker, or quotation marks: not untagged. */
const TAGGED =
  /\b(?:says|said|adds|added|tells|told|writes|wrote|asks|asked|explains|explained|continues|continued|notes|noted|thinks|believes|replies|replied)\b|["“”«»]/;
/** A narrating paragraph whose every sentence is about one person by a pronoun: "He gets back into the car. He …". */
const PRONOUN_NARRATION = /^(He|She)\s[^"“”«»—–]{1,300}$/;

/**
 * Scandinavian and Central European copy quotes with a dash and tags the quote after it ("– We
 * lost everything, he says."). A dash paragraph with no tag goes on with the person the story
 * has just quoted so and then told of: "– My sister stayed, he says." / "He gets back into the
 * car. He will stay until the last bus." / "– I will wait." Only when the paragraph between is
 * about that person alone, every sentence opening with the pronoun the tag before used; any
 * other paragraph between, or no tagged dash quote before, leaves the words unattributed.
 *
 * The span of the untagged words (after the dash, to the paragraph's end) and whose they are.
 */
export function untaggedDashWords(
  text: string,
  paragraphs: readonly Paragraph[],
  paragraph: number,
  last: Statement | undefined,
): { words: Span; speaker: Statement } | null {
  const p = paragraphs[paragraph];
  const between = paragraphs[paragraph - 1];
  const tagged = paragraphs[paragraph - 2];
  if (!p || !between || !tagged || !last || last.speaker.kind !== 'person') return null;
  const own = text.slice(p.start, p.end);
  const dash = QUOTATION_DASH.exec(own);
  if (!dash || TAGGED.test(own)) return null;
  if (last.quote.start < tagged.start || last.quote.end > tagged.end) return null;
  const before = text.slice(tagged.start, tagged.end);
  if (!QUOTATION_DASH.test(before)) return null;
  const narration = text.slice(between.start, between.end).trim();
  const pronoun = PRONOUN_NARRATION.exec(narration)?.[1];
  if (!pronoun) return null;
  // Every sentence of the narration opens with the same pronoun: no one else is told of.
  const openings = narration.split(/(?<=[.!?])\s+/).map((s) => s.split(/\s/)[0]);
  if (openings.some((w) => w !== pronoun)) return null;
  // The tag before used that pronoun: "…, he says."
  const tag = before.slice(before.lastIndexOf(','));
  if (!new RegExp(`\\b${pronoun.toLowerCase()}\\b`).test(tag)) return null;
  const start = p.start + dash[0].length;
  const end = p.start + own.trimEnd().length;
  return { words: { start, end }, speaker: last };
}
