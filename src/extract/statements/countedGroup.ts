import type { Discourse, ResolvedSpeaker } from './discourse.ts';

/** "The four leaders", "the two ministers", "the four" (its noun left out): people counted back. */
const COUNTED_PEOPLE =
  /^the\s+(two|three|four|five)(?:\s+(?:leaders|presidents|premiers|prime\s+ministers|ministers|foreign\s+ministers|heads\s+of\s+state|men|women))?$/i;
const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * "Pashinyan met Macron, Scholz and Michel … The four leaders said in a joint statement": the
 * people counted are the ones the text named just before, each a speaker. Only when exactly that
 * many people are named in the paragraph before the phrase (the paragraph before, when the phrase
 * opens its own): another count leaves the phrase as it was (a group no one can name).
 */
export function countedGroup(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const m = COUNTED_PEOPLE.exec(phrase);
  if (!m) return null;
  d.readPeopleBefore(d.unit + 1);
  const end = d.speakerAt >= 0 ? d.speakerAt : d.unitStart;
  // The paragraph so far; the one before when the phrase opens its paragraph, or when only an
  // adjunct stands before it there and names no one ("In a joint statement, the four leaders said").
  const here = d.text.lastIndexOf('\n', end - 1) + 1;
  const before = d.text.lastIndexOf('\n', d.text.slice(0, here).trimEnd().length - 1) + 1;
  d.readMentionsBefore(d.unit + 1);
  const namedFrom = (paragraphStart: number) => {
    const named = new Map<string, ResolvedSpeaker>();
    // People the text names, and those the gazetteer knows by a name the people reader passed over.
    for (const p of [...d.people, ...d.mentions])
      if (p.start >= paragraphStart && p.start < end && p.entity.kind === 'person')
        named.set(p.entity.id, { entity: p.entity, mention: phrase, viaDocument: false });
    return named;
  };
  let named = namedFrom(/\S/.test(d.text.slice(here, end)) ? here : before);
  if (named.size === 0 && here > 0) named = namedFrom(before);
  return named.size === COUNT[m[1]!.toLowerCase()] ? [...named.values()] : null;
}
