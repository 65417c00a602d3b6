import type { Discourse, ResolvedSpeaker } from './discourse/state.ts';
import { hostedCounterparts } from './hostedCounterparts.ts';
import { bothAsTheTwo } from './lexicon.ts';

/** "The four leaders", "the two deputy prime ministers", "the four": people counted back. */
const COUNTED_PEOPLE =
  /^the\s+(two|three|four|five)(?:\s+(?:leaders|presidents|premiers|(?:deputy\s+)?prime\s+ministers|(?:deputy\s+)?ministers|foreign\s+ministers|heads\s+of\s+state|men|women))?$/i;
const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * "Pashinyan met Macron, Scholz and Michel … The four leaders said in a joint statement": the
 * people counted are the ones the text named just before, each a speaker. Only when exactly that
 * many people are named in the paragraph before the phrase, or, when the phrase's sentence opens
 * its paragraph ("In a joint statement, the four said"), in that paragraph and the one before, or
 * when they are the one list of exactly that many names there ("Pashinyan met Macron, Scholz and
 * Michel. … the three said"): another count leaves the phrase as it was (a group no one can name).
 */
export function countedGroup(phrase: string, d: Discourse): ResolvedSpeaker[] | null {
  const m = COUNTED_PEOPLE.exec(bothAsTheTwo(phrase));
  if (!m) return null;
  const count = COUNT[m[1]!.toLowerCase()]!;
  d.readPeopleBefore(d.unit + 1);
  d.readMentionsBefore(d.unit + 1);
  const end = d.speakerAt >= 0 ? d.speakerAt : d.unitStart;
  const here = d.text.lastIndexOf('\n', end - 1) + 1;
  const inParagraph = namedPeople(phrase, d, here, end);
  if (inParagraph.length === count) return inParagraph;
  const listed = listOf(count, inParagraph, d.text);
  if (listed) return listed;
  // The sentence opens its paragraph, or only an adjunct naming no one stands before the phrase
  // there ("In a joint statement, the four leaders said"): the paragraph before counts too.
  const sentenceStart = Math.min(d.unitStart, end);
  if (inParagraph.length > 0 && /\S/.test(d.text.slice(here, sentenceStart)))
    return withHosted(count, phrase, d, here, end, inParagraph);
  const before = d.text.lastIndexOf('\n', d.text.slice(0, here).trimEnd().length - 1) + 1;
  const withBefore = namedPeople(phrase, d, before, end);
  if (withBefore.length === count) return withBefore;
  return listOf(count, withBefore, d.text) ?? withHosted(count, phrase, d, before, end, withBefore);
}

/**
 * "Qureshi hosted his Turkish and Azerbaijani counterparts … the three foreign ministers said":
 * the people named there and those the host's sentence counts by role (hostedCounterparts.ts),
 * when together they are exactly as many as the phrase counts.
 */
function withHosted(
  count: number,
  phrase: string,
  d: Discourse,
  from: number,
  to: number,
  named: Named[],
): ResolvedSpeaker[] | null {
  const hosted = hostedCounterparts(d.text.slice(from, to), d);
  if (!hosted) return null;
  const speakers: ResolvedSpeaker[] = named.map(({ start: _, ...speaker }) => speaker);
  for (const entity of hosted)
    if (!speakers.some((s) => s.entity.id === entity.id))
      speakers.push({ entity, mention: phrase, viaDocument: false });
  return speakers.length === count ? speakers : null;
}

/** Between two names of one list: the first name and its place, "," or "and", then only titles. */
const LIST_JOINT =
  /^[^.;:!?"“”()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|for)\s+){0,6}$/u;
/** A verb between two names: no list, a clause ("Pashinyan met Macron", "Aliyev, who spoke to Putin"). */
const VERB_BETWEEN =
  /(?<![\p{L}-])(?:\p{Ll}+ed|met|said|told|spoke|held|who|which|has|had|was|were|is|are)(?![\p{L}-])/u;

/**
 * The one run of exactly `count` people, in text order, whose names the text joins as a list ("A,
 * B and C"), the names before and after it not joined to it. Null when there is no such run or more
 * than one.
 */
function listOf(count: number, named: Named[], text: string): ResolvedSpeaker[] | null {
  // "Pashinyan met Aliyev and Michel. The two men said": a pair after a third person may be either
  // pair, so only a list of three or more stands apart from the names around it.
  if (count < 3) return null;
  const sorted = [...named].sort((a, b) => a.start - b.start);
  const joined = (a: Named, b: Named) => {
    const between = text.slice(a.start, b.start);
    return LIST_JOINT.test(between) && !VERB_BETWEEN.test(between);
  };
  const runs: Named[][] = [];
  for (let i = 0; i + count <= sorted.length; i++) {
    const run = sorted.slice(i, i + count);
    if (
      run.every((p, j) => j === 0 || joined(run[j - 1]!, p)) &&
      (i === 0 || !joined(sorted[i - 1]!, run[0]!)) &&
      (i + count === sorted.length || !joined(run.at(-1)!, sorted[i + count]!))
    )
      runs.push(run);
  }
  return runs.length === 1 ? runs[0]!.map(({ start: _, ...speaker }) => speaker) : null;
}

type Named = ResolvedSpeaker & { start: number };

/** "the Islamabad Declaration", "the Moscow Statement": a text's name the people reader may take for a person's. */
const DOCUMENT_NAME =
  /\s(?:Declaration|Statement|Agreement|Accord|Treaty|Protocol|Communiqu[eé]|Memorandum)$/u;

/**
 * People the text names between two offsets, and those the gazetteer knows by a name the people
 * reader passed over. A gazetteer surname inside a name the people reader read whole ("Mher
 * |Grigoryan") is that person's, no namesake of another.
 */
function namedPeople(phrase: string, d: Discourse, from: number, to: number): Named[] {
  const named = new Map<string, Named>();
  const people = d.people.filter(
    (p) => p.start >= from && p.start < to && p.entity.kind === 'person' && p.entity.id !== d.toldOne?.id,
  );
  const insideName = (at: number) =>
    people.some(
      (p) => p.start < at && d.text.startsWith(p.entity.name, p.start) && at < p.start + p.entity.name.length,
    );
  for (const p of [...people, ...d.mentions])
    if (
      p.start >= from &&
      p.start < to &&
      p.entity.kind === 'person' &&
      p.entity.id !== d.toldOne?.id &&
      !DOCUMENT_NAME.test(p.entity.name) &&
      !insideName(p.start) &&
      !named.has(p.entity.id)
    )
      named.set(p.entity.id, { entity: p.entity, mention: phrase, viaDocument: false, start: p.start });
  return [...named.values()];
}
