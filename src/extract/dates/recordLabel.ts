/**
 * "UIN 201457, tabled on 2 October 2023", "Answered on / 10 October 2023": a parliamentary record's label
 * line (the record's reference, a participle, then the date and nothing after it) dates the record, not
 * an event. The answer's day is the day the page was published; a question's day names the question.
 */
const RECORD_LABEL =
  /(?:^|\n)[ \t]*(?:\p{Lu}{2,6}\s*(?:no\.?\s*)?\d+\s*,\s*)?(?:(?:question|answer|motion|petition|statement)\s+)?(tabled|answered|replied|submitted|lodged|received|registered|laid|asked)(?:\s+on)?\s*:?\s*$/iu;
const LINE_ENDS = /^[ \t]*(?:\r?\n|$)/;

export type RecordLabel = 'answered' | 'record';

export function recordLabelAt(text: string, start: number, end: number): RecordLabel | null {
  if (!LINE_ENDS.test(text.slice(end, end + 3))) return null;
  const on = /^on\s/i.test(text.slice(start, start + 3)) ? 'on ' : '';
  const m = RECORD_LABEL.exec(text.slice(Math.max(0, start - 40), start) + on);
  if (!m) return null;
  return /^(?:answered|replied)$/i.test(m[1]!) ? 'answered' : 'record';
}
