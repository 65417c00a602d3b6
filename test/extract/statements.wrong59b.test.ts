import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const speakers = (text: string) => statementsOf(text).map((s) => s.speaker);

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
    expect(speakers(text)).toEqual([id]);
  });

  it('a given name alone with a person noun in apposition is still that person', () => {
    expect(speakers('We met Narine, a retired teacher from Shushi. "We lost everything," she said.')).toEqual(
      ['text:narine'],
    );
  });
});

describe('"their" owns the last body only when that body is in the sentence before', () => {
  it('a sentence of people between them leaves the leader under the role noun', () => {
    const text =
      'According to Baku, the road was reopened. Several Lithuanian volunteers arrived in the town on Friday. ' +
      'Their commander, who asked not to be named, said the convoy would leave the next morning. ' +
      '"We are ready," he told reporters.';
    expect(speakers(text)).toEqual(['gov-azerbaijan', 'text:commander', 'text:commander']);
  });

  it('the body that spoke in the sentence before still owns "their" spokesman', () => {
    const text =
      'The Karabakh Armenian authorities said on Wednesday they were in talks with Baku. ' +
      'Their spokesman told reporters that "everything depends on the next hours".';
    expect(speakers(text)[1]).toBe('text:karabakh-armenian-authorities-spokesperson');
  });
});
