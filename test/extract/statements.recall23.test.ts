import { describe, expect, it } from 'vitest';
import { idsAndWords } from './statements.helpers.ts';

describe('"A, X said [when], as/in/amid …": the words after the attribution are the writer’s', () => {
  it.each([
    [
      'More than 40,000 people have crossed the border since Sunday, Armenian officials said on Thursday, as the head of a UN agency arrived in Goris with pledges of aid.',
      'gov-armenia',
      'More than 40,000 people have crossed the border since Sunday',
    ],
    [
      'At least 12 soldiers were killed in the night, Prime Minister Nikol Pashinyan said Tuesday, in the worst fighting between the two neighbours since their last war ended.',
      'pashinyan',
      'At least 12 soldiers were killed in the night',
    ],
    [
      'Four people died when a shell hit a market in Tartar, Azerbaijani officials have said, threatening a truce that had held for barely a day.',
      'gov-azerbaijan',
      'Four people died when a shell hit a market in Tartar',
    ],
    [
      'The road to Lachin was reopened to civilian traffic, the Armenian government said last week, amid fresh protests by residents of the border villages near it.',
      'gov-armenia',
      'The road to Lachin was reopened to civilian traffic',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });

  it('a participle of saying after it is a saying of its own, kept as before', () => {
    const text =
      'The talks were useful, Armenian officials said on Thursday, adding that a new round was due in May.';
    expect(idsAndWords(text)).toContainEqual({ id: 'gov-armenia', said: 'a new round was due in May' });
  });
});

describe('a count after "said" opens what was said, never an inverted speaker', () => {
  it.each([
    [
      "Armenia's human rights ombudsman, Anna Petrosyan, said about 1,300 residents of border villages had been moved.",
      'text:anna-petrosyan',
      'about 1,300 residents of border villages had been moved',
    ],
    [
      'A Red Cross official, who asked not to be named, said more than 2,400 families had registered for aid.',
      'text:red-cross-official',
      'more than 2,400 families had registered for aid',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });
});

describe('the two sides of the conflict, named together, are each a speaker (CONVENTIONS 13)', () => {
  const ids = (text: string, start: string) =>
    idsAndWords(text)
      .filter((s) => s.said.startsWith(start))
      .map((s) => s.id)
      .sort();

  it.each([
    [
      'Armenia and Azerbaijan traded fire again. Fighting near the border killed 41 soldiers last month, according to figures released by the two defence ministries.',
      'Fighting near the border',
      ['mod-armenia', 'mod-azerbaijan'],
    ],
    [
      'Armenia and Azerbaijan signed the text in Almaty. The six-week war killed more than 6,000 people, according to official figures from both sides.',
      'The six-week war killed',
      ['gov-armenia', 'gov-azerbaijan'],
    ],
    [
      'Talks between Armenia and Azerbaijan resumed on Monday. The truce agreed in the night has largely held, both sides said.',
      'The truce agreed in the night',
      ['gov-armenia', 'gov-azerbaijan'],
    ],
    [
      'Armenia and Azerbaijan blame each other. The clashes have killed at least 90 people, according to the two sides’ figures, though the real toll may be higher.',
      'The clashes have killed',
      ['gov-armenia', 'gov-azerbaijan'],
    ],
    [
      'Armenia and Azerbaijan fought in 2020. In that war, according to figures published by Baku and Yerevan, more than 6,000 soldiers died.',
      'In that war',
      ['gov-armenia', 'gov-azerbaijan'],
    ],
  ])('%s', (text, start, expected) => {
    expect(ids(text, start)).toEqual(expected);
  });

  it('a text about another pair of countries names no side of this conflict', () => {
    const text = 'The talks in Doha stalled. The truce has largely held, both sides said.';
    expect(idsAndWords(text).map((s) => s.id)).not.toContain('gov-armenia');
  });

  it('a thing the sides reported, no clause, makes no joint saying', () => {
    const text =
      'Armenia and Azerbaijan agreed a truce at dawn, but both sides reported sporadic shooting later in the day.';
    expect(idsAndWords(text).map((s) => s.id)).not.toContain('gov-azerbaijan');
  });
});

describe('after "said", a clause or a setting is never an inverted speaker', () => {
  it.each([
    [
      'Political scientist Aram Sedrakyan, speaking to the agency, said the summit showed the limits of the bloc.',
      'text:aram-sedrakyan',
      'the summit showed the limits of the bloc',
    ],
    [
      'Minister Jean Tremblay told reporters in Ottawa on Monday that he had raised the issue with his counterpart, Mehmet Yilmaz, in a phone call on Sunday.',
      'text:jean-tremblay',
      'he had raised the issue with his counterpart, Mehmet Yilmaz, in a phone call on Sunday',
    ],
  ])('%s', (text, id, said) => {
    expect(idsAndWords(text)).toEqual([{ id, said }]);
  });

  it.each([
    ['The talks will resume in May, said a diplomat close to the talks.', 'The talks will resume in May'],
    [
      'More than 90 people were still missing, officials in the region said.',
      'More than 90 people were still missing',
    ],
  ])('a speaker with a preposition in it still speaks: %s', (text, said) => {
    expect(idsAndWords(text).map((s) => s.said)).toEqual([said]);
  });
});

describe('"the <officials> of A and B": each state’s own holder of the office', () => {
  it('the foreign ministers of two states are both ministers, as the gazetteer names them', () => {
    const text =
      'The foreign ministers of Armenia and Azerbaijan said after two days of talks in Almaty that the draft was nearly agreed.';
    expect(idsAndWords(text).map((s) => s.id)).toEqual(['mirzoyan', 'bayramov']);
  });

  it('an office the gazetteer holds for only one of the states leaves the phrase whole', () => {
    const text = 'The prime ministers of Armenia and Georgia said the new bridge would open in the spring.';
    expect(idsAndWords(text).map((s) => s.id)).toEqual(['text:prime-ministers']);
  });
});
