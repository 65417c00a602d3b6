import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const who = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe('a group named together and counted back', () => {
  const met =
    'Pashinyan met with French President Emmanuel Macron, German Chancellor Olaf Scholz and European Council President Charles Michel.';

  it('"the four said" after four people named: each of the four', () => {
    expect(who(`${met} In a joint statement, the four said they backed the border talks.`)).toEqual([
      ['pashinyan', 'they backed the border t'],
      ['macron', 'they backed the border t'],
      ['scholz', 'they backed the border t'],
      ['michel', 'they backed the border t'],
    ]);
  });

  it('"The parties also said" right after that group spoke: the same four', () => {
    const found = who(
      `${met} The four said they backed the border talks. The parties also said that a treaty should be signed soon.`,
    );
    expect(found.filter(([, quote]) => quote.startsWith('a treaty')).map(([speaker]) => speaker)).toEqual([
      'pashinyan',
      'macron',
      'scholz',
      'michel',
    ]);
  });

  it('"the four said" with three people named is no one named', () => {
    const found = who(
      'Pashinyan met with Emmanuel Macron and Olaf Scholz. The four said they backed the border talks.',
    );
    expect(found.map(([speaker]) => speaker)).not.toContain('pashinyan');
  });
});

describe('a person and "his counterpart" named right after the noun', () => {
  it('"A and his Azerbaijani counterpart B said": both speak', () => {
    expect(
      who(
        'Armenian Deputy Prime Minister Mher Grigoryan and his Azerbaijani counterpart Shahin Mustafayev said on Friday that the commissions had agreed on a section.',
      ),
    ).toEqual([
      ['text:mher-grigoryan', 'the commissions had agre'],
      ['text:shahin-mustafayev', 'the commissions had agre'],
    ]);
  });

  it('"The two sides also said" after that pair: the pair, not the two states', () => {
    const found = who(
      'Armenian Deputy Prime Minister Mher Grigoryan and his Azerbaijani counterpart Shahin Mustafayev, who head the border commissions, said on Friday that the commissions had agreed on a section. The two sides also said surveyors would begin work by May 15.',
    );
    expect(found.filter(([, quote]) => quote.startsWith('surveyors')).map(([speaker]) => speaker)).toEqual([
      'text:mher-grigoryan',
      'text:shahin-mustafayev',
    ]);
  });
});

describe('a private person who shares a public figure’s name', () => {
  it('"a 63-year-old refugee, Armen Sargsyan," is the refugee, not the former president', () => {
    expect(
      who(
        'Azerbaijan’s president stayed away. In Goris, a 63-year-old refugee, Armen Sargsyan, told the paper he had walked for two days.',
      ),
    ).toEqual([['text:armen-sargsyan', 'he had walked for two da']]);
  });

  it('a text that writes Armenia’s president keeps the gazetteer’s reading', () => {
    expect(
      who(
        'Armenia’s president stayed away. In Goris, a 63-year-old refugee, Armen Sargsyan, told the paper he had walked for two days.',
      ).map(([speaker]) => speaker),
    ).toEqual(['sarkissian']);
  });
});

describe('a possessive description with the holder’s name after an inverted verb', () => {
  it('"…, said the town’s mayor, Vahe Poghosyan." is the mayor by name', () => {
    expect(who('The shells hit near a hotel in Jermuk, said the town’s mayor, Vahe Poghosyan.')).toEqual([
      ['text:vahe-poghosyan', 'The shells hit near a ho'],
    ]);
  });
});

describe('a relative who called from somewhere and said', () => {
  it('"My sister called from the market and said …" inside a quote: the sister’s words', () => {
    expect(
      who(
        '"My sister called from the market and said there were no more eggs," Lusine, a 29-year-old accountant, told the paper.',
      ),
    ).toContainEqual(['text:sister', 'there were no more eggs,']);
  });
});

describe('Karabakh’s authorities by a field noun and the place they sit', () => {
  it('"according to health officials in Karabakh" is karabakh-authorities (CONVENTIONS 4)', () => {
    expect(
      who('The blast near Stepanakert killed 170 people, according to health officials in Karabakh.'),
    ).toEqual([['karabakh-authorities', 'The blast near Stepanake']]);
  });

  it('"The health ministry of the region" after a sentence set near Stepanakert is karabakh-authorities', () => {
    expect(
      who(
        'The toll from the explosion near Stepanakert rose to 68. The health ministry of the region said that 290 people had been treated for burns.',
      ),
    ).toEqual([['karabakh-authorities', '290 people had been trea']]);
  });

  it('the same ministry in a story set in Goris stays as written', () => {
    expect(
      who('The blast in Goris killed 17 people, the health ministry of the region said.').map(([s]) => s),
    ).toEqual(['text:health-ministry-of-the-region']);
  });
});
