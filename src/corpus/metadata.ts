import { type Compaction, compactText, storedSpan } from './compactText.ts';
import { isPhotoCaption } from './metadata/caption.ts';
import { readClosingDateLine, readClosingPrintLine } from './metadata/closingLine.ts';
import { type Dateline, readDateline } from './metadata/dateline.ts';
import { toSourceDate } from './metadata/dateText.ts';
import { readHeader } from './metadata/header.ts';
import { findOutletCue } from './metadata/outletCue.ts';
import { readingText } from './readingText.ts';
import type { DocumentMeta, SourceDate, Sourced } from './types.ts';

/**
 * What a document says about itself, read only from its own text. Explicit header lines
 * (`Title:`, `Source:`, `Published:`, `URL:`) and the date of a date line are 'stated'; a headline,
 * a slash date whose order is read, or an outlet naming itself in the lead are 'inferred'. Nothing is looked up elsewhere.
 */

export interface InferredMetadata {
  meta: DocumentMeta;
  /** Offset after the headline and header lines. */
  bodyStart: number;
}

function datelineDate(dateline: Dateline): Sourced<SourceDate> | null {
  if (!dateline.date) return null;
  const value = toSourceDate(dateline.date, {
    stated: 'the dateline gives the year',
    missing: 'the dateline gives no year',
  });
  return { value, how: 'stated', why: `dateline "${dateline.text}"` };
}

/** "BAKU, Azerbaijan (AP) —" opens the story under a photo caption that opens the body. */
function datelineAfterCaption(text: string, bodyStart: number): Dateline | null {
  const lineEnd = text.indexOf('\n', bodyStart);
  if (lineEnd < 0 || !isPhotoCaption(text.slice(bodyStart, lineEnd))) return null;
  const next = /\S/.exec(text.slice(lineEnd));
  return next ? readDateline(text, lineEnd + next.index) : null;
}

/** Paragraphs above a dateline may be a note or a title's last lines, a line each: "(Corrects spelling …)". */
const MAX_OPENING_PARAGRAPHS = 2;
const MAX_NOTE_CHARS = 250;

/**
 * "(Corrects spelling of … in paragraph 5)" / "YEVLAKH, Azerbaijan, Sept 21 (Reuters) - …", "STATEMENT / of the
 * Commissioner … / Baku, 4 April 2024": a dateline a paragraph or two into the body, under short one-line
 * paragraphs only (an editor's note, a title run over several lines). The date layer reads these
 * paragraphs' datelines too (src/extract/dates/reference.ts): the date it dates the piece by is Published.
 */
function datelineBelowNotes(text: string, bodyStart: number): Dateline | null {
  let at = bodyStart;
  for (let k = 0; k < MAX_OPENING_PARAGRAPHS; k++) {
    const gap = /\n[ \t]*\r?\n\s*/g;
    gap.lastIndex = at;
    const next = gap.exec(text);
    if (!next || next.index - at > MAX_NOTE_CHARS) return null;
    at = next.index + next[0].length;
    const dateline = readDateline(text, at);
    if (dateline) return dateline.date ? dateline : null;
  }
  return null;
}

/** A value read off the reading text, as the stored text writes it (its dashes and quotes), white space folded. */
function asWritten(value: string, text: string, stored: string): string {
  const at = text.indexOf(value);
  return at < 0 ? value : stored.slice(at, at + value.length).replace(/\s+/g, ' ');
}

/** Metadata read off the compact reading (compactText.ts), with its offsets into the stored text. */
export function inferMetadata(stored: string): InferredMetadata {
  const compaction = compactText(stored);
  if (!compaction) return readMetadata(stored);
  const read = readMetadata(compaction.text, compaction);
  const { dateline, title } = read.meta;
  if (dateline) read.meta.dateline = storedSpan(compaction, dateline);
  if (title) read.meta.title = { ...title, value: withoutAddedSpaces(compaction, title.value) };
  return {
    meta: read.meta,
    bodyStart: storedSpan(compaction, { start: read.bodyStart, end: read.bodyStart }).start,
  };
}

/** A title as the page writes it: without the spaces the compact reading opens around a close-set dash. */
function withoutAddedSpaces(compaction: Compaction, value: string): string {
  const at = compaction.text.indexOf(value);
  if (at < 0) return value;
  let out = '';
  for (let i = at; i < at + value.length; i++)
    if (compaction.starts[i] !== compaction.ends[i] || value[i - at] !== ' ') out += value[i - at];
  return out;
}

function readMetadata(stored: string, columns: Compaction | null = null): InferredMetadata {
  const text = readingText(stored, columns);
  const header = readHeader(text);
  const meta: DocumentMeta = {
    title: header.title && { ...header.title, value: asWritten(header.title.value, text, stored) },
    outlet: header.outlet,
    published: header.published,
    url: header.url,
  };

  const dateline =
    readDateline(text, header.bodyStart) ??
    datelineAfterCaption(text, header.bodyStart) ??
    (header.published ? null : datelineBelowNotes(text, header.bodyStart));
  if (dateline) {
    meta.dateline = { start: dateline.start, end: dateline.end };
    if (!meta.outlet && dateline.agency)
      meta.outlet = { value: dateline.agency, how: 'inferred', why: `dateline "${dateline.text}"` };
    const fromDateline = datelineDate(dateline);
    // A stated date wins; between two read from cues, the one that gives a year.
    if (
      fromDateline &&
      (!meta.published ||
        ((meta.published.how !== 'stated' || meta.published.why.startsWith('date line')) &&
          meta.published.value.year === undefined &&
          fromDateline.value.year !== undefined))
    ) {
      meta.published = fromDateline;
    }
  }

  const closing = meta.published ? null : readClosingDateLine(text);
  if (closing)
    meta.published = {
      value: toSourceDate(closing.date, {
        stated: 'the closing line gives the year',
        missing: 'the closing line gives no year',
      }),
      how: 'inferred',
      why: `place and date closing the text ("${closing.text}")`,
    };

  // "(China Daily Global 11/27/2021 page 11)": a clipping's print line closing the text gives the day it ran.
  const printed = meta.published ? null : readClosingPrintLine(text);
  if (printed)
    meta.published = {
      value: toSourceDate(printed.stamp.date, {
        stated: 'the print line gives the year',
        missing: 'the print line gives no year',
      }),
      how: printed.stamp.why ? 'inferred' : 'stated',
      why: `print line closing the text ("${printed.line}")${printed.stamp.why ? `, ${printed.stamp.why}` : ''}`,
    };

  if (!meta.outlet) {
    const cue = findOutletCue(text, header.bodyStart);
    if (cue) meta.outlet = { value: cue.outlet, how: 'inferred', why: `the text says "${cue.phrase}"` };
  }
  return { meta, bodyStart: header.bodyStart };
}
