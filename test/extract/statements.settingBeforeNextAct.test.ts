import { describe, expect, it } from 'vitest';
import { withoutContentTail } from '../../src/extract/statements/contentTail.ts';
import { extractFrom } from './statements.helpers.ts';

/** Given a sentence: the content of each statement, as written. */
function content(text: string): string[] {
  return extractFrom(text).map((s) =>
    [s.quote, ...(s.continuation ?? [])].map((q) => text.slice(q.start, q.end)).join(' … '),
  );
}

describe('content: the saying’s setting before the speaker’s next act', () => {
  it('"said A in a statement on Monday, and asked …": with the next act cut off, the setting goes too', () => {
    expect(
      content(
        'The governor said the pass would stay shut in a statement on Monday, and asked drivers to wait.',
      ),
    ).toEqual(['the pass would stay shut']);
  });

  it('a content that still holds the comma before the next clause loses its setting all the same', () => {
    const text = 'as much in an interview earlier Thursday morning,';
    const span = withoutContentTail(text, { start: 0, end: text.length });
    expect(text.slice(span.start, span.end)).toBe('as much');
  });

  it('keeps the clause whole when no setting ends it', () => {
    expect(content('The governor said the pass would stay shut, and asked drivers to wait.')).toEqual([
      'the pass would stay shut',
    ]);
    const text = 'the pass would stay shut until Monday,';
    const span = withoutContentTail(text, { start: 0, end: text.length });
    expect(span).toEqual({ start: 0, end: text.length });
  });
});
