import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/extract/types.ts';
import { extractFrom, timelineFor } from './statements.helpers.ts';

/**
 * Golden statements for the five seed articles: every statement, with its speaker, relayer,
 * kind and the start of its quote. Headlines and metadata lines give none, and neither do acts
 * that report no words ("accused Baku of …", "called on the parties to …", "called for an “…”",
 * "called on Armenia and Azerbaijan to “…”", "denies the presence of …", "announced a
 * military operation", "reported shelling": CONVENTIONS 10).
 */

const CORPUS = join(import.meta.dirname, '../../corpus');
const read = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

type Row = [speaker: string, via: string | null, kind: Statement['kind'], quoteStart: string];

function rows(text: string, statements: Statement[]): Row[] {
  return statements.map((s) => [
    s.speaker.id,
    s.via?.id ?? null,
    s.kind,
    text.slice(s.quote.start, s.quote.end).slice(0, 40),
  ]);
}

const sept2023 = { precision: 'day', year: 2023, month: 9, day: 20, yearStatus: 'inferred' } as const;

const GOLDEN: Record<string, Row[]> = {
  '000_fa421d02e2779d37.txt': [
    // A readout of what Blinken did ("held a phone conversation … and urged him to …"): Miller's
    // words only, as there are none of Blinken's (CONVENTIONS 10, 14).
    ['miller', null, 'reported', 'US Secretary of State Antony Blinken held'],
    ['blinken', 'miller', 'direct', 'Secretary of State Antony J. Blinken spok'],
    ['blinken', 'miller', 'direct', 'noted President Aliyev’s expressed readin'],
    ['miller', null, 'reported', 'Blinken spoke to Armenian Prime Minister '],
    ['blinken', 'miller', 'direct', 'underscored that the United States is cal'],
    // Miller's own quoted words telling what Blinken said: Miller's statement, Blinken's from his words on.
    ['miller', null, 'direct', 'He told Prime Minister Pashinyan the Unit'],
    ['blinken', 'miller', 'reported', 'the United States fully supports Armenia'],
    ['gov-azerbaijan', null, 'reported', 'it was launching what it described as "l'],
    ['gov-armenia', null, 'reported', 'there were no Armenian forces in Karabakh'],
  ],
  '001_d8850208c26a01d9.txt': [
    ['blinken', null, 'direct', 'immediate end to hostilities'],
    // A relay names both links: the department from the principal's name, Blinken at his words.
    ['us-state-department', null, 'reported', 'The US Secretary of State stressed that t'],
    ['blinken', 'us-state-department', 'reported', 'there is no military solution to the Kar'],
    ['mod-azerbaijan', null, 'direct', 'local anti-terrorist measures continue su'],
    ['aliyev', null, 'reported', 'Baku would stop “anti-terrorist measures”'],
    ['armenian-government-press-service', null, 'reported', 'Blinken also had a telephone conversation'],
    ['blinken', null, 'reported', 'the United States fully supports the sove'],
    ['armed-forces-azerbaijan', null, 'reported', 'a military operation in Karabakh with the'],
    ['gov-azerbaijan', null, 'reported', 'on September 19, two cars ran into mines'],
    ['mod-azerbaijan', null, 'reported', 'During the day on September 19, the Azerb'],
    ['pashinyan', null, 'reported', 'Baku attacked Karabakh with rocket artill'],
    ['radio-liberty-armenian', null, 'reported', '27 people died in Nagorno-Karabakh over t'],
    // "Baku reported the death of one resident …": a toll named, a figure with no words (CONVENTIONS 10).
  ],
  '002_2eb07627606af149.txt': [
    ['text:caliber-az', null, 'reported', 'Blinken was asked whether the United Stat'],
    ['blinken', null, 'direct', 'Well, first let me say this. I had the op'],
  ],
  '003_21b2102d4012c38e.txt': [
    ['text:press-service', null, 'direct', 'A phone call of Ilham Aliyev and Antony B'],
    ['aliyev', null, 'reported', 'an effort is under way to defend the righ'],
    ['gov-azerbaijan', null, 'reported', 'it was launching what it described as “l'],
    ['gov-armenia', null, 'reported', 'there were no Armenian forces in Karabakh'],
    // "emphasized the need to …" has no words of Blinken's to report (as "urged", "called for").
    ['us-state-department', null, 'reported', 'Blinken has emphasized the need to provid'],
    // A quoted relay names both links (CONVENTIONS 14): Miller's from Blinken's name on, then Blinken's words.
    ['miller', null, 'reported', 'Blinken emphasized “the need for Azerbai'],
    ['blinken', 'miller', 'direct', 'the need for Azerbaijan to refrain from f'],
    ['blinken', 'miller', 'direct', 'He called on President Aliyev to provide '],
    ['blinken', 'miller', 'direct', 'The Secretary urged President Aliyev to c'],
  ],
  '004_e66b67808a051b34.txt': [
    ['pompeo', null, 'direct', 'end violence and protect civilians'],
    ['us-state-department', null, 'reported', 'Pompeo "stressed the need to end violenc'],
    ['pompeo', 'us-state-department', 'direct', 'stressed the need to end violence and pro'],
    ['pompeo', null, 'reported', "his country's desire to resolve the confl"],
    ['bayramov', null, 'reported', 'he had asked Pompeo to put an end to Arme'],
    ['bayramov', null, 'direct', 'We are committed to finding a diplomatic '],
    ['bayramov', null, 'direct', 'Armenia must stop avoiding important nego'],
    ['mnatsakanyan', null, 'reported', 'Baku of causing violence and Turkey of be'],
    ['pompeo', null, 'reported', 'previous ceasefire agreements had not hel'],
    ['putin', null, 'reported', 'Russia is currently at the forefront of e'],
  ],
};

