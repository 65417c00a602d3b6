import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commandsToDiscordJSON, deployCommands } from '../../src/discord/deploy.ts';
import { type Harness, PLACES, startHarness, testRegistry } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  // Whatever happened in the test, no secret reached the log.
  const log = h.logs.join('');
  expect(log).not.toContain(h.fake.token);
});

const EPHEMERAL = 64;

describe('connecting', () => {
  it('logs in through the gateway: identify with the token and the Guilds intent only, then ready', () => {
    const identify = h.fake.gateway.find((g) => g.kind === 'identify');
    expect(identify?.token).toBe(h.fake.token);
    expect(identify?.intents).toBe(1);
    expect(h.bot.client.isReady()).toBe(true);
    expect(h.logEntries().some((e) => e.msg === 'bot ready')).toBe(true);
  });
});

describe('deploying commands', () => {
  it('a guild id → one PUT to that guild’s commands, with exactly the registry’s JSON', async () => {
    const result = await deployCommands({
      config: {
        token: h.fake.token,
        applicationId: h.fake.applicationId,
        guildId: h.fake.defaultGuildId,
        apiUrl: h.fake.apiUrl,
      },
      registry: testRegistry(),
    });
    expect(result).toEqual({ scope: 'guild', count: testRegistry().length });
    const deployment = h.fake.deployments.at(-1)!;
    expect(deployment.scope).toBe(h.fake.defaultGuildId);
    expect(deployment.body).toEqual(commandsToDiscordJSON(testRegistry()));
  });

  it('no guild id → a global PUT', async () => {
    const result = await deployCommands({
      config: { token: h.fake.token, applicationId: h.fake.applicationId, apiUrl: h.fake.apiUrl },
      registry: testRegistry(),
    });
    expect(result.scope).toBe('global');
    expect(h.fake.deployments.at(-1)?.scope).toBe('global');
  });

  it('a wrong token is refused by Discord and the deployment fails', async () => {
    await expect(
      deployCommands({
        config: { token: 'wrong', applicationId: h.fake.applicationId, apiUrl: h.fake.apiUrl },
        registry: [],
      }),
    ).rejects.toThrow(/401|Unauthorized/);
  });
});

describe('slash commands', () => {
  it('answers with a type 4 callback carrying the page and allowed_mentions parse []', async () => {
    const sent = h.fake.sendCommand('echo', { text: 'hello' });
    const callback = await h.fake.waitForCallback(sent);
    expect(callback.type).toBe(4);
    expect(callback.data?.content).toBe('You said: `hello`');
    expect(callback.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(callback.data?.flags ?? 0).toBe(0);
  });

  it('an ephemeral reply carries flag 64', async () => {
    const callback = await h.fake.waitForCallback(h.fake.sendCommand('private'));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.content).toBe('just for you');
  });

  it('a missing required option → the definition’s own ephemeral error, not a crash', async () => {
    const callback = await h.fake.waitForCallback(h.fake.sendCommand('echo'));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.content).toMatch(/needs `text:`/);
  });

  it('an option the definition does not know (stale deployment) → a clear ephemeral error', async () => {
    const callback = await h.fake.waitForCallback(h.fake.sendCommand('echo', { text: 'x', colour: 'red' }));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.content).toMatch(/has no option `colour`/);
  });

  it('a command the registry no longer has → an ephemeral note', async () => {
    const callback = await h.fake.waitForCallback(h.fake.sendCommand('gone'));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.content).toMatch(/no \/gone command/);
  });
});

