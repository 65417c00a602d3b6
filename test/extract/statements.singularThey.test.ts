import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, text.slice(s.quote.start, s.quote.start + 24)]);

/** Who each statement whose speaker is written "they" is given to. */
const they = (text: string) =>
  extractFrom(text)
    .filter((s) => /^they$/i.test(s.mention))
    .map((s) => s.speaker.id);

describe('"they" for the one person the sentence before is about', () => {
  it('an unnamed person whose gender the text does not give: "They added that …" is them', () => {
    const text =
      'The Interior Ministry said the bridge would reopen in May. ' +
      'A second engineer, who asked not to be named, noted that the decision was "long overdue" and barely begun. ' +
      'They added that the old crossing had been closed since March.';
    expect(who(text)).toEqual([
      ['text:interior-ministry', 'the bridge would reopen '],
      ['text:engineer', 'the decision was "long o'],
      ['text:engineer', 'the old crossing had bee'],
    ]);
  });

  it('a named person who never spoke before: "X has packed the car. They say …" is X, not the body named earlier', () => {
    const text =
      'The Interior Ministry said the border would stay open.\n\n' +
      'Robin Tashjian, who ran the village bakery, has loaded the entire contents of the shop into a truck. ' +
      'They say they will not leave anything behind.';
    expect(who(text)).toEqual([
      ['text:interior-ministry', 'the border would stay op'],
      ['text:robin-tashjian', 'they will not leave anyt'],
    ]);
  });

  it('a quote closed by "they said" after the person told something', () => {
    const text =
      'A farmer from Dovegh told the radio station that the new line would cut through the orchard. ' +
      '“We will lose half the trees,” they said.';
    expect(who(text).map((w) => w[0])).toEqual(['text:farmer', 'text:farmer']);
  });

  it('the name the person asked to be called by is who they are', () => {
    const text =
      "Dr Balian's colleague, who collected the donations and asked to be named only as Kit, said the money would buy insulin. " +
      '“Everyone gave something,” they said.';
    expect(who(text).at(-1)).toEqual(['text:kit', 'Everyone gave something,']);
  });
});

describe('"they" for one who withheld their name, whatever the clause they told of', () => {
  it('given "a nurse, who did not give a name, said that most arrivals had not slept. They said …", the nurse', () => {
    const text =
      'At the camp, a nurse handing out blankets, who did not give a name, said that most arrivals had not slept for days. ' +
      'They said children were arriving barefoot.';
    expect(they(text)).toEqual(['text:nurse']);
  });

  it('given "a neighbour, who asked not to be named, told the paper that the family had heard …. “…,” they said", the neighbour', () => {
    const text =
      'A neighbour of the soldier, who asked not to be named, told the paper that the family had heard nothing for weeks. ' +
      '“We only want a phone call,” they said.';
    expect(they(text)).toEqual(['text:neighbour']);
  });

  it('given "a clerk, who gave only the initial R., said several families had left. They said …", R.', () => {
    const text =
      'A clerk at the town hall, who gave only the initial R., said several families had left on Monday. ' +
      'They said the school would stay closed.';
    expect(they(text)).toEqual(['text:r']);
  });

  it('given "a driver, who asked not to be named, said his brothers had left. They said …", not the driver ("his" gives a gender)', () => {
    const text =
      'A driver, who asked not to be named, said his brothers had left on Monday. ' +
      'They said the road was closed.';
    expect(they(text)).not.toContain('text:driver');
  });
});

describe('"they" is no one person when the text leaves others it may be', () => {
  it('a plural subject since a person the text names: "most arrivals had not slept. They said …"', () => {
    const text =
      'At the camp, a nurse handing out blankets said that most arrivals had not slept for days. ' +
      'They said children were arriving barefoot.';
    expect(they(text)).not.toContain('text:nurse');
  });

  it('a group as subject since a person the text names: "the family had heard. … they said"', () => {
    const text =
      'A neighbour of the soldier told the paper that the family had heard nothing for weeks. ' +
      '“We only want a phone call,” they said.';
    expect(they(text)).not.toContain('text:neighbour');
  });

  it('a person whose gender the text gives is not "they"', () => {
    const text =
      'Armen Davtyan, who drove the school bus, has loaded his van. ' +
      'They say the road will close on Friday.';
    expect(they(text)).not.toContain('text:armen-davtyan');
  });

  it('a sentence with another subject stands between: "Her cousin works at the clinic, where they said …"', () => {
    const text =
      'Nare Avakian said the family was safe. ' +
      'Her cousin, a nurse, has been working at the clinic, where they said dozens of wounded had been brought.';
    expect(they(text)).not.toContain('text:nare-avakian');
  });
});
