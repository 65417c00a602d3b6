import { describe, expect, it } from 'vitest';
import { speakersShown, speakersViaAndQuotes, statementsOf } from './statements.helpers.ts';

describe('"according to <source>, X told Y that …": the source said it; X said the that-clause, handed on', () => {
  it('sources after the clause, named before (Turkish daily style): the relayed words only', () => {
    const text =
      'Foreign Minister Hakan Fidan spoke by phone with Jeyhun Bayramov, diplomatic sources said. ' +
      'Fidan told Bayramov that Ankara would "stand by Azerbaijan," according to the same sources.';
    // "the same sources" names no speaker of its own (statements/sameSource.ts): only the relayed words stay.
    expect(statementsOf(text).slice(1)).toEqual([
      {
        speaker: 'fidan',
        via: 'text:same-sources',
        kind: 'reported',
        quote: 'Ankara would "stand by Azerbaijan,"',
      },
    ]);
  });

  it('an unnamed source before the clause (regional monitor style)', () => {
    const text =
      'According to an Armenian diplomatic source who spoke to the paper, Ararat Mirzoyan told his ' +
      'counterparts that Yerevan would open its roads only under its own jurisdiction.';
    expect(statementsOf(text).map((s) => [s.speaker, s.via, s.quote.slice(0, 30)])).toEqual([
      ['text:armenian-diplomatic-source', undefined, 'Ararat Mirzoyan told his counte'.slice(0, 30)],
      ['mirzoyan', 'text:armenian-diplomatic-source', 'Yerevan would open its roads o'.slice(0, 30)],
    ]);
  });

  it('a body as the source, with a call as the setting (wire style)', () => {
    const text = 'According to the Kremlin, Putin told Aliyev in a call that the peacekeepers would stay.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['kremlin', undefined, 'Putin told Aliyev in a call that the peacekeepers would stay'],
      ['putin', 'kremlin', 'the peacekeepers would stay'],
    ]);
  });

  it('the sources are no "it" for a later statement', () => {
    const text =
      'Fidan told Bayramov that Ankara would help, according to diplomatic sources. ' +
      "Azerbaijan's Defense Ministry announced that the fighting had stopped. A truce began at 1 p.m., it said.";
    expect(statementsOf(text).at(-1)?.speaker).toBe('mod-azerbaijan');
  });

  it('a teller the text does not name in full is left inside the source’s words', () => {
    const text = 'According to diplomatic sources, a senior aide told reporters that the talks had failed.';
    expect(speakersShown(text)).toEqual(['text:diplomatic-sources']);
  });

  it('a source telling what no one named said keeps the words', () => {
    const text = 'The talks will resume in May, according to diplomatic sources in Baku.';
    expect(statementsOf(text).map((s) => [s.speaker, s.via])).toEqual([
      ['text:diplomatic-sources', undefined],
    ]);
  });
});

describe('the press reporting, citing a source, that …: the source speaks (CONVENTIONS 15)', () => {
  it('"Georgian media reported on Tuesday, citing sources in Tbilisi, that …"', () => {
    const text =
      'Georgian media reported on Tuesday, citing sources in Tbilisi, that the border crossing would reopen next week.';
    const [s] = statementsOf(text);
    expect(s?.speaker).toBe('text:sources');
  });

  it('"the Armenian press reported, citing the Iranian Embassy in Yerevan, that …"', () => {
    const text =
      'The Armenian press reported, citing the Iranian Embassy in Yerevan, that the consulate in Kapan would stay open.';
    expect(speakersShown(text)).toEqual(['text:iranian-embassy']);
  });

  it('a body saying, citing officials, stays a speaker of its own', () => {
    const text =
      'The relief agency said, citing district officials, that 40 families had been moved to the school.';
    expect(speakersShown(text)).toContain('text:relief-agency');
  });
});

describe('"According to his <role>, <Name>, …": the name set off after a possessive description spoke', () => {
  const who = (text: string) =>
    statementsOf(text).map((s) => [s.speaker, s.via ?? null, s.quote.slice(0, 24)]);

  it('the named press secretary, and the leader whose words he hands on', () => {
    expect(
      who(
        'President Kassym-Jomart Tokayev hosted the two delegations. According to his press secretary, Berik Uali, Tokayev told the ministers that Astana would "keep the door open".',
      ),
    ).toEqual([
      ['text:berik-uali', null, 'Tokayev told the ministe'],
      ['text:kassym-jomart-tokayev', 'text:berik-uali', 'Astana would "keep the d'],
    ]);
  });

  it('"its spokeswoman, <Name>" after a body: the spokeswoman by her name', () => {
    expect(
      who(
        'The Interior Ministry sent more police to the border town. According to its spokeswoman, Lena Moris, the checkpoints would stay open overnight.',
      ),
    ).toEqual([['text:lena-moris', null, 'the checkpoints would st']]);
  });

  it('a description with no name after it stays a description', () => {
    expect(
      who(
        'President Kassym-Jomart Tokayev hosted the two delegations. According to his press secretary, the talks would resume in May.',
      ).map((s) => s[0]),
    ).not.toContain('text:berik-uali');
  });
});
