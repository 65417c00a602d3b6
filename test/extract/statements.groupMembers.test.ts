import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, speakersShown } from './statements.helpers.ts';

describe('a group named by the post its members share: each member named before speaks', () => {
  it('"the two ministers" a few paragraphs after the pair is named, past a spokesman between', () => {
    const text =
      'The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, met in Geneva on Monday.\n\n' +
      'A spokesman for the Swiss foreign ministry, Pierre Dubois, said the venue had been offered in August.\n\n' +
      'The two ministers said in a joint communique that they would meet again before the end of the year.';
    expect(speakersShown(text).slice(-2)).toEqual(['mirzoyan', 'bayramov']);
  });

  it('"the heads of state" are the presidents the story named, uncounted', () => {
    const text =
      'Azerbaijani President Ilham Aliyev hosted Turkish President Recep Tayyip Erdogan in Baku on Friday.\n\n' +
      'Aliyev said the railway would open next year. Erdogan said trade had doubled.\n\n' +
      'In a closing declaration, the heads of state said they backed the new transport route.';
    expect(speakersShown(text).slice(-2)).toEqual(['aliyev', 'erdogan']);
  });

  it('"the five foreign ministers" with five named by that title, one of them in another paragraph', () => {
    const text =
      'Iranian Foreign Minister Hossein Amir-Abdollahian opened the meeting in Tehran on Monday.\n\n' +
      'Also present were Russian Foreign Minister Sergei Lavrov, Turkish Foreign Minister Hakan Fidan, ' +
      'Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan.\n\n' +
      'The five foreign ministers said they would meet again in Ankara.';
    expect(new Set(speakersShown(text))).toEqual(
      new Set(['amir-abdollahian', 'lavrov', 'fidan', 'bayramov', 'mirzoyan']),
    );
  });

  it('a count the named members do not fill names none of them', () => {
    const text =
      'Russian Foreign Minister Sergei Lavrov arrived in Tehran on Sunday.\n\n' +
      'The ministers of the five countries said they supported the reopening of transport links.';
    expect(speakersShown(text)).not.toContain('lavrov');
  });

  it('a spokesman or a president is no minister of the group', () => {
    const text =
      'Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani Foreign Minister Jeyhun Bayramov, President ' +
      'Kassym-Jomart Tokayev said.\n\nForeign Ministry spokesman Aibek Nurov said the hall was ready.\n\n' +
      'The two ministers said the talks had been useful.';
    const last = speakersShown(text).slice(-2);
    expect(last).toEqual(['mirzoyan', 'bayramov']);
  });
});

describe('a family by its surname in the plural', () => {
  const family = (text: string) => speakersAndQuotes(text);

  it('"The Mkrtchyans said" is each member named before', () => {
    expect(
      family(
        'Every night, Aram and Lilit Mkrtchyan wait for a call from their son. ' +
          'The Mkrtchyans said they had heard nothing since March.',
      ),
    ).toEqual([
      ['text:aram-mkrtchyan', 'they had heard nothing since March'],
      ['text:lilit-mkrtchyan', 'they had heard nothing since March'],
    ]);
  });

  it('a family with one member named stays as written', () => {
    expect(
      family('Nora Ivers runs the bakery. The Iverses said the shop would reopen.').map(([s]) => s),
    ).toEqual(['text:iverses']);
  });
});
