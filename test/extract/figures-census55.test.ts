import { describe, expect, it } from 'vitest';
import { figuresWithStatementsOf as figures } from './figures.helpers.ts';

// Sentences written for these tests: the grammar behind outlets-fresh-84's wrong reporters.

describe('a part told after its total, with its own source named between them', () => {
  it('"X said 52,000 had fled, and the UN agency said about 9,000 of them were children": the part is the agency\'s', () => {
    expect(
      figures(
        "Yerevan's government said on Monday that 52,000 people had fled the region, and the UN children's agency said about 9,000 of them were children.",
      ),
    ).toEqual([
      ['displaced', '52,000', "Yerevan's government"],
      ['displaced', 'about 9,000', "the UN children's agency"],
    ]);
  });

  it("with no source between, the part keeps the total's source", () => {
    expect(
      figures('Officials said 52,000 people had fled the region, about 9,000 of them children.'),
    ).toEqual([
      ['displaced', '52,000', 'Officials'],
      ['displaced', 'about 9,000', 'Officials'],
    ]);
  });
});

describe('a reporting verb joined by ", but" to the sentence\'s first clause shares its subject', () => {
  it('"Baku does not publish its losses, but says 40 civilians were killed" is Baku\'s count', () => {
    expect(
      figures(
        'According to the rebel authorities, 700 fighters have died. Baku does not publish its military losses, but says 40 civilians have been killed.',
      ),
    ).toEqual([
      ['killed', '700', 'the rebel authorities'],
      ['killed', '40', 'Baku'],
    ]);
  });

  it('"It should be noted that the regime claimed …, and announced …": the "that" clause\'s subject stays', () => {
    expect(
      figures(
        'It should be noted that the rebel command claimed today that three of its fighters had been killed and 9 wounded in the fighting, and announced a call-up.',
      ),
    ).toEqual([
      ['killed', 'three', 'the rebel command'],
      ['wounded', '9', 'the rebel command'],
    ]);
  });
});

describe('counts the f84 census found missed', () => {
  it('"four were wounded, one of them seriously": a breakdown by how badly is a part of the count', () => {
    expect(
      figures("Four other people were wounded, one of them seriously, the prosecutor's office said."),
    ).toEqual([
      ['wounded', 'Four', "the prosecutor's office"],
      ['wounded', 'one', "the prosecutor's office"],
    ]);
  });

  it('"one of them is in serious condition" still tells a state, no count', () => {
    expect(figures('Four people were wounded. One of them is in serious condition.')).toEqual([
      ['wounded', 'Four', null],
    ]);
  });

  it('a headline\'s plural "clashes kill over 100" is a toll', () => {
    expect(figures('Border clashes kill over 100\n\nWarsaw urged calm on Wednesday.')).toEqual([
      ['killed', 'over 100', null],
    ]);
  });

  it('"cost "nearly 5,000 lives"": a quoted count of lives is a toll', () => {
    expect(figures('The president said the war had cost "nearly 5,000 lives" on both sides.')).toEqual([
      ['killed', 'nearly 5,000', 'The president'],
    ]);
  });
});

describe('a part after "since Sunday morning," in a dated piece', () => {
  it('"84 … killed since Sunday morning, 19 of them on Monday" nests 19 in 84', async () => {
    const { extractCorpus } = await import('../../src/extract/index.ts');
    const { inferMetadata } = await import('../../src/corpus/metadata.ts');
    const text =
      'Fighting spreads\n\nSeptember 28, 2020\n\nOfficials said 84 soldiers had been killed since Sunday morning, 19 of them on Monday.\n';
    const { meta, bodyStart } = inferMetadata(text);
    const doc = { id: 'd', file: 'd.txt', text, sha256: '', label: 'd', meta, bodyStart };
    const { byDoc } = extractCorpus([doc], new Date(Date.UTC(2026, 10, 23)));
    expect(byDoc.get('d')!.figures.map((f) => [f.number.text, f.partOf ?? null])).toEqual([
      ['84', null],
      ['19', 'd#f1'],
    ]);
  });
});

describe('a saying closes at a semicolon: the clause after it tells its own count', () => {
  it('"the ministry had reported two killed; the toll rose by five" leaves the change unsourced', () => {
    expect(
      figures(
        'Initially, the ministry had reported two soldiers killed; the toll rose by five after the positions were cleared.',
      ),
    ).toEqual([
      ['killed', 'two', 'the ministry'],
      ['killed', 'five', null],
    ]);
  });

  it('"According to X, …; …" still frames both clauses', () => {
    expect(
      figures('According to the ministry, 20 soldiers were killed; 30 were wounded.').map(([, , r]) => r),
    ).toEqual(['the ministry', 'the ministry']);
  });
});
