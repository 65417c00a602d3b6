import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

function said(text: string): string[] {
  return extractFrom(text).map(
    (s) => `${s.speaker.id}${s.via ? ` via ${s.via.id}` : ''}: ${text.slice(s.quote.start, s.quote.end)}`,
  );
}

describe('a relay whose principal stands before the parenthetical attribution', () => {
  it('"Macron, he added, had stressed that …": the spokesman relays, the principal says the that-clause', () => {
    expect(
      said(
        'Government spokesman Olivier Bressac said the vote changed nothing. Macron, he added, had stressed that the ceasefire must hold.',
      ),
    ).toEqual([
      'text:olivier-bressac: the vote changed nothing',
      'text:olivier-bressac: Macron',
      'macron via text:olivier-bressac: the ceasefire must hold',
    ]);
  });

  it('"Macron, he said, believes that “…”": the principal\'s words start inside the quote mark', () => {
    expect(
      said(
        'Government spokesman Olivier Bressac said the vote changed nothing. Macron, he said, believes that "the border must stay open to the harvest."',
      ).at(-1),
    ).toBe('macron via text:olivier-bressac: the border must stay open to the harvest."');
  });

  it('a quoted subject the clause goes on from keeps its mark: the words are the whole clause', () => {
    expect(
      said(
        'Government spokesman Olivier Bressac said the vote changed nothing. Macron, he said, believes that "a new border regime" would help nobody.',
      ).at(-1),
    ).toBe('macron via text:olivier-bressac: "a new border regime" would help nobody');
  });

  it('the pronoun set off after the subject is never that subject', () => {
    expect(
      said(
        'Government spokesman Olivier Bressac said that Emmanuel Macron considered the matter closed. The president, he said, would travel to Yerevan.',
      ).at(-1),
    ).toBe('text:olivier-bressac: The president');
  });

  it('"The head of state, he added, …" after a relay: the relayer goes on speaking about the principal', () => {
    expect(
      said(
        'Government spokesman Olivier Bressac said that Emmanuel Macron considered the vote "a signal". The head of state, he added, wanted monitors on the border.',
      ).at(-1),
    ).toBe('text:olivier-bressac: The head of state');
  });

  it('"Press secretary of the Prime Minister X": the role is whose secretary she is, not hers', () => {
    expect(
      said(
        'Press secretary of the Prime Minister Lusine Avetyan said the call lasted an hour. The Prime Minister said the border was calm.',
      )[1] ?? 'no statement',
    ).not.toMatch(/^text:lusine-avetyan/);
  });
});
