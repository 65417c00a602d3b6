import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const seen = (text: string) => statementsOf(text).map((s) => [s.speaker, s.via, s.quote.slice(0, 30)]);

/** Sentences written for these tests (session 44): news outlets as media, not speakers (CONVENTIONS 15). */
describe('"…, <Name> reports": an unknown name reporting as the press does is the medium', () => {
  it('the one whose saying it tells speaks, handed on by the outlet', () => {
    const text =
      'President Marat Dosanov said that his country was "deeply interested" in a settlement, Kazinform reports.';
    expect(seen(text)).toEqual([['text:marat-dosanov', 'text:kazinform', 'his country was "deeply intere']]);
  });

  it('an aside between the speaker and the verb is passed over', () => {
    const text =
      'President Marat Dosanov, meeting the two envoys on Friday, said that his country wanted peace, Kazinform reports.';
    expect(seen(text).map(([speaker]) => speaker)).toEqual(['text:marat-dosanov']);
  });

  it('"the agency" pointing back to the outlet later is the medium too', () => {
    const text =
      'President Marat Dosanov said that his country wanted peace, Kazinform reports. ' +
      'According to the agency, he noted that the new railway made the region more important.';
    expect(seen(text)).toContainEqual([
      'text:marat-dosanov',
      'text:kazinform',
      'the new railway made the regio',
    ]);
    expect(seen(text).map(([speaker]) => speaker)).not.toContain('text:kazinform');
  });

  it('a name never shown reporting keeps its "according to" reading', () => {
    const text = 'According to Kazinform, the talks will resume next week.';
    expect(seen(text).map(([speaker]) => speaker)).toEqual(['text:kazinform']);
  });
});

describe('"…, <X> said, according to <outlet>": the saying tail names the speaker', () => {
  it('the ministry speaks, the agency is the medium', () => {
    const text =
      'The last convoy left the region on Tuesday, the Defence Ministry in Moscow said, according to the Russian agency Interfax.';
    expect(seen(text)).toEqual([['mod-russia', 'text:interfax', 'The last convoy left the regio']]);
  });

  it('without a saying tail the outlet still reports', () => {
    const text = 'The last convoy left the region on Tuesday, according to the Russian agency Interfax.';
    expect(seen(text).map(([speaker]) => speaker)).toEqual(['text:interfax']);
  });
});
