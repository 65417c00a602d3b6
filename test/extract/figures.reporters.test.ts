import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { extractStatements } from '../../src/extract/statements/index.ts';
import type { DocumentTimeline, Figure } from '../../src/extract/types.ts';

/**
 * Who reports a figure, and what it counts, in sentences written for these tests: the answerer of a
 * transcript's turn, a name before its role in apposition, unnamed reports (no one), arrivals and
 * flights out, differences between counts, parts of the dead just counted.
 */

const timeline: DocumentTimeline = { docId: 'doc', reference: null, referenceBasis: null, mentions: [] };

/** Figures as the pipeline reads them: with the document's statements, which name the turns' speakers. */
function figuresOf(text: string): Figure[] {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const statements = extractStatements(text, 'doc', sentences, paragraphs, timeline);
  return extractFigures(text, 'doc', sentences, timeline, statements);
}

/** [category, number as written, reporter as written] for each figure, in text order. */
const read = (text: string) =>
  figuresOf(text).map((f) => [f.category, f.number.text, f.reporter?.text ?? null]);

describe('in a transcript, the figures of an answer are reported by the answerer its label names', () => {
  const transcript = [
    'Defence minister answers questions after the parade',
    '',
    'Correspondent of Channel Five: - Minister, how many servicemen have the mines taken since the war?',
    '',
    'Minister Zakir Hasanov: - Demining goes on every day. Since the fighting stopped, mines have killed 41 of our servicemen and wounded more than 190. We will clear every village.',
  ].join('\n');

  it('gives each figure of the answer to the labelled answerer', () => {
    expect(read(transcript)).toEqual([
      ['killed', '41', 'Minister Zakir Hasanov'],
      ['wounded', 'more than 190', 'Minister Zakir Hasanov'],
    ]);
  });

  it('keeps the speaker the turn resolved to as the reporter entity', () => {
    const [first] = figuresOf(transcript);
    expect(first?.reporter?.entity?.kind).toBe('person');
  });

  it('never gives a figure the text attributes to another source to the answerer', () => {
    const text = transcript.replace(
      'mines have killed 41 of our servicemen',
      'according to the mine agency, mines have killed 41 of our servicemen',
    );
    expect(read(text)[0]).toEqual(['killed', '41', 'the mine agency']);
  });
});

describe('an interview answer, a digest label and an acronym name who reports', () => {
  it('gives "according to our information" in an interview answer to the answerer', () => {
    const text = [
      'Radio Van: How many people are still in the town?',
      '',
      'Harutyunyan: According to our information, more than 9,000 people have crossed into Armenia since Monday.',
    ].join('\n');
    expect(read(text)).toEqual([['displaced', 'more than 9,000', 'Harutyunyan']]);
  });

  it('leaves "according to our data" in the document’s own voice without a reporter', () => {
    expect(read('According to our data, 300 people have fled the valley.')).toEqual([
      ['displaced', '300', null],
    ]);
  });

  it('reads a body’s name before a digest line’s colon as its reporter, a topic never', () => {
    expect(
      read('🔸 Georgia’s Interior Ministry: two border guards injured in a car crash near Sadakhlo.'),
    ).toEqual([['wounded', 'two', 'Georgia’s Interior Ministry']]);
    expect(read('Mine blast near Tartar: two deminers were injured on Friday.')).toEqual([
      ['wounded', 'two', null],
    ]);
  });

  it('reads "WHO" as the organisation, "who" as the pronoun', () => {
    expect(read('At least 80 people were treated for burns after the fire, WHO reported.')).toEqual([
      ['wounded', 'At least 80', 'WHO'],
    ]);
    expect(read('Those who said that 14 people were killed were not there.')).toEqual([
      ['killed', '14', null],
    ]);
  });
});

describe('reported speech names the reporter of the figures in its clause', () => {
  it('gives a figure in "He said that …" to the person the statement resolved "He" to', () => {
    expect(
      read(
        'Georgia’s interior minister, Vakhtang Gomelauri, visited the crossing on Monday. He said that more than 3,000 people had fled the valley.',
      ),
    ).toEqual([['displaced', 'more than 3,000', 'Vakhtang Gomelauri']]);
  });

  it('gives no reporter through a verb that tells no figure ("accused … as thousands crossed")', () => {
    expect(
      read('The mayor has accused the army of shelling the town, as 300 people fled the valley.'),
    ).toEqual([['displaced', '300', null]]);
  });

  it('reads "no one" as nobody, never a count of one', () => {
    expect(read('The spokesman said that no one had been forced to leave.')).toEqual([]);
  });
});

describe('a name before its role in apposition reports what its that-clauses say', () => {
  it('reads the name, not the role, as the reporter of every count in the clauses', () => {
    expect(
      read(
        'Anahit Manasyan, the region’s acting human rights defender, said that about 90 people had been killed, among them at least six children, and that nearly 250 had been wounded.',
      ),
    ).toEqual([
      ['killed', 'about 90', 'Anahit Manasyan'],
      ['killed', 'at least six', 'Anahit Manasyan'],
      ['wounded', 'nearly 250', 'Anahit Manasyan'],
    ]);
  });
});

