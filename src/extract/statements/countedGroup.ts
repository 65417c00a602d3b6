import type { Discourse, ResolvedSpeaker } from './discourse.ts';

/** "The four leaders", "the two deputy prime ministers", "the four": people counted back. */
const COUNTED_PEOPLE =
  /^the\s+(two|three|four|five)(?:\s+(?:leaders|presidents|premiers|(?:deputy\s+)?prime\s+ministers|(?:deputy\s+)?ministers|foreign\s+ministers|heads\s+of\s+state|men|women))?$/i;
const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * "Pashinyan met Macron, Scholz and Michel … The four leaders said in a joint statement": the
 * people counted are the ones the text named just before, each a speaker. Only when exactly that
 * many people are named in the paragraph before the phrase, or, when the phrase's sentence opens
 * its paragraph ("In a joint statement, the four said"), in that paragraph and the one before:
 * another count leaves the phrase as it was (a group no one can name).
 */
export function countedGroup(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const m = COUNTED_PEOPLE.exec(phrase);
  if (!m) return null;
  const count = COUNT[m[1]!.toLowerCase()]!;
  d.readPeopleBefore(d.unit + 1);
  d.readMentionsBefore(d.unit + 1);
  const end = d.speakerAt >= 0 ? d.speakerAt : d.unitStart;
  const here = d.text.lastIndexOf('\n', end - 1) + 1;
  const inParagraph = namedPeople(phrase, d, here, end);
  if (inParagraph.length === count) return inParagraph;
  // The sentence opens its paragraph, or only an adjunct naming no one stands before the phrase
  // there ("In a joint statement, the four leaders said"): the paragraph before counts too.
  const sentenceStart = Math.min(d.unitStart, end);
  if (inParagraph.length > 0 && /\S/.test(d.text.slice(here, sentenceStart))) return null;
  const before = d.text.lastIndexOf('\n', d.text.slice(0, here).trimEnd().length - 1) + 1;
  const withBefore = namedPeople(phrase, d, before, end);
  return withBefore.length === count ? withBefore : null;
}

/** People the text names between two offsets, and those the gazetteer knows by a name the people reader passed over. */
function namedPeople(phrase: string, d: Discourse, from: number, to: number): ResolvedSpeaker[] {
  const named = new Map<string, ResolvedSpeaker>();
  for (const p of [...d.people, ...d.mentions])
    if (p.start >= from && p.start < to && p.entity.kind === 'person')
      named.set(p.entity.id, { entity: p.entity, mention: phrase, viaDocument: false });
  return [...named.values()];
}
