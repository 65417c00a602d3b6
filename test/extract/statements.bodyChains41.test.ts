import { describe, expect, it } from 'vitest';
import { speakersAndQuotes, statementsOf } from './statements.helpers.ts';

describe('"…, where it said …": a saying in a relative clause on a place or a publication', () => {
  it('after a first saying, the where-clause is a statement of its own, not part of the first', () => {
    const text =
      'The Interior Ministry said on Monday that its forces had struck only military posts and accused the rebels of shelling Gori, where it said one civilian was killed on Sunday.';
    expect(speakersAndQuotes(text)).toEqual([
      [
        'text:interior-ministry',
        'its forces had struck only military posts and accused the rebels of shelling Gori',
      ],
      ['text:interior-ministry', 'one civilian was killed on Sunday'],
    ]);
  });

  it('"it" is the body the sentence opens with: "posted a video on Telegram, where it said …"', () => {
    const text =
      'The Health Ministry posted a video on Telegram, where it said 14 patients had been moved to Goris.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:health-ministry', '14 patients had been moved to Goris'],
    ]);
  });

  it('"she" after a person\'s saying is hers, and her first words end at the comma', () => {
    const text =
      'Mayor Anna Berg said the shelling had hit the port, where she said three dockers were wounded.';
    expect(speakersAndQuotes(text)).toEqual([
      ['text:anna-berg', 'the shelling had hit the port'],
      ['text:anna-berg', 'three dockers were wounded'],
    ]);
  });

  it('"it" after a person is no one: the first saying ends, no second is made', () => {
    const text =
      'Mayor Anna Berg said the shelling had hit the port, where it said three dockers were wounded.';
    expect(speakersAndQuotes(text)).toEqual([['text:anna-berg', 'the shelling had hit the port']]);
  });
});

describe('"…, the ministry said two days ago": a time counted back from now closes a tail', () => {
  it.each(['two days ago', 'an hour ago', 'a few hours ago'])(
    '"said %s" is the attribution, not what was said',
    (ago) => {
      const text = `The Interior Ministry said the road had been closed. The supply was restored this morning, the ministry said ${ago}.`;
      expect(speakersAndQuotes(text).at(-1)).toEqual([
        'text:interior-ministry',
        'The supply was restored this morning',
      ]);
    },
  );
});

describe('"the company" after a firm named by its brand alone', () => {
  it('is the firm that spoke just before in the paragraph', () => {
    const text =
      'Regiongas said the pipeline had been damaged near the front line. The supply was restored this morning, the company reported.';
    expect(speakersAndQuotes(text).at(-1)).toEqual([
      'text:regiongas',
      'The supply was restored this morning',
    ]);
  });

  it('is no public body: after a ministry, "the company" stays as written', () => {
    const text =
      'The Interior Ministry said the pipeline had been damaged near the front line. The supply was restored this morning, the company reported.';
    expect(speakersAndQuotes(text).at(-1)).toEqual(['text:company', 'The supply was restored this morning']);
  });

  it('is no one of two firms that spoke in the paragraph', () => {
    const text =
      'Regiongas said the pipeline had been damaged. Voltera said the power lines were down. The supply was restored this morning, the company reported.';
    expect(speakersAndQuotes(text).at(-1)).toEqual(['text:company', 'The supply was restored this morning']);
  });
});

describe('"she said he told her …": a relative the speaker named before relays (CONVENTIONS 14)', () => {
  it('a pronoun of the other sex telling the speaker is her relative of that sex, by the name the text gave', () => {
    const text =
      'Lilit Sargsyan talks to her brother Aram by phone whenever the line works. She said he told her this week that the shelves in the shops were almost empty.';
    expect(statementsOf(text)).toEqual([
      {
        speaker: 'text:lilit-sargsyan',
        kind: 'reported',
        quote: 'he told her this week that the shelves in the shops were almost empty',
      },
      {
        speaker: 'text:aram',
        via: 'text:lilit-sargsyan',
        kind: 'reported',
        quote: 'the shelves in the shops were almost empty',
      },
    ]);
  });

  it('a relative opening the sentence ("Her brother told her …, she said") relays as one after "said" does', () => {
    const text =
      'Lilit Sargsyan talks to her brother by phone whenever the line works. Her brother told her last week that the pharmacy had run out of insulin, she said.';
    expect(speakersAndQuotes(text).at(-1)).toEqual([
      'text:lilit-sargsyan-brother',
      'the pharmacy had run out of insulin',
    ]);
  });

  it('a pronoun of the speaker’s own sex may be the speaker: no relay is read', () => {
    const text =
      'Lilit Sargsyan talks to her sister by phone whenever the line works. She said she told her this week that the shelves in the shops were almost empty.';
    expect(speakersAndQuotes(text)).toHaveLength(1);
  });

  it('with no relative of that sex named before, "he" is no one', () => {
    const text =
      'Lilit Sargsyan talks to her sister by phone whenever the line works. She said he told her this week that the shelves in the shops were almost empty.';
    expect(speakersAndQuotes(text)).toHaveLength(1);
  });
});

describe('"It added that he had stressed that …": a body hands on the person named before', () => {
  it('gives the body’s statement and the person’s, via the body', () => {
    const text =
      'Foreign Secretary John Hale spoke to both his counterparts by telephone on Sunday, the Foreign Office said. It added that he had stressed that the truce "must be strictly observed."';
    expect(statementsOf(text).slice(-2)).toEqual([
      {
        speaker: 'text:foreign-office',
        kind: 'reported',
        quote: 'he had stressed that the truce "must be strictly observed."',
      },
      {
        speaker: 'text:john-hale',
        via: 'text:foreign-office',
        kind: 'reported',
        quote: 'the truce "must be strictly observed."',
      },
    ]);
  });

  it('a person’s "that he …" is the person himself: no one is relayed', () => {
    const text =
      'Speaking in Yerevan, parliament speaker Aram Vardan was more cautious. The envoy, Toivo Lind, posted on X that he "warmly" welcomed the statement.';
    expect(statementsOf(text).every((s) => s.speaker !== 'text:aram-vardan')).toBe(true);
  });
});
