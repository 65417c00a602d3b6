import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** Who each statement whose speaker is written as a pronoun is given to. */
const pronounSpeakers = (text: string) =>
  extractFrom(text)
    .filter((s) => /^(?:he|she|they)$/i.test(s.mention))
    .map((s) => s.speaker.id);

describe('a person the narration describes, then quoted with a pronoun', () => {
  it('given "a retired teacher named Nvard sat outside. “…,” she said", Nvard', () => {
    const text =
      'The ministry said 21 civilians had been killed since the fighting began.\n\n' +
      'In Martuni, a retired teacher named Nvard sat outside the shelter with her grandson. ' +
      '“We hear the drones before the bombs,” she said.';
    expect(pronounSpeakers(text)).toEqual(['text:nvard']);
  });

  it('given "His neighbour said she …. “…,” she said" after a man named, the neighbour: the owner\'s given name is not hers', () => {
    const text =
      '“The line runs through our orchard,” said Garnik Mkrtchyan.\n\n' +
      'His neighbour said she was ready to leave the village. ' +
      '“I will not walk my children past soldiers,” she said.';
    expect(pronounSpeakers(text)).toEqual(['text:garnik-mkrtchyan-neighbour']);
  });

  it('given "A nurse at the Goris hospital, who asked not to be named, had worked for 30 hours. “…,” she said", the nurse', () => {
    const text =
      'Pashinyan said the talks would continue.\n\n' +
      'A nurse at the Goris hospital, who asked not to be named, had worked for 30 hours. ' +
      '“We have no beds,” she said.';
    expect(pronounSpeakers(text)).toEqual(['text:nurse']);
  });

  it('given "The paper spoke to a family friend at the border. “…,” she said", the family friend', () => {
    const text =
      'Pashinyan said the talks would continue.\n\n' +
      'The paper spoke to a family friend at the border. “We left everything,” she said.';
    expect(pronounSpeakers(text)).toEqual(['text:family-friend']);
  });

  it('given a nurse described, then a woman named who spoke: "she said" is the named woman, who is nearer', () => {
    const text =
      'A nurse at the hospital had worked for 30 hours. ' +
      'Her colleague Anna Petrosyan said the wards were full. “We have no beds,” she said.';
    expect(pronounSpeakers(text)).toEqual(['text:anna-petrosyan']);
  });

  it('given "An elderly man from Martakert described losing his wife. He said …", the man: age is no kind (rule 5)', () => {
    const text =
      'Kristinne Grigoryan said 40 people were still missing.\n\n' +
      'An elderly man from Martakert described losing his wife. He said he did not know where she was buried.';
    expect(pronounSpeakers(text)).toEqual(['text:man']);
  });
});

describe("a relative of a relative, then quoted inside the speaker's quote", () => {
  it('given "“My husband\'s brother stayed until the last bus. He told us the streets were empty,” Avetisyan said", the brother', () => {
    const text =
      "“My husband's brother stayed until the last bus. He told us the streets were already empty,” Ruzanna Avetisyan said.";
    const told = extractFrom(text).find((s) => text.slice(s.quote.start).startsWith('the streets'));
    expect(told?.speaker.id).toBe('text:brother');
  });
});

describe('"the same source" after an unnamed source spoke', () => {
  it('given "A source in the ministry told the paper …. X said …. According to the same source in the ministry, …", the source', () => {
    const text =
      'A source in the Foreign Ministry told the paper that the talks had been useful. ' +
      'Former diplomat Arsen Petrosyan said the format came too late. ' +
      'According to the same source in the Foreign Ministry, the next meeting will be held in Ankara.';
    const next = extractFrom(text).find((s) => text.slice(s.quote.start).startsWith('the next meeting'));
    expect(next?.speaker.id).toBe('text:source');
  });

  it('given "The ministry reported that …. According to the same source, …", the ministry just cited', () => {
    const text =
      'The Moldovan Interior Ministry reported that three guards had been hurt. ' +
      'According to the same source, about 1,000 residents were evacuated.';
    const next = extractFrom(text).find((s) => text.slice(s.quote.start).startsWith('about 1,000'));
    const before = extractFrom(text).find((s) => text.slice(s.quote.start).startsWith('three guards'));
    expect(next?.speaker.id).toBe(before?.speaker.id);
  });

  it('given "According to the same source, …" a paragraph after the saying, no one', () => {
    const text =
      'The Moldovan Interior Ministry reported that three guards had been hurt.\n\n' +
      'According to the same source, about 1,000 residents were evacuated.';
    const next = extractFrom(text).find((s) => text.slice(s.quote.start).startsWith('about 1,000'));
    expect(next).toBeUndefined();
  });
});
