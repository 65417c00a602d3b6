import { describe, expect, it } from 'vitest';
import { resolveEntityAt } from '../../src/extract/entities/resolve.ts';
import { statementsOf, timelineFor } from './statements.helpers.ts';

const AT = { year: 2023, month: 10 } as const;
const said = (text: string) =>
  statementsOf(text, timelineFor(text, { ...AT, day: 12, precision: 'day', yearStatus: 'stated' })).map(
    (s) => ({ speaker: s.speaker, via: s.via, quote: s.quote }),
  );

describe("a role's office is the office, never the role's holder (CONVENTIONS 6)", () => {
  it('"according to the president\'s office" is the office of the president named before', () => {
    const found = said(
      'BAKU — President Ilham Aliyev met the visiting envoy on Thursday. According to the president\'s office, Aliyev told him that "the road must stay open to all."',
    );
    expect(found[0]).toMatchObject({ speaker: 'text:ilham-aliyev-office' });
    expect(found.some((s) => s.speaker === 'aliyev' && s.via === 'text:ilham-aliyev-office')).toBe(true);
  });

  it('"the President\'s press service", capitalised, is his office (the presidential administration), not him', () => {
    const found = said(
      'BAKU — President Ilham Aliyev received the delegation on Thursday. The President\'s press service said the meeting had been "frank and useful".',
    );
    expect(found.map((s) => s.speaker)).toEqual(['azerbaijani-presidential-administration']);
  });

  it('"the president said" is still the president', () => {
    const found = said(
      'BAKU — President Ilham Aliyev received the delegation on Thursday. "The meeting was useful," the president said.',
    );
    expect(found.map((s) => s.speaker)).toEqual(['aliyev']);
  });
});

describe("the gazetteer's role step reads no role past a role's possessive", () => {
  it('"the Russian president\'s press secretary" is no Secretary of State', () => {
    expect(resolveEntityAt("the Russian president's press secretary", AT)).toBeNull();
  });

  it('a country\'s possessive still reaches its role: "Azerbaijan\'s foreign minister"', () => {
    expect(resolveEntityAt("Azerbaijan's foreign minister", AT)?.id).toBe('bayramov');
  });
});

describe('"<country>\'s Minister of <portfolio>" is the role "<country>\'s <portfolio> minister"', () => {
  it('"Iran\'s Minister of Foreign Affairs" is who holds Iran\'s foreign ministry then', () => {
    expect(resolveEntityAt("Iran's Minister of Foreign Affairs", AT)?.id).toBe(
      resolveEntityAt("Iran's foreign minister", AT)?.id,
    );
    expect(resolveEntityAt("Iran's Minister of Foreign Affairs", AT)?.id).toBe('amir-abdollahian');
  });

  it('"the Minister of Defence of Armenia", the portfolio after "of", likewise', () => {
    expect(resolveEntityAt('the Minister of Defence of Armenia', AT)?.id).toBe(
      resolveEntityAt("Armenia's defence minister", AT)?.id,
    );
  });

  it('a deputy minister is not the minister', () => {
    expect(resolveEntityAt("Azerbaijan's Deputy Minister of Foreign Affairs", AT)).toBeNull();
  });

  it('a statement by "Iran\'s Minister of Foreign Affairs" is his', () => {
    const found = said(
      'TEHRAN — Iran\'s Minister of Foreign Affairs said on Thursday that the region\'s borders were "a red line".',
    );
    expect(found.map((s) => s.speaker)).toEqual(['amir-abdollahian']);
  });
});
