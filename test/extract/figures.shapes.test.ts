import { describe, expect, it } from 'vitest';
import type { SourceDate } from '../../src/corpus/types.ts';
import { formatSourceDate } from '../../src/extract/dates/format.ts';
import { buildTimelines } from '../../src/extract/dates/index.ts';
import { extractFigures, groupFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Figure } from '../../src/extract/types.ts';

/**
 * How casualty figures are shaped: totals with parts nested in them (and parts of parts), parts
 * in apposition and ellipsis, changes and rates labelled as such, period and reporter as written.
 * The sentences are written for these tests in the styles of wire, agency and broadsheet copy.
 */

function figuresOf(text: string, published?: string): Figure[] {
  const body = published ? `${published}\n\n${text}` : text;
  const doc = {
    id: 'd',
    file: 'd.txt',
    text: body,
    sha256: '',
    label: 'd',
    meta: { title: null, outlet: null, published: null, url: null },
    bodyStart: 0,
  };
  const sentences = splitSentences(body, splitParagraphs(body));
  const timeline = buildTimelines([doc], new Map([['d', sentences]]), new Date(Date.UTC(2026, 10, 23))).get(
    'd',
  )!;
  return extractFigures(body, 'd', sentences, timeline);
}

/** [category, number, kind, the number of the figure it is part of, reporter] per figure. */
function shapes(text: string, published?: string) {
  const figures = figuresOf(text, published);
  const numberOf = (id: string | undefined) => figures.find((f) => f.id === id)?.number.text ?? null;
  return figures.map((f) => [
    f.category,
    f.number.text,
    f.kind ?? 'total',
    numberOf(f.partOf),
    f.reporter?.text ?? null,
  ]);
}

describe('a total with nested parts', () => {
  it('"at least 120 people, including 14 civilians (three of whom were children)": 120, with 14 in it and three in 14', () => {
    expect(
      shapes(
        'At least 120 people, including 14 civilians (three of whom were children), were killed, officials said.',
      ),
    ).toEqual([
      ['killed', 'At least 120', 'total', null, 'officials'],
      ['killed', '14', 'total', 'At least 120', 'officials'],
      ['killed', 'three', 'total', '14', 'officials'],
    ]);
  });

  it('parts coordinated after "including" are all parts of the total', () => {
    expect(
      shapes(
        'According to the Investigative Committee, 3,781 people were killed in the war, including 3,522 servicemen and 259 volunteers.',
      ).map(([, n, , of]) => [n, of]),
    ).toEqual([
      ['3,781', null],
      ['3,522', '3,781'],
      ['259', '3,781'],
    ]);
  });

  it('"N of them" in the next sentence is a part of the figure just given', () => {
    expect(
      shapes(
        'The war killed more than 6,000 people. The Health Ministry said 3,439 of them were soldiers.',
      ).map(([, n, , of]) => [n, of]),
    ).toEqual([
      ['more than 6,000', null],
      ['3,439', 'more than 6,000'],
    ]);
  });

  it('groups carry parts of parts with their top figure, never as estimates', () => {
    const groups = groupFigures(
      figuresOf('At least 120 people, including 14 civilians (three of whom were children), were killed.'),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.figures.map((f) => f.number.text)).toEqual(['At least 120']);
    expect(groups[0]!.parts.map((f) => f.number.text)).toEqual(['14', 'three']);
  });
});

describe('parts in apposition and ellipsis', () => {
  it('"9 civilians, 2 of them women, were killed, and another 41 … wounded"', () => {
    expect(
      shapes(
        'According to the prosecutor, 9 civilians, 2 of them women, were killed, and another 41 people were wounded in the strike.',
      ),
    ).toEqual([
      ['killed', '9', 'total', null, 'the prosecutor'],
      ['killed', '2', 'total', '9', 'the prosecutor'],
      ['wounded', '41', 'total', null, 'the prosecutor'],
    ]);
  });

  it('"Two Armenian soldiers … and five from Azerbaijan were killed": five killed, from Azerbaijan', () => {
    const figures = figuresOf(
      'Two Armenian soldiers and five from Azerbaijan were killed in an exchange of fire on Wednesday.',
    );
    expect(figures.map((f) => [f.category, f.number.text, f.counted])).toEqual([
      ['killed', 'Two', 'Armenian soldiers'],
      ['killed', 'five', 'from Azerbaijan'],
    ]);
  });

  it('a count in apposition takes the verb after its closing comma; an age does not', () => {
    expect(
      shapes('About half of the population, some 70,000 people, had been displaced.').map(([c, n]) => [c, n]),
    ).toEqual([['displaced', 'some 70,000']]);
    expect(shapes('Anna, 54, and her son, 12, were killed.')).toEqual([]);
  });
});

