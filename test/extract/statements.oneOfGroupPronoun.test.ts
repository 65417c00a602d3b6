import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './statements.helpers.ts';

// Since session 34 "a teacher named Gohar" names the demonstrator (CONVENTIONS 2): she is that
// person, by name; before, the group's noun stood for her.
describe('"one of the <people>" is one person: a pronoun after them points to them', () => {
  it('"she" after one of the demonstrators is that demonstrator, not a man named before', () => {
    const text =
      'Political scientist Tigran Hakobyan told Azatutyun that the summit changed little. ' +
      '"Moscow did nothing for us this year," he said.\n\n' +
      'In Gyumri, several hundred people protested on Friday. One of the demonstrators, a teacher named Gohar, ' +
      'told a reporter that the bloc "exists only in speeches". "Our sons were killed in May, and nobody helped," she said.';
    expect(speakersAndOpenings(text, 20)).toEqual([
      ['text:tigran-hakobyan', 'the summit changed l'],
      ['text:tigran-hakobyan', 'Moscow did nothing f'],
      ['text:gohar', 'the bloc "exists onl'],
      ['text:gohar', 'Our sons were killed'],
    ]);
  });

  it('"she" after one of the protesters is not a person named paragraphs before', () => {
    const text =
      'Spokeswoman Anna Vardanyan told reporters that the list would be published soon.\n\n' +
      'In Yerevan, dozens of families protested outside the ministry. One of the protesters, a nurse named Ruzan, ' +
      'told a reporter that the families "are tired of promises". "They promise every month," she said.';
    const promise = speakersAndOpenings(text, 20).find(([, quote]) => quote!.startsWith('They promise'));
    expect(promise?.[0]).toBe('text:ruzan');
  });
});
