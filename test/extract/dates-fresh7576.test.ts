import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests: the grammar behind outlets-fresh-75's and -76's wrong dates. */
const piece = (body: string) => `Exodus continues\n\nPublished: 28 September 2023\n\n${body}\n`;

describe('a span\'s start after the day its sentence tells is background: "the same day" is the told day', () => {
  it('given "said on Thursday that … since Sunday", "the same day" in the next sentence is Thursday', () => {
    const text = piece(
      'The ministry said on Thursday that 50,000 people had crossed since Sunday. The leader signed a decree the same day.',
    );
    expect(events(text)).toMatchObject({ 'on Thursday': '2023-09-28', 'the same day': '2023-09-28' });
  });

  it('given "said Thursday, … since Baku\'s offensive on Sept. 19", "The same day" is Thursday', () => {
    const text = piece(
      "Some 40,000 people have fled, the government said Thursday, since Baku's lightning offensive on Sept. 19. The same day, the leader signed a decree.",
    );
    expect(events(text)).toMatchObject({ 'on Sept. 19': '2023-09-19', 'The same day': '2023-09-28' });
  });

  it('a "since" day told alone in its sentence still anchors "the same day"', () => {
    const text = piece('Shelling has gone on since Sunday. Talks were called off the same day.');
    expect(events(text)).toMatchObject({ 'the same day': '2023-09-24' });
  });
});

describe('a print-edition note closing the piece is no event', () => {
  it('given "This article appeared in the print edition of The Standard on November 13, 2024.", no event', () => {
    const text = piece(
      'Leaders met in Baku.\n\nThis article appeared in the print edition of The Standard on November 13, 2024.',
    );
    expect(events(text)).toEqual({});
  });

  it('an event told in a closing line keeps its day', () => {
    expect(Object.keys(events(piece('The exhibition opened in Baku on Tuesday.')))).toEqual(['on Tuesday']);
  });
});

describe('an instrument named after "by" and its determiner is a name, no event', () => {
  it('given "as defined by the 1991 Almaty Declaration", no event', () => {
    const text = piece('Both sides accept the borders as defined by the 1991 Almaty Declaration.');
    expect(events(text)).toEqual({});
  });

  it('"by the end of 2024" is still a date', () => {
    expect(Object.keys(events(piece('Troops will leave by the end of 2024.'))).length).toBe(1);
  });
});

describe('a winter bears the year of its December', () => {
  const told = (stamp: string, body: string) => `Aid for the winter\n\nPublished: ${stamp}\n\n${body}\n`;

  it('given a piece of 28 October 2020, "the coming winter" is winter 2020, not the one after', () => {
    const text = told('28 October 2020', 'The Red Cross said it was worried about the coming winter.');
    expect(events(text)).toEqual({ 'the coming winter': 'winter 2020' });
  });

  it('given a piece of 5 January 2021, "this winter" is the one under way, winter 2020', () => {
    expect(events(told('5 January 2021', 'Aid will be needed this winter, officials said.'))).toEqual({
      'this winter': 'winter 2020',
    });
  });

  it('given a piece of 28 October 2020, "last winter" is winter 2019', () => {
    expect(events(told('28 October 2020', 'Last winter was mild, officials said.'))).toEqual({
      'Last winter': 'winter 2019',
    });
  });
});

describe('"the fall" after a bound of time is the season', () => {
  it('given "had found housing for seven families since the fall", fall of the piece\'s year', () => {
    const text = piece('She said the community had found housing for seven families since the fall.');
    expect(events(text)).toEqual({ 'since the fall': 'fall 2023' });
  });

  it('"since the fall of Shusha" and "since the fall in prices" are drops, no season', () => {
    expect(
      events(piece('Nothing has changed since the fall of Shusha or since the fall in prices.')),
    ).toEqual({});
  });
});

describe('"the end of the week" is the week, counted from the day its quotation was spoken on', () => {
  const told = (body: string) => `Delimitation talks\n\nPublished: 24 April 2024\n\n${body}\n`;

  it('given a Wednesday piece, "Troops will leave by the end of the week" is the piece\'s week', () => {
    expect(events(told('Troops will leave by the end of the week, officials said.'))).toEqual({
      'by the end of the week': '2024-04-22/28',
    });
  });

  it('a quotation after "speaking at the session on Thursday" counts its week from that Thursday', () => {
    const text = told(
      'Pashinyan, speaking at the government session on Thursday, stated that the process was vital. "There will be war before the end of the week," he said.',
    );
    expect(events(text)).toMatchObject({
      'on Thursday': '2024-04-18',
      'the end of the week': '2024-04-15/21',
    });
  });
});

describe('a day still to come is no scene a quotation was spoken on', () => {
  it('given a Wednesday piece, "Talks open on Monday. "We hope to finish by the end of the week," he said." is this week', () => {
    const text = `Delimitation talks\n\nPublished: 24 April 2024\n\nTalks will open on Monday. "We hope to finish by the end of the week," the minister said.\n`;
    expect(events(text)).toMatchObject({ 'by the end of the week': '2024-04-22/28' });
  });
});
