import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageBody } from '../support/fakeDiscord.ts';
import { type Harness, startHarness } from './harness.ts';
import { HOSTILE_INPUTS } from './hostileInputs.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

function expectNoPings(body: MessageBody): void {
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
}

describe('hostile input through the whole path (gateway → handler → REST)', () => {
  it.each(Object.entries(HOSTILE_INPUTS))(
    '%s → answered, and the payload pings nobody',
    async (_name, text) => {
      const sent = h.fake.sendCommand('echo', { text });
      const callback = await h.fake.waitForCallback(sent);
      expect(callback.type).toBe(4);
      expectNoPings(callback.data!);
      expect((callback.data?.content ?? '').length).toBeLessThanOrEqual(2000);
    },
  );

  it('hostile text in autocomplete is answered with a (possibly empty) list', async () => {
    for (const text of Object.values(HOSTILE_INPUTS)) {
      const callback = await h.fake.waitForCallback(h.fake.sendAutocomplete('place', { name: text }, 'name'));
      expect(callback.type).toBe(8);
      expect(Array.isArray(callback.data?.choices)).toBe(true);
    }
  });

  it('hostile text on the error path (an option the command does not take) still pings nobody', async () => {
    const callback = await h.fake.waitForCallback(
      h.fake.sendCommand('echo', { text: HOSTILE_INPUTS.everyone!, extra: '@everyone' }),
    );
    expectNoPings(callback.data!);
  });

  it('a forged button id gets a short ephemeral error, not parsed into anything', async () => {
    const forged = [
      'page:../../etc:1',
      'page:k:99999',
      '@everyone',
      `page:${'a'.repeat(100)}:1`,
      'pg|AAAA|1|echo|0@everyone%',
      'pg|AAAA|1|echo|9x',
      'pg|AAAA|99999|echo',
      'pg|../..|1|echo',
      `pg|AAAA|1|echo|#${'a'.repeat(12)}`,
    ];
    for (const customId of forged) {
      const callback = await h.fake.waitForCallback(h.fake.pressButton(customId));
      expect(callback.data?.flags, customId).toBe(64);
      expect(callback.data?.content, customId).toMatch(
        /^This button is not one this bot made|^This question was too long/,
      );
      expectNoPings(callback.data!);
    }
  });

  it('a well-formed but unsigned button id with hostile values is refused, pinging nobody', async () => {
    const callback = await h.fake.waitForCallback(
      h.fake.pressButton(`pg|AAAA|0|echo|0${HOSTILE_INPUTS.everyone!}`),
    );
    expect(callback.type).toBe(4);
    expect(callback.data?.flags).toBe(64);
    expect(callback.data?.content).toMatch(/^This button is not one this bot made/);
    expectNoPings(callback.data!);
  });

  it('no message the bot sent in this file could ping', () => {
    const bodies = h.fake.allMessageBodies();
    expect(bodies.length).toBeGreaterThan(Object.keys(HOSTILE_INPUTS).length);
    bodies.forEach(expectNoPings);
  });
});