describe('paging', () => {
  it('a multi-page reply shows page 1 with buttons; Next → a type 7 update with page 2', async () => {
    const first = await h.fake.waitForCallback(h.fake.sendCommand('pages', { count: '3' }));
    expect(first.data?.embeds?.[0]?.description).toBe('This is page 1 of 3.');
    const buttons = first.data?.components?.[0]?.components ?? [];
    expect(buttons.map((b) => b.label)).toEqual(['◀ Previous', '1 / 3', 'Next ▶']);
    expect(buttons[0]?.disabled).toBe(true);

    const next = await h.fake.waitForCallback(h.fake.pressButton(buttons[2]!.custom_id!));
    expect(next.type).toBe(7);
    expect(next.data?.embeds?.[0]?.description).toBe('This is page 2 of 3.');
    expect(next.data?.allowed_mentions?.parse).toEqual([]);

    const nextButtons = next.data?.components?.[0]?.components ?? [];
    const last = await h.fake.waitForCallback(h.fake.pressButton(nextButtons[2]!.custom_id!));
    expect(last.data?.embeds?.[0]?.description).toBe('This is page 3 of 3.');
    expect(last.data?.components?.[0]?.components[2]?.disabled).toBe(true);
  });

  it('someone else pressing a button gets that page for themselves, ephemerally, and the message stays', async () => {
    const first = await h.fake.waitForCallback(h.fake.sendCommand('pages', { count: '2' }));
    const nextId = first.data!.components![0]!.components[2]!.custom_id!;
    const press = await h.fake.waitForCallback(h.fake.pressButton(nextId, { userId: '300000000000000999' }));
    expect(press.type).toBe(4);
    expect(press.data?.flags).toBe(EPHEMERAL);
    expect(press.data?.embeds?.[0]?.description).toBe('This is page 2 of 2.');
    expect(press.data?.allowed_mentions?.parse).toEqual([]);
    expect(h.fake.callbacks.filter((c) => c.type === 7 && c.at >= first.at)).toEqual([]);
  });

  it('every page button id fits Discord’s 100 characters', async () => {
    const first = await h.fake.waitForCallback(h.fake.sendCommand('pages', { count: '25' }));
    for (const button of first.data!.components![0]!.components)
      expect(button.custom_id!.length).toBeLessThanOrEqual(100);
  });

  it('a forged or foreign button id → a short ephemeral error, not a crash', async () => {
    for (const forged of ['page:doesnotexist:1', 'pg|AAAA|1|nosuch', 'pg|AAAA|1|pages|7x']) {
      const press = await h.fake.waitForCallback(h.fake.pressButton(forged));
      expect(press.type).toBe(4);
      expect(press.data?.flags).toBe(EPHEMERAL);
      expect(press.data?.content).toBe(
        'This button is not one this bot made — run the command again for pages you can turn.',
      );
    }
  });

  it('the buttons keep working however many answers came since (nothing is kept per message)', async () => {
    const first = await h.fake.waitForCallback(h.fake.sendCommand('pages', { count: '3' }));
    await Promise.all(
      Array.from({ length: 50 }, () => h.fake.waitForCallback(h.fake.sendCommand('pages', { count: '2' }))),
    );
    const press = h.fake.pressButton(first.data!.components![0]!.components[2]!.custom_id!);
    // On a loaded machine the press may miss the deferral deadline: then it is a deferred update (6)
    // and the page comes as an edit of the message. Either way the same message turns its page.
    expect([6, 7]).toContain((await h.fake.waitForCallback(press)).type);
    expect((await h.fake.answerOf(press)).embeds?.[0]?.description).toBe('This is page 2 of 3.');
  });
});

describe('autocomplete', () => {
  it('responds with a type 8 callback holding at most 25 choices', async () => {
    const all = await h.fake.waitForCallback(h.fake.sendAutocomplete('place', { name: '' }, 'name'));
    expect(all.type).toBe(8);
    expect(all.data?.choices).toHaveLength(25);
    expect(all.data?.choices?.[0]).toEqual({ name: PLACES[0], value: PLACES[0] });
    const some = await h.fake.waitForCallback(h.fake.sendAutocomplete('place', { name: 'place 1' }, 'name'));
    expect(some.data?.choices?.map((c) => c.value)).toEqual(PLACES.filter((p) => p.startsWith('Place 1')));
  });

  it('a command without autocomplete → an empty list, not an error', async () => {
    const none = await h.fake.waitForCallback(h.fake.sendAutocomplete('echo', { text: 'x' }, 'text'));
    expect(none.data?.choices).toEqual([]);
  });
});

