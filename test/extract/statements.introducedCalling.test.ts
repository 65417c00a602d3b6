import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';

/** Each statement as "speaker id: words". */
function said(text: string): string[] {
  const doc = buildDocument('doc.txt', Buffer.from(text, 'utf8'));
  if (!isDocument(doc)) throw new Error('not a document');
  return extractCorpus([doc], new Date('2024-01-01'))
    .byDoc.get(doc.id)!
    .statements.map((s) => `${s.speaker.id}: ${doc.text.slice(s.quote.start, s.quote.end)}`);
}

describe('a calling introduced unnamed, then named by its title, is that one person', () => {
  it('"A Leeds doctor says …" then "Dr Mira Hovsepyan": the named doctor', () => {
    const text =
      'Brother stuck at the crossing\n\n' +
      'A Leeds doctor says her brother is stuck at the border crossing without food.\n\n' +
      'Dr Mira Hovsepyan, 41, works in the children’s ward at the city infirmary.\n\n' +
      'Dr Hovsepyan said her brother had waited there for three days.\n';
    expect(said(text)).toEqual([
      'text:mira-hovsepyan: her brother is stuck at the border crossing without food',
      'text:mira-hovsepyan: her brother had waited there for three days',
    ]);
  });

  it('two doctors named: the introduced one stays unnamed', () => {
    const text =
      'Brother stuck at the crossing\n\n' +
      'A Leeds doctor says her brother is stuck at the border crossing without food.\n\n' +
      'Dr Mira Hovsepyan, 41, works with Dr Karen Abovyan in the children’s ward.\n\n' +
      'Dr Hovsepyan said her brother had waited there for three days.\n';
    expect(said(text)[0]).toBe('text:leeds-doctor: her brother is stuck at the border crossing without food');
  });
});
