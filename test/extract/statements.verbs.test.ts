import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Given a sentence: who speaks (as an id) and what they said. */
function said(text: string): { speaker: string; quote: string }[] {
  return extractFrom(text).map((s) => ({
    speaker: s.speaker.id,
    quote: text.slice(s.quote.start, s.quote.end),
  }));
}

describe('verbs of saying other than "say": inversion after a quote', () => {
  it('"“…?” asked X", "“…,” replied X", "“…,” declared X": the quote is what the named one said', () => {
    expect(said('“Who pays for the bridge?” asked Senator Lena Hovik.')).toEqual([
      { speaker: 'text:lena-hovik', quote: 'Who pays for the bridge?' },
    ]);
    expect(said('“Not this year,” replied the mayor, who faces a recall vote in May.')).toEqual([
      { speaker: 'text:mayor', quote: 'Not this year,' },
    ]);
    expect(said('“The ferry will sail again,” declared Governor Paul Dunmore of Maine.')).toEqual([
      { speaker: 'text:paul-dunmore', quote: 'The ferry will sail again,' },
    ]);
    expect(said('“The figures are wrong,” argued Tom Beale, a lawyer for the county.')).toEqual([
      { speaker: 'text:tom-beale', quote: 'The figures are wrong,' },
    ]);
    expect(said('“We lost, but we learned,” tweeted Mark Nellis, who ran the campaign’s website.')).toEqual([
      { speaker: 'text:mark-nellis', quote: 'We lost, but we learned,' },
    ]);
  });

  it('without a quote before it, the noun phrase after such a verb is its object, not a speaker', () => {
    expect(said('The court heard the appeal on Monday, argued the case for the city.')).toEqual([]);
  });
});

describe('verbs that report a reply or a remark only right after a quote', () => {
  it('"“…,” he answered", "“…,” countered X", "“…?” wondered X", "“…,” cautioned the mayor"', () => {
    expect(said('Governor Chris Dale took three questions. “Denver,” he answered.')).toEqual([
      { speaker: 'text:chris-dale', quote: 'Denver,' },
    ]);
    expect(said('“Not so fast,” countered Senator Lena Hovik.')).toEqual([
      { speaker: 'text:lena-hovik', quote: 'Not so fast,' },
    ]);
    expect(said('“We will see,” cautioned the mayor, who has led the town since 2009.')).toEqual([
      { speaker: 'text:mayor', quote: 'We will see,' },
    ]);
    expect(said('“Why here, why now?” wondered Tom Beale, a farmer from Ames.')).toEqual([
      { speaker: 'text:tom-beale', quote: 'Why here, why now?' },
    ]);
  });

  it('"“…,” the expert believes": a thought closing a quote takes the quote as its words', () => {
    expect(
      said(
        'Security analyst Ruben Sahakyan told our paper the truce was fragile. “Neither side can afford ' +
          'another winter war,” the expert believes.',
      ),
    ).toEqual([
      { speaker: 'text:ruben-sahakyan', quote: 'the truce was fragile' },
      { speaker: 'text:ruben-sahakyan', quote: 'Neither side can afford another winter war,' },
    ]);
  });

  it('without a quote they take other objects: no statement', () => {
    expect(said('The analyst believes the reports and thinks nothing of the rumours.')).toEqual([]);
    expect(said('Senator Lena Hovik answered questions for an hour.')).toEqual([]);
    expect(said('The mayor observed the vote from the gallery and continued the talks.')).toEqual([]);
  });
});

describe('a participle of saying without a comma of its own', () => {
  it('"… and suggesting that …" after a participle clause: the main clause’s subject speaks', () => {
    expect(
      said(
        'Since the floods, Governor Paul Dunmore has tried to look steady, blaming no one and suggesting that the levees would hold.',
      ),
    ).toEqual([{ speaker: 'text:paul-dunmore', quote: 'the levees would hold' }]);
  });

  it('a comma inside a closing quote: "… the “king of debt,” noting that …"', () => {
    expect(
      said(
        'Senator Lena Hovik mocked the mayor for calling himself the “king of roads,” noting that half the roads were closed.',
      ),
    ).toEqual([{ speaker: 'text:lena-hovik', quote: 'half the roads were closed' }]);
  });

  it('without "that" after it, "and adding" joins two activities, not a saying', () => {
    expect(said('Senator Lena Hovik spoke about cutting taxes and adding jobs in the state.')).toEqual([]);
  });
});

