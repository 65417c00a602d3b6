import { describe, expect, it } from 'vitest';
import { saidInPiece } from './statements.helpers.ts';

const said = (text: string) => saidInPiece(`Talks resumed on Monday. ${text}`);

describe('"X spoke of “…”": speaking of a thing in quoted words says them', () => {
  it('"spoke of “…”" → the speaker says the quote', () => {
    expect(said('In a radio address, the mayor Lena Dorfman spoke of "a slow strangulation".')).toEqual([
      'the mayor Lena Dorfman: a slow strangulation',
    ]);
  });

  it('"speaks of “…” - but …": the writer\'s clause after the dash is no part of it', () => {
    expect(said('Host Marta Lind speaks of "real progress" - but the frontier remains deadly.')).toEqual([
      'Host Marta Lind: real progress',
    ]);
  });

  it('a thing spoken of with no quote gives nothing', () => {
    expect(said('The mayor spoke of a difficult winter.')).toEqual([]);
  });
});
