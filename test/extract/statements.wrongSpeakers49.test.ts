import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

describe('a relative named by a kin noun and a given name is that person, of the noun’s gender', () => {
  it('"his wife Tuyana told …. “…,” she says" is hers, never the husband’s she spoke about', () => {
    const text =
      'A driver from Kyakhta among the dead\n\n' +
      'Dorzho Badmaev, 31, had driven trucks to the border for six years, his wife Tuyana told the local radio station.\n\n' +
      '"He was building a house for us," she says.';
    expect(speakersShown(text)).toEqual(['text:tuyana', 'text:tuyana']);
  });

  it('"her brother Aldar said …. He added …" is the brother’s both times', () => {
    const text =
      'A nurse from Chita among the wounded\n\n' +
      'Sayana Tsyrenova was hurt on Monday, her brother Aldar said. He added that she was recovering in Goris.';
    expect(speakersShown(text)).toEqual(['text:aldar', 'text:aldar']);
  });
});

describe('"the (joint) statement" points back to who made it, never to a speaker named "statement"', () => {
  it('"The joint statement noted …" after three bodies’ joint statement is each of the three again', () => {
    const text =
      'Shepherd hurt by a mine near Lachin\n\n' +
      'The State Border Service, the Ministry of Health and the Mine Action Agency of the Republic of Azerbaijan (ANAMA) ' +
      'said in a joint statement that the shepherd was taken to hospital in Lachin and was in a stable condition.\n\n' +
      'The joint statement noted that the pasture had not yet been cleared and that herders had been warned to keep out.';
    const found = statementsOf(text);
    const second = found.filter((s) => s.quote.startsWith('the pasture'));
    expect(second.map((s) => s.speaker)).toEqual(
      found.filter((s) => s.quote.startsWith('the shepherd')).map((s) => s.speaker),
    );
    expect(second.map((s) => s.speaker)).not.toContain('text:joint-statement');
    expect(second).toHaveLength(3);
  });

  it('"The statement also said …" with no one named before it to have made it is no statement', () => {
    const text =
      'Prisoners to be freed within days\n\n' +
      'Twenty detainees will be freed before the new year, under a deal announced in the capitals today.\n\n' +
      'The statement also said that the two governments "see a real chance for a lasting settlement".';
    expect(speakersShown(text)).toEqual([]);
  });
});

describe('a name the document prints alone on a line (masthead, sign-off) reporting in the body is the outlet’s own voice (CONVENTIONS 11)', () => {
  it('"…, KavkazPress reports." under a "KavkazPress" masthead is no statement', () => {
    const text =
      'Talks on the border to resume\n\n' +
      '12 May 2024 10:05\n\n' +
      'KavkazPress\n\n' +
      'The commissions will meet again next week, the Foreign Ministry of Georgia said.\n\n' +
      'The meeting is expected to take place in Tbilisi, KavkazPress reports.';
    expect(speakersShown(text)).toEqual(['text:foreign-ministry-of-georgia']);
  });

  it('"As Sevanpost.am reported, …" with a "Sevanpost" sign-off is no statement either', () => {
    const text =
      'Road near Ijevan reopened\n\n' +
      'As Sevanpost.am reported, the road near Ijevan was closed on Sunday after a landslide.\n\n' +
      'The regional governor said the road had reopened on Tuesday.\n\n' +
      'Sevanpost';
    expect(speakersShown(text)).toEqual(['text:regional-governor']);
  });

  it('an outlet the document does not print alone is still a source: "…, KavkazPress reports." under another masthead', () => {
    const text =
      'Talks on the border to resume\n\n' +
      '12 May 2024 10:05\n\n' +
      'Caucasus Ledger\n\n' +
      'The meeting is expected to take place in Tbilisi, KavkazPress reports.';
    expect(speakersShown(text)).toEqual(['text:kavkazpress']);
  });
});

describe('a thing confirmed or reported, no clause and no quote, is no statement (CONVENTIONS 10)', () => {
  it('"The Georgian side confirmed the arrangement." says no words', () => {
    const text =
      'Border crossing to reopen\n\n' +
      'The Georgian side confirmed the arrangement. Deputy Minister Levan Beridze said the crossing would reopen on Monday.';
    expect(speakersShown(text)).toEqual(['text:levan-beridze']);
  });

  it('"The ministry reported its own losses." says no words; "confirmed the talks would resume" does', () => {
    const text =
      'Talks to resume in Tbilisi\n\n' +
      'The Defence Ministry of Georgia reported its own losses. The ministry confirmed the talks would resume next week.';
    expect(statementsOf(text).map((s) => s.quote)).toEqual(['the talks would resume next week']);
  });
});
