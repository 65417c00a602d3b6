import { describe, expect, it } from 'vitest';
import { dateOfLocalMonthStamp } from '../../src/corpus/metadata/localMonths.ts';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { events, published, timelineOf } from './dateLayouts.helpers.ts';

/** A translated page under a stamp kept in the outlet's own language. */
const page = (stamp: string, lead: string) =>
  `WORLD\n\nConvoys leave the border town\n\nThe column left at dawn, officials said\n\n${stamp}\n\n${lead}\n`;

describe("a stamp in the outlet's language with a 12-hour clock and a time zone", () => {
  it.each([
    ['18 Abr, 2024 06:32 a.m. EST', { year: 2024, month: 4, day: 18 }],
    ['3 Ene, 2023 11:05 p.m.', { year: 2023, month: 1, day: 3 }],
    ['14 Ago 2022 9:40 pm GMT', { year: 2022, month: 8, day: 14 }],
  ])('"%s" is that day', (line, day) => {
    expect(dateOfLocalMonthStamp(line)).toEqual({ precision: 'day', ...day });
  });

  it('a zone it does not know, or words after the clock, give no date', () => {
    expect(dateOfLocalMonthStamp('18 Abr, 2024 06:32 a.m. por la tarde')).toBeNull();
  });

  it("dates the page, and the stamp's year is no date of the story", () => {
    const text = page(
      '18 Abr, 2024 06:32 a.m. EST',
      'The first trucks crossed on Wednesday, the ministry said, and more were expected in May.',
    );
    expect(published(text)).toBe('2024-04-18');
    expect(events(text)).toEqual({ 'on Wednesday': '2024-04-17', 'in May': '2024-05' });
  });
});

describe("a slash stamp labelled in the outlet's language is read day first", () => {
  const lead =
    'The leaders signed the agreement to end the war that began on 27 September. The first columns crossed this Tuesday.';
  const dayOf = (text: string) => {
    const t = timelineOf(text);
    return t.reference && formatSourceDate(t.reference);
  };

  it('"Actualizado:10/11/2020 12:41h" is 10 November, though the lead names a day weeks back', () => {
    const text = page('Actualizado:10/11/2020 12:41h', lead);
    expect(dayOf(text)).toBe('2020-11-10');
    expect(events(text)).toMatchObject({ 'this Tuesday': '2020-11-10' });
  });

  it('an English "Updated:" label settles nothing: the lead\'s days still decide', () => {
    expect(dayOf(page('Updated: 10/11/2020 12:41', lead))).toBe('2020-10-11');
  });
});
