import { describe, expect, it } from 'vitest';
import { events, published, timelineOf } from './dateLayouts.helpers.ts';

const LEAD =
  'Officials said yesterday that the crossing had been closed since Sunday, and aid arrived last night.\n';

describe("a wire's stamp sets its name, the day and the hour apart with spaced dashes", () => {
  it.each([
    ['JIJI PRESS - Oct 4, 2023 - 08:05 | Politics', '2023-10-04'],
    ['ANADOLU AGENCY – 12 March 2024 – 14:30', '2024-03-12'],
    ['Yonhap - Feb 2, 2024 - 10:12 | World, Asia-Pacific', '2024-02-02'],
  ])('under the headline: %s → published %s, and the body is dated from it', (line, day) => {
    const text = `Aid convoy reaches the border crossing\n\n${line}\n\n${LEAD}`;
    expect(published(text)).toBe(day);
    expect(events(text)).toMatchObject({ yesterday: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it.each([
    'Talks on the border resumed after a long pause - Oct 4, 2023 - 08:05',
    'JIJI PRESS - Oct 4 - 08:05 | Politics',
  ])('running text before the dash, or no year: %s → no date', (line) => {
    expect(published(`Aid convoy reaches the border crossing\n\n${line}\n\n${LEAD}`)).toBeNull();
  });

  it('the headline itself is not read in dashed pieces', () => {
    expect(published(`Border Talks - Oct 4, 2023\n\n${LEAD}`)).toBeNull();
  });
});

describe('a keyed line names the day a note, notice or release was issued', () => {
  it.each([
    ['Note issued: 27 October 2023', '2023-10-27'],
    ['Press release issued: 5 March 2024', '2024-03-05'],
    ['Notice published: April 12, 2024', '2024-04-12'],
  ])('%s → published %s', (line, day) => {
    const text = `CAUCASUS RIGHTS WATCH\nMonitoring note No. 3\n\nCase: The State v. A. Petrosyan\n${line}\n\nSUMMARY\n\n${LEAD}`;
    expect(published(text)).toBe(day);
  });
});

describe("an official paper's date with its place set apart at the right", () => {
  it.each([
    ['28 September 2023                                  Goris', '2023-09-28'],
    ['14 March 2024\t\t\tStepanakert', '2024-03-14'],
    ['5 October 2023 Baku', '2023-10-05'],
  ])('below the title: %s → dated %s, and never an event itself', (line, day) => {
    const text = `REGIONAL COUNCIL\n\nRECORD No. 9\nof the ordinary session of the council\n\n${line}\n\nThe session opened at 10:00. ${LEAD}`;
    const timeline = timelineOf(text);
    expect(timeline.reference && `${timeline.reference.year}`).toBe(day.slice(0, 4));
    expect(events(text)).not.toHaveProperty(day);
    expect(Object.keys(events(text))).not.toContain(line.split(/\s{2,}|\t/)[0]);
  });

  it.each(['28 September 2023 Remembered In A New Light', '28 September 2023 was a turning point'])(
    'more than a place, or running text: %s → no date from the line',
    (line) => {
      const text = `REGIONAL COUNCIL\n\nRECORD No. 9\nof the ordinary session of the council\n\n${line}\n\nThe session opened at 10:00. ${LEAD}`;
      expect(timelineOf(text).reference?.day).toBeUndefined();
    },
  );
});

describe("a monitoring service's source line dates the item by the day the source ran it", () => {
  it.each([
    ['Text of report by Armenian public television H1 on 3 March 2024', '2024-03-03'],
    ['Excerpt from article by Russian newspaper Izvestiya on 14 September 2023', '2023-09-14'],
    ['Summary of interview by Azerbaijani news agency APA dated 20 September 2023', '2023-09-20'],
  ])('%s → published %s; its "yesterday" is the day before', (line, day) => {
    const text = `REGIONAL MEDIA MONITOR | ARMENIA | TV\n\nMinister says the border is calm\n\n${line}\n\n[Presenter] ${LEAD}`;
    expect(published(text)).toBe(day);
    const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(events(text)).toMatchObject({ yesterday: before });
  });

  it.each([
    'Text of report by Armenian public television H1',
    'Text of report by Armenian public television H1 on 3 March',
  ])('no full day: %s → no date', (line) => {
    expect(
      published(`REGIONAL MEDIA MONITOR\n\nMinister says the border is calm\n\n${line}\n\n${LEAD}`),
    ).toBeNull();
  });
});

describe('a count compared with "the previous evening" counts from its own day, not a span\'s start', () => {
  it.each([
    'The ministry said Friday that 12,300 people had registered since Sept. 24, an increase of some 900 over the previous evening.',
    'The agency said on Friday that 12,300 people had registered since 24 September, a rise of 900 over the previous evening.',
  ])('%s', (sentence) => {
    const text = `Refugee count passes 12,000\n\nSep 29, 2023\n\n${sentence}\n`;
    expect(events(text)).toMatchObject({ 'over the previous evening': '2023-09-28' });
  });
});

describe('a credit line names where a text came from, never an event', () => {
  it.each([
    'Source: Armenian Public TV, Yerevan, in Armenian 1900 gmt 3 Mar 24',
    'Source: Defence Ministry website, 12 March 2024',
    'Credit: Interfax news agency, Moscow, 14 September 2023',
  ])('%s → no event', (line) => {
    const text = `Minister says the border is calm\n\n3 March 2024\n\nThe minister said on Sunday that the border was calm.\n\n${line}\n`;
    expect(Object.keys(events(text))).toEqual(['on Sunday']);
  });
});

describe('"since the beginning of the year" is January of the piece\'s year', () => {
  it.each([
    [
      'Deminers have cleared 8,100 hectares since the beginning of the year, the agency said.',
      'since the beginning of the year',
    ],
    [
      'Since the start of this year, 14 people have been wounded by mines, the ministry said.',
      'Since the start of this year',
    ],
  ])('%s', (sentence, phrase) => {
    const text = `Mine clearance speeds up\n\n14 March 2024\n\n${sentence}\n`;
    expect(events(text)).toMatchObject({ [phrase]: '2024-01' });
  });
});

describe('"today" and "tomorrow" as the times we live in name no day', () => {
  const dated = (sentence: string) =>
    events(`Forum on the region's future\n\n14 March 2024\n\n${sentence}\n`);

  it.each([
    "The war shaped today's youth more than any election, the writer argues.",
    'Schools must prepare the leaders of tomorrow, the minister said on Thursday.',
    "For today's generation in Stepanakert, the ceasefire is a memory, she wrote.",
  ])('%s → no day for today or tomorrow', (sentence) => {
    expect(Object.keys(dated(sentence)).filter((k) => /today|tomorrow/i.test(k))).toEqual([]);
  });

  it.each([
    ["Ministers met at today's session in Brussels.", 'today', '2024-03-14'],
    ["Tomorrow's vote in parliament will decide the budget.", 'Tomorrow', '2024-03-15'],
    ['As of today, 1,200 people are registered, the agency said.', 'As of today', '2024-03-14'],
    ['The offer expires by the end of today, the ministry said.', 'today', '2024-03-14'],
  ])('%s → a day', (sentence, phrase, day) => {
    expect(dated(sentence)).toMatchObject({ [phrase]: day });
  });
});
