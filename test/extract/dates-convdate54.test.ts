import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Pieces written for these tests. 16 March 2022 was a Wednesday. */
const story = (sentence: string) =>
  'The envoys meet in Geneva\n\nPublished 16 March 2022\n\n' +
  `The envoys met on Tuesday evening, aides said. ${sentence}\n`;
const onlyTheEnvoys = (sentence: string) =>
  expect(Object.keys(events(story(sentence)))).toEqual(['on Tuesday evening']);

describe('a relative time in the possessive before an event noun names the event (row AT)', () => {
  for (const sentence of [
    "The village was shelled during last year's war.",
    "Hundreds fled after last week's military offensive.",
    "Some 190 soldiers died in last month's operation.",
    "Nothing has changed since last month's events.",
    "The talks opened after this year's clashes.",
    "The ministry recalled the previous year's ceasefire.",
    "The opposition blamed him for last September's offensive.",
  ])
    it(`given "${sentence}", no date`, () => onlyTheEnvoys(sentence));

  it('given "The war ended last year.", an adjunct dates the year', () => {
    expect(events(story('The war ended last year.'))).toMatchObject({ 'last year': '2021' });
  });

  it('given "Fighting flared last month.", the month', () => {
    expect(events(story('Fighting flared last month.'))).toMatchObject({ 'last month': '2022-02' });
  });

  it('given "yesterday\'s attack", a day still dates its day', () => {
    expect(events(story("Yesterday's attack killed two."))).toMatchObject({ Yesterday: '2022-03-15' });
  });
});

describe('"today" inside a quotation is the day of the saying (row AU)', () => {
  const piece = (body: string) => `The envoys meet in Geneva\n\nPublished 16 March 2022\n\n${body}\n`;

  it('given a saying told on Monday, "Today" is that Monday', () => {
    const found = events(
      piece('Pashinyan spoke to reporters on Monday. "Today we signed the text," he said.'),
    );
    expect(found).toMatchObject({ 'on Monday': '2022-03-14', Today: '2022-03-14' });
  });

  it('given "said on Monday:" before the quotation, "Today" is that Monday', () => {
    expect(events(piece('Pashinyan said on Monday: "Today we signed the text."'))).toMatchObject({
      'on Monday': '2022-03-14',
      Today: '2022-03-14',
    });
  });

  it("given a day told of something else before, the saying keeps the piece's day", () => {
    expect(
      events(piece('Volunteers handed out bread on Monday. "We baked 4,000 loaves today," a baker said.')),
    ).toMatchObject({ today: '2022-03-16' });
  });

  it("given a saying of the piece's news, the piece's day", () => {
    expect(
      events(piece('"Today we are closing a circle," the minister said at the ceremony.')),
    ).toMatchObject({
      Today: '2022-03-16',
    });
  });

  it('given a piece dated only by an Updated stamp, no date: the saying has no knowable day', () => {
    const found = events(
      'WORLD\n\nThe allies sign\n\nSon güncelleme: 16.03.2022 09:20\n\n' +
        'Speaking at the ceremony, the president said: "From today on, we are allies."\n',
    );
    expect(Object.keys(found).some((k) => /today/i.test(k))).toBe(false);
  });
});

describe('"today" meaning nowadays is never a date (row AU)', () => {
  const piece = (sentence: string) =>
    `The envoys meet in Geneva\n\nPublished 16 March 2022\n\nThe envoys met on Tuesday evening. ${sentence}\n`;
  const noToday = (sentence: string) =>
    expect(Object.keys(events(piece(sentence))).some((k) => /today/i.test(k))).toBe(false);

  for (const sentence of [
    '"Whoever runs the railways runs the region, and today that is Russia," she said.',
    'The region today is poorer than it was in 1990.',
    'Young people today are poorer than their parents.',
    "Today's Armenia is not the country it was.",
  ])
    it(`given "${sentence}", no date`, () => noToday(sentence));

  it('given "Today is a day of pride", today itself is the day', () => {
    const found = events(
      'The parade\n\nPublished 16 March 2022\n\n"Today is a day of pride," the president said.\n',
    );
    expect(found).toMatchObject({ Today: '2022-03-16' });
  });

  it('given "Yesterday they had gas, today it is gone", a day set against another', () => {
    expect(events(piece('"Yesterday they had gas, today it is gone," she said.'))).toMatchObject({
      today: '2022-03-16',
    });
  });
});

describe('a plan told on a past day counts its weekday from that day ("would" + weekday)', () => {
  const piece = (sentence: string) => `The envoys meet in Geneva\n\nPublished 16 March 2022\n\n${sentence}\n`;

  it('given "On March 8, the ministry said the delegation would arrive on Friday.", the Friday after March 8', () => {
    expect(
      events(piece('On March 8, the ministry said the delegation would arrive on Friday.')),
    ).toMatchObject({
      'on Friday': '2022-03-11',
    });
  });

  it('given "said on Tuesday last week that … would arrive on Friday", that week\'s Friday', () => {
    expect(
      events(piece('The ministry said on Tuesday last week that the delegation would arrive on Friday.')),
    ).toMatchObject({ 'on Tuesday last week': '2022-03-08', 'on Friday': '2022-03-11' });
  });

  it("given a plan told with no day, the coming Friday from the piece's day", () => {
    expect(events(piece('The ministry said the delegation would arrive on Friday.'))).toMatchObject({
      'on Friday': '2022-03-18',
    });
  });

  it("given a day told inside a quotation, the speaker's day is not the plan's", () => {
    expect(
      events(piece('"We met on March 8," he said, adding that the delegation would arrive on Friday.')),
    ).toMatchObject({ 'on Friday': '2022-03-18' });
  });
});
