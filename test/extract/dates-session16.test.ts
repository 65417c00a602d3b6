import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/extract/dates/index.ts';
import { events, timelineOf } from '../corpus/dateLayouts.helpers.ts';

const reference = (text: string) => {
  const r = timelineOf(text).reference;
  return r && formatSourceDate(r);
};

describe("a year-less date line whose year the body's dates settle", () => {
  it("the piece's own day told with its year in a timeline is no later event", () => {
    const text =
      'FACTBOX-Key dates in the standoff\n\nBy Desk Staff\n\nOct 12 (Agency) - The council said on Thursday it ' +
      'would vote again next month.\n\n* 2019 - Talks collapse.\n\n* March 3, 2023 - The first clashes.\n\n' +
      '* Oct. 12, 2023 - The council votes to suspend its sessions.\n';
    expect(reference(text)).toBe('2023-10-12');
    expect(events(text)['on Thursday']).toBe('2023-10-12');
  });

  it('a deadline no verb tells as past ("by January 1, 2025") is no lower bound', () => {
    const text =
      'Sept 5 (Agency) - The ministry said on Tuesday it would close the camp.\n\n' +
      'The last of the shelters opened on Aug. 2, 2023, under a plan to house families "by January 1, 2025."\n';
    expect(reference(text)).toBe('2023-09-05');
  });

  it('a deadline told as past still bounds the year', () => {
    const text =
      'Sept 5 (Agency) - The ministry said on Tuesday it would close the camp.\n\n' +
      'The families had left by January 1, 2024, officials said.\n';
    expect(reference(text)).not.toBe('2023-09-05');
  });
});

describe('a deadline after a modal of what may yet happen is still to come', () => {
  const page = (sentence: string) =>
    `Panel on the region\n\nPublished: January 11, 2024\n\nThe panel met in Brussels. ${sentence}\n`;
  it.each([
    [
      'One participant warned that a new crisis could break out "by the summer."',
      'by the summer',
      'summer 2024',
    ],
    ['The ministry says the bridge may be ready by March.', 'by March', '2024-03'],
    ['Officials said the road should reopen by the spring.', 'by the spring', 'spring 2024'],
  ])('%s', (sentence, text, date) => {
    expect(events(page(sentence))[text]).toBe(date);
  });

  it('a deadline that a past verb tells stays past', () => {
    expect(events(page('The families had left by the summer, officials said.'))['by the summer']).toBe(
      'summer 2023',
    );
  });
});

it('a perfect modal before a deadline tells a past', () => {
  const text = 'Published: January 11, 2024\n\nThe families could have left by the summer, officials said.\n';
  expect(events(text)['by the summer']).toBe('summer 2023');
});

describe("a court's or a government's acts are named by their dates, no events", () => {
  const page = (sentence: string) => `THE HAGUE, 17 November 2023.\n\n${sentence}\n`;
  it.each([
    'The Court recalls that it indicated measures by Orders of 7 December 2021 and 22 February 2023.',
    'The Court recalls its Orders of 7 December 2021, 22 February 2023 and 6 July 2023.',
    'The chamber cited the Judgment of 3 February 2015 and the ruling of 12 May 2019.',
    'The regulations of 1 March 2022 remain in force, the ministry said.',
  ])('%s', (sentence) => {
    expect(events(page(sentence))).toEqual({});
  });

  it('the day a court acted is an event', () => {
    expect(events(page('The Court ruled on 7 December 2021 that both parties must refrain.'))).toEqual({
      'on 7 December 2021': '2021-12-07',
    });
  });

  it('a list of dates not led by an instrument stays dated', () => {
    expect(
      events(page('Shelling was reported on 7 December 2021 and 22 February 2023, the monitors said.')),
    ).toMatchObject({ '22 February 2023': '2023-02-22' });
  });
});

describe('a past verb and an adverb before the date tell its tense', () => {
  const page = (sentence: string) => `Brussels, Wednesday 20 September 2023\n\n${sentence}\n`;
  it.each([
    [
      'I would just recall that he said publicly on 15 July that the corridor must be open.',
      'on 15 July',
      '2023-07-15',
    ],
    ['We will keep in mind what the minister announced officially on 2 May.', 'on 2 May', '2023-05-02'],
  ])('%s', (sentence, text, date) => {
    expect(events(page(sentence))[text]).toBe(date);
  });

  it('a plan still to come keeps its future', () => {
    expect(events(page('The ministers will meet again on 15 October.'))['on 15 October']).toBe('2023-10-15');
  });
});

describe('a month told after a past year in its own sentence falls in that year', () => {
  const page = (sentence: string) => `Published: April 22, 2024\n\n${sentence}\n`;
  it.each([
    [
      'Armenian officials said in 2022 that 207 servicemen had been killed in September.',
      'in September',
      '2022-09',
    ],
    ['In 2021 the talks failed, and in March the mediators left the region.', 'in March', '2021-03'],
  ])('%s', (sentence, text, date) => {
    expect(events(page(sentence))[text]).toBe(date);
  });

  it('a month still to come keeps its own year', () => {
    expect(events(page('The war ended in 2020; in March, talks will resume.'))['in March']).toBe('2025-03');
  });

  it('a year in another sentence lends nothing', () => {
    expect(events(page('The war ended in 2020. In March the mediators left.'))['In March']).toBe('2024-03');
  });
});

describe('a timeline entry led by its date and a dash', () => {
  const page = (entry: string) =>
    `Published: September 28, 2023\n\nHere are key dates in the conflict:\n\n${entry}\n`;
  it.each([
    ['* April 2016 - Four days of heavy fighting along the line of contact.', 'April 2016', '2016-04'],
    ['* May 1994 – Three years of war end in a truce.', 'May 1994', '1994-05'],
  ])('%s', (entry, text, date) => {
    expect(events(page(entry))[text]).toBe(date);
  });
});

describe('a month after a possessive name dates the event it names', () => {
  const page = (sentence: string) => `Published: October 23, 2023\n\n${sentence}\n`;
  it.each([["The president's March visit was cancelled, aides said.", 'March', '2023-03']])(
    '%s',
    (sentence, text, date) => {
      expect(events(page(sentence))[text]).toBe(date);
    },
  );

  it('a name that runs on after the month is no date', () => {
    expect(events(page("The mayor's May Day speech drew a crowd."))).toEqual({});
  });

  it('a past event named by its month is no date either (CONVENTIONS 18, session 37)', () => {
    expect(
      events(page("They sat at one table for the first time since Baku's September offensive.")),
    ).toEqual({});
  });
});

it('a year in a modifier frames nothing: a bound after it keeps the piece year', () => {
  const text =
    'Published: October 30, 2023\n\nUnder a plan approved by the board in 2019 that set no limit, the firm ' +
    'had bought 40,000 shares through Sept. 29.\n';
  expect(events(text)['through Sept. 29']).toBe('2023-09-29');
});
