import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCommand } from '../commands/index.ts';
import { answerLine } from '../src/console/answerLine.ts';
import { dispatch } from '../src/dispatch.ts';
import { findCharacterisations } from '../src/extract/characterisations/index.ts';
import { withBothNames } from '../src/extract/entities/placeNames.ts';
import { splitParagraphs } from '../src/extract/paragraphs.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import type { KnowledgeBase } from '../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../src/index/load.ts';
import { limitProblems } from './support/replyRules.ts';

const words = [
  'Baku',
  'Yerevan',
  'described',
  'it',
  'as',
  'called',
  'what',
  'calling',
  'condemned',
  'the',
  'Kremlin',
  'said',
  ',',
  '.',
  '"',
  '“',
  '”',
  'an',
  'act',
  'Shushi',
  'Khankendi',
];
const sentenceLike = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((w) => w.join(' '));

describe('characterisations, whatever the text', () => {
  it('each phrase lies inside its sentence, right after an opening quotation mark', () => {
    fc.assert(
      fc.property(sentenceLike, (text) => {
        const sentences = splitSentences(text, splitParagraphs(text, 0));
        for (const c of findCharacterisations(text, sentences, { year: 2023, month: 9 })) {
          expect(c.phrase.start).toBeGreaterThanOrEqual(c.context.start);
          expect(c.phrase.end).toBeLessThanOrEqual(c.context.end);
          expect(c.phrase.end).toBeGreaterThanOrEqual(c.phrase.start);
          expect(text.slice(c.context.start, c.phrase.start).trimEnd()).toMatch(/["“«]$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('both names, whatever the words', () => {
  it('pairing twice is pairing once, and words without a place are left alone', () => {
    fc.assert(
      fc.property(sentenceLike, (text) => {
        const once = withBothNames(text);
        expect(withBothNames(once)).toBe(once);
        if (!/shushi|khankendi/i.test(text)) expect(once).toBe(text.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('hostile input in event: and side:', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase({
      corpusDir: resolve(import.meta.dirname, '../corpus'),
      now: new Date('2026-11-23T00:00:00Z'),
    });
  });

  it('any text answers or refuses within Discord’s limits, never pinging, never throwing', () => {
    const framing = findCommand('framing')!;
    const whoSaid = findCommand('who-said')!;
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 220 }),
        fc.constantFrom('@everyone', '<@123>', '`', '**', ''),
        (raw, hostile) => {
          const input = `${hostile}${raw}`;
          for (const reply of [
            dispatch(framing, { event: input }, { kb }),
            dispatch(whoSaid, { about: 'hostilities', side: input }, { kb }),
            dispatch(whoSaid, { side: input.slice(0, 60) }, { kb }),
          ]) {
            for (const page of reply.pages) {
              expect(limitProblems(page)).toEqual([]);
              expect(page.allowedMentions).toEqual({ parse: [] });
            }
            if (reply.error) expect(reply.ephemeral).toBe(true);
          }
          expect(whoSaid.autocomplete!('side', input, { kb }).length).toBeLessThanOrEqual(25);
        },
      ),
      { numRuns: 150 },
    );
    expect(answerLine('/framing', { kb }).error).toBeUndefined();
  });
});
