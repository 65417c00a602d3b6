import { describe, expect, it } from 'vitest';
import { extracted, figuresOf } from './figures.helpers.ts';

describe('a prepositional phrase between what is counted and its verb', () => {
  it.each([
    [
      // wire style: a relative time clause, the counted noun post-modified by "from both sides"
      'The clashes were the worst since 2016, when more than 90 soldiers from both sides were killed.',
      ['killed', 'more than 90', null],
    ],
    [
      // broadsheet in translation: a content-first source after a long post-modified subject
      'Since the start of the siege on 3 May, some 2,000 residents of villages near the road have had to ' +
        'leave their homes, according to the authorities in the town.',
      ['displaced', 'some 2,000', 'the authorities'],
    ],
    [
      // state broadcaster: a list of provinces closes the counted phrase
      'According to local officials, troops shelled several villages on May 3, and more than 4,200 residents ' +
        'of the provinces of Tavush, Lori and Shirak had to leave their homes.',
      ['displaced', 'more than 4,200', 'local officials'],
    ],
    [
      'Regional officials said 12 residents of Tavush and Lori were wounded in the shelling.',
      ['wounded', '12', 'Regional officials'],
    ],
    [
      'At least 35 workers at the plant in the south of the country were injured, the company said.',
      ['wounded', 'At least 35', 'the company'],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual([want]);
  });

  it('a relative clause after the post-modifier tells of its own noun, not of what is counted', () => {
    expect(
      figuresOf('Our teams registered 310 requests from families searching for relatives who went missing.'),
    ).toEqual([]);
    expect(figuresOf('Some 40 reporters from outlets that were shelled in May left the city.')).toEqual([]);
  });

  it('a participle after the counted noun starts no post-modifier', () => {
    expect(figuresOf('About 50 doctors from the capital working in the hospital were praised.')).toEqual([]);
  });
});

describe('"X reminded that …" names who reports, as "X recalled that …" does', () => {
  it.each([
    [
      'The mine action agency reminded that since 2020, 46 civilians have been killed by mines.',
      ['killed', '46', 'The mine action agency'],
    ],
    [
      'The ministry reminds that 12 servicemen are still listed as missing.',
      ['missing', '12', 'The ministry'],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual([want]);
  });
});

describe('counts after a colon that follows a toll break the toll down', () => {
  it.each([
    // agency copy in translation, a whole then two parts with post-modifiers
    'Six people died on Friday in an exchange of fire near the village: four guards of the local militia and two soldiers.',
    // tabloid style, short
    'Six killed in the blast: four soldiers and two civilians.',
  ])('%s', (text) => {
    const figures = extracted(text);
    const [whole, ...parts] = figures;
    expect(figures.map((f) => [f.category, f.number.text])).toEqual([
      ['killed', whole?.number.text],
      ['killed', 'four'],
      ['killed', 'two'],
    ]);
    expect(parts.every((p) => p.partOf === whole?.id)).toBe(true);
  });

  it('with no toll before the colon, counts after it stand alone', () => {
    const figures = extracted('The ministry gave two figures: 30 killed and 12 wounded.');
    expect(figures.map((f) => [f.category, f.number.text, f.partOf])).toEqual([
      ['killed', '30', undefined],
      ['wounded', '12', undefined],
    ]);
  });
});

describe('some of the hurt who then died are counted as killed', () => {
  it.each([
    [
      // ministry statement style, a reduced relative before the verb
      'The health ministry reported that 12 of the injured transferred to hospitals in Yerevan had died.',
      ['killed', '12', 'The health ministry'],
    ],
    [
      'The ministry said that 12 of the wounded taken to hospitals in the capital have since died.',
      ['killed', '12', 'The ministry'],
    ],
    ['Three of the injured later died in hospital.', ['killed', 'Three', null]],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual([want]);
  });

  it('a flight without a death stays an evacuation', () => {
    expect(figuresOf('Nine of the injured were flown to Yerevan.')).toEqual([['evacuated', 'Nine', null]]);
  });
});

describe('an outlet citing itself in copy it signs is its own voice, no reporter', () => {
  it('"…, News.Az reports." in a piece signed "News.Az"', () => {
    const text =
      'Two civilians were injured in a mine blast near Aghdam, News.Az reports.\n\n' +
      'The ministry said 3 soldiers were wounded.\n\nNews.Az';
    expect(figuresOf(text)).toEqual([
      ['wounded', 'Two', null],
      ['wounded', '3', 'The ministry'],
    ]);
  });

  it('another source in the same place keeps its name', () => {
    const text = 'Two civilians were injured in a mine blast near Aghdam, the ministry reports.\n\nNews.Az';
    expect(figuresOf(text)).toEqual([['wounded', 'Two', 'the ministry']]);
  });

  it('an unsigned piece names the outlet as written', () => {
    expect(figuresOf('Two civilians were injured in a mine blast near Aghdam, News.Az reports.')).toEqual([
      ['wounded', 'Two', 'News.Az'],
    ]);
  });
});
