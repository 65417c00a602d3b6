import { describe, expect, it } from 'vitest';
import { speakerViaQuoteLines } from './statements.helpers.ts';

/** Text written for these tests (session 42). */
describe('a role abbreviated after its country is the role in full (CONVENTIONS 1)', () => {
  it('"Armenia\'s PM said" is the prime minister of Armenia', () => {
    expect(
      speakerViaQuoteLines("Talks\n\nArmenia's PM said his country would not be drawn into a new war."),
    ).toEqual(['pashinyan: his country would not be drawn into a new war']);
  });

  it('"Azerbaijan\'s FM said" is the foreign minister of Azerbaijan', () => {
    expect(speakerViaQuoteLines("Talks\n\nAzerbaijan's FM said the talks would resume next week.")).toEqual([
      'bayramov: the talks would resume next week',
    ]);
  });

  it("a deck's \"Armenia's PM calls the decision '…'\" names its holder", () => {
    expect(
      speakerViaQuoteLines(
        "Deal\n\nRussian troops will deploy along the road. Armenia's PM calls the decision 'deeply painful'.",
      ),
    ).toEqual(['pashinyan: deeply painful']);
  });
});

describe('a belief closing its clause, its holder after it (CONVENTIONS 9)', () => {
  it('"That is not enough, thinks Lusine Avetisyan, who …" is hers', () => {
    expect(
      speakerViaQuoteLines(
        'Convoy\n\nThat will not help the families, thinks Mariam Hakobyan, who chairs a parents\u2019 association in Utrecht.',
      ),
    ).toEqual(['text:mariam-hakobyan: That will not help the families']);
  });

  it('"…, believes Anna Petrosyan." is hers', () => {
    expect(
      speakerViaQuoteLines('Convoy\n\nThe road must open before winter, believes Anna Petrosyan.'),
    ).toEqual(['text:anna-petrosyan: The road must open before winter']);
  });

  it('"…, believes the report" has the verb\u2019s object after it, no one who believes', () => {
    expect(
      speakerViaQuoteLines('Convoy\n\nThe aid was late, and nobody believes the report on its delivery.'),
    ).toEqual([]);
  });
});

describe('"what its Defence Ministry called "…"" is the owner\u2019s body naming the thing (CONVENTIONS 10)', () => {
  it('the body of the country the clause names', () => {
    expect(
      speakerViaQuoteLines(
        'Border\n\nThe fighting began after Azerbaijan launched what its Defence Ministry called "limited security steps".',
      ),
    ).toEqual(['mod-azerbaijan: limited security steps']);
  });

  it('no country named before: no one to own the ministry', () => {
    expect(
      speakerViaQuoteLines(
        'Border\n\nThe army shelled the village in what its Defence Ministry called "a response".',
      ),
    ).toEqual([]);
  });
});
