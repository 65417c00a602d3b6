/**
 * A note about the piece itself, usually closing it or set in italics under the headline:
 *   This article was first published on September 19, 2023.
 *   Originally published by Example News on 19 Sep 2023.
 *   This story was originally published in Armenian on 19.09.2023.
 *   A version of this article appears in print on Sept. 20, 2023, Section A, Page 8.
 *   This article appeared in the print edition of The Standard on November 13, 2024.
 *   This news item was broadcast by Deutschlandfunk on 12.01.2023.   (a broadcaster's site)
 *   This report by The Canadian Press was first published Dec. 14, 2022.
 * Its date is when the piece (or its print edition) came out, never an event the piece tells.
 */

/** The piece's noun: the note speaks of the text it closes, not of a report the text tells about. */
const PIECE =
  '(?:article|story|report|piece|interview|op-ed|column|analysis|commentary|post|text|essay|feature|content|page|(?:news\\s+)?item|segment)';
/**
 * "This report by The Canadian Press was first published": the outlet the piece is by, named in passing;
 * only before "first" or "originally", so "This report by the ombudsman was published on …" stays an event.
 */
const BY_OUTLET = '\\s+(?:by|from)\\s+[^\\n,.;:]{1,60}?';
const PUBLISHED_NOTE = new RegExp(
  `^[ \\t(*_]*(?:(?:this|the\\s+above|the\\s+original)\\s+${PIECE}(?:${BY_OUTLET}\\s+(?:was|has\\s+been)\\s+(?:first|originally)\\s+|\\s+(?:was|is|has\\s+been|had\\s+been)\\s+(?:first\\s+|originally\\s+)?)(?:published|posted|filed|released|republished|broadcast|aired)|(?:first|originally)\\s+(?:published|posted|appeared|broadcast|aired))\\b[^\\n]{0,160}$`,
  'gim',
);
/**
 * "A version of this article appears in print on …", "This article appeared in the print edition of The Standard
 * on …", "This article appeared in the New Straits Times print edition, 18 November 2021", and with the piece
 * left unsaid, "Published in the Post-Courier print edition, Thursday, November 18, 2021".
 */
const PRINT_NOTE = new RegExp(
  `^[ \\t(*_]*(?:(?:a\\s+version\\s+of\\s+)?this\\s+${PIECE}\\s+(?:appears|appeared|ran|was\\s+printed)|published|printed)\\s+in\\s+` +
    `(?:print\\b|the\\s+(?:[^\\n,.;:]{1,50}?\\s+)?(?:print|printed|paper|newspaper|weekend|Sunday|Saturday)\\s+edition\\b)[^\\n]{0,160}$`,
  'gim',
);

/**
 * "(Jakob Weber, 10.11.2020)", "(Anna Petrosyan and Tom Reyes, 3 March 2021)": the writer's signature closing
 * a piece, as German and Austrian papers sign theirs, with the day it was written.
 */
const NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|von|van|de|der|al|el)){0,3}";
const SIGNATURE_NOTE = new RegExp(
  `^[ \\t]*\\(\\s*${NAME}(?:\\s*(?:,|and|&|/|und)\\s*${NAME})*\\s*,\\s*[\\p{L}\\p{N}][\\p{L}\\p{N} .,/-]{4,28}\\)[ \\t]*$`,
  'gimu',
);

export interface PieceNote {
  start: number;
  end: number;
  /** A print edition's day comes after the piece went out: it dates the piece only when nothing else does. */
  role: 'published' | 'updated';
}

/** The lines of `text` that note when the piece itself came out. */
export function findPieceNotes(text: string): PieceNote[] {
  const notes: PieceNote[] = [];
  const noted = /published|posted|appear|filed|released|broadcast|aired/i.test(text);
  for (const [pattern, role] of [
    [PUBLISHED_NOTE, 'published'],
    [PRINT_NOTE, 'updated'],
    [SIGNATURE_NOTE, 'published'],
  ] as const) {
    if (pattern !== SIGNATURE_NOTE && !noted) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
      notes.push({ start: m.index, end: m.index + m[0].length, role });
  }
  return notes;
}
