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
