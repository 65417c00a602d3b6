import { describe, expect, it } from 'vitest';
import { headlineSaid as said } from './statements.helpers.ts';

const BODY =
  'YEREVAN, MAY 3, ARMENPRESS. The border commissions will meet again in June, Prime Minister Nikol Pashinyan told reporters in Gyumri on Friday.\n';

describe('a headline "Name in Place: words" is the named speaker’s statement, the place left out', () => {
  it('"Name in City: words"', () => {
    expect(said(`Pashinyan in Gyumri: the commissions will meet again in June\n\n${BODY}`)).toEqual([
      'pashinyan',
      'Pashinyan',
      'the commissions will meet again in June',
    ]);
  });

  it('a topic and a place is no name: "Talks in Gyumri: …" gives nothing', () => {
    expect(said(`Border talks in Gyumri: the commissions will meet again in June\n\n${BODY}`)).toBeNull();
  });
});
