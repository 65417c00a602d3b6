import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given a sentence: the content of its one statement, as written. */
function content(text: string): string[] {
  return extractFrom(text).map((s) =>
    [s.quote, ...(s.continuation ?? [])].map((q) => text.slice(q.start, q.end)).join(' … '),
  );
}

describe('content: the writer’s tail after a reported clause', () => {
  it('others said so too ("…, as have her rivals"): the tail is no content', () => {
    expect(
      content('The governor said she wants an inquiry into the fire, as have two of her rivals.'),
    ).toEqual(['she wants an inquiry into the fire']);
    expect(content('The union said its members will not back the deal, as has the largest guild.')).toEqual([
      'its members will not back the deal',
    ]);
  });

  it('"as have" standing for the content’s own perfect stays: it is what was said', () => {
    expect(content('The bank said rents have risen this year, as have food prices.')).toEqual([
      'rents have risen this year, as have food prices',
    ]);
  });

  it('a relative "with whom" / "for whom" about someone named, running to the end', () => {
    expect(
      content('The aide said the senator met privately with Ruth Alder, with whom he served on the board.'),
    ).toEqual(['the senator met privately with Ruth Alder']);
  });

  it('"…, pointing to …": the speaker’s evidence as the writer tells it is no content', () => {
    expect(
      content('The mayor said the new buses had cut travel times, pointing to a survey of daily riders.'),
    ).toEqual(['the new buses had cut travel times']);
  });
});
