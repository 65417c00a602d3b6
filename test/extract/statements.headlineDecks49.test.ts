import { describe, expect, it } from 'vitest';
import { headingSaid } from './statements.helpers.ts';

const BYLINE = 'By Anna Petrosyan\n\n';
const BODY =
  'Fighting resumed on the border overnight, the Armenian defence ministry said on Tuesday.\n\n' +
  'Azerbaijan said its positions had come under fire near Kalbajar.\n';

describe('a toll in a headline or deck is a figure, as in the body (CONVENTIONS row AB)', () => {
  it.each([
    ['a headline', 'Yerevan reports six killed'],
    ['a deck', 'Border clashes\n\nYerevan reports six killed in overnight shelling'],
    ['a count of soldiers', 'Armenia reports 49 soldiers killed in border clashes'],
  ])('given %s "Name reports N killed", no statement', (_why, head) => {
    expect(headingSaid(`${head}\n\n${BYLINE}${BODY}`)).toEqual([]);
  });

  it('given "Baku reports two wounded … and says X", the words after the second verb are said', () => {
    const head =
      'Border clashes\n\nBaku reports two wounded on its side and says Armenia started the fighting';
    expect(headingSaid(`${head}\n\n${BYLINE}${BODY}`)).toEqual([
      ['gov-azerbaijan', 'Armenia started the fighting', 'headline'],
    ]);
  });

  it('given "Name reports that …", the clause is still said', () => {
    expect(
      headingSaid(`Border clashes\n\nYerevan reports that its posts came under fire\n\n${BYLINE}${BODY}`),
    ).toEqual([['gov-armenia', 'its posts came under fire', 'headline']]);
  });
});

describe('a heading\'s second verb "and says" is the first subject\'s saying', () => {
  it('given "Baku rejects the accusation and says X", Baku says X', () => {
    const head = 'Border clashes\n\nBaku rejects the accusation and says its troops held fire';
    expect(headingSaid(`${head}\n\n${BYLINE}${BODY}`)).toEqual([
      ['gov-azerbaijan', 'its troops held fire', 'headline'],
    ]);
  });
});

describe("a heading whose subject is a place's governing body", () => {
  it('given "Karabakh\'s separatist government says X", the Karabakh authorities say X', () => {
    const head = "International\n\nKarabakh's separatist government says it will cease to exist by 1 January";
    const body =
      'By Staff\n\nThe leader of the breakaway region signed a decree on Thursday dissolving its institutions.\n';
    expect(headingSaid(`${head}\n\n${body}`)).toEqual([
      ['karabakh-authorities', 'it will cease to exist by 1 January', 'headline'],
    ]);
  });
});

describe('a heading whose speaker "calls" a thing by quoted words', () => {
  it('given "…; Aliyev calls it a "historic day"", Aliyev’s words are the quoted ones', () => {
    const head =
      'World\n\nTroops enter Kalbajar\n\nFamilies left the district in recent days; Aliyev calls it a "historic day"';
    const body =
      'By Staff\n\nAzerbaijani troops entered the district on Wednesday, President Ilham Aliyev said in an address.\n';
    expect(headingSaid(`${head}\n\n${body}`)).toEqual([['aliyev', 'historic day', 'headline']]);
  });
});
