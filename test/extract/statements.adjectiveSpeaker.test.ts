import { describe, expect, it } from 'vitest';
import { speakersMentionsAndQuotes } from './statements.helpers.ts';

const ids = (text: string) => speakersMentionsAndQuotes(text).map(([id]) => id);

describe('a speaker read as the lone adjective opening a longer name', () => {
  it('"Moldovan trucking companies that deliver goods … said": no statement of "Moldovan"', () => {
    const text =
      'Moldovan trucking companies that deliver goods to Armenia through Georgia said they had stopped all shipments.';
    expect(ids(text)).not.toContain('text:moldovan');
  });

  it('"A Foreign, Commonwealth and Development Office spokesperson said": no statement of "Foreign"', () => {
    const text =
      'A Foreign, Commonwealth and Development Office spokesperson said: "We are following the reports closely."';
    expect(ids(text)).not.toContain('text:foreign');
  });

  it('a country named alone still speaks', () => {
    const text = 'Norway said it was "ready to help" with the talks.';
    expect(ids(text).length).toBeGreaterThan(0);
  });
});
