import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';
import type { DocumentTimeline } from '../../src/extract/types.ts';
import { extracted, figuresOf } from './figures.helpers.ts';

const undated: DocumentTimeline = { docId: 'doc', reference: null, referenceBasis: null, mentions: [] };

describe('people carried to care or shelter were evacuated, whatever the verb of carrying', () => {
  it.each([
    [
      // agency style, a part in an aside before the passive verb
      'Since the start of the siege, more than 300 patients, including about 40 children, have been transferred to Armenian hospitals, the regional health ministry reported.',
      [
        ['evacuated', 'more than 300', 'the regional health ministry'],
        ['evacuated', 'about 40', 'the regional health ministry'],
      ],
    ],
    [
      // wire style, two verbs of carrying joined
      'The health minister, Lilit Sargsyan, told reporters that 85 of the burn victims had been flown or driven to hospitals in the capital.',
      [['evacuated', '85', 'Lilit Sargsyan']],
    ],
    [
      // state media style, "taken in at" a base
      'Some 1,200 people, including 400 children, have been taken in at the peacekeepers’ base outside the town, the ministry said.',
      [
        ['evacuated', 'Some 1,200', 'the ministry'],
        ['evacuated', '400', 'the ministry'],
      ],
    ],
    [
      // broadsheet style, an active verb with a modifier between the count and the destination
      'Since January, the Red Cross has transferred 52 patients in need of surgery to hospitals in Yerevan, a spokeswoman, Nune Arakelyan, said.',
      [['evacuated', '52', 'Nune Arakelyan']],
    ],
    [
      // the sick carried to a named place
      'More than 90 patients have been transported to Armenia by the ICRC since the road was closed, he said.',
      [['evacuated', 'More than 90', null]],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual(want);
  });

  it.each([
    'About 200 soldiers were transferred to the base near the border on Monday.',
    'Twelve prisoners were transferred to Baku, the prosecutor’s office said.',
    'Some 40 people were taken to Yerevan for the talks, the ministry said.',
    'The ministry said 30 trucks had been moved to the base overnight.',
  ])('no evacuation: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  // Local care is no evacuation: those taken to hospital are counted as the hurt (session 37).
  it.each([
    ['Five people were taken to hospital with burns, police said.', ['wounded', 'Five', 'police']],
    [
      'Twelve residents were taken to the hospital after the blast, the mayor told reporters.',
      ['wounded', 'Twelve', 'the mayor'],
    ],
    ['Some 30 people were taken to a hospital in the town on Sunday.', ['wounded', 'Some 30', null]],
  ])('local care, no evacuation: %s', (text, figure) => {
    expect(figuresOf(text)).toEqual([figure]);
  });
});

describe('a count named by its subject, however long the clause that says what befell them', () => {
  it.each([
    [
      'The number of servicemen who died while repelling the attack launched by the other side on the border overnight on March 3-4 has risen to 48, the agency reports citing the Defence Ministry.',
      ['killed', '48', 'the Defence Ministry'],
    ],
    [
      'The number of civilians who were wounded as shells hit residential districts of the city over the weekend, according to preliminary data, has reached 112.',
      ['wounded', '112', null],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual([want]);
  });

  it('"killed or injured" in the subject is a combined toll, which no category is', () => {
    expect(
      figuresOf(
        'The number of people killed or injured by mines in the region since the war ended has reached 290, the agency said.',
      ),
    ).toEqual([]);
  });
});

describe('"approaching N" keeps its hedge', () => {
  it.each([
    ['Lavrov said in November that the combined death toll was approaching 6,000.', 'approaching 6,000'],
    ['The toll from the quake was nearing 2,000 on Friday, officials said.', 'nearing 2,000'],
  ])('%s', (text, number) => {
    expect(figuresOf(text).map((f) => f[1])).toEqual([number]);
    expect(extracted(text)[0]!.number.high).not.toBeNull();
    expect(extracted(text)[0]!.number.low).toBeNull();
  });
});

describe('a source that closes one conjunct gives only its counts', () => {
  it.each([
    [
      'The war killed about 2,000 soldiers, according to Baku, and nearly 3,000 fighters, according to Yerevan.',
      [
        ['killed', 'about 2,000', 'Baku'],
        ['killed', 'nearly 3,000', 'Yerevan'],
      ],
    ],
    [
      'The shelling killed 12 soldiers on both sides, according to figures released by the two ministries, and forced 5,000 people in Tavush from their homes, provincial officials said.',
      [
        ['killed', '12', 'the two ministries'],
        ['displaced', '5,000', 'provincial officials'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual(want);
  });

  it('a later conjunct with no source of its own is told by the same source', () => {
    expect(
      figuresOf(
        'The country lost 3,100 servicemen, according to the Ministry of Defence, and 190 are still considered missing.',
      ),
    ).toEqual([
      ['killed', '3,100', 'the Ministry of Defence'],
      ['missing', '190', 'the Ministry of Defence'],
    ]);
  });
});

describe('more ways of saying what befell those counted', () => {
  it.each([
    [
      'The ministry noted that 14 more servicemen had been found dead at the positions, and their bodies were returned.',
      [['killed', '14', 'The ministry']],
    ],
    [
      'Baku says 400 of its citizens are still missing, while Yerevan lists about 700 people as missing since the war.',
      [
        ['missing', '400', 'Baku'],
        ['missing', 'about 700', 'Yerevan'],
      ],
    ],
    ['Two of the martyrs were border guards, the ministry said.', [['killed', 'Two', 'the ministry']]],
  ])('%s', (text, want) => {
    expect(figuresOf(text)).toEqual(want);
  });

  it('"14 more … found dead" is a change', () => {
    expect(
      extracted('The ministry noted that 14 more servicemen had been found dead at the positions.')[0]!.kind,
    ).toBe('change');
  });
});

describe('"the ministry" reporting is the body the statements resolved, when only one was named', () => {
  const withStatements = (text: string) => {
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    const statements = extractStatements(text, 'doc', sentences, paragraphs, undated);
    return extractFigures(text, 'doc', sentences, undated, statements).map((f) => [
      f.number.text,
      f.reporter?.text ?? null,
      f.reporter?.entity?.id ?? null,
    ]);
  };

  it('one ministry named before: its entity, the words as written with the name they stand for', () => {
    expect(
      withStatements(
        'Azerbaijan’s Defense Ministry said its forces had taken several positions. ' +
          'The ministry said three police officers were killed by a mine earlier in the day.',
      ),
    ).toEqual([['three', 'The ministry (Azerbaijan’s Defense Ministry)', 'mod-azerbaijan']]);
  });

  it('two defence ministries named before: no entity', () => {
    const [figure] = withStatements(
      'The Russian Defense Ministry said its patrols had been fired on. The Azerbaijani Defense Ministry said ' +
        'its troops had returned fire. More than 900 people have been taken in at the contingent’s base, the ministry said.',
    );
    expect(figure).toEqual(['More than 900', 'the ministry', null]);
  });
});

describe('"at a rate of N": a rate of those the words before it name', () => {
  it.each([
    [
      'Refugees kept coming through the night. The deputy governor said the reception centre in Goris was processing arrivals at a rate of roughly 500 people an hour.',
      ['displaced', 'roughly 500', 'The deputy governor', 'rate'],
    ],
    [
      'Civilians were fleeing the city at a rate of about 2,000 a day, the UN refugee agency said.',
      ['displaced', 'about 2,000', 'the UN refugee agency', 'rate'],
    ],
  ])('%s', (text, want) => {
    expect(
      extracted(text).map((f) => [f.category, f.number.text, f.reporter?.text ?? null, f.kind ?? 'total']),
    ).toEqual([want]);
  });

  it('arrivals where no one speaks of refugees are travellers', () => {
    expect(
      figuresOf('The airport handled arrivals at a rate of 600 people an hour, the operator said.'),
    ).toEqual([]);
  });
});

describe('a reporting verb joined to the first verb shares the subject that opens the sentence', () => {
  it.each([
    [
      'The fighting killed at least 900 soldiers, according to officials in the region. Baku has kept its own military losses secret but says 75 civilians died.',
      ['killed', '75', 'Baku'],
    ],
    [
      'Armenian officials did not give a total for soldiers but said 31 civilians had been wounded.',
      ['wounded', '31', 'Armenian officials'],
    ],
  ])('%s', (text, want) => {
    expect(figuresOf(text).at(-1)).toEqual(want);
  });
});
