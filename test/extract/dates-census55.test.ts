import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-83's and -84's date errors. */
const piece = (stamp: string, body: string) => `Border talks resume\n\n${stamp}\n\n${body}\n`;

describe('a part of the day in a quoted clause with no past verb is a habit, no date (row AS)', () => {
  it('"They sign in the evening and the shells come in the morning" dates nothing', () => {
    const body =
      'Shells hit the town on Tuesday, officials said. "Nobody here trusts a truce," a resident said. "They sign in the evening and the shells come in the morning."';
    expect(events(piece('14 October 2020', body))).toEqual({ 'on Tuesday': '2020-10-13' });
  });

  it('a quoted past clause still dates its part of the day', () => {
    const body = '"The shelling started in the morning," a resident said.';
    expect(events(piece('14 October 2020', body))).toEqual({ 'in the morning': '2020-10-14' });
  });
});

describe('"a year earlier" counts from a year its own sentence told', () => {
  it('"carried 3 million tonnes in 2023, 40% more than a year earlier" is 2022', () => {
    const body =
      'The ministers met on Friday. The route carried 3 million tonnes of cargo in 2023, 40% more than a year earlier, the railway said.';
    expect(events(piece('11 May 2024', body))).toEqual({
      'on Friday': '2024-05-10',
      'in 2023': '2023',
      'a year earlier': '2022',
    });
  });

  it('with no year in its sentence, it counts from the day told before', () => {
    const body = 'The talks opened on 3 March 2023. A year earlier, the two sides had not met.';
    expect(events(piece('11 May 2024', body))).toEqual({
      'on 3 March 2023': '2023-03-03',
      'A year earlier': '2022',
    });
  });
});

describe('a count after "weekday + part of the day," is no day of the month', () => {
  it('"killed since Sunday morning, 19 of them on Monday" ends the date at "morning"', () => {
    const body = 'Officials said 84 soldiers had been killed since Sunday morning, 19 of them on Monday.';
    expect(events(piece('September 28, 2020', body))).toEqual({
      'since Sunday morning': '2020-09-27',
      'on Monday': '2020-09-28',
    });
  });
});

describe('"become less intense overnight" is a change over the night, not "suddenly"', () => {
  it('told on Wednesday morning, the night is the one into Wednesday', () => {
    const body =
      'The ministry added on Wednesday morning that the shelling had become less intense overnight.';
    expect(events(piece('14 September 2022', body))).toEqual({
      'on Wednesday morning': '2022-09-14',
      overnight: '2022-09-13/14',
    });
  });

  it('"became famous overnight" is still the idiom, no night', () => {
    expect(events(piece('14 September 2022', 'The singer became famous overnight.'))).toEqual({});
  });
});