describe('changes and rates are labelled as such, never totals', () => {
  it('"a figure that rose by more than 15,000" is a change of the figure just given, nested in it', () => {
    expect(
      shapes(
        'The government said 50,243 people had crossed into Armenia, a figure that rose by more than 15,000 overnight.',
      ),
    ).toEqual([
      ['displaced', '50,243', 'total', null, 'The government'],
      ['displaced', 'more than 15,000', 'change', '50,243', 'The government'],
    ]);
  });

  it('"jumped by about 22,000 … to 88,780": the change and the total it reached', () => {
    expect(
      shapes(
        'The number of refugees arriving in Armenia jumped by about 22,000 in 24 hours to 88,780, a spokeswoman said.',
      ).map(([c, n, k]) => [c, n, k]),
    ).toEqual([
      ['displaced', 'about 22,000', 'change'],
      ['displaced', '88,780', 'total'],
    ]);
  });

  it('"800 … every hour", "Every hour, around 1,000 more", "2,500 people a day" are rates', () => {
    const context = 'Refugees from Nagorno-Karabakh kept coming. ';
    expect(
      shapes(`${context}Officials said 800 people were arriving every hour.`).map(([c, n, k]) => [c, n, k]),
    ).toEqual([['displaced', '800', 'rate']]);
    expect(
      shapes(`${context}Every hour, around 1,000 more people cross the Hakari bridge.`).map(([c, n, k]) => [
        c,
        n,
        k,
      ]),
    ).toEqual([['displaced', 'around 1,000', 'rate']]);
    expect(
      shapes('Some 2,500 people a day had been evacuated by the Red Cross.').map(([c, n, k]) => [c, n, k]),
    ).toEqual([['evacuated', 'Some 2,500', 'rate']]);
  });

  it('a change never stands beside totals as a competing estimate: it is shown as a part of its total', () => {
    const groups = groupFigures(
      figuresOf(
        'The government said 50,243 people had crossed into Armenia since Sunday, a figure that rose by more than 15,000 overnight.',
      ),
    );
    expect(groups.map((g) => g.figures.map((f) => f.number.text))).toEqual([['50,243']]);
    expect(groups.map((g) => g.parts.map((f) => f.number.text))).toEqual([['more than 15,000']]);
  });

  it('"a day after", "for a week" are no rates', () => {
    expect(shapes('A day after the strike, 12 people were killed.').map(([, n, k]) => [n, k])).toEqual([
      ['12', 'total'],
    ]);
  });
});

describe('period and reporter as the text says', () => {
  const show = (d: SourceDate | null) => (d ? formatSourceDate(d) : null);

  it('"as of Thursday" is the date the count stands at, before any other period in the sentence', () => {
    const [f] = figuresOf(
      'As of Thursday, 200 people had been killed since last week, officials said.',
      'Published: 2023-09-28',
    );
    expect(f!.period.text).toBe('As of Thursday');
    expect(show(f!.period.date)).toBe('2023-09-28');
  });

  it('"since September 19" is a span starting then, up to the piece\'s date', () => {
    const [f] = figuresOf(
      'More than 400 people have been wounded since September 19, officials said.',
      'Published: 2023-09-28',
    );
    expect(f!.period.text).toBe('since September 19');
    expect(show(f!.period.date)).toBe('2023-09-19/28');
  });

  it('"preliminary data" and "official figures" are no reporters; "figures released by both sides" names both sides', () => {
    expect(shapes('According to preliminary data, two civilians were killed.')[0]![4]).toBeNull();
    expect(shapes('The war left some 6,000 dead, according to official figures.')[0]![4]).toBeNull();
    expect(
      shapes(
        'The fighting has killed at least 320 people, according to figures released by both sides.',
      )[0]![4],
    ).toBe('both sides');
  });

  it('a reporting pronoun stands for the source named in the sentence before, when they agree', () => {
    const text =
      '"This is a war crime," Beglaryan wrote on Twitter. According to him, 21 civilians have been killed.';
    expect(shapes(text)[0]![4]).toBe('Beglaryan');
    expect(
      shapes(
        'The UNHCR said it expected more arrivals. It said some 2,500 people had been evacuated.',
      )[0]![4],
    ).toBe('The UNHCR');
    // "he" is no ministry: no source rather than a wrong one.
    expect(shapes('The ministry said the road was closed. He said 12 people were killed.')[0]![4]).toBeNull();
  });

  it('"told AFP" names whom it was told to, not who reports', () => {
    const text =
      'Refugees from Karabakh kept coming. "Around 1,000 people cross every hour," the spokeswoman, Nazeli Baghdasaryan, told AFP.';
    expect(shapes(text)[0]![4]).toBe('Nazeli Baghdasaryan');
  });
});

