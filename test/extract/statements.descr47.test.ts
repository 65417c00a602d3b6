import { describe, expect, it } from 'vitest';
import { extractFrom, headingMentionsSaid } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, text.slice(s.quote.start).split(/\s+/).slice(0, 3).join(' ')]);

describe('a lead that describes its speaker, a body that names them after', () => {
  it('the one person whose title holds the description\'s noun: "An Albanian bishop … Bishop Petrit Doko"', () => {
    const text =
      'An Albanian bishop who has led weekly marches told a crowd on Sunday that the minister had "one week" to go.\n\n' +
      '"We will not stop until the deal is torn up," Bishop Petrit Doko said from the steps of the cathedral.\n';
    expect(who(text)).toEqual([
      ['text:petrit-doko', 'the minister had'],
      ['text:petrit-doko', 'We will not'],
    ]);
  });

  it('a description\'s lower-case modifier must be in the title too: a bishop is no "former bishop"', () => {
    const text =
      'A former bishop who has led weekly marches told a crowd on Sunday that the minister had "one week" to go.\n\n' +
      '"We will not stop until the deal is torn up," Bishop Petrit Doko said from the steps of the cathedral.\n';
    expect(who(text)[0]).toEqual(['text:former-bishop', 'the minister had']);
  });

  it('two holders of the title leave the description unnamed', () => {
    const text =
      'An Albanian bishop told a crowd on Sunday that the minister had "one week" to go.\n\n' +
      '"We will not stop," Bishop Petrit Doko said.\n\n' +
      '"We pray for calm," Bishop Arben Lala said.\n';
    expect(who(text)[0]![0]).not.toBe('text:petrit-doko');
  });

  it('the next sentence bringing in a full name with an age set off: "A Leeds nurse … | Mara Kell, 34, …"', () => {
    const text =
      'A Leeds nurse whose parents live near the front says she has not heard from them for a week.\n\n' +
      'Mara Kell, 34, who works at the city hospital, said the phone lines had been down since Monday.\n';
    expect(who(text)).toEqual([
      ['text:mara-kell', 'she has not'],
      ['text:mara-kell', 'the phone lines'],
    ]);
  });

  it('a name with an age further on, another sentence in between, is not the one described', () => {
    const text =
      'A Leeds nurse whose parents live near the front says she has not heard from them for a week.\n\n' +
      'The roads into the valley were closed on Monday.\n\n' +
      'Mara Kell, 34, who works at the city hospital, said the phone lines had been down since Monday.\n';
    expect(who(text)[0]![0]).not.toBe('text:mara-kell');
  });
});

describe("a role a body gives is the body's to name, not a title's", () => {
  it('"A spokesman for the company" is not the one spokesman the story names', () => {
    const text =
      'A spokesman for the company said the volumes were small.\n\n' +
      '"The talks go on," Kremlin spokesman Dmitry Peskov said on Monday.\n';
    expect(who(text)[0]![0]).not.toBe('peskov');
  });
});

describe('"note" in its base form: a verb before its content or a parenthetical\'s close', () => {
  it('"This time, they note, …": the words around the aside are theirs', () => {
    const text =
      'Analysts in Rome say the talks stalled. This time, they note, the losses are heavy and lasting.\n';
    expect(who(text)).toEqual([
      ['text:analysts', 'the talks stalled.'],
      ['text:analysts', 'This time, they'],
    ]);
  });

  it('"Observers note that …" is a saying', () => {
    expect(who('Observers note that the losses are heavy and lasting.\n')).toEqual([
      ['text:observers', 'the losses are'],
    ]);
  });

  it('the noun stays a noun: "a diplomatic note, which …", "a note that demanded …"', () => {
    expect(who('The embassy sent a diplomatic note, which the ministry rejected on Monday.\n')).toEqual([]);
    expect(who('The ministry handed over a note that demanded an apology.\n')).toEqual([]);
  });
});

describe('a headline\'s "confirms" with a noun phrase for its object is no statement (CONVENTIONS 9, 10)', () => {
  const headed = (text: string): string[] => headingMentionsSaid(text).map(([, , words]) => words);
  const BODY =
    'The trucks left the base on Tuesday, the ministry said.\n\nMore columns are expected next week.\n';

  it('a participle after the object of "of" describes it: "the pull-out of the battalion stationed near the lake"', () => {
    expect(
      headed(`Rome confirms the early pull-out of the battalion stationed near the lake\n\n${BODY}`),
    ).toEqual([]);
  });

  it('a clause after the verb stays one: "Rome confirms battalion left the lake"', () => {
    expect(headed(`Rome confirms battalion left the lake on Tuesday\n\n${BODY}`)).not.toEqual([]);
  });
});