describe('"was quoted as saying": the quoted one is the speaker, not the outlet', () => {
  it('with or without the outlet that quoted', () => {
    expect(said('Senator Lena Hovik was quoted as saying that the vote would not be delayed.')).toEqual([
      { speaker: 'text:lena-hovik', quote: 'the vote would not be delayed' },
    ]);
    expect(
      said('Governor Paul Dunmore was quoted by a local radio station as saying the bridge is safe.'),
    ).toEqual([{ speaker: 'text:paul-dunmore', quote: 'the bridge is safe' }]);
  });

  it('quoting a text is no saying', () => {
    expect(said('The report was quoted in the debate on the budget.')).toEqual([]);
  });
});

describe('a saying that goes on or comes at once: "continue to warn", "was quick to add"', () => {
  it('the one who continues, or is quick, says it', () => {
    expect(said('As talks resumed, Republicans continue to warn that the deal is a mistake.')).toEqual([
      { speaker: 'text:republicans', quote: 'the deal is a mistake' },
    ]);
    expect(said('Senator Lena Hovik was quick to add that the vote would not be delayed.')).toEqual([
      { speaker: 'text:lena-hovik', quote: 'the vote would not be delayed' },
    ]);
    expect(said('Governor Paul Dunmore is continuing to insist that the bridge is safe.')).toEqual([
      { speaker: 'text:paul-dunmore', quote: 'the bridge is safe' },
    ]);
  });

  it('continuing anything else is no saying', () => {
    expect(said('Rescuers continued to search for survivors in the hills.')).toEqual([]);
  });
});

describe('base forms that are nouns too: "critics note that", never "the claim that"', () => {
  it('after a plural subject and before "that" they are verbs of saying', () => {
    expect(said('Environmental groups claim that the pipeline will leak.')).toEqual([
      { speaker: 'text:environmental-groups', quote: 'the pipeline will leak' },
    ]);
    expect(said('Farm economists note that the new tariffs hit exporters first.')).toEqual([
      { speaker: 'text:farm-economists', quote: 'the new tariffs hit exporters first' },
    ]);
  });

  it('after a determiner, a possessive or an adjective they are nouns', () => {
    expect(said('The mayor’s claim that the roads were safe was false.')).toEqual([]);
    expect(said('Senator Lena Hovik repeated her false claim that the vote was rigged.')).toEqual([]);
    expect(said('His pledge that taxes would fall was broken within a year.')).toEqual([]);
    expect(said('It was a famous claim that nobody in the valley believed.')).toEqual([]);
  });
});

describe('verbs of feeling voiced in words, right beside a quote: regret, lament, deplore, bemoan', () => {
  it('"“…,” a European diplomat regretted": the quote is what the one who regretted said', () => {
    expect(said('“The talks have gone nowhere,” a European diplomat regretted.')).toEqual([
      { speaker: 'text:european-diplomat', quote: 'The talks have gone nowhere,' },
    ]);
    expect(said('“Nobody listens to the villages,” lamented Tom Beale, a farmer from Ames.')).toEqual([
      { speaker: 'text:tom-beale', quote: 'Nobody listens to the villages,' },
    ]);
    expect(said('“Force settles nothing,” an EU diplomat lamented on Wednesday.')).toEqual([
      { speaker: 'text:eu-diplomat', quote: 'Force settles nothing,' },
    ]);
    expect(said('“It is a shameful day,” Senator Lena Hovik deplored.')).toEqual([
      { speaker: 'text:lena-hovik', quote: 'It is a shameful day,' },
    ]);
  });

  it('before a quote, only with a colon or a comma: "X lamented: “…”"', () => {
    expect(said('Governor Paul Dunmore lamented: “The bridge is still shut.”')).toEqual([
      { speaker: 'text:paul-dunmore', quote: 'The bridge is still shut.' },
    ]);
  });

  it('with an object they name a feeling, no words: "regretted the decision"', () => {
    expect(said('Governor Paul Dunmore regretted the decision to close the bridge.')).toEqual([]);
    expect(said('The mayor lamented the loss of the ferry.')).toEqual([]);
  });
});

describe('a reply or a remark introducing a quote: "X answered, “…”"', () => {
  it('right before a comma or a colon and the quote', () => {
    expect(said('Senator Lena Hovik answered, “I have no idea. We are old friends.”')).toEqual([
      { speaker: 'text:lena-hovik', quote: 'I have no idea. We are old friends.' },
    ]);
    expect(said('Asked about the bridge, Governor Paul Dunmore countered: “It is safe.”')).toEqual([
      { speaker: 'text:paul-dunmore', quote: 'It is safe.' },
    ]);
  });
});
