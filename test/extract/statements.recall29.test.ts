import { describe, expect, it } from 'vitest';
import { idsAndWords } from './statements.helpers.ts';

describe('a relative clause ending in a number leaves the verb after it a verb', () => {
  it.each(['argued', 'insisted', 'added', 'noted'])('"X, who … in 2019, %s …"', (verb) => {
    const text = `Lena Varga, who joined the council in 2019, ${verb} the new budget leaves schools short of teachers.`;
    expect(idsAndWords(text)).toEqual([
      { id: 'text:lena-varga', said: 'the new budget leaves schools short of teachers' },
    ]);
  });

  it('a number with its own comma still counts a plural noun: "2,500 claims"', () => {
    const text = 'The insurer rejected 2,500 claims filed after the storm.';
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('how long or how often it was said stands between the verb and what was said', () => {
  it.each([
    ['has said for weeks', 'the ceasefire will not hold'],
    ['has said for the past two years', 'the ceasefire will not hold'],
    ['said repeatedly', 'the ceasefire will not hold'],
    ['has said publicly', 'the ceasefire will not hold'],
  ])('"Varga %s …"', (verb, said) => {
    const text = `Lena Varga ${verb} ${said}.`;
    expect(idsAndWords(text)).toEqual([{ id: 'text:lena-varga', said }]);
  });
});

describe('a source after "according to" may carry a relative clause of any length', () => {
  it('"according to a campaign official who was not authorized to …": the official', () => {
    const text =
      'The mayor will ask the council for another $3 million for road repairs, according to a campaign official who was not authorized to speak publicly before the vote.';
    expect(idsAndWords(text)).toEqual([
      {
        id: 'text:campaign-official',
        said: 'The mayor will ask the council for another $3 million for road repairs',
      },
    ]);
  });

  it('a short relative clause reads as before', () => {
    const text =
      'The border crossing will reopen on Monday, according to a diplomat who asked not to be named.';
    expect(idsAndWords(text)).toEqual([
      { id: 'text:diplomat', said: 'The border crossing will reopen on Monday' },
    ]);
  });
});

describe('a body addressed after "told" closes the attribution as "told reporters" does', () => {
  it.each(['told a Senate panel Wednesday', 'told a parliamentary committee', 'told the crowd on Sunday'])(
    '"…, Varga %s."',
    (told) => {
      const text = `The new brigade will be ready by spring, Lena Varga ${told}.`;
      expect(idsAndWords(text)).toEqual([
        { id: 'text:lena-varga', said: 'The new brigade will be ready by spring' },
      ]);
    },
  );

  it('"told a crowd that …" still reads "that" as the clause told', () => {
    const text = 'Lena Varga told a crowd that the brigade would be ready by spring.';
    expect(idsAndWords(text)).toEqual([
      { id: 'text:lena-varga', said: 'the brigade would be ready by spring' },
    ]);
  });
});

describe('a description or setting closed by a comma inside a quote leaves the name before it the speaker', () => {
  it.each([
    ['Varga, the host of the program "Open Studio," said', 'text:varga'],
    ['Lena Varga, in an interview with the channel "Civic TV," said', 'text:lena-varga'],
    ['Lena Varga, speaking on the program "Open Studio," said', 'text:lena-varga'],
  ])('"%s …"', (frame, id) => {
    const text = `${frame} the talks would resume in March.`;
    expect(idsAndWords(text)).toEqual([{ id, said: 'the talks would resume in March' }]);
  });
});

describe('an -ing form owned by a possessive ends a subject as a noun', () => {
  it('"a source familiar with the minister’s thinking said …"', () => {
    const text =
      "A source familiar with the minister's thinking said the next round would be held in Vienna.";
    expect(idsAndWords(text)).toEqual([
      { id: 'text:source', said: 'the next round would be held in Vienna' },
    ]);
  });

  it('a participle set off after a comma still says nothing: "…, saying"', () => {
    const text = 'The talks stalled again on Friday, leaving the next round unscheduled.';
    expect(idsAndWords(text)).toEqual([]);
  });
});

describe('a relative clause set off after a closing name is no part of the speaker', () => {
  it('"…, Lena Varga, who heads the council’s budget office, said."', () => {
    const text =
      "The budget will be cut by a tenth, Lena Varga, who heads the council's budget office, said.";
    expect(idsAndWords(text)).toEqual([{ id: 'text:lena-varga', said: 'The budget will be cut by a tenth' }]);
  });
});

describe('a partial quote closing the content sets off the name after it as a comma would', () => {
  it('"… “words,” Name, a role, said": the name speaks and the content ends with the quote', () => {
    const text =
      'The new tariffs are “a step in the wrong direction,” Lena Varga, an adviser to the council, said.';
    expect(idsAndWords(text)).toEqual([
      { id: 'text:lena-varga', said: 'The new tariffs are “a step in the wrong direction,”' },
    ]);
  });

  it('"… “words,” a role, Name, said": the name speaks and the role is no content', () => {
    const text =
      'The new tariffs are “a step in the wrong direction,” an adviser to the council, Lena Varga, said.';
    expect(idsAndWords(text)).toEqual([
      { id: 'text:lena-varga', said: 'The new tariffs are “a step in the wrong direction,”' },
    ]);
  });
});