describe('sources and places as agencies and briefings write them', () => {
  it('"the State Commission on Prisoners of War" is one name, "War" and all', () => {
    expect(
      shapes('According to the State Commission on Prisoners of War, 3,890 people remain missing.')[0]![4],
    ).toBe('the State Commission on Prisoners of War');
  });

  it('"The President recalled that …" names who reports', () => {
    expect(
      shapes(
        'The President recalled that more than 20,000 residents had been forced to leave the city.',
      )[0]![4],
    ).toBe('The President');
  });

  it('in a question-and-answer briefing, the named answerer reports the figures of the answer', () => {
    const text =
      'Question: What happened on the border?\n\nLeyla Abdullayeva: We regret the provocation.\n\n71 servicemen were killed, and 2 civilians were wounded.\n\nQuestion: Will talks go on?\n\nSome 300 people were evacuated.';
    expect(shapes(text).map(([, n, , , r]) => [n, r])).toEqual([
      ['71', 'Leyla Abdullayeva'],
      ['2', 'Leyla Abdullayeva'],
      ['Some 300', null],
    ]);
    // Outside a briefing, "Name: …" is a heading and names no one.
    expect(shapes('Anna Petrosyan: a life\n\n71 servicemen were killed.')[0]![4]).toBeNull();
  });

  it('"in Azerbaijan\'s offensive" is no place: the name owns the offensive', () => {
    expect(figuresOf("At least 200 people were killed in Azerbaijan's offensive.")[0]!.where).toBeNull();
  });
});

describe('vague multiples', () => {
  it('"several dozen people were wounded" gives no count to show (CONVENTIONS.md 22)', () => {
    expect(figuresOf('According to preliminary data, several dozen people were wounded.')).toEqual([]);
  });
});

describe('relays, references and comparisons', () => {
  it('"with reference to X" names X; "reported by Sputnik Armenia" after a speaker is only the relay', () => {
    expect(
      shapes(
        'As Caliber.Az reports with reference to the Armenian Defence Ministry, 15 Armenian servicemen were killed.',
      )[0]![4],
    ).toBe('the Armenian Defence Ministry');
    expect(
      shapes(
        'Three civilians were killed, Ombudsman Kristinne Grigoryan said, reported by Sputnik Armenia.',
      )[0]![4],
    ).toBe('Ombudsman Kristinne Grigoryan');
    expect(shapes('Three civilians were killed, as reported by Sputnik Armenia.')[0]![4]).toBe(
      'Sputnik Armenia',
    );
  });

  it('"the number of servicemen listed as missing rose to 24" is a count of the missing', () => {
    expect(
      shapes('The number of Armenian servicemen listed as missing rose to 24 by Wednesday evening.').map(
        ([c, n, k]) => [c, n, k],
      ),
    ).toEqual([['missing', '24', 'total']]);
  });

  it('"down from more than 20,000 a day" is the same count at another time, here a rate', () => {
    const text =
      'Refugees kept coming. Only 300 people crossed the border on Sunday, down from more than 20,000 a day at the peak.';
    expect(shapes(text).map(([c, n, k]) => [c, n, k])).toEqual([
      ['displaced', '300', 'total'],
      ['displaced', 'more than 20,000', 'rate'],
    ]);
  });

  it('arrivals in a piece whose headline speaks of refugees are an exodus; elsewhere they are not', () => {
    const body =
      'The town was quiet in the morning.\n\nBy the evening, authorities said more than 28,000 people had arrived by that evening.';
    expect(shapes(`Karabakh refugees reach Armenia\n\n${body}`).map(([c, n]) => [c, n])).toEqual([
      ['displaced', 'more than 28,000'],
    ]);
    expect(shapes(`A summit in the capital\n\n${body}`)).toEqual([]);
  });
});

describe('periods and sources written around the count', () => {
  it('a period phrase ends before the count it dates', () => {
    const [f] = figuresOf(
      'Hajiyev said that since the start of the hostilities 42 civilians had been killed and 206 injured.',
    );
    expect(f!.period.text).toBe('since the start of the hostilities');
  });

  it('"released by the ombudsman, Gegham Stepanyan. He said …": the source with its name', () => {
    const text =
      "The figures were released by the region's human rights ombudsman, Gegham Stepanyan. He said more than 400 people had been wounded.";
    expect(shapes(text).map(([, n, , , r]) => [n, r])).toEqual([
      ['more than 400', "the region's human rights ombudsman, Gegham Stepanyan"],
    ]);
  });
});

describe('a count dated by the sentence after it', () => {
  it('"The figures, as of Thursday, were released by …" dates the counts just given', () => {
    const text =
      'At least 200 people were killed, officials say.\n\nThe figures, as of Thursday, were released by the ombudsman.';
    const [f] = figuresOf(text, 'Published: 2023-09-28');
    expect(f!.period.text).toBe('as of Thursday');
    expect(f!.period.date && formatSourceDate(f!.period.date)).toBe('2023-09-28');
    // Any other sentence after a count leaves its period alone.
    expect(
      figuresOf(
        'At least 200 people were killed.\n\nAs of Thursday, the road was closed.',
        'Published: 2023-09-28',
      )[0]!.period.text,
    ).toBeNull();
  });
});
