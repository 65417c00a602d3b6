import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** The speaker's canonical name of each statement of a one-piece corpus. */
function speakers(text: string): string[] {
  const doc = buildDocument('piece.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], NOW)
    .byDoc.get(doc.id)!
    .statements.map((s) => s.speaker.name);
}

describe('an aide, a lawyer or a strategist for someone speaks, not the one they work for', () => {
  it.each([
    // Filed without its rank ("top"), as every unnamed speaker is.
    ['“We will not sign,” said the former top aide to President Hayes.', 'former aide'],
    ['“We will not sign,” said a longtime lawyer for President Hayes.', 'longtime lawyer'],
    [
      'A veteran campaign strategist for Senator Ortega said the bill was dead.',
      'veteran campaign strategist',
    ],
    // A named person's spokesman is named with that person, as an office is.
    ['“We will not sign,” said a spokesman for President Aliyev.', "Ilham Aliyev's spokesman"],
  ])('%s', (text, want) => {
    expect(speakers(text)).toEqual([want]);
  });
});
