import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './statements.helpers.ts';

describe('pronouns keep the gender the text gave the person', () => {
  it('"she" after a man the text called "he" is the unnamed woman who spoke between them, never him', () => {
    const text =
      'On Tuesday Marco Bellandi, the former head of a UN panel, published a letter arguing that the siege ' +
      'was a crime. "Hunger is being used as a weapon," he wrote.\n\n' +
      'A nurse at the district clinic, who asked not to be named, said the wards were full. ' +
      '"We have no more beds. We put mattresses in the corridor," she said.';
    const said = speakersAndOpenings(text);
    expect(said).toContainEqual(['text:marco-bellandi', 'the siege was a crime']);
    expect(said).toContainEqual(['text:marco-bellandi', 'Hunger is being used as ']);
    expect(said).toContainEqual(['text:nurse', 'We have no more beds. We']);
    expect(
      said.some(([speaker, quote]) => speaker === 'text:marco-bellandi' && quote!.startsWith('We have')),
    ).toBe(false);
  });
});

describe('who an attribution names', () => {
  it('a time adverbial with no comma leaves the name after it the subject, not the description in apposition', () => {
    const said = speakersAndOpenings(
      'On Friday Helena Varga, the chief inspector of the agency, wrote that the report had been buried.',
    );
    expect(said).toContainEqual(['text:helena-varga', 'the report had been buri']);
  });

  it('"A spokesman" after a body named only inside "between X and Y" is no spokesman of X', () => {
    const text =
      'The Commission, for its part, called for talks between Baku and the Karabakh Armenians. ' +
      'A spokesman said the gas deal was "not in question".';
    const said = speakersAndOpenings(text);
    expect(said.some(([speaker]) => speaker === 'gov-azerbaijan')).toBe(false);
  });

  it('an outlet citing "its own sources" passes on the sources\' words, not its own', () => {
    const said = speakersAndOpenings(
      'The Azerbaijani news agency Turan, citing its own sources, reported that the first trucks had left the city.',
    );
    expect(said).toContainEqual(['text:sources', 'the first trucks had lef']);
  });

  it('people close to a body are filed under their own description, not the body', () => {
    const said = speakersAndOpenings(
      'Russian war bloggers close to the Ministry of Defense write that the units will move south.',
    );
    expect(said).toContainEqual(['text:russian-war-bloggers', 'the units will move sout']);
  });

  it("the regional health ministry, near a place in Karabakh, is Karabakh's authorities (rule 4)", () => {
    const text =
      'A blast hit a fuel depot near Stepanakert on 25 September 2023. ' +
      'According to the regional health ministry, 68 people died.';
    expect(speakersAndOpenings(text)).toContainEqual(['karabakh-authorities', '68 people died']);
  });
});

describe('no reported content, no statement', () => {
  it('"confirmed this to journalists" points back and adds no words', () => {
    const said = speakersAndOpenings('The withdrawal has begun. Peskov confirmed this to journalists.');
    expect(said.some(([, quote]) => quote!.startsWith('this to journalists'))).toBe(false);
  });
});

describe('an epithet of work points back to the one the text titled so', () => {
  it('"the priest" after "Father <name>" is that priest', () => {
    const said = speakersAndOpenings(
      'At the parish, Father Vardan Melikyan hands out blankets. "No one arrives alone," the priest says.',
    );
    expect(said).toContainEqual(['text:vardan-melikyan', 'No one arrives alone,']);
  });

  it('"the priest" is not a man whose father the text named', () => {
    const said = speakersAndOpenings(
      'Hayk Sahakyan said his father had stayed behind. "We pray for them," the priest says.',
    );
    expect(
      said.some(([speaker, quote]) => speaker === 'text:hayk-sahakyan' && quote!.startsWith('We pray')),
    ).toBe(false);
  });
});

describe('a second saying after whom the first was told to', () => {
  it('"told reporters, adding that" and a clause running into a quote is a second statement', () => {
    const said = speakersAndOpenings(
      '"We expect calm," the envoy Lena Varossian told reporters, adding that the talks were "going well" so far.',
    );
    expect(said).toContainEqual(['text:lena-varossian', 'We expect calm,']);
    expect(said).toContainEqual(['text:lena-varossian', 'the talks were "going we']);
  });
});

describe('both sides as a joint speaker (rule 13)', () => {
  it('"officials on both sides say" set off inside the sentence is each government, same words', () => {
    const text =
      'Armenia and Azerbaijan traded fire again. At least five soldiers were killed on the border, officials on ' +
      'both sides say, the worst incident this year.';
    const said = speakersAndOpenings(text);
    expect(said).toContainEqual(['gov-armenia', 'At least five soldiers w']);
    expect(said).toContainEqual(['gov-azerbaijan', 'At least five soldiers w']);
  });
});
