/**
 * Page buttons hold the question, not the pages: they work after the bot restarts, after the
 * corpus is reloaded (saying so when it changed), and for anyone who presses them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/command.ts';
import { type RunningBot, startBot } from '../../src/discord/bot.ts';
import type { KnowledgeBase } from '../../src/index/knowledgeBase.ts';
import { createLogger } from '../../src/log.ts';
import { FakeDiscord } from '../support/fakeDiscord.ts';

const EPHEMERAL = 64;
const NO_MENTIONS = { parse: [] as [] };

/** A knowledge base as far as these commands read it: its documents, one page each. */
function corpus(...ids: string[]): KnowledgeBase {
  return {
    documents: new Map(ids.map((id) => [id, { id, sha256: `sha-of-${id}` }])),
  } as unknown as KnowledgeBase;
}

const docs = defineCommand({
  name: 'docs',
  description: 'One page per document',
  options: [{ name: 'about', description: 'Anything', type: 'string', maxLength: 500 }],
  examples: ['/docs'],
  run: (args, { kb }) => ({
    pages: [...kb.documents.keys()].map((id) => ({
      embeds: [{ title: args.about ?? 'docs', description: `document ${id}` }],
      allowedMentions: NO_MENTIONS,
    })),
    ephemeral: false,
  }),
});

const running: { fake?: FakeDiscord; bot?: RunningBot } = {};
let kb = corpus('a', 'b', 'c');

async function start(fake: FakeDiscord): Promise<RunningBot> {
  const logger = createLogger({ name: 'test-bot', level: 'silent', destination: { write: () => {} } });
  return startBot({
    config: { token: fake.token, apiUrl: fake.apiUrl },
    registry: [docs],
    kb: () => kb,
    logger,
    clientOptions: { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) } },
  });
}

afterEach(async () => {
  await running.bot?.stop();
  await running.fake?.stop();
  kb = corpus('a', 'b', 'c');
});

const nextButton = (data: { components?: { components: { custom_id?: string }[] }[] } | undefined) =>
  data!.components![0]!.components[2]!.custom_id!;

describe('page buttons without memory', () => {
  it('turn the page after the bot restarted between the answer and the press', async () => {
    const fake = (running.fake = await FakeDiscord.start());
    const first = await start(fake);
    const answer = await fake.waitForCallback(fake.sendCommand('docs', { about: 'Lachin | corridor 100%' }));
    await first.stop();
    running.bot = await start(fake);
    const press = await fake.waitForCallback(fake.pressButton(nextButton(answer.data)));
    expect(press.type).toBe(7);
    expect(press.data?.embeds?.[0]).toMatchObject({
      title: 'Lachin | corridor 100%',
      description: 'document b',
    });
    expect(press.data?.content ?? '').toBe('');
  });

  it('a long question is kept by hash; after a restart it says plainly to ask again', async () => {
    const fake = (running.fake = await FakeDiscord.start());
    const first = await start(fake);
    const answer = await fake.waitForCallback(
      fake.sendCommand('docs', { about: 'the humanitarian situation in the Lachin corridor '.repeat(4) }),
    );
    const id = nextButton(answer.data);
    expect(id.length).toBeLessThanOrEqual(100);
    expect((await fake.waitForCallback(fake.pressButton(id))).type).toBe(7);
    await first.stop();
    running.bot = await start(fake);
    const press = await fake.waitForCallback(fake.pressButton(id));
    expect(press.type).toBe(4);
    expect(press.data?.flags).toBe(EPHEMERAL);
    expect(press.data?.content).toMatch(/too long to keep in its buttons.*run the command again/);
  });

  it('after a reload that changed the corpus, the page comes from the current corpus and says so', async () => {
    const fake = (running.fake = await FakeDiscord.start());
    running.bot = await start(fake);
    const answer = await fake.waitForCallback(fake.sendCommand('docs'));
    kb = corpus('a', 'x', 'c'); // a reload: document b was replaced
    const press = await fake.waitForCallback(fake.pressButton(nextButton(answer.data)));
    expect(press.type).toBe(7);
    expect(press.data?.content).toMatch(/^The corpus has changed since this answer was given/);
    expect(press.data?.embeds?.[0]?.description).toBe('document x');
    // The new page's own buttons carry the new version: no notice on the next turn.
    const again = await fake.waitForCallback(fake.pressButton(nextButton(press.data)));
    expect(again.data?.content).toBe('');
    expect(again.data?.embeds?.[0]?.description).toBe('document c');
  });

  it('another user gets the page ephemerally and can turn their own copy; the asker’s message stays', async () => {
    const fake = (running.fake = await FakeDiscord.start());
    running.bot = await start(fake);
    const answer = await fake.waitForCallback(fake.sendCommand('docs'));
    const other = '300000000000000777';
    const theirs = await fake.waitForCallback(fake.pressButton(nextButton(answer.data), { userId: other }));
    expect(theirs).toMatchObject({
      type: 4,
      data: { flags: EPHEMERAL, embeds: [{ description: 'document b' }] },
    });
    const turned = await fake.waitForCallback(fake.pressButton(nextButton(theirs.data), { userId: other }));
    expect(turned).toMatchObject({ type: 7, data: { embeds: [{ description: 'document c' }] } });
    // The asker's own press still turns the public message.
    const own = await fake.waitForCallback(fake.pressButton(nextButton(answer.data)));
    expect(own).toMatchObject({ type: 7, data: { embeds: [{ description: 'document b' }] } });
  });
});
