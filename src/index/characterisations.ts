import type { SourceDate } from '../corpus/types.ts';
import {
  type Characterisation,
  findCharacterisations,
  mayHoldCharacterisations,
} from '../extract/characterisations/index.ts';
import { compareSourceDates, formatSourceDate } from '../extract/dates/format.ts';
import type { Affiliation } from '../extract/entities/affiliations.ts';
import { DEFAULT_ROLE_DATE } from '../extract/entities/resolve.ts';
import type { DatedEvent } from '../extract/types.ts';
import type { KnowledgeBase } from './knowledgeBase.ts';
import { entitySide } from './sides.ts';

/** A characterisation placed in the corpus: its document, the event it names, the side that used it. */
interface PlacedCharacterisation extends Characterisation {
  docId: string;
  /** The dated event it follows: in its sentence, or the last one before it in its paragraph. */
  event: DatedEvent;
  side: Affiliation;
}

/** One date of the timeline and every side's words for what happened then. */
export interface FramingEntry {
  date: SourceDate;
  /** The date as the timeline shows it ("2023-09-19"): entries are keyed by it. */
  label: string;
  characterisations: PlacedCharacterisation[];
  /** Sides with words for it, parties first (unknown and media included). */
  sides: Set<Affiliation>;
}

/**
 * Characterisations are found when /framing is first asked (per knowledge base), from the text
 * of every document that has dated events: nothing new is persisted, so the cache format is
 * unchanged. The cost is one pass over the corpus's sentences that hold a naming verb.
 */
const perKb = new WeakMap<KnowledgeBase, FramingEntry[]>();

export function framingEntries(kb: KnowledgeBase): readonly FramingEntry[] {
  let entries = perKb.get(kb);
  if (!entries) perKb.set(kb, (entries = buildEntries(kb)));
  return entries;
}

function eventsByDocument(kb: KnowledgeBase): Map<string, DatedEvent[]> {
  const byDoc = new Map<string, DatedEvent[]>();
  for (const e of kb.events) {
    let list = byDoc.get(e.docId);
    if (!list) byDoc.set(e.docId, (list = []));
    list.push(e);
  }
  for (const list of byDoc.values())
    list.sort((a, b) => a.sentence - b.sentence || a.expressionSpan.start - b.expressionSpan.start);
  return byDoc;
}

function buildEntries(kb: KnowledgeBase): FramingEntry[] {
  const byLabel = new Map<string, FramingEntry>();
  for (const [docId, events] of eventsByDocument(kb)) {
    const text = kb.document(docId).text;
    if (!mayHoldCharacterisations(text)) continue;
    const sentences = kb.sentencesOf(docId);
    if (sentences.length === 0) continue;
    const reference = kb.timelines.get(docId)?.reference;
    const at = reference?.year
      ? { year: reference.year, ...(reference.month ? { month: reference.month } : {}) }
      : DEFAULT_ROLE_DATE;
    for (const c of findCharacterisations(text, sentences, at)) {
      const paragraph = sentences[c.sentence]?.paragraph;
      const event = events
        .filter((e) => e.sentence <= c.sentence && sentences[e.sentence]?.paragraph === paragraph)
        .at(-1);
      if (!event?.date.year) continue;
      const side = c.speaker ? entitySide(kb, c.speaker, c.mention, event.date) : 'unknown';
      const label = formatSourceDate(event.date);
      let entry = byLabel.get(label);
      if (!entry)
        byLabel.set(label, (entry = { date: event.date, label, characterisations: [], sides: new Set() }));
      entry.characterisations.push({ ...c, docId, event, side });
      entry.sides.add(side);
    }
  }
  return [...byLabel.values()].sort(
    (a, b) => compareSourceDates(a.date, b.date) || a.label.localeCompare(b.label),
  );
}
