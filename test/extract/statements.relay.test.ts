import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes, statementsOf } from './statements.helpers.ts';

describe('a spokesperson relays only a principal whose own verb of saying follows it', () => {
  it('"reports" after a preposition is a noun: the spokesperson speaks for himself', () => {
    const text =
      'The Kremlin spokesman, Dmitry Peskov, said on Monday that Russia was worried about reports of shelling near the border.';
    const [s] = statementsOf(text);
    expect(s?.speaker).toBe('peskov');
    expect(s?.via).toBeUndefined();
  });

  it('the principal with its own verb is still relayed', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said that Putin had told Aliyev the incident must be investigated.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['peskov', undefined, 'Putin had told Aliyev the incident must be investigated'],
      ['putin', 'peskov', 'the incident must be investigated'],
    ]);
  });
});

describe('a relayed "X had said …": the principal’s words are the clause after the verb', () => {
  it('"the spokesman said the president had said …": content starts after "had said"', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said on Tuesday that Putin had said the border crossings must reopen before winter.';
    const [, s] = statementsOf(text);
    expect([s?.speaker, s?.via, s?.quote]).toEqual([
      'putin',
      'peskov',
      'the border crossings must reopen before winter',
    ]);
  });

  it('a setting after the principal’s "said" leaves the clause whole', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said on Tuesday that Putin said at a forum in Sochi that the border crossings must reopen.';
    const [s] = statementsOf(text);
    expect(s?.quote).not.toMatch(/^at a forum/);
  });
});

describe('an official naming the state they speak for relays no second voice', () => {
  it('"the adviser said Baku had …": one statement, the adviser’s', () => {
    const text =
      'Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said on Friday that Baku "welcomes any step" toward a signed treaty.';
    expect(statementsOf(text).map((s) => [s.speaker, s.via])).toEqual([['hajiyev', undefined]]);
  });

  it('a spokesperson saying her country "condemns …" is the spokesperson’s statement', () => {
    const text =
      'Spokeswoman Morgan Ortagus said the United States "strongly condemns" the renewed shelling of towns along the front.';
    expect(statementsOf(text).map((s) => [s.speaker, s.via])).toEqual([['ortagus', undefined]]);
  });

  it('a spokesperson telling what another state welcomes still relays it', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said on Monday that Baku "welcomes any step" toward a signed treaty.';
    expect(statementsOf(text).map((s) => [s.speaker, s.via])).toContainEqual(['gov-azerbaijan', 'peskov']);
  });

  it('an official the gazetteer lacks, whose title names the state, tells its stance unrelayed', () => {
    const text =
      'Azerbaijani presidential aide Elnur Mammadov said on Friday that Azerbaijan "welcomes any step" toward a signed treaty.';
    expect(statementsOf(text).map((s) => [s.speaker, s.via])).toEqual([['text:elnur-mammadov', undefined]]);
  });
});
