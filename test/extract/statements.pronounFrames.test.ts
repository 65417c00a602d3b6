import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

const INTRO = 'Gagik Harutyunyan, the village head, met the families on Monday. ';

describe('a pronoun subject after a subordinator says what its clause says', () => {
  it('"Although he said …, …": the saying ends with its clause', () => {
    expect(
      speakersMentionsAndQuotes(`${INTRO}Although he said the road was safe, he stayed with them.`),
    ).toEqual([['text:gagik-harutyunyan', 'he', 'the road was safe']]);
  });

  it('"…, though she added that …" in wire copy', () => {
    const text =
      'Anahit Sargsyan runs the clinic in Goris. Supplies were low, though she added that a convoy was due.';
    expect(speakersMentionsAndQuotes(text)).toContainEqual([
      'text:anahit-sargsyan',
      'she',
      'a convoy was due',
    ]);
  });

  it('"because he said …", "where he said …", "as she warned …"', () => {
    expect(
      speakersMentionsAndQuotes(`${INTRO}The families left because he said the shelling would resume.`),
    ).toEqual([['text:gagik-harutyunyan', 'he', 'the shelling would resume']]);
    expect(
      speakersMentionsAndQuotes(
        `${INTRO}He then drove to Goris, where he said the bridge had been repaired.`,
      ),
    ).toEqual([['text:gagik-harutyunyan', 'he', 'the bridge had been repaired']]);
  });

  it('"When he said …, the crowd cheered": what follows the clause is no part of the saying', () => {
    expect(
      speakersMentionsAndQuotes(`${INTRO}When he said the school would reopen, the parents cheered.`),
    ).toEqual([['text:gagik-harutyunyan', 'he', 'the school would reopen']]);
  });

  it('a condition reports no saying: "If he says …"', () => {
    expect(
      speakersMentionsAndQuotes(`${INTRO}If he says the road is safe, the families will return.`),
    ).toEqual([]);
  });
});

describe('a sentence set in brackets', () => {
  it('"(He says …)" is read as the sentence it is, without the brackets', () => {
    expect(speakersMentionsAndQuotes(`${INTRO}(He says the families can return in May.)`)).toEqual([
      ['text:gagik-harutyunyan', 'He', 'the families can return in May'],
    ]);
    expect(speakersMentionsAndQuotes(`${INTRO}(Harutyunyan later said the school would reopen.)`)).toEqual([
      ['text:gagik-harutyunyan', 'Harutyunyan', 'the school would reopen'],
    ]);
  });

  it('a bracket inside what was said stays', () => {
    expect(speakersMentionsAndQuotes(`${INTRO}He said the road (closed since May) would reopen.`)).toEqual([
      ['text:gagik-harutyunyan', 'He', 'the road (closed since May) would reopen'],
    ]);
  });
});
