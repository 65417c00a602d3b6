import { splitParagraphs } from '../paragraphs.ts';
import { splitSentences } from '../sentences.ts';
import type { DocumentTimeline, Figure, Statement } from '../types.ts';
import { extractFigures, resolveReporter } from './index.ts';
import { findNumbers } from './numbers.ts';

/**
 * Figures in the headline, deck and other lines above the body ("Armenia says 105 of its soldiers
 * killed; Baku puts its losses at 50"), read as the body's sentences are. Each line is read alone,
 * as a document of its own: its reporter is one the line itself names ("…, ministry says",
 * "Papikyan: …"), never one carried from another line, and nothing in it nests in a body total or
 * a body figure in it. Marked as the headline's (Figure.line), sentence -1 as headline statements.
 */
export function headingFigures(
  text: string,
  docId: string,
  bodyStart: number,
  timeline: DocumentTimeline,
  statements: readonly Statement[],
): Figure[] {
  const out: Figure[] = [];
  if (bodyStart <= 0) return out;
  for (const line of splitParagraphs(text.slice(0, bodyStart))) {
    const ids = new Map<string, string>();
    const label = sourceLabel(text.slice(line.start, line.end), timeline);
    for (const f of extractFigures(text, docId, splitSentences(text, [line]), timeline, statements)) {
      if (isVague(f)) continue;
      if (!f.reporter && label) f.reporter = label;
      const id = `${docId}#h${out.length + 1}`;
      ids.set(f.id, id);
      const partOf = f.partOf && ids.get(f.partOf);
      const { partOf: _, ...rest } = f;
      out.push({ ...rest, id, ...(partOf ? { partOf } : {}), sentence: -1, line: 'headline' });
    }
  }
  return out;
}

/**
 * "Dozens dead as fuel depot explodes", "Hundreds injured": a headline's vague amount sums up the body,
 * which gives the count; it has no number to show (CONVENTIONS.md 22).
 */
function isVague(f: Figure): boolean {
  return findNumbers(f.number.text).at(-1)?.kind === 'vague';
}

/** A source's own words: an organisation or office, a role, an acronym ("ANAMA"), "government". */
const SOURCE_WORDS =
  /^(?:\p{Lu}{3,}|.*\b(?:[Mm]inistry|[Oo]ffice|[Aa]gency|[Ss]ervice|[Gg]overnment|[Oo]mbudsman|[Mm]inister|[Pp]resident|[Cc]ommittee|[Cc]ommission|[Aa]uthorities|[Ss]pokes(?:man|woman|person)|[Pp]rosecutor(?:'s|’s)?(?:\s+[Gg]eneral(?:'s|’s)?)?))$/u;
/** A headline's tag, not its source: "… - UPDATED", "VIDEO: …". */
const HEADLINE_TAG =
  /^(?:updated?|update\s+\d+|breaking(?:\s+news)?|video|photos?|exclusive|live|opinion|analysis|watch|interview|factbox|explainer)$/i;
/** "ANAMA: two more mine victims …", "Prosecutor's Office: 21 civilians killed …": a source before a colon. */
const LABEL_FIRST = /^\s*(\p{Lu}[^:\d"“”,;.!?]{1,50}?):\s+\S/u;
/** "… 49 servicemen killed - Pashinyan", "… exceeded 19,000: government": a source after a dash or colon. */
const LABEL_LAST = /\S\s*(?:\s[-–—]|:)\s+([^-–—:\d"“”,;.!?]{2,50}?)\s*$/u;

/**
 * The source a headline names apart from its sentence, before a colon or after a final dash or colon, when
 * the words are a source's (see SOURCE_WORDS) or name a known person or body: never a place or a topic
 * ("Sotk under fire: …"). None: the line's figures keep what their own clause gives.
 */
function sourceLabel(line: string, timeline: DocumentTimeline): Figure['reporter'] {
  const label = (LABEL_FIRST.exec(line) ?? LABEL_LAST.exec(line))?.[1]?.trim();
  if (!label || label.split(/\s+/).length > 5 || HEADLINE_TAG.test(label)) return null;
  const entity = resolveReporter(label, timeline);
  if (entity?.kind === 'place') return null;
  const known = entity !== null && !entity.id.startsWith('text:') && entity.kind !== 'unknown';
  return known || SOURCE_WORDS.test(label) ? { entity, text: label } : null;
}