describe('slow answers', () => {
  it('not ready in time → type 5 deferral, then the answer as a PATCH of @original', async () => {
    const sent = h.fake.sendCommand('slow', { ms: '500' });
    const deferral = await h.fake.waitForCallback(sent);
    expect(deferral.type).toBe(5);
    const edit = await h.fake.waitForWebhook(sent, 'PATCH');
    expect(edit.messageId).toBe('@original');
    expect(edit.body?.content).toBe('slow answer');
    expect(edit.body?.allowed_mentions?.parse).toEqual([]);
    expect(edit.at - deferral.at).toBeGreaterThanOrEqual(250);
  });

  it('a late ephemeral answer replaces the public "thinking…" with an ephemeral follow-up', async () => {
    const sent = h.fake.sendCommand('slow-refusal');
    expect((await h.fake.waitForCallback(sent)).type).toBe(5);
    const followUp = await h.fake.waitForWebhook(sent, 'POST');
    expect(followUp.body?.flags).toBe(EPHEMERAL);
    expect(followUp.body?.content).toBe('Nothing found for that.');
    expect(
      h.fake.webhooks.some(
        (w) => w.token === sent.token && w.method === 'DELETE' && w.messageId === '@original',
      ),
    ).toBe(true);
  });
});

describe('a handler that throws', () => {
  it('→ a short ephemeral error, an error log line with the stack, and the bot keeps serving', async () => {
    const sent = h.fake.sendCommand('boom');
    const callback = await h.fake.waitForCallback(sent);
    expect(callback.type).toBe(4);
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.content).toMatch(/^Something went wrong while answering \/boom\./);
    expect(callback.data?.content).not.toContain('kaboom');
    expect(callback.data?.allowed_mentions?.parse).toEqual([]);

    const entry = h.logEntries().find((e) => e.level === 50 && e.interactionId === sent.id);
    expect(entry).toMatchObject({ msg: 'interaction failed', command: 'boom', options: {} });
    expect((entry!.err as { stack: string }).stack).toMatch(/kaboom: the handler broke\n\s+at /);

    const next = await h.fake.waitForCallback(h.fake.sendCommand('echo', { text: 'still here' }));
    expect(next.data?.content).toBe('You said: `still here`');
  });
});

describe('cooldowns', () => {
  it('a second use within cooldownSeconds → an ephemeral note with a Discord relative timestamp; others are not blocked', async () => {
    const user = '300000000000000123';
    const first = await h.fake.waitForCallback(h.fake.sendCommand('costly', { q: 'a' }, { userId: user }));
    expect(first.data?.content).toBe('costly answer');
    const before = Math.floor(Date.now() / 1000);
    const second = await h.fake.waitForCallback(h.fake.sendCommand('costly', { q: 'b' }, { userId: user }));
    expect(second.data?.flags).toBe(EPHEMERAL);
    const when = /<t:(\d+):R>/.exec(second.data?.content ?? '');
    expect(when).not.toBeNull();
    expect(Number(when![1])).toBeGreaterThanOrEqual(before + 28);
    expect(Number(when![1])).toBeLessThanOrEqual(before + 31);

    const other = await h.fake.waitForCallback(
      h.fake.sendCommand('costly', { q: 'c' }, { userId: '300000000000000124' }),
    );
    expect(other.data?.content).toBe('costly answer');
  });

  it('a rejected input does not cost the user their turn', async () => {
    const user = '300000000000000125';
    const bad = await h.fake.waitForCallback(h.fake.sendCommand('costly', {}, { userId: user }));
    expect(bad.data?.content).toMatch(/needs `q:`/);
    const good = await h.fake.waitForCallback(h.fake.sendCommand('costly', { q: 'a' }, { userId: user }));
    expect(good.data?.content).toBe('costly answer');
  });
});

describe('every message the bot sent in this file', () => {
  it('disabled all mentions', () => {
    const bodies = h.fake.allMessageBodies();
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});
