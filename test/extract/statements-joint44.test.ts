import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) => extractFrom(text).map((s) => [s.speaker.id, s.mention]);

describe('a trailing "according to" source ends at a colon that opens a breakdown', () => {
  it('"…, according to figures released by the two defence ministries: A on one side and B on the other" is each ministry\'s', () => {
    expect(
      who(
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
      who(
        'Armenia and Azerbaijan clashed on the border in May. ' +
          'Eleven villages lost power, according to the Armenian Defence Ministry: six in Syunik and five in Tavush.',
      ),
    ).toEqual([['mod-armenia', 'the Armenian Defence Ministry']]);
  });

  it('the colon ends the source the same way the full stop does', () => {
    const plain = who(
      'Armenia and Azerbaijan clashed in May. Nine soldiers died, according to the Armenian Defence Ministry.',
    );
    const colon = who(
      'Armenia and Azerbaijan clashed in May. Nine soldiers died, according to the Armenian Defence Ministry: five on Monday and four on Tuesday.',
    );
    expect(colon).toEqual(plain);
  });
});
