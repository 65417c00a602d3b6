import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('a definite description points back to the one person introduced unnamed with its head', () => {
  it('"the aid worker" after "a Danish aid worker" is that aid worker, classifying word and all', () => {
    const text =
      'A Danish aid worker, who asked not to be named, told reporters that the roads were closed. "We cannot reach the villages," the aid worker said.';
    expect(speakersShown(text)).toEqual(['text:danish-aid-worker', 'text:danish-aid-worker']);
  });

  it('a pronoun read back to the definite goes with it', () => {
    const text =
      'A Norwegian volunteer said the shelter had run out of blankets. "We hand out what we have," the volunteer added. She said more trucks were expected on Friday.';
    expect(speakersShown(text)).toEqual([
      'text:norwegian-volunteer',
      'text:norwegian-volunteer',
      'text:norwegian-volunteer',
    ]);
  });

  it('"the woman" after "the mother of a soldier", with no one else named, is the mother', () => {
    const text =
      'Reporters also met the mother of a 20-year-old soldier taken near Fizuli. "I just want him home," the woman said.';
    expect(speakersShown(text)).toEqual(['text:mother']);
  });

  it('two aid workers introduced before: the definite is left as written, given to neither', () => {
    const text =
      'A Danish aid worker said the roads were closed. A Swiss aid worker said the bakeries had no flour. "We cannot reach the villages," the aid worker said.';
    const speakers = speakersShown(text);
    expect(speakers[2]).toBe('text:aid-worker');
  });

  it('a definite with a modifier the introduction lacks is someone else', () => {
    const text = 'A doctor from Goris said the wards were full. "We work all night," the local doctor said.';
    expect(speakersShown(text)).toEqual(['text:doctor', 'text:local-doctor']);
  });
});

describe('a name inside the "of"-phrase of a kin noun is whose kin, not who spoke', () => {
  it('"the mother of 24-year-old Hayk, who asked not to be named, said": the mother, then "she", then "the mother"', () => {
    const text =
      'The mother of 19-year-old Tigran, who asked not to be named, said the family had heard nothing since Monday. She said the army had not called. "We wait by the phone," the mother said.';
    expect(speakersShown(text)).toEqual(['text:mother', 'text:mother', 'text:mother']);
  });

  it('"the father of Narek Sargsyan … the father added": the father, never Narek Sargsyan', () => {
    const text =
      'The father of Levon Grigoryan said his son had been taken near the river. "Nobody tells us anything," the father added.';
    expect(speakersShown(text)).toEqual(['text:father', 'text:father']);
  });
});

describe('a pronoun after someone met unnamed by a noun of kin is theirs', () => {
  it('"the paper spoke to the mother of a conscript. She said …": the mother, not a woman named before', () => {
    const text =
      'Ombudsman Lilit Sargsyan said the families had been told nothing.\n\nThe paper also spoke to the mother of a 20-year-old conscript. She said her son had been seen on a video in May.';
    expect(speakersShown(text)).toEqual(['text:lilit-sargsyan', 'text:mother']);
  });

  it('"among those waiting was the mother of 24-year-old Hayk, who …": "she" is the mother, never Hayk', () => {
    const text =
      'Deputy minister Gohar Melikyan greeted the families. Among those at the airport was the mother of 22-year-old Aram, who asked that the family name not be used. "We waited two years for this," she told the paper.';
    const speakers = speakersShown(text);
    expect(speakers).toContain('text:mother');
    expect(speakers).not.toContain('text:aram');
    expect(speakers).not.toContain('text:gohar-melikyan');
  });

  it('a father met unnamed: "he" is the father', () => {
    const text =
      'Regional governor Vardan Ohanyan said the search would go on.\n\nReporters met the father of one of the missing soldiers in Vardenis. He said his son had last called on Tuesday.';
    expect(speakersShown(text)).toEqual(['text:vardan-ohanyan', 'text:father']);
  });

  it('the pronoun of the other gender passes over the one met: "he" after "the mother of …" is not hers', () => {
    const text =
      'Defence Minister Suren Papikyan visited the border.\n\nThe paper spoke to the mother of a conscript. He said the search would go on.';
    expect(speakersShown(text)).not.toContain('text:mother');
  });
});
