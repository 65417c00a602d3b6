import { describe, expect, it } from 'vitest';
import { events, published } from '../corpus/dateLayouts.helpers.ts';

describe('a stamp giving the Gregorian day in brackets after the other calendar dates the piece', () => {
  const page =
    'Region\n\nA new consulate in the south\n\nSaturday 30 Mehr 1401 - 09:15 (22 October 2022)\n\n' +
    'The deputy minister, who arrived in the city yesterday, today cut the ribbon at the new consulate.\n';

  it('reads the bracketed day as the publication date', () => {
    expect(published(page)).toBe('2022-10-22');
  });

  it('dates "yesterday" and "today" from it', () => {
    expect(events(page)).toMatchObject({ yesterday: '2022-10-21', today: '2022-10-22' });
  });

  it('a bracketed time or a second other-calendar day is no date', () => {
    expect(
      published('Region\n\nA new consulate\n\n30 Mehr 1401 (09:15)\n\nThe minister spoke today.\n'),
    ).toBeNull();
  });
});

/** A piece dated Friday 15 March 2024 by its stamp line, its lead telling the news of the day before. */
const dayAfter = (...paragraphs: string[]) =>
  `Rockets hit a market town\n\nFri., March 15, 2024\n\n${paragraphs.join('\n\n')}\n`;

describe('a part of the day with no day told near it is the day the lead tells the news on', () => {
  const lead =
    'Rockets struck the market town of Tarvel on Thursday, killing nine people and wounding dozens.';
  const between = [
    'The regional governor said the town had been shelled on Tuesday as well.',
    'Local officials said the town had no shelters.',
    'Aid groups said supplies were short across the province.',
  ];

  it('"by the evening", paragraphs after the lead, is the lead\'s Thursday, not the piece\'s Friday', () => {
    const text = dayAfter(lead, ...between, 'A nurse, Milena, said the wards were full by the evening.');
    expect(events(text)).toMatchObject({ 'by the evening': '2024-03-14' });
  });

  it('"in the evening" likewise', () => {
    const text = dayAfter(lead, ...between, 'The president addressed the nation in the evening.');
    expect(events(text)).toMatchObject({ 'in the evening': '2024-03-14' });
  });

  it('a lead that speaks from the piece\'s own day ("since") keeps the piece\'s day', () => {
    const text = dayAfter(
      'The guns have been silent since 2 a.m. on Friday. Late on Thursday the two leaders signed a truce.',
      ...between,
      'The speaker was attacked by a crowd, his office confirmed in the morning.',
    );
    expect(events(text)).toMatchObject({ 'in the morning': '2024-03-15' });
  });

  it("a lead day a week or more back is no longer the story's day", () => {
    const text = dayAfter(
      'Rockets struck the market town of Tarvel on March 4, killing nine people.',
      ...between,
      'The president addressed the nation in the evening.',
    );
    expect(events(text)['in the evening']).not.toBe('2024-03-04');
  });
});

describe('"that evening" with no day told since the lead is the evening of the lead\'s day', () => {
  const lead = 'Clashes broke out on the northern border on 14 March, the heaviest since the truce.';
  const middle = 'Both sides blamed each other for opening fire. Several villages were evacuated.';

  it('dates it from the lead', () => {
    const text = dayAfter(lead, middle, 'The firing has stopped, the defence ministry stated that evening.');
    expect(events(text)).toMatchObject({ 'that evening': '2024-03-14' });
  });

  it('not once the narrative has moved to another day', () => {
    const text = dayAfter(
      lead,
      'The tension had been building since 2 March, when a patrol was fired on.',
      middle,
      'The firing has stopped, the defence ministry stated that evening.',
    );
    expect(events(text)['that evening']).toBeUndefined();
  });

  it('not inside a quotation', () => {
    const text = dayAfter(lead, middle, '"He rang me that evening and then nothing," his mother said.');
    expect(events(text)['that evening']).toBeUndefined();
  });
});

/** A piece dated Monday 11 March 2024 by its stamp line. */
const monday = (body: string) => `Surgeon heads for the front\n\nMon., March 11, 2024\n\n${body}\n`;

describe('an arrangement told in the present progressive or as planned is still to come', () => {
  it.each([
    [
      "Dr. Levon Aram said he's flying to Tbilisi on Wednesday with two nurses.",
      'on Wednesday',
      '2024-03-13',
    ],
    ['The envoy is travelling to the capital on Thursday, his office said.', 'on Thursday', '2024-03-14'],
    ['The organiser said the group planned another march on Saturday.', 'on Saturday', '2024-03-16'],
  ])('%s → "%s" %s', (sentence, written, day) => {
    expect(events(monday(sentence))).toMatchObject({ [written]: day });
  });

  it.each([
    [
      'The envoy was travelling to the capital on Thursday when the road closed.',
      'on Thursday',
      '2024-03-07',
    ],
    ["The council's meeting on Thursday ended without a vote.", 'on Thursday', '2024-03-07'],
  ])('a past progressive or a noun keeps the past day: %s', (sentence, written, day) => {
    expect(events(monday(sentence))).toMatchObject({ [written]: day });
  });
});
