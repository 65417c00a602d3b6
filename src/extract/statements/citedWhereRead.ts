import type { Entity } from '../types.ts';
import { citedSourceAfter } from './citing.ts';
import { resolveSpeaker } from './discourse/resolveSpeaker.ts';
import { type Discourse } from './discourse/state.ts';

/** Per document, the source each speaker's name cites, read where the name stands (by its offset). */
export const citedWhereRead = new WeakMap<
  Discourse,
  Map<number, { phrase: string; entity: Entity | null }>
>();

/**
 * "The Trend news agency reports, citing the ministry, that …": the cited source is read where
 * the words stand, as the speaker's name is, so "the ministry" is one the text named before,
 * never one named after (withCitedSources reads it once the whole text is read).
 */
export function readCitedSource(phrase: string, d: Discourse, speaker: Entity): void {
  if (d.speakerAt < 0) return;
  const cited = citedSourceAfter(d.text, d.speakerAt, phrase, speaker);
  if (!cited) return;
  let read = citedWhereRead.get(d);
  if (!read) citedWhereRead.set(d, (read = new Map()));
  read.set(d.speakerAt, { phrase: cited, entity: resolveSpeaker(cited, d)?.entity ?? null });
}
