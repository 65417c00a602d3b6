import { describe, expect, it } from 'vitest';
import { events, published } from '../corpus/dateLayouts.helpers.ts';

/** Pages written for these tests. */
const stamped = (body: string) =>
  `World\n\nTalks end without a deal\n\nBy Jane Roe\n6 December 2023, 17:45\n\n${body}\n`;
const unstamped = (body: string) => `World\n\nPrisoners to be freed\n\nBy Jane Roe\n\n${body}\n`;

describe("a lead's full date with its weekday dates the week the piece is written in", () => {
  const text = unstamped(
    'The two governments agreed to free prisoners, officials said.\n\n' +
      'In a statement issued late on Tuesday, 5 March 2024, the ministries said the talks had gone well.\n\n' +
      'The families of the prisoners remained cautious.\n\n' +
      'The 2020 war killed thousands. In the fighting in October, the army lost about 100 soldiers.\n\n' +
      'The envoys could meet again in May.',
  );

  it('with no stamp, the piece stays undated', () => {
    expect(published(text)).toBeNull();
  });

  it('a month told as past is the one before that week, a month still to come the one after', () => {
    expect(events(text)).toMatchObject({ 'in October': '2023-10', 'in May': '2024-05' });
  });

  it('a weekday date deep in the body bounds nothing', () => {
    const deep = unstamped(
      'The two governments agreed to free prisoners, officials said.\n\n' +
        'The ministries said the talks had gone well.\n\n' +
        'Their families have waited for months.\n\n' +
        'The first clashes came on Tuesday, 5 March 2024, near the border.\n\n' +
        'The families of the prisoners remained cautious.\n\n' +
        'The 2020 war killed thousands. In the fighting in October, the army lost about 100 soldiers.',
    );
    expect(events(deep)['in October']).toMatch(/year not established/);
  });
});

describe('a past verb whose phrase joins two possessed nouns governs the date after them', () => {
  it('"came with her husband and her son on 12 December", told in a piece of 6 December, was last year', () => {
    const text = stamped('Anna Petrosyan came with her husband and her son on 12 December, she says.');
    expect(events(text)).toMatchObject({ 'on 12 December': '2022-12-12' });
  });
});

describe('"for ten days earlier this month": a length of time, then the period', () => {
  it('"ten days" after "for" counts no days back; "earlier this month" is the month', () => {
    const text = stamped('Power to the town was cut for ten days earlier this month, the operator said.');
    const found = events(text);
    expect(found).not.toHaveProperty('ten days earlier');
    expect(found).toMatchObject({ 'this month': '2023-12' });
  });

  it('"a day earlier" on its own still counts back from the day just told', () => {
    const text = stamped('The ministers met on Tuesday. A day earlier, the envoys had arrived in Vienna.');
    expect(events(text)).toMatchObject({ 'A day earlier': '2023-12-04' });
  });
});

describe('a month before an agreement noun names the agreement (CONVENTIONS 18, row Y)', () => {
  it('"Under an April agreement …" dates nothing', () => {
    const text = stamped(
      'Under an April agreement on the border, Armenia is due to hand over four villages.',
    );
    expect(events(text)).not.toHaveProperty('April');
  });
});

describe('"N days before/after <event>" counts from the day its clause tells (CONVENTIONS 19, row X)', () => {
  it('a main clause in the present perfect tells the piece\'s own day, "begun" too', () => {
    const text = stamped(
      'The army has begun drills near the border, a day before the envoy opens a consulate in Kapan.',
    );
    expect(events(text)).toMatchObject({ 'a day before': '2023-12-07' });
  });

  it('a clause with no day of its own gives none', () => {
    const text = stamped(
      'The ministers met in Vienna on Monday.\n\nThe strike came a day after the talks collapsed.',
    );
    expect(events(text)).not.toHaveProperty('a day after');
  });
});

describe('a stamp with its month in Cyrillic or Greek letters', () => {
  const page = (stamp: string) =>
    `World\n\nMinister: the talks will go on\n\nThe minister said the two sides would meet again.\n\nIvan Petrov\n\n${stamp}\n\nThe border posts stayed calm, the defence ministry told reporters.\n\nThe envoys met on Tuesday.\n`;

  it.each([
    ['12 октомври 2023', '2023-10-12'],
    ['12 октомври 2023, 14:30', '2023-10-12'],
    ['12 октября 2023 г., 14:30', '2023-10-12'],
    ['12 октября 2023 в 14:30', '2023-10-12'],
    ['12 Οκτωβρίου 2023', '2023-10-12'],
    ['12 ΟΚΤΩΒΡΙΟΥ 2023, 14:30', '2023-10-12'],
    ['3 Μαΐου 2024', '2024-05-03'],
    ['12 жовтня 2023', '2023-10-12'],
  ])('"%s" dates the piece', (stamp, date) => {
    expect(published(page(stamp))).toBe(date);
  });

  it('a word that is no month reads no stamp', () => {
    expect(published(page('12 октопус 2023'))).toBeNull();
  });
});
