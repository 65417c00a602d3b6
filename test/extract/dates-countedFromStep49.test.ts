import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Sentences written for these tests: days counted from the day the narrative stands on, past a bound. */
const piece = (body: string) => `Fact check\n\nPublished: 12 October 2023\n\n${body}\n`;

describe('a bound ("By 5 October …") is a state, not a step: a day counted after it counts from the step', () => {
  it('given a post on 29 September, then "By 5 October" shares, "the next day" is 30 September', () => {
    const text = piece(
      'On 29 September, a channel posted a photo of a burned truck. By 5 October the post had been shared 4,000 times. A second channel repeated the claim the next day.',
    );
    expect(events(text)).toMatchObject({ 'the next day': '2023-09-30' });
  });

  it('given a quotation inside the step sentence, the step is still the day before the bound', () => {
    const text = piece(
      'On 29 September, the page wrote: "They lie. Nobody checks." By 5 October the post had been shared widely. A channel repeated it the next day.',
    );
    expect(events(text)).toMatchObject({ 'the next day': '2023-09-30' });
  });

  it('given the step in another paragraph, "the next day" after the bound dates nothing', () => {
    const text = piece(
      'On 29 September, a channel posted a photo.\n\nBy 5 October the post had been shared widely. A second channel repeated it the next day.',
    );
    expect(events(text)['the next day']).toBeUndefined();
  });

  it('given a sentence between the bound and "the next day", it dates nothing', () => {
    const text = piece(
      'On 29 September, a channel posted a photo. By 5 October the post had been shared widely. Editors noticed. A second channel repeated it the next day.',
    );
    expect(events(text)['the next day']).toBeUndefined();
  });

  it('given a bound and no step before it, "the next day" dates nothing', () => {
    const text = piece(
      'By 5 October the post had been shared widely. A second channel repeated it the next day.',
    );
    expect(events(text)['the next day']).toBeUndefined();
  });
});