describe('unnamed reports are no reporter, and a verb is never one', () => {
  it('leaves "we have heard reports that" without a reporter', () => {
    expect(read('We have heard reports that at least 15 people were killed and about 70 injured.')).toEqual([
      ['killed', 'at least 15', null],
      ['wounded', 'about 70', null],
    ]);
  });

  it('takes no one who denies or cannot confirm a figure as its reporter', () => {
    expect(
      read('There are reports that at least 25 people were killed, but we cannot confirm them.'),
    ).toEqual([['killed', 'at least 25', null]]);
    expect(read('The governor did not confirm that 11 villagers were wounded.')).toEqual([
      ['wounded', '11', null],
    ]);
  });

  it('does not carry the source of the sentence before over unnamed reports', () => {
    expect(
      read(
        'According to the border service, 4,200 people crossed into Armenia on Friday. There are also reports that 12 people were killed near the checkpoint.',
      ),
    ).toEqual([
      ['displaced', '4,200', 'the border service'],
      ['killed', '12', null],
    ]);
  });
});

describe('counts read where the verb or its companions were missed', () => {
  it('reads arrivals from the region as displacement, with a part nested', () => {
    const figures = figuresOf(
      'By Friday, 84,300 people had arrived from Nagorno-Karabakh, among them some 21,000 children, the ministry said.',
    );
    expect(figures.map((f) => [f.category, f.number.text, f.reporter?.text])).toEqual([
      ['displaced', '84,300', 'the ministry'],
      ['displaced', 'some 21,000', 'the ministry'],
    ]);
    expect(figures[1]?.partOf).toBe(figures[0]?.id);
  });

  it('reads "martyred", as state copy writes deaths in service, as killed', () => {
    expect(
      read('According to the ministry, 64 servicemen were martyred and 130 others were wounded.'),
    ).toEqual([
      ['killed', '64', 'the ministry'],
      ['wounded', '130', 'the ministry'],
    ]);
  });

  it('reads past an "including" aside whose count is grouped in thousands', () => {
    const figures = figuresOf(
      'The envoy said that some 7,000 people, including 2,500 children, had been evacuated from the valley.',
    );
    expect(figures.map((f) => [f.category, f.number.text, f.reporter?.text])).toEqual([
      ['evacuated', 'some 7,000', 'The envoy'],
      ['evacuated', '2,500', 'The envoy'],
    ]);
    expect(figures[1]?.partOf).toBe(figures[0]?.id);
  });

  it('reads the finite verb after a participle that only modifies what is counted', () => {
    expect(
      read('The Red Cross said 23 of the people injured in the shelling had been airlifted to Yerevan.'),
    ).toEqual([['evacuated', '23', 'The Red Cross']]);
    expect(read('Three villagers died and 14 were injured.')).toEqual([
      ['killed', 'Three', null],
      ['wounded', '14', null],
    ]);
  });

  it('reads "in under a week" as how long it took, not a rate', () => {
    const [fled] = figuresOf('More than 40,000 people fled the valley in less than a week, the agency said.');
    expect(fled).toMatchObject({ category: 'displaced', number: { text: 'More than 40,000' } });
    expect(fled?.kind).toBeUndefined();
  });

  it('reads "inside" or "aboard" between the count and its verb', () => {
    expect(read('All three crew members aboard were killed, the army said in a statement.')).toEqual([
      ['killed', 'three', 'the army'],
    ]);
  });

  it('reads "flown out" as an evacuation, over the adjective in what is counted', () => {
    expect(read('Some 35 wounded civilians were flown out to Yerevan on Sunday.')).toEqual([
      ['evacuated', 'Some 35', null],
    ]);
  });

  it('reads "revised the number of wounded up to five" as five, not "up to five"', () => {
    const [, revised] = figuresOf(
      'Four soldiers were wounded at dawn. The ministry later revised the number of wounded up to five.',
    );
    expect(revised).toMatchObject({
      category: 'wounded',
      number: { text: 'five', hedge: null, low: 5, high: 5 },
    });
  });

  it('labels "N more than it had given" a change, not a total', () => {
    const figures = figuresOf(
      'The ministry raised its count of dead servicemen to 58, 14 more than it had given on Monday.',
    );
    expect(figures.map((f) => [f.number.text, f.kind ?? 'total'])).toEqual([
      ['58', 'total'],
      ['14', 'change'],
    ]);
  });

  it('nests "N of the dead" in the count of the dead just given', () => {
    const figures = figuresOf(
      'According to the ministry, 120 servicemen were killed and 9 are missing. At least 30 of the dead were reservists.',
    );
    expect(figures.map((f) => [f.category, f.number.text])).toEqual([
      ['killed', '120'],
      ['missing', '9'],
      ['killed', 'At least 30'],
    ]);
    expect(figures[2]?.partOf).toBe(figures[0]?.id);
  });
});
