import { describe, expect, it } from 'vitest';
import { sanitizeChoices } from '../../src/discord/choices.ts';
import { Cooldowns } from '../../src/discord/cooldowns.ts';
import { commandsToDiscordJSON } from '../../src/discord/deploy.ts';
import { toDiscordMessage } from '../../src/discord/message.ts';
import { PageStore } from '../../src/discord/pageStore.ts';
import { parsePageButtonId } from '../../src/render/pager.ts';
import type { MessagePayload } from '../../src/render/payload.ts';

const page = (content: string): MessagePayload => ({ content, allowedMentions: { parse: [] } });

describe('page store', () => {
  it('keeps pages until the TTL passes, then forgets them', () => {
    let now = 0;
    const store = new PageStore({ ttlMs: 1000, now: () => now });
    store.put('k', [page('a'), page('b')], 'u1');
    now = 999;
    expect(store.get('k')?.pages).toHaveLength(2);
    now = 1000;
    expect(store.get('k')).toBeUndefined();
  });

  it('drops the oldest entries past its size bound', () => {
    const store = new PageStore({ maxEntries: 2 });
    store.put('a', [page('a')], 'u');
    store.put('b', [page('b')], 'u');
    store.put('c', [page('c')], 'u');
    expect(store.size).toBe(2);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('c')).toBeDefined();
  });

  it('makes keys that the pager button id accepts', () => {
    const store = new PageStore();
    for (let i = 0; i < 50; i++) expect(parsePageButtonId(`page:${store.newKey()}:3`)).not.toBeNull();
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
    expect(sanitizeChoices([{ name: 'too long', value: 'v'.repeat(101) }, { name: 'empty', value: '' }])).toEqual([]);
  });
});

describe('payload to discord.js', () => {
  it('always disables mentions and sets every field, so edits replace the whole message', () => {
    expect(toDiscordMessage(page('@everyone hi'))).toEqual({ content: '@everyone hi', embeds: [], components: [], allowedMentions: { parse: [], repliedUser: false } });
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
