import { describe, expect, it } from 'vitest';
import { events, published } from '../corpus/dateLayouts.helpers.ts';

/**
 * Pieces written for these tests. 3 March 2022 was a Thursday (Turkish "Perşembe"), 4 March 2022 a
 * Friday ("Cuma"), 16 November 2021 a Tuesday ("Salı"), 31 December 2021 a Friday (Azerbaijani "Cümə").
 */
const LEAD = 'The border posts stayed calm overnight, the defence ministry told reporters in the capital.';

describe("a wire's bracketed tag before its headline", () => {
  const page = (tag: string) =>
    `${tag} Japan welcomes border truce, keeps travel warning\n\n2021-11-16 09:12 JST\n\n` +
    `TOKYO, Nov. 16 (Kyodo) -- Japan on Tuesday welcomed the truce and said its travel warning would stay.\n\n` +
    'The ministry said the fighting broke out on Sunday and that talks would resume next week.\n';

  it('"(LEAD) …" is the headline: the stamp under it dates the piece, not the year-less dateline', () => {
    expect(published(page('(LEAD)'))).toBe('2021-11-16');
    expect(events(page('(LEAD)'))).toMatchObject({
      'on Tuesday': '2021-11-16',
      'on Sunday': '2021-11-14',
      'next week': '2021-11-22/28',
    });
  });

  it('"(2nd LD)", "[URGENT]" likewise', () => {
    expect(published(page('(2nd LD)'))).toBe('2021-11-16');
    expect(published(page('[URGENT]'))).toBe('2021-11-16');
  });

  it('a bracketed note alone on its line is no headline', () => {
    const text = `(Corrects the minister's title in paragraph 2)\n\n${LEAD}\n`;
    expect(published(text)).toBeNull();
  });
});

describe('a stamp printed with its month in Turkish or Azerbaijani', () => {
  const page = (stamp: string) =>
    `GÜNDEM\n\nMinister: the talks will go on\n\nThe minister said the two sides had agreed to meet again this month.\n\n${stamp}\n\n${LEAD}\n\nThe envoys met on Wednesday and will meet again on March 18.\n`;

  it('"3 Mart 2022 Perşembe 11:05" under the standfirst dates the piece and settles the year-less dates', () => {
    const text = page('3 Mart 2022 Perşembe 11:05');
    expect(published(text)).toBe('2022-03-03');
    expect(events(text)).toMatchObject({ 'on Wednesday': '2022-03-02', 'on March 18': '2022-03-18' });
  });

  it('"Cuma, 04 Mart 2022", "16 Kasım 2021 Salı", "31 Dekabr 2021, 18:40" (Azerbaijani)', () => {
    expect(published(page('Cuma, 04 Mart 2022'))).toBe('2022-03-04');
    expect(published(page('16 KASIM 2021 SALI'))).toBe('2021-11-16');
    expect(published(page('31 Dekabr 2021, 18:40'))).toBe('2021-12-31');
    expect(published(page('31 Dekabr 2021 Cümə 18:40'))).toBe('2021-12-31');
  });

  it('a weekday that is not that day reads no date', () => {
    expect(published(page('3 Mart 2022 Cuma 11:05'))).toBeNull();
  });

  it('"14 Mayıs" is no English "14 May" in the body either', () => {
    expect(events(page('3 Mart 2022 Perşembe 11:05\n\nKutlama 14 Mayıs günü yapılacak.'))).not.toHaveProperty(
      '14 May',
    );
  });
});

describe('a genocide named by its year is a name, not a date (CONVENTIONS 18)', () => {
  const page = (body: string) => `Community gathers in Lyon\n\n4 March 2022 | 16:48\n\n${LEAD}\n\n${body}\n`;

  it('"the genocide of 1915" and "the 1915 genocide" date nothing; "in 1915" does', () => {
    const text = page(
      'Her grandparents survived the genocide of 1915, she said. Others remember the 1915 genocide. The family reached France in 1923.',
    );
    const found = events(text);
    expect(found).not.toHaveProperty('of 1915');
    expect(found).not.toHaveProperty('the 1915 genocide');
    expect(found).toMatchObject({ 'in 1923': '1923' });
    expect(events(page('The deportations began in 1915.'))).toMatchObject({ 'in 1915': '1915' });
  });
});

describe('a stamp line that gives the revision first, then the day of publication', () => {
  const page = (deck: string) =>
    `Truce takes hold along the line\n\n${deck}Last Updated: Nov 11, 2020 | Published: Nov 10, 2020\n\n${LEAD}\n`;

  it('is read by its parts at the top as under a standfirst: Published, not the revision', () => {
    expect(published(page(''))).toBe('2020-11-10');
    expect(published(page('The deal ends weeks of fighting, officials said.\n\n'))).toBe('2020-11-10');
  });

  it('a revision alone dates no publication', () => {
    const text = `Truce takes hold along the line\n\nLast Updated: Nov 11, 2020\n\n${LEAD}\n`;
    expect(published(text)).toBeNull();
  });
});
