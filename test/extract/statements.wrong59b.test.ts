import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

describe('a place fronted before a person noun is the setting, not whom "she" points to', () => {
  it.each([
    [
      'In Tovuz, a retired nurse, Sevinj Aliyeva, waited by the gate. "The roof fell in," she said.',
      'text:sevinj-aliyeva',
    ],
    [
      'At Barda, a farmer, Rauf Guliyev, showed the crater. "It came at night," he said.',
      'text:rauf-guliyev',
    ],
  ])('%s', (text, id) => {
    expect(speakersShown(text)).toEqual([id]);
  });

  it('a given name alone with a person noun in apposition is still that person', () => {
    expect(
      speakersShown('We met Narine, a retired teacher from Shushi. "We lost everything," she said.'),
    ).toEqual(['text:narine']);
  });
});

describe('"their" owns the last body only when that body is in the sentence before', () => {
  it('a sentence of people between them leaves the leader under the role noun', () => {
    const text =
      'According to Baku, the road was reopened. Several Lithuanian volunteers arrived in the town on Friday. ' +
      'Their commander, who asked not to be named, said the convoy would leave the next morning. ' +
      '"We are ready," he told reporters.';
    expect(speakersShown(text)).toEqual(['gov-azerbaijan', 'text:commander', 'text:commander']);
  });

  it('the body that spoke in the sentence before still owns "their" spokesman', () => {
    const text =
      'The Karabakh Armenian authorities said on Wednesday they were in talks with Baku. ' +
      'Their spokesman told reporters that "everything depends on the next hours".';
    expect(speakersShown(text)[1]).toBe('text:karabakh-armenian-authorities-spokesperson');
  });
});

describe('a body named as the Council or Commission "of" another is an institution of its own', () => {
  it('the Council of the European Union is not the EU itself', () => {
    const text =
      'The monitoring mission was extended until 2027, the Council of the European Union said in a statement.';
    expect(speakersShown(text)).toEqual(['text:council-of-the-european-union']);
  });

  it('the EU by its own name stays the EU', () => {
    expect(speakersShown('The European Union said the monitoring mission would be extended.')).toEqual([
      'eu',
    ]);
  });
});

describe("a country's possessive before a body it owns is filed under the country's adjective", () => {
  it.each([
    ["Israel's Foreign Ministry said it regretted the decision.", 'text:israeli-foreign-ministry'],
    ["Poland's Foreign Ministry said the observers would stay.", 'text:polish-foreign-ministry'],
    ["Kazakhstan's Foreign Ministry said the talks had been useful.", 'text:kazakh-foreign-ministry'],
  ])('%s', (text, id) => {
    expect(speakersShown(text)).toEqual([id]);
  });
});

describe('a verb in a relative clause inside the reported content relays no one', () => {
  it('"X said Paris was pursuing a policy that threatened peace" is X\'s alone', () => {
    const text =
      'Spokesman Elnur Karimli said Paris was pursuing "a dangerous policy" that threatened peace in the region.';
    expect(statementsOf(text).map((s) => [s.speaker, s.via])).toEqual([['text:elnur-karimli', undefined]]);
  });

  it("a spokesperson relaying a principal's own verb still gives the relay", () => {
    const text =
      'The Armenian Foreign Ministry said Mirzoyan had told his counterpart that the talks must continue.';
    expect(statementsOf(text).map((s) => [s.speaker, s.via])).toContainEqual(['mirzoyan', 'mfa-armenia']);
  });
});
