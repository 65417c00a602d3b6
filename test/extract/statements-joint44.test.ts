import { describe, expect, it } from 'vitest';
import { extractFrom, speakersAndMentions } from './statements.helpers.ts';

describe('a trailing "according to" source ends at a colon that opens a breakdown', () => {
  it('"…, according to figures released by the two defence ministries: A on one side and B on the other" is each ministry\'s', () => {
    expect(
      speakersAndMentions(
        'Armenia and Azerbaijan clashed on the border in May. ' +
          'The shelling killed at least 140 soldiers, according to figures released by the two defence ministries: ' +
          '90 on the Armenian side and 50 on the Azerbaijani side.',
      ),
    ).toEqual([
      ['mod-armenia', 'figures released by the two defence ministries'],
      ['mod-azerbaijan', 'figures released by the two defence ministries'],
    ]);
  });

  it('one body before the colon is the one source', () => {
    expect(
      speakersAndMentions(
        'Armenia and Azerbaijan clashed on the border in May. ' +
          'Eleven villages lost power, according to the Armenian Defence Ministry: six in Syunik and five in Tavush.',
      ),
    ).toEqual([['mod-armenia', 'the Armenian Defence Ministry']]);
  });

  it('the colon ends the source the same way the full stop does', () => {
    const plain = speakersAndMentions(
      'Armenia and Azerbaijan clashed in May. Nine soldiers died, according to the Armenian Defence Ministry.',
    );
    const colon = speakersAndMentions(
      'Armenia and Azerbaijan clashed in May. Nine soldiers died, according to the Armenian Defence Ministry: five on Monday and four on Tuesday.',
    );
    expect(colon).toEqual(plain);
  });
});

const relayed = (text: string) => extractFrom(text).map((s) => [s.speaker.id, s.via?.id ?? null]);

describe("a group telling the speaker hands on each member's words (CONVENTIONS 13, 14)", () => {
  it('"X said both sides had told him …" is X\'s statement and one of each side, told through X', () => {
    expect(
      relayed(
        'Lena Varga flew to Armenia on Monday and to Azerbaijan on Tuesday. ' +
          'Varga said both sides had told her they wanted a treaty signed by spring.',
      ),
    ).toEqual([
      ['text:lena-varga', null],
      ['gov-armenia', 'text:lena-varga'],
      ['gov-azerbaijan', 'text:lena-varga'],
    ]);
  });

  it('the two parties are the pair the text named, whichever it is', () => {
    expect(
      relayed(
        'Turkey and Armenia reopened a crossing last month. ' +
          'Lena Varga said the two countries had told her that they expected more trade.',
      ),
    ).toEqual([
      ['text:lena-varga', null],
      ['gov-turkey', 'text:lena-varga'],
      ['gov-armenia', 'text:lena-varga'],
    ]);
  });

  it('two people named together are each a teller', () => {
    expect(
      relayed(
        'Lena Varga met Pashinyan and Aliyev in Prague. Varga said Pashinyan and Aliyev had told her the talks would go on.',
      ),
    ).toEqual([
      ['text:lena-varga', null],
      ['pashinyan', 'text:lena-varga'],
      ['aliyev', 'text:lena-varga'],
    ]);
  });

  it("an order told is no words of the group's", () => {
    expect(
      relayed(
        'Lena Varga flew to Armenia and to Azerbaijan. Varga said both sides had told her to wait for the summit.',
      ),
    ).toEqual([['text:lena-varga', null]]);
  });

  it('"him" in a woman\'s words is someone else told, so no member is read', () => {
    expect(
      relayed(
        'Lena Varga flew to Armenia and to Azerbaijan. Varga said both sides had told him they wanted a treaty.',
      ),
    ).toEqual([['text:lena-varga', null]]);
  });
});

describe('"the two ministers" with a third minister named is the pair the text joined by "and"', () => {
  it('the two named together, not the host named after them', () => {
    expect(
      relayed(
        'The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, met in Geneva. ' +
          'Swiss Foreign Minister Ignazio Cassis hosted the talks. ' +
          'The two ministers said the text of the treaty was nearly agreed.',
      ).map(([id]) => id),
    ).toEqual(['mirzoyan', 'bayramov']);
  });

  it('three ministers named with no pair joined leave the phrase to no one', () => {
    expect(
      relayed(
        'Foreign Minister Ararat Mirzoyan arrived in Geneva on Monday. Foreign Minister Jeyhun Bayramov came later. ' +
          'Swiss Foreign Minister Ignazio Cassis hosted the talks. The two ministers said the text was nearly agreed.',
      ).filter(([id]) => id === 'mirzoyan' || id === 'bayramov'),
    ).toEqual([]);
  });
});
