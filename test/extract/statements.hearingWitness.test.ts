import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './statements.helpers.ts';

/** Speaker and the first words of each statement. */
function said(text: string): [string, string][] {
  return speakersAndOpenings(text);
}

describe('a hearing write-up: "the witness" is the one witness it lists', () => {
  it('reads a WITNESS heading with the name on the line under it', () => {
    const recap =
      'HEARING SUMMARY\n\n' +
      'House Foreign Affairs Subcommittee on Europe\n\n' +
      'WITNESS\n' +
      'Laura Benning, Deputy Assistant Administrator, USAID\n\n' +
      'SUMMARY\n' +
      'The witness told members that food stocks in the region would run out by March.\n';
    expect(said(recap)).toEqual([['text:laura-benning', 'food stocks in the regio']]);
  });

  it('reads "Witness: Name, role" on one line, and "Ranking Member" as a title', () => {
    const note =
      'Committee notes\n\n' +
      'Witness: Daniel Okafor, Special Envoy for Humanitarian Affairs\n\n' +
      'Ranking Member Carol Whitby (R-Ohio) said the convoy plan was "wishful thinking". ' +
      'The witness said the first convoy would leave within days.\n';
    expect(said(note)).toEqual([
      ['text:carol-whitby', 'the convoy plan was "wis'],
      ['text:daniel-okafor', 'the first convoy would l'],
    ]);
  });

  it('names no one when the page lists several witnesses', () => {
    const panel =
      'HEARING RECAP\n\n' +
      'WITNESSES\n' +
      'Laura Benning, Deputy Assistant Administrator, USAID\n' +
      'Daniel Okafor, Special Envoy for Humanitarian Affairs\n\n' +
      'The witness said the convoy would leave within days.\n';
    expect(said(panel).map(([who]) => who)).not.toContain('text:laura-benning');
    expect(said(panel).map(([who]) => who)).not.toContain('text:daniel-okafor');
  });
});
