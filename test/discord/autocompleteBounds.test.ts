/** Autocomplete input is held to the length of the option it completes before any handler sees it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotCommand } from '../../src/discord/bot.ts';
import { type Harness, startHarness, testRegistry, textReply } from './harness.ts';

const seen: number[] = [];
const bounded: BotCommand = {
  name: 'short-place',
  description: 'Autocompletes a place of at most 20 characters',
  options: [
    {
      name: 'name',
      description: 'A place',
      type: 'string',
      required: true,
      autocomplete: true,
      maxLength: 20,
    },
  ],
  examples: ['/short-place name:Place 01'],
  run: () => textReply('ok'),
  autocomplete: (_option, value) => {
    seen.push(value.length);
    return [{ name: 'Place 01', value: 'Place 01' }];
  },
};

const unbounded: BotCommand = {
  ...bounded,
  name: 'any-place',
  options: [{ name: 'name', description: 'A place', type: 'string', required: true, autocomplete: true }],
  examples: ['/any-place name:Place 01'],
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ registry: [...testRegistry(), bounded, unbounded] });
});
afterAll(async () => {
  await h?.close();
});

async function complete(command: string, value: string): Promise<string[]> {
  const callback = await h.fake.waitForCallback(h.fake.sendAutocomplete(command, { name: value }, 'name'));
  expect(callback.type).toBe(8);
  return callback.data!.choices!.map((c) => c.value);
}

describe('autocomplete input', () => {
  it('within the option’s max length reaches the handler', async () => {
    expect(await complete('short-place', 'Pla')).toEqual(['Place 01']);
    expect(seen).toEqual([3]);
  });

  it('longer than the option takes: an empty list, and the handler never sees it', async () => {
    seen.length = 0;
    expect(await complete('short-place', 'P'.repeat(21))).toEqual([]);
    expect(await complete('short-place', 'x'.repeat(6000))).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('an option without a max length is bounded by the longest choice Discord accepts (100)', async () => {
    seen.length = 0;
    expect(await complete('any-place', 'P'.repeat(100))).toEqual(['Place 01']);
    expect(await complete('any-place', 'P'.repeat(101))).toEqual([]);
    expect(await complete('any-place', 'x'.repeat(6000))).toEqual([]);
    expect(seen).toEqual([100]);
  });
});
