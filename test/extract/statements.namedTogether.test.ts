import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** The speaker's id and the role the text gives them (the gazetteer's aside), per statement, with the words credited. */
const who = (text: string) =>
  extractFrom(text).map((s) => ({
    id: s.speaker.id,
    ...(s.speaker.role && s.speaker.id.startsWith('text:') ? { role: s.speaker.role } : {}),
    said: text.slice(s.quote.start, s.quote.end),
  }));

describe('people named together without a title each say it, with no role made of the others', () => {
  it.each([
    [
      'Ann Carver and Tom Beale said the convoy had been turned back at the checkpoint.',
      ['text:ann-carver', 'text:tom-beale'],
      'the convoy had been turned back at the checkpoint',
    ],
    [
      '“We waited for three days,” Marta Ilves and Sergei Rudin told reporters.',
      ['text:marta-ilves', 'text:sergei-rudin'],
      'We waited for three days,',
    ],
    [
      '“We waited for three days,” said Marta Ilves and Sergei Rudin.',
      ['text:marta-ilves', 'text:sergei-rudin'],
      'We waited for three days,',
    ],
    [
      'Anna Petrosyan, Karen Sargsyan and Lilit Avagyan said the bakery had run out of flour.',
      ['text:anna-petrosyan', 'text:karen-sargsyan', 'text:lilit-avagyan'],
      'the bakery had run out of flour',
    ],
    [
      'Anna Petrosyan and Karen Sargsyan, both teachers from Martuni, told AFP that their school had been shelled.',
      ['text:anna-petrosyan', 'text:karen-sargsyan'],
      'their school had been shelled',
    ],
    [
      'Marina Tsaturyan and Ashot Grigoryan, who fled Stepanakert last week, said they had lost everything.',
      ['text:marina-tsaturyan', 'text:ashot-grigoryan'],
      'they had lost everything',
    ],
    [
      'Ann Carver and Nikol Pashinyan both said the road was open.',
      ['text:ann-carver', 'pashinyan'],
      'the road was open',
    ],
  ])('%s', (text, ids, said) => {
    expect(who(text)).toEqual(ids.map((id) => ({ id, said })));
  });

  it('reads places that stand for governments together too', () => {
    expect(who('Baku and Yerevan both said the talks were constructive.').map((s) => s.id)).toEqual([
      'gov-azerbaijan',
      'gov-armenia',
    ]);
  });
});

describe('words joined by "and" that are no people named together stay one speaker', () => {
  it.each([
    ['Procter and Gamble said the plant would close.', 'text:procter-and-gamble'],
    ['Johnson and Johnson said the vaccine was safe.', 'text:johnson-and-johnson'],
    ['Simon and Schuster said the book would be published in May.', 'text:simon-and-schuster'],
  ])('%s', (text, id) => {
    expect(who(text).map((s) => s.id)).toEqual([id]);
  });

  it('never splits a body whose name holds "and"', () => {
    const ids = who('United States Citizenship and Immigration Services said the rule would change.').map(
      (s) => s.id,
    );
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toMatch(/united-states-citizenship$/);
  });
});
