import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

/** Text written for these tests (session 39): a private person who shares a public figure's name. */
describe('a full name introduced with an age and no title is a private namesake', () => {
  it('"Name, 52," then "he says" and the given name alone: the text’s own person', () => {
    const said = statementsOf(
      'Ararat Mirzoyan, 52, bakes bread in a small shop in Glendale.\n\n' +
        '"We send flour to the border villages every month," he says.\n\n' +
        'The oven hums behind the counter.\n\n' +
        '"Nobody there should go hungry," Ararat says.',
    );
    expect(said.map((s) => s.speaker)).toEqual(['text:ararat-mirzoyan', 'text:ararat-mirzoyan']);
  });

  it('"aged 52" and "52-year-old" introduce a private person too', () => {
    for (const text of [
      'Ararat Mirzoyan, aged 52, bakes bread in Glendale. "We send flour every month," he says.',
      '52-year-old Ararat Mirzoyan bakes bread in Glendale. "We send flour every month," he says.',
    ])
      expect(speakersShown(text)).toEqual(['text:ararat-mirzoyan']);
  });

  it('the public figure keeps his name when the text gives his role', () => {
    const said = statementsOf(
      'Ararat Mirzoyan, 44, has been Armenia’s foreign minister since 2021. "We want a lasting peace," he said.',
    );
    expect(said.map((s) => s.speaker)).toEqual(['mirzoyan']);
  });

  it('with no age in apposition the gazetteer reading stands', () => {
    const said = statementsOf('Ararat Mirzoyan spoke in Glendale. "We want a lasting peace," he said.');
    expect(said.map((s) => s.speaker)).toEqual(['mirzoyan']);
  });
});
