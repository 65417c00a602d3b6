import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Who is credited with what: the speaker's id and the words, per statement. */
const who = (text: string) =>
  extractFrom(text).map((s) => ({ id: s.speaker.id, said: text.slice(s.quote.start, s.quote.end) }));

describe('"A, X said [when], as/in/amid …": the words after the attribution are the writer’s', () => {
  it.each([
    [
      'More than 40,000 people have crossed the border since Sunday, Armenian officials said on Thursday, as the head of a UN agency arrived in Goris with pledges of aid.',
      'gov-armenia',
      'More than 40,000 people have crossed the border since Sunday',
    ],
    [
      'At least 12 soldiers were killed in the night, Prime Minister Nikol Pashinyan said Tuesday, in the worst fighting between the two neighbours since their last war ended.',
      'pashinyan',
      'At least 12 soldiers were killed in the night',
    ],
    [
      'Four people died when a shell hit a market in Tartar, Azerbaijani officials have said, threatening a truce that had held for barely a day.',
      'gov-azerbaijan',
      'Four people died when a shell hit a market in Tartar',
    ],
    [
      'The road to Lachin was reopened to civilian traffic, the Armenian government said last week, amid fresh protests by residents of the border villages near it.',
      'gov-armenia',
      'The road to Lachin was reopened to civilian traffic',
    ],
  ])('%s', (text, id, said) => {
    expect(who(text)).toEqual([{ id, said }]);
  });

  it('a participle of saying after it is a saying of its own, kept as before', () => {
    const text =
      'The talks were useful, Armenian officials said on Thursday, adding that a new round was due in May.';
    expect(who(text)).toContainEqual({ id: 'gov-armenia', said: 'a new round was due in May' });
  });
});

describe('a count after "said" opens what was said, never an inverted speaker', () => {
  it.each([
    [
      "Armenia's human rights ombudsman, Anna Petrosyan, said about 1,300 residents of border villages had been moved.",
      'text:anna-petrosyan',
      'about 1,300 residents of border villages had been moved',
    ],
    [
      'A Red Cross official, who asked not to be named, said more than 2,400 families had registered for aid.',
      'text:official',
      'more than 2,400 families had registered for aid',
    ],
  ])('%s', (text, id, said) => {
    expect(who(text)).toEqual([{ id, said }]);
  });
});
