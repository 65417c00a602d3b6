import { describe, expect, it } from 'vitest';
import { definedAbbreviations, initialsOf } from '../../src/extract/entities/abbreviations.ts';
import { resolveEntityAt } from '../../src/extract/entities/resolve.ts';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { statementsOf, timelineFor } from './statements.helpers.ts';

const idOf = (mention: string) => resolveEntityAt(mention, { year: 2023, month: 9 })?.id ?? null;

describe('a state body named with its state, in any order of the two', () => {
  it.each([
    ["Russia's Ministry of Defence", 'mod-russia'],
    ['the Russian Ministry of Defence', 'mod-russia'],
    ['the Defence Ministry of Russia', 'mod-russia'],
    ["Azerbaijan's Ministry of Foreign Affairs", 'mfa-azerbaijan'],
    ["the Government of Azerbaijan's Ministry of Foreign Affairs", 'mfa-azerbaijan'],
    ["the Azerbaijani government's Foreign Ministry", 'mfa-azerbaijan'],
    ["Armenia's Ministry of Defense", 'mod-armenia'],
  ])('%s → %s', (mention, id) => expect(idOf(mention)).toBe(id));

  it('a body of one state is never read as another state’s', () => {
    expect(idOf("Turkey's Ministry of Defence")).toBeNull();
    expect(idOf("Georgia's Ministry of Foreign Affairs")).toBeNull();
  });

  it('"its" owned by a state’s government is that state’s body', () => {
    const text =
      'The Government of Azerbaijan released the two men on Friday. Its Ministry of Foreign Affairs said the release was a gesture of goodwill.';
    expect(statementsOf(text).map((s) => s.speaker)).toContain('mfa-azerbaijan');
  });

  it('"its" is the subject of the sentence before, past a relative clause set off by commas', () => {
    const text =
      'Azerbaijan said the talks would go on. The Emirates, which hosted the summit this month, welcomed the news. Its Ministry of Foreign Affairs said the agreement was "an important step".';
    const speakers = statementsOf(text).map((s) => s.speaker);
    expect(speakers).toContain('text:emirates-ministry-of-foreign-affairs');
    expect(speakers).not.toContain('mfa-azerbaijan');
  });
});

describe('local officials in a town the region’s authorities held at the date', () => {
  const at = (text: string, year: number, month: number) =>
    statementsOf(
      text,
      timelineFor(text, { year, month, day: 20, precision: 'day', yearStatus: 'stated' }),
    ).map((s) => s.speaker);
  const text = 'A school in the town of Shushi was hit by shelling on Monday, local officials said.';

  it('before the town changed hands: the region’s authorities', () => {
    expect(at(text, 2020, 10)).toEqual(['karabakh-authorities']);
  });

  it('after it: no government is read into them', () => {
    expect(at(text, 2022, 5)).not.toContain('karabakh-authorities');
  });
});

describe('short forms a text gives a body', () => {
  it('"known as" names the subject it follows, lower-case words and all', () => {
    const text =
      'The European Union monitoring mission in Armenia, known as EUMA, said its patrols were in the area.';
    expect(definedAbbreviations(text)).toContainEqual({
      long: 'European Union monitoring mission in Armenia',
      short: 'EUMA',
    });
  });

  it('no subject is read past a clause that opens the sentence with another word', () => {
    const text = 'Last year the agency, known as NDA, said two deminers were hurt.';
    expect(definedAbbreviations(text)).toEqual([]);
  });

  it('a name that lists its parts with commas has an initial for each', () => {
    expect(initialsOf('Foreign, Commonwealth and Development Office')).toBe('FCDO');
  });
});

describe('a body whose name lists its parts with commas', () => {
  it('is a body, named by its initials where the text writes them', () => {
    expect(textEntity('The Foreign, Commonwealth and Development Office').kind).toBe('organisation');
    expect(textEntity('The Ministry of Labour, Health and Social Affairs').kind).toBe('organisation');
  });

  it('a list of names ending in no body noun is not made one', () => {
    expect(textEntity('Mustafayev, Grigoryan and Overchuk').kind).not.toBe('organisation');
  });
});
