import type { Span } from '../types.ts';
import { reportedContent } from './attribution/content.ts';
import { trimSpan } from './attribution/tail.ts';
import { MASK } from './mask.ts';

/**
 * Attribution shapes of reports that are not news copy: court summaries, event summaries and
 * minutes speak of what was said in the passive ("It was further stated by Azerbaijan that …",
 * "It was noted by several speakers that …") and give a speaker's view without a verb ("In her
 * view, …", "In the view of the Agent, …", "In Karimov's assessment, …"). Both are read on the
 * masked text (quotes blanked) and only when the sentence holds their literal words.
 */

const PASSIVE_SAYING =
  /(?:^|[,;]\s+|\s)[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+|further\s+|repeatedly\s+|later\s+|again\s+)?(?:stated|noted|said|argued|claimed|stressed|emphasi[sz]ed|pointed\s+out|recalled|asserted|maintained|observed|underlined|submitted|contended|alleged|suggested|acknowledged|explained)\s+by\s+([^,;:\u2591]{2,80}?)\s+that\s+/u;

/** What a view names: "In her view", "In the opinion of the Agent", "In Karimov's words". */
const VIEW_NOUN = '(?:view|opinion|words|assessment|judge?ment|estimate|estimation|reading|telling|account)';
const VIEW_OPENING = new RegExp(
  `^(?:(?:but|and|yet|however|still),?\\s+)?in\\s+(?:(his|her|their|its)\\s+(?:own\\s+)?${VIEW_NOUN}|the\\s+${VIEW_NOUN}\\s+of\\s+([^,\\u2591]{2,80}?)|(\\p{Lu}[^,\\u2591]{0,60}?)['’]s?\\s+(?:own\\s+)?${VIEW_NOUN}),\\s+`,
  'iu',
);
/** "In her view the treaty is still far away": copy may drop the comma after a pronoun's view. */
const VIEW_OPENING_NO_COMMA = new RegExp(
  `^(?:(?:but|and|yet|however|still),?\\s+)?in\\s+(his|her|their)\\s+(?:own\\s+)?${VIEW_NOUN}\\s+(?!(?:of|on|about|as|and|or|is|was|were|are|has|had)\\s)(?=\\p{L})`,
  'iu',
);

/** A quote of some length and nothing else: the view given in the speaker's own words. */
const WHOLE_QUOTE = new RegExp(`^${MASK}{15,}[.!?]?$`);
/** A short subject and a quoted predicate: "In her opinion, Moscow “has lost this lever”". */
const SUBJECT_THEN_QUOTE = new RegExp(`^(?:[^\\s${MASK}]+\\s+){1,3}${MASK}{15,}[.!?]?$`, 'u');

const SUBJECT_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

interface GenreSaying {
  /** The speaker as written: a noun phrase, or the possessive pronoun standing for one. */
  speaker: Span;
  /** How to read the speaker: the words themselves, or the subject pronoun for "her" in "In her view". */
  speakerWords: string;
  content: Span;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A passive saying with its agent, or a view opening a sentence, in masked[from, to). */
export function genreSaying(masked: string, from: number, to: number): GenreSaying | null {
  const region = masked.slice(from, to);
  if (region.includes(' by ') && /[Ii]t\s+(?:was|is|has|had)\s/.test(region)) {
    const m = PASSIVE_SAYING.exec(region);
    if (m) {
      const np = from + m.index + m[0].indexOf(m[1]!, m[0].search(/\sby\s/));
      const speaker = { start: np, end: np + m[1]!.length };
      const content = reportedContent(masked, trimSpan(masked, from + m.index + m[0].length, to));
      const words = masked.slice(content.start, content.end);
      if (wordCount(words) >= 3 && !words.startsWith(MASK)) return { speaker, speakerWords: m[1]!, content };
    }
  }
  const lead = /^\s*/.exec(region)![0].length;
  if (!/^(?:in|but|and|yet|however|still)\s/i.test(region.slice(lead, lead + 9))) return null;
  const view = VIEW_OPENING.exec(region.slice(lead)) ?? VIEW_OPENING_NO_COMMA.exec(region.slice(lead));
  if (!view) return null;
  const said = view[1] ?? view[2] ?? view[3]!;
  const at = from + lead + view[0].indexOf(said, view[0].search(/\s/));
  const speaker = { start: at, end: at + said.length };
  const content = reportedContent(masked, trimSpan(masked, from + lead + view[0].length, to));
  // "In his opinion, “the ball is now in Yerevan's court”": a whole quote is the view, its words
  // blanked; "In her opinion, Moscow “has lost this lever”": so is a subject with a quoted predicate.
  const words = masked.slice(content.start, content.end);
  if (wordCount(words) < 3 && !WHOLE_QUOTE.test(words) && !SUBJECT_THEN_QUOTE.test(words)) return null;
  return { speaker, speakerWords: SUBJECT_PRONOUN[said.toLowerCase()] ?? said, content };
}