const REFERENCES: Record<string, Parameters<typeof timelineFor>[1]> = {
  '000_fa421d02e2779d37.txt': sept2023,
  '001_d8850208c26a01d9.txt': sept2023,
  '002_2eb07627606af149.txt': null,
  '003_21b2102d4012c38e.txt': null,
  '004_e66b67808a051b34.txt': { precision: 'day', year: 2020, month: 10, day: 24, yearStatus: 'stated' },
};

describe('statements in the seed articles', () => {
  for (const [file, expected] of Object.entries(GOLDEN)) {
    it(`${file}: every statement, speaker, relayer, kind and quote`, () => {
      const text = read(file);
      const statements = extractFrom(
        text,
        timelineFor(text, REFERENCES[file] ?? null),
        file.replace('.txt', ''),
      );
      expect(rows(text, statements)).toEqual(expected.map(([s, v, k, q]) => [s, v, k, q.slice(0, 40)]));
    });
  }

  it('every quote is verbatim inside its context, holds no quote mark at its ends, and ids are stable', () => {
    for (const file of Object.keys(GOLDEN)) {
      const text = read(file);
      const docId = file.replace('.txt', '');
      const statements = extractFrom(text, timelineFor(text, REFERENCES[file] ?? null), docId);
      statements.forEach((s, i) => {
        expect(s.id).toBe(`${docId}#s${i + 1}`);
        for (const span of [s.quote, ...(s.continuation ?? [])]) {
          expect(span.start).toBeLessThan(span.end);
          expect(span.start).toBeGreaterThanOrEqual(s.context.start);
          expect(span.end).toBeLessThanOrEqual(s.context.end);
          expect(text.slice(span.start, span.end)).not.toMatch(/^["“”‘’']/);
        }
        if (s.kind === 'direct') expect(text[s.quote.start - 1]).toMatch(/["“'‘]/);
      });
    }
  });

  it('a quote running over four paragraphs is one statement with three continuations (002)', () => {
    const text = read('002_2eb07627606af149.txt');
    const blinken = extractFrom(text).find((s) => s.speaker.id === 'blinken')!;
    const pieces = [blinken.quote, ...blinken.continuation!].map((p) => text.slice(p.start, p.end));
    expect(pieces).toHaveLength(4);
    expect(pieces[0]).toMatch(/^Well, first let me say this\..*region\.$/s);
    expect(pieces[1]).toMatch(/^This is something that’s manifestly/);
    expect(pieces[3]).toBe(
      'When it comes to sovereignty, territorial integrity, independence, we stand for those propositions for everyone concerned,',
    );
  });

  it('a quote split by its attribution keeps both halves (000: "…," the statement says. "…")', () => {
    const text = read('000_fa421d02e2779d37.txt');
    const s = extractFrom(text)[1]!;
    expect(text.slice(s.quote.start, s.quote.end)).toMatch(
      /^Secretary of State Antony J\. Blinken spoke.*situation,$/,
    );
    expect(s.continuation!.map((c) => text.slice(c.start, c.end))).toEqual([
      'The Secretary emphasized that there is no military solution and that the parties must resume dialogue to resolve outstanding differences between Baku and ethnic Armenians in Nagorno-Karabakh.',
    ]);
    expect(s.mention).toBe('Secretary of State Antony J. Blinken');
  });

  it('the mention keeps the words the text uses: "He", "The Secretary", "the Azerbaijani foreign minister"', () => {
    const t3 = read('003_21b2102d4012c38e.txt');
    expect(
      extractFrom(t3)
        .slice(-2)
        .map((s) => s.mention),
    ).toEqual(['He', 'The Secretary']);
    const t4 = read('004_e66b67808a051b34.txt');
    const s4 = extractFrom(t4, timelineFor(t4, REFERENCES['004_e66b67808a051b34.txt']!));
    expect(s4.filter((s) => s.speaker.id === 'bayramov').map((s) => s.mention)).toEqual([
      'Permov',
      'the Azerbaijani foreign minister',
      'he',
    ]);
  });
});
