import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const who = (text: string) =>
  extractFrom(text).map((s) => [s.speaker.id, text.slice(s.quote.start, s.quote.end)]);

describe('a name given in quotes to a longer object is the subject’s words (CONVENTIONS 9, 10)', () => {
  it('"called the burning of villages and the felling of trees “…”" gives the ministry’s words', () => {
    const text =
      'The defence ministry called the burning of villages and the felling of trees "a scorched-earth policy".';
    expect(who(text)).toEqual([['text:defense-ministry', 'a scorched-earth policy']]);
  });

  it('a noun’s own infinitive is part of the object: "called the refusal to do so “…”"', () => {
    const text =
      'Hikmet Hajiyev said the blast showed the danger, and called the refusal to do so "a crime by other means".';
    expect(who(text)).toContainEqual(['hajiyev', 'a crime by other means']);
  });

  it('a phone call to say something names nothing: "called her son to tell him “…”"', () => {
    expect(who('Mariam called her son on Sunday to tell him "come home now".')).toEqual([]);
  });
});

describe('", a move X called “…”": the relative word dropped after an appositive noun', () => {
  it('gives the named body’s words', () => {
    const text =
      'Baku closed the road for a week, a step Armenia’s Foreign Ministry called "collective punishment".';
    expect(who(text)).toEqual([['mfa-armenia', 'collective punishment']]);
  });

  it('gives a capital’s words', () => {
    const text =
      'Paris signed new arms contracts with Yerevan, a decision Baku called "a reckless provocation".';
    expect(who(text)).toEqual([['gov-azerbaijan', 'a reckless provocation']]);
  });

  it('an adverb is no subject: "a plan widely called “…”"', () => {
    expect(who('It was a plan widely called "a disaster" by critics.')).toEqual([]);
  });
});

describe('a diplomatic rank before a name is no part of it (CONVENTIONS rule 2)', () => {
  it('"Consul A. B." and "Undersecretary C. D." are the people named', () => {
    expect(who('Consul Oyun Batbayar told reporters that every citizen was safe.')).toEqual([
      ['text:oyun-batbayar', 'every citizen was safe'],
    ]);
    expect(
      who('Foreign Affairs Undersecretary Maria Santos told reporters that the embassy was open.'),
    ).toEqual([['text:maria-santos', 'the embassy was open']]);
  });
});

describe('what is not said, or talks ended, are no words (CONVENTIONS 10)', () => {
  it('"says nothing of X: …" gives no statement; "said nothing would change" does', () => {
    expect(who('The communiqué says nothing of a new truce: the last one did not hold for a day.')).toEqual(
      [],
    );
    expect(who('Nikol Pashinyan said nothing would change.')).toEqual([
      ['pashinyan', 'nothing would change'],
    ]);
  });

  it('"concluded two days of talks" ends talks; "concluded that …" and "…, he concluded." say', () => {
    expect(
      who('Ararat Mirzoyan and Jeyhun Bayramov concluded in Almaty two days of talks on the treaty.'),
    ).toEqual([]);
    expect(who('Ararat Mirzoyan concluded on Friday that the talks had failed.')).toEqual([
      ['mirzoyan', 'the talks had failed'],
    ]);
  });
});

describe('a country’s possessive before a full name is no part of it (rule 2)', () => {
  it('"Spain’s Pedro Sánchez" is text:pedro-sanchez', () => {
    expect(who("Spain's Pedro Sánchez said Europe could not look away.")).toEqual([
      ['text:pedro-sanchez', 'Europe could not look away'],
    ]);
  });
});

describe('a full name set off after an indefinite description is who spoke (rule 2)', () => {
  it('"“…,” said one of the organisers, Karen Petrosyan." is text:karen-petrosyan', () => {
    expect(who('"We will stay until the road opens," said one of the organisers, Karen Petrosyan.')).toEqual([
      ['text:karen-petrosyan', 'We will stay until the road opens,'],
    ]);
  });

  it('a place set off after it is where, not who', () => {
    expect(who('"We left at night," said a resident of Stepanakert, Nagorno Karabakh.')).toEqual([
      ['text:resident', 'We left at night,'],
    ]);
  });
});
