/**
 * `/who-said speaker:` through the loopback Discord on the seeds: a name answers with that
 * speaker's statements, anything else says there is no such speaker (with the nearest names),
 * and never answers with somebody else's words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { loadKnowledgeBase } from '../../src/index/load.ts';
import type { MessageBody, SentInteraction } from '../support/fakeDiscord.ts';
import { type Harness, startHarness } from './harness.ts';

const EPHEMERAL = 64;
let h: Harness;
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase({
    corpusDir: 'corpus',
    cacheDir: false,
    now: new Date('2026-11-23T00:00:00Z'),
  });
  h = await startHarness({ registry: commands, kb, deferAfterMs: 2_000 });
});
afterAll(async () => {
  await h?.close();
});

const answerOf = (sent: SentInteraction): Promise<MessageBody> => h.fake.answerOf(sent);

const shown = (body: MessageBody) =>
  [body.content ?? '', ...(body.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? ''])].join(
    '\n',
  );
const ask = async (speaker: string) => answerOf(h.fake.sendCommand('who-said', { speaker }));

describe('/who-said speaker: answers for that speaker or says there is none', () => {
  it.each([
    ['Blinken', 'What Antony J. Blinken said'],
    ['blinke', 'What Antony J. Blinken said'],
    ['Pashinian', 'What Nikol Pashinyan said'],
    ['Ilham Aliyev', 'What Ilham Aliyev said'],
    ['Government of Azerbaijan', 'What Government of Azerbaijan said'],
  ])('%s → %s', async (speaker, title) => {
    const body = await ask(speaker);
    expect(shown(body)).toContain(title);
    expect(body.flags ?? 0).not.toBe(EPHEMERAL);
  });

  it('Biden (one letter from "side") is not the Government of Azerbaijan: no such speaker, said ephemerally', async () => {
    const body = await ask('Biden');
    expect(body.flags).toBe(EPHEMERAL);
    expect(shown(body)).toMatch(/^No speaker `Biden` in the corpus\./);
    expect(shown(body)).not.toContain('What ');
  });

  it.each(['the', 'side', 'of the', 'press'])(
    '%s (words of descriptions, not names) answers no statements',
    async (speaker) => {
      const body = await ask(speaker);
      expect(body.flags).toBe(EPHEMERAL);
      expect(shown(body)).toContain('No speaker');
      expect(shown(body)).not.toMatch(/What .* said/);
    },
  );

  it('a close name is not an answer: "Did you mean" with the nearest real names', async () => {
    const body = await ask('Elchin Aliyev');
    expect(body.flags).toBe(EPHEMERAL);
    expect(shown(body)).toMatch(/^No speaker `Elchin Aliyev` in the corpus\. Did you mean Ilham Aliyev\?/);
    const typo = await ask('Blinkin');
    expect(shown(typo)).toMatch(/^No speaker `Blinkin` in the corpus\. Did you mean Antony J\. Blinken\?/);
  });

  it('autocomplete offers only speakers whose names fit what was typed', async () => {
    const complete = async (value: string) => {
      const callback = await h.fake.waitForCallback(
        h.fake.sendAutocomplete('who-said', { speaker: value }, 'speaker'),
      );
      expect(callback.type).toBe(8);
      return callback.data!.choices!.map((c) => c.name);
    };
    expect(await complete('Blin')).toEqual(['Antony J. Blinken']);
    expect(await complete('Biden')).toEqual([]);
    expect(await complete('the')).toEqual([]);
    const real = new Set(kb.speakers.map((s) => s.entity.name));
    for (const name of await complete('')) expect(real.has(name)).toBe(true);
  });
});

describe('a role is a description, not a name', () => {
  it('"president" (how one article referred to Aliyev) suggests the presidents, it does not answer for one', async () => {
    const body = await ask('president');
    expect(body.flags).toBe(EPHEMERAL);
    expect(shown(body)).toMatch(
      /^No speaker `president` in the corpus\. Did you mean .*Ilham Aliyev.*Vladimir Putin|Vladimir Putin.*Ilham Aliyev/,
    );
  });
});
