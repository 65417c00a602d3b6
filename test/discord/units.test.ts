import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeChoices } from '../../src/discord/choices.ts';
import { Cooldowns } from '../../src/discord/cooldowns.ts';
import { commandsToDiscordJSON } from '../../src/discord/deploy.ts';
import { toDiscordMessage } from '../../src/discord/message.ts';
import { CUSTOM_ID_MAX, PageButtons } from '../../src/discord/pageButtons.ts';
import type { MessagePayload } from '../../src/render/payload.ts';

const page = (content: string): MessagePayload => ({ content, allowedMentions: { parse: [] } });

describe('page buttons', () => {
  const registry = [
    { name: 'who-said', options: [{ name: 'speaker' }, { name: 'about' }] },
    { name: 'sources', options: [] },
  ];

  it('carry the question, the page and the corpus version, and give them back', () => {
    const buttons = new PageButtons(registry);
    const id = buttons.encode('AbC1', 3, 'who-said', { speaker: 'Pashinyan', about: 'a|b %7C c' });
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(buttons.heldQuestions).toBe(0);
    // Another process (a restart, another shard) reads it the same: nothing is kept.
    expect(new PageButtons(registry).decode(id)).toEqual({
      kind: 'ok',
      target: {
        version: 'AbC1',
        page: 3,
        command: 'who-said',
        args: { speaker: 'Pashinyan', about: 'a|b %7C c' },
      },
    });
  });

  it('hash a question too long for 100 characters, and say when it is no longer held', () => {
    const buttons = new PageButtons(registry, { maxLongQuestions: 2 });
    const long = (n: number) => ({ about: `${'ceasefire '.repeat(15)}${n}` });
    const ids = [1, 2, 3].map((n) => buttons.encode('AbC1', 1, 'who-said', long(n)));
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(buttons.heldQuestions).toBe(2);
    expect(buttons.decode(ids[0]!)).toEqual({ kind: 'forgotten' });
    expect(buttons.decode(ids[2]!)).toMatchObject({ kind: 'ok', target: { args: long(3) } });
    expect(new PageButtons(registry).decode(ids[2]!)).toEqual({ kind: 'forgotten' });
  });

  it('refuse forged ids: unknown command or option, bad page, bad escape, too long', () => {
    const buttons = new PageButtons(registry);
    for (const forged of [
      'page:abc:1',
      'pg|AbC1|1|help',
      'pg|AbC1|1|who-said|5x',
      'pg|AbC1|99|who-said',
      'pg|AbC1|01|who-said',
      'pg|AbC|1|who-said',
      'pg|AbC1|1|who-said|0a|0b',
      'pg|AbC1|1|who-said|1a|0b',
      'pg|AbC1|1|who-said|0%41',
      'pg|AbC1|1|who-said|#short',
      `pg|AbC1|1|who-said|0${'x'.repeat(100)}`,
      'pg|AbC1|1|sources|0x',
    ]) {
      expect(buttons.decode(forged), forged).toEqual({ kind: 'invalid' });
    }
  });

  it('round-trip any option values within 100 characters (property)', () => {
    const buttons = new PageButtons(registry);
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        fc.nat(24),
        (speaker, about, page) => {
          const args = { ...(speaker !== undefined && { speaker }), ...(about !== undefined && { about }) };
          const id = buttons.encode('AbC1', page, 'who-said', args);
          expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
          expect(buttons.decode(id)).toEqual({
            kind: 'ok',
            target: { version: 'AbC1', page, command: 'who-said', args },
          });
        },
      ),
    );
  });

  it('signed with the bot’s key: another process with the key reads them, an unsigned or altered id is refused', () => {
    const buttons = new PageButtons(registry, { signingKey: 'token-1' });
    const id = buttons.encode('AbC1', 1, 'who-said', { speaker: 'Aliyev' });
    expect(id).toMatch(/^pg[A-Za-z0-9_-]{6}\|AbC1\|1\|who-said\|0Aliyev$/);
    expect(new PageButtons(registry, { signingKey: 'token-1' }).decode(id)).toMatchObject({
      kind: 'ok',
      target: { args: { speaker: 'Aliyev' } },
    });
    expect(new PageButtons(registry, { signingKey: 'token-2' }).decode(id)).toEqual({ kind: 'invalid' });
    expect(buttons.decode(id.replace('Aliyev', 'Pashinyan'))).toEqual({ kind: 'invalid' });
    expect(buttons.decode('pg|AbC1|1|who-said|0Aliyev')).toEqual({ kind: 'invalid' });
    const long = buttons.encode('AbC1', 1, 'who-said', { about: 'x'.repeat(200) });
    expect(long.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(buttons.decode(long)).toMatchObject({ kind: 'ok', target: { args: { about: 'x'.repeat(200) } } });
  });

  it('hold to the custom_id bound in Discord’s API description, where it is at hand', () => {
    // The description lives beside the repository (a checkout or a worktree), not in it.
    const spec = ['../../../shared', '../../../../shared']
      .map((up) => join(import.meta.dirname, up, 'discord-api-spec/openapi.json'))
      .find(existsSync);
    if (!spec) return;
    const schemas = (
      JSON.parse(readFileSync(spec, 'utf8')) as {
        components: { schemas: Record<string, { properties: Record<string, { maxLength?: number }> }> };
      }
    ).components.schemas;
    expect(schemas.ButtonComponentForMessageRequest?.properties.custom_id?.maxLength).toBe(CUSTOM_ID_MAX);
  });

  it('never crash on arbitrary ids (property)', () => {
    const buttons = new PageButtons(registry);
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (id) =>
        ['ok', 'invalid', 'forgotten'].includes(buttons.decode(id).kind),
      ),
    );
  });
});

