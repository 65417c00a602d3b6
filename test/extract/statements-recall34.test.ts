import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Session 34: a that-clause read whole when a phrase set off by commas opens it. */
describe('a that-clause opened by a phrase set off by commas', () => {
  it('"said that, after talks, …": the adverbial past "that," is the clause\'s own', () => {
    expect(
      statementsOf(
        'The ministry said late on Monday that, after talks with both sides, a truce had taken hold.',
      ),
    ).toEqual([
      {
        speaker: 'text:ministry',
        kind: 'reported',
        quote: 'after talks with both sides, a truce had taken hold',
      },
    ]);
  });

  it('"informed that, as of today, …" and "informed that, following …": the same past a verb read with its "that"', () => {
    expect(
      statementsOf('The commission informed that, as of today, 120 people were listed as missing.'),
    ).toEqual([
      {
        speaker: 'text:commission',
        kind: 'reported',
        quote: 'as of today, 120 people were listed as missing',
      },
    ]);
    expect(
      statementsOf(
        'The agency informed that, following a request from the villagers, the checkpoint had been moved.',
      ),
    ).toEqual([
      {
        speaker: 'text:agency',
        kind: 'reported',
        quote: 'following a request from the villagers, the checkpoint had been moved',
      },
    ]);
  });

  it('after the verb with no "that", a phrase set off is still the writer\'s setting', () => {
    expect(statementsOf('The talks will resume, the ministry said, after the holiday ends.')).toEqual([
      { speaker: 'text:ministry', kind: 'reported', quote: 'The talks will resume' },
    ]);
  });

  it('"informed that …, according to preliminary data.": data at the end is no source either; the verb\'s speaker said it', () => {
    expect(
      statementsOf(
        'Lilit Avetisyan informed that 60 houses had been damaged in three villages, according to preliminary data.',
      ),
    ).toEqual([
      {
        speaker: 'text:lilit-avetisyan',
        kind: 'reported',
        quote: '60 houses had been damaged in three villages',
      },
    ]);
  });

  it('"stated that, according to preliminary data, …": data with no author is no source; the frame\'s speaker said it all', () => {
    expect(
      statementsOf(
        'Lilit Avetisyan stated that, according to preliminary data, at least 50 houses had been damaged.',
      ),
    ).toEqual([
      {
        speaker: 'text:lilit-avetisyan',
        kind: 'reported',
        quote: 'according to preliminary data, at least 50 houses had been damaged',
      },
    ]);
    expect(
      statementsOf(
        'Karen Melikyan said that, according to information available to his office, at least 90 people were still held.',
      ),
    ).toEqual([
      {
        speaker: 'text:karen-melikyan',
        kind: 'reported',
        quote: 'according to information available to his office, at least 90 people were still held',
      },
    ]);
  });
});

describe('a concessive clause after what was said', () => {
  it('"…, although Baku acknowledged only 72": no attribution of the clause before; the first saying holds', () => {
    expect(
      statementsOf(
        'Karen Melikyan said at least 200 people were still held, although Baku acknowledged only 72.',
      ),
    ).toEqual([
      { speaker: 'text:karen-melikyan', kind: 'reported', quote: 'at least 200 people were still held' },
    ]);
  });

  it('with no saying before it, the concessive clause gives no statement', () => {
    expect(statementsOf('The road reopened on Monday, though officials warned of delays.')).toEqual([]);
  });
});

describe('a saying in a relative clause on a name', () => {
  it('"…, who said on Thursday that “…”": a quote alone is what was said', () => {
    expect(
      statementsOf(
        'The march was led by Bishop Mesrop Harutyunyan, who said on Thursday in Gyumri that "the land is being given away without a guarantee."',
      ),
    ).toEqual([
      {
        speaker: 'text:mesrop-harutyunyan',
        kind: 'direct',
        quote: 'the land is being given away without a guarantee.',
      },
    ]);
  });
});
