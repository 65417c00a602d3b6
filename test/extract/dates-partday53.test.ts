import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** A part of the day is a time of a day the text dates; it never starts a new date of its own. */
const page = (lead: string) =>
  'World\n\nRefugees keep arriving in Goris\n\nBy Mara Tadić\n30 September 2023\n\n' + `${lead}\n`;

describe('a weekday in the possessive, with or without its part of the day', () => {
  it('"on Friday morning\'s count" is Friday morning, without the "on" that governs the count', () => {
    const found = events(page("The figure was up by some 4,000 on Friday morning's count, officials said."));
    expect(found).toMatchObject({ 'Friday morning': '2023-09-29' });
    expect(found).not.toHaveProperty('on Friday morning');
  });

  it('"on Thursday\'s count" is Thursday', () => {
    const found = events(page("The number was up by 2,000 on Thursday's count, the ministry said."));
    expect(found).toMatchObject({ Thursday: '2023-09-28' });
  });

  it('"Tuesday night\'s strike" is its day', () => {
    expect(events(page("Tuesday night's strike killed two people, officials said."))).toMatchObject({
      'Tuesday night': '2023-09-26',
    });
  });

  it('"on Wednesday morning" with no possessive keeps its preposition', () => {
    expect(events(page('Shelling resumed on Wednesday morning, residents said.'))).toMatchObject({
      'on Wednesday morning': '2023-09-27',
    });
  });
});

describe('a part of the day alone', () => {
  it('after a day told in the sentence before, is that day', () => {
    expect(
      events(page('The convoy reached Kornidzor on Thursday. By the evening, 500 people had crossed.')),
    ).toMatchObject({ 'By the evening': '2023-09-28' });
  });

  it("with no day told near and told as past, is the piece's own day", () => {
    expect(
      events(page('Journalists who reached the town in the afternoon described burnt-out cars.')),
    ).toMatchObject({
      'in the afternoon': '2023-09-30',
    });
  });

  it('told as a habit, is no date', () => {
    expect(
      events(page('Protests are usually held in the evening outside the government building.')),
    ).not.toHaveProperty('in the evening');
  });
});