describe('cooldowns', () => {
  it('blocks one user on one command until the time is up', () => {
    let now = 10_000;
    const cooldowns = new Cooldowns(() => now);
    cooldowns.start('timeline', 'u1', 30);
    expect(cooldowns.blockedUntil('timeline', 'u1')).toBe(40_000);
    expect(cooldowns.blockedUntil('timeline', 'u2')).toBeUndefined();
    expect(cooldowns.blockedUntil('who-said', 'u1')).toBeUndefined();
    now = 40_000;
    expect(cooldowns.blockedUntil('timeline', 'u1')).toBeUndefined();
  });
});

describe('autocomplete choices', () => {
  it('keeps at most 25, cuts long names, drops values Discord would reject', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, value: `v${i}` }));
    expect(sanitizeChoices(many)).toHaveLength(25);
    const [long] = sanitizeChoices([{ name: 'x'.repeat(150), value: 'ok' }]);
    expect([...long!.name]).toHaveLength(100);
    expect(
      sanitizeChoices([
        { name: 'too long', value: 'v'.repeat(101) },
        { name: 'empty', value: '' },
      ]),
    ).toEqual([]);
  });
});

describe('payload to discord.js', () => {
  it('always disables mentions and sets every field, so edits replace the whole message', () => {
    expect(toDiscordMessage(page('@everyone hi'))).toEqual({
      content: '@everyone hi',
      embeds: [],
      components: [],
      allowedMentions: { parse: [], repliedUser: false },
    });
  });
});

describe('command registration JSON', () => {
  it('maps options to STRING options with required, autocomplete and max_length; required first', () => {
    const json = commandsToDiscordJSON([
      {
        name: 'timeline',
        description: 'Dated events',
        options: [
          { name: 'about', description: 'Topic', type: 'string', maxLength: 100 },
          { name: 'month', description: 'Month', type: 'string', required: true, autocomplete: true },
        ],
      },
    ]);
    expect(json).toEqual([
      {
        type: 1,
        name: 'timeline',
        description: 'Dated events',
        options: [
          { type: 3, name: 'month', description: 'Month', required: true, autocomplete: true },
          { type: 3, name: 'about', description: 'Topic', required: false, max_length: 100 },
        ],
      },
    ]);
  });

  it('cuts descriptions to Discord’s 100 characters', () => {
    const [command] = commandsToDiscordJSON([{ name: 'x', description: 'd'.repeat(140), options: [] }]);
    expect([...command!.description]).toHaveLength(100);
  });
});
