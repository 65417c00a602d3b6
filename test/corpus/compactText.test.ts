import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactSpan, compactText, storedSpan } from '../../src/corpus/compactText.ts';

const read = (text: string) => compactText(text)?.text ?? text;

describe('the compact reading of a text', () => {
  it('reads an ordinary text as itself', () => {
    expect(
      compactText('Pashinyan said on Tuesday that "the road is open."\n\nBaku said nothing.'),
    ).toBeNull();
    expect(compactText('A spaced dash — like this — and a range, 1991-1994.')).toBeNull();
  });

  it('reads a run of spaces or tabs between words as one space', () => {
    expect(read('the  Foreign Minister   said \t it')).toBe('the Foreign Minister said it');
    // A single tab stays: the same-length reading view reads it as a space.
    expect(read('the  Foreign\tMinister')).toBe('the Foreign\tMinister');
  });

  it('drops spaces and carriage returns that end a line, keeps indentation', () => {
    expect(read('He said it.  \r\n  "We stay," she said. \r\n')).toBe(
      'He said it.\n  "We stay," she said.\n',
    );
  });

  it('drops zero-width characters, soft hyphens and a byte-order mark', () => {
    expect(read('\ufeffPash\u00adinyan said\u200b the\u200d road\u2060 is open.')).toBe(
      'Pashinyan said the road is open.',
    );
  });

  it('reads HTML entities as their characters', () => {
    expect(read('&quot;We stay,&quot; Aliyev&rsquo;s aide said &#8212; in Baku &amp; Shusha&#x2026;')).toBe(
      '"We stay," Aliyev\u2019s aide said \u2014 in Baku & Shusha\u2026',
    );
    expect(read('&notanentity; and a bare & stay')).toBe('&notanentity; and a bare & stay');
  });

  it('reads line and paragraph separators as a line break and a blank line', () => {
    expect(read('Title\u2029First line\u2028second line')).toBe('Title\n\nFirst line\nsecond line');
  });

  it('drops a hyphen bullet after a line or paragraph separator as after a line break', () => {
    expect(
      read('Title\u2029- YEREVAN, Sept. 26 (Reuters) - More than 6,500 arrived.\u2029- Baku said.'),
    ).toBe('Title\n\nYEREVAN, Sept. 26 (Reuters) - More than 6,500 arrived.\n\nBaku said.');
  });

  it('sets a close em dash or typewriter dash apart from the words around it', () => {
    expect(read('YEREVAN, Armenia (AP)\u2014Thousands rallied.')).toBe(
      'YEREVAN, Armenia (AP) \u2014 Thousands rallied.',
    );
    expect(read('The teacher\u2014\u201cwe will not go back\u201d\u2014said')).toBe(
      'The teacher \u2014 \u201cwe will not go back\u201d \u2014 said',
    );
    expect(read('the teacher--who fled--said')).toBe('the teacher-- who fled-- said');
    expect(read('March 3, 2021\u201410:15 am')).toBe('March 3, 2021 \u2014 10:15 am');
  });

  it('keeps a dash close where it joins numbers or ends a cut-off quote', () => {
    expect(read('in 1991\u20141994  too')).toBe('in 1991\u20141994 too');
    expect(read('"We are\u2014" he  began')).toBe('"We are \u2014" he began');
  });

  it('drops a bullet opening a line, not a hyphen that opens an interview turn', () => {
    expect(
      read('Key points:\n\u2022 Aliyev spoke.\n  \u25aa Pashinyan replied.\n* Baku waited.\n- Who spoke?'),
    ).toBe('Key points:\nAliyev spoke.\n  Pashinyan replied.\nBaku waited.\n- Who spoke?');
  });

  it('drops "- " opening the items of a list, and of a transcript whose turns carry labels', () => {
    expect(read('Key points:\n- Aliyev spoke.\n- Pashinyan replied.\n\nBody.')).toBe(
      'Key points:\nAliyev spoke.\nPashinyan replied.\n\nBody.',
    );
    expect(read('- Question: Who spoke first?\n\n- Ani Badalyan: The minister did.\n')).toBe(
      'Question: Who spoke first?\n\nAni Badalyan: The minister did.\n',
    );
    expect(read('- Q - Who spoke first?\n\n- A - The minister did.\n')).toBe(
      'Q - Who spoke first?\n\nA - The minister did.\n',
    );
  });

  it('keeps "- " opening the turns of a dialogue, and a wrapped aside that opens a line', () => {
    const dialogue =
      '- How many people are still there?\n- Fewer than a thousand.\n- Will they leave?\n- Yes.\n';
    expect(read(dialogue)).toBe(dialogue);
    const wrapped =
      'YEREVAN, Sept. 26 (Reuters) - More than 6,500 refugees have arrived from the region\n- the government said on Tuesday.\n';
    expect(compactText(wrapped)).toBeNull();
  });

  it('maps every span back to the stored text, around what it dropped', () => {
    const stored = 'The  Pash\u00adinyan &quot;aide&quot; said.';
    const c = compactText(stored)!;
    expect(c.text).toBe('The Pashinyan "aide" said.');
    const name = c.text.indexOf('Pashinyan');
    const span = storedSpan(c, { start: name, end: name + 'Pashinyan'.length });
    expect(stored.slice(span.start, span.end)).toBe('Pash\u00adinyan');
    const quote = c.text.indexOf('"aide"');
    const quoted = storedSpan(c, { start: quote, end: quote + 6 });
    expect(stored.slice(quoted.start, quoted.end)).toBe('&quot;aide&quot;');
    expect(compactSpan(c, span)).toEqual({ start: name, end: name + 'Pashinyan'.length });
    expect(storedSpan(c, { start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
  });
});

describe('the compact reading of any text', () => {
  const pieces = fc.constantFrom(
    'word',
    'Aliyev',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\u00a0',
    '\u00ad',
    '\u200b',
    '\ufeff',
    '\u2028',
    '\u2029',
    '&quot;',
    '&#8220;',
    '&amp;',
    '&nbsp;',
    '&',
    '\u2014',
    '--',
    '\u2022 ',
    '* ',
    '"',
    '\u201d',
    '5',
    '.',
  );
  const texts = fc.array(pieces, { maxLength: 50 }).map((parts) => parts.join(''));

  it('maps each character to where it came from, in order, within the stored text', () => {
    fc.assert(
      fc.property(texts, (stored) => {
        const c = compactText(stored);
        if (!c) return;
        expect(c.starts).toHaveLength(c.text.length + 1);
        expect(c.starts[c.text.length]).toBe(stored.length);
        for (let i = 0; i < c.text.length; i++) {
          const [start, end] = [c.starts[i]!, c.ends[i]!];
          expect(start).toBeLessThanOrEqual(end);
          if (i > 0) expect(start).toBeGreaterThanOrEqual(c.ends[i - 1]!);
          expect(end).toBeLessThanOrEqual(stored.length);
          const from = stored.slice(start, end);
          // A character read as itself, an entity decoded, a separator, or a space or break the reading adds.
          if (from.length === 1 && from !== '\u2028' && from !== '\u2029') expect(c.text[i]).toBe(from);
          else if (from.length === 0) expect(c.text[i]).toMatch(/^[ \n]$/);
          else if (from.length > 1) expect(from).toMatch(/^&#?[a-zA-Z0-9]+;$/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives spans that read back as the stored text, invisible characters aside', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (stored, a, b) => {
        const c = compactText(stored);
        if (!c || c.text.length === 0) return;
        const start = a % c.text.length;
        const end = start + (b % (c.text.length - start + 1));
        const span = storedSpan(c, { start, end });
        expect(span.start).toBeLessThanOrEqual(span.end);
        // What the reading drops, decodes or adds (white space, invisible characters, entities, bullets, dashes).
        const strip = (s: string) =>
          s
            .replace(/&(?:#\d+|[a-z]+);/g, '')
            .replace(/[\s\u00ad\u200b\ufeff\u2022*"\u201c\u201d&\u2014-]/g, '');
        expect(strip(stored.slice(span.start, span.end))).toBe(strip(c.text.slice(start, end)));
      }),
      { numRuns: 400 },
    );
  });
});
