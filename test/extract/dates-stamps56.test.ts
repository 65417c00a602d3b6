import { describe, expect, it } from 'vitest';
import { isRevisionBasis } from '../../src/extract/dates/reference.ts';
import { events, published, timelineOf } from '../corpus/dateLayouts.helpers.ts';

/**
 * Pieces written for these tests. 10 January 2023 was a Tuesday, 12 June 2024 a Wednesday, 30 September
 * 2023 a Saturday, 21 September 2023 a Thursday, 14 May 2021 a Friday.
 */
const dated = (text: string) => {
  const t = timelineOf(text);
  return t.reference ? { date: t.reference, basis: t.referenceBasis } : null;
};
const day = (text: string) => {
  const d = dated(text)?.date;
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
};

describe('a byline, then a date with a French hour ("OLJ / By …, 30 September 2023 at 00h00")', () => {
  const page = (stamp: string) =>
    'Diaspora\n\nIn the old quarter, the arrivals reopen old wounds\n\n' +
    'Thousands have left the enclave, according to the government. The community is raising funds.\n\n' +
    `${stamp}\n\n` +
    'The first families reached the quarter on Friday evening, a volunteer said. More came on Thursday.\n';

  it('dates the piece, and the weekdays count from it', () => {
    const text = page('OLJ / By Rania Haddad, 30 September 2023 at 00h00');
    expect(published(text)).toBe('2023-09-30');
    expect(events(text)).toMatchObject({ 'on Friday evening': '2023-09-29', 'on Thursday': '2023-09-28' });
  });

  it('the stamp is no event of the story', () => {
    expect(events(page('OLJ / By Rania Haddad, 30 September 2023 at 00h00'))).not.toHaveProperty(
      '30 September 2023',
    );
  });
});

describe('a dotted stamp in either order ("10.01.2023") is read day first', () => {
  it('"Published 10.01.2023, 14:12" over prose that writes "12 December": 10 January', () => {
    const text =
      'A month under blockade\n\nPublished 10.01.2023, 14:12\n\n' +
      'The road has been closed since 12 December, residents said. The last convoy came through on Monday.\n';
    expect(day(text)).toBe('2023-01-10');
    expect(events(text)).toMatchObject({ 'on Monday': '2023-01-09' });
  });

  it('"12.06.2024 13:41" over a translation that spells "June 11": 12 June, not 6 December', () => {
    const text =
      'Politics\n\nThe last column has left the region\n\n12.06.2024 13:41\n\n' +
      'The withdrawal was completed on June 11, the ministry reported, and the posts were handed over.\n';
    expect(day(text)).toBe('2024-06-12');
  });
});

describe('an Updated stamp is no publication date', () => {
  it('"Updated Thursday, 21 September 2023 - 09:48" under the byline is no date line: Published is not stated', () => {
    const text =
      'World\n\nThe enclave surrenders after a day of fighting\n\n' +
      'The separatist forces accept to disarm. The ombudsman puts the dead at 200\n\n' +
      'MARTA SOLER Yerevan\n\nUpdated Thursday, 21 September 2023 - 09:48\n\n' +
      'The enclave surrendered on Wednesday afternoon, a day after the offensive began, officials said.\n';
    expect(published(text)).toBeNull();
    // It still dates the timeline: the piece came out that day or before, and Wednesday counts from it.
    const ref = dated(text);
    expect(ref && isRevisionBasis(ref.basis)).toBe(true);
    expect(events(text)).toMatchObject({ 'on Wednesday afternoon': '2023-09-20' });
  });

  it('"Desk / Updated: Apr 20, 2024, 14:35 IST" alone: the timeline is dated by a revision', () => {
    const text =
      'WORLD / EUROPE\n\nThe two sides agree to mark out four villages\n\nTOI World Desk / Updated: Apr 20, 2024, 14:35 IST\n\n' +
      'NEW DELHI: The two governments agreed on Friday to mark out the border around four villages.\n';
    expect(published(text)).toBeNull();
    expect(isRevisionBasis(dated(text)?.basis ?? null)).toBe(true);
    expect(events(text)).toMatchObject({ 'on Friday': '2024-04-19' });
  });

  it('a Published stamp is no revision', () => {
    const text =
      'The talks resume\n\nPublished September 21, 2023\n\nThe envoys met on Wednesday, aides said.\n';
    expect(isRevisionBasis(dated(text)?.basis ?? null)).toBe(false);
  });
});

describe('"since" a document named by its date is no event (rule 18, as "since the 2016 clashes")', () => {
  const page = (sentence: string) => `Envoys meet on the border\n\n17 November 2021\n\n${sentence}\n`;

  it('"the most serious since the trilateral statement of November 10, 2020": no date', () => {
    const text = page(
      'The escalation is the most serious since the trilateral statement of November 10, 2020, officials said.',
    );
    expect(Object.keys(events(text))).toEqual([]);
  });

  it('"since the signing of the statement of November 10, 2020": the signing is dated', () => {
    const text = page('Twelve people have died since the signing of the statement of November 10, 2020.');
    expect(Object.values(events(text))).toEqual(['2020-11-10']);
  });
});

describe('what a present clause runs "ahead of" is still to come', () => {
  const page = (sentence: string) => `Border standoff continues\n\n14 May 2021 12:47\n\n${sentence}\n`;

  it('"is using the issue ahead of the snap parliamentary elections on June 20", told in May: this June', () => {
    const text = page(
      'An analyst told the paper that the government is using the border issue ahead of the snap parliamentary elections on June 20.',
    );
    expect(events(text)).toMatchObject({ 'on June 20': '2021-06-20' });
  });

  it('after a past verb the clause tells it: "troops massed ahead of the vote on March 3", told in May: this March', () => {
    const text = page('Troops massed near the village ahead of the vote on March 3, residents said.');
    expect(events(text)).toMatchObject({ 'on March 3': '2021-03-03' });
  });
});
