import { describe, expect, it } from 'vitest';
import { extractFrom, timelineFor } from './statements.helpers.ts';

/** Speaker, relayer and the first words credited. */
const links = (text: string) =>
  extractFrom(text, timelineFor(text, null)).map((s) => [
    s.speaker.id,
    s.via?.id ?? null,
    text.slice(s.quote.start, s.quote.start + 28),
  ]);

describe('a post named back in a relayed clause is its holder (CONVENTIONS 14)', () => {
  it('given "the head of state" after two presidents, the relayer’s own country’s one', () => {
    const text =
      'Vladimir Putin spoke by phone with Ilham Aliyev on Sunday. According to Peskov, the head of ' +
      'state considers that the deal "serves the interests of both peoples."';
    expect(links(text)).toContainEqual(['putin', 'peskov', 'the deal "serves the interes']);
  });

  it('given "the minister instructed the commanders “to …”", the minister instructed in his words', () => {
    const text =
      'Defense Minister Zakir Hasanov visited the front on Monday. According to spokesman Anar Eyvazov, ' +
      'the minister instructed the commanders "to answer every provocation firmly."';
    expect(links(text)).toContainEqual(['hasanov', 'text:anar-eyvazov', 'to answer every provocation ']);
  });

  it('given "the premier had instructed ministers to …", the words after "to"', () => {
    const text =
      'Prime Minister Nikol Pashinyan chaired the cabinet. His spokeswoman, Nazeli Baghdasaryan, said ' +
      'the premier had instructed ministers to house every family "before the winter comes".';
    expect(links(text)).toContainEqual([
      'pashinyan',
      'text:nazeli-baghdasaryan',
      'house every family "before t',
    ]);
  });

  it('given "the Minister also informed his interlocutor that …", the that-clause', () => {
    const text =
      'Foreign Minister Ararat Mirzoyan called his US counterpart. According to his spokeswoman Ani ' +
      'Badalyan, the Minister also informed his interlocutor that the road had been closed for a week.';
    expect(links(text)).toContainEqual(['mirzoyan', 'ani-badalyan', 'the road had been closed for']);
  });

  it('given "the president saw the exchange as “…”", the appraisal’s quoted words', () => {
    const text =
      'President Ilham Aliyev received the delegation. His adviser Hikmet Hajiyev told reporters that the ' +
      'president saw the exchange as "a gesture of good will."';
    expect(links(text)).toContainEqual(['aliyev', 'hajiyev', 'a gesture of good will."']);
  });

  it('given "Putin was being kept informed and that …", no one informs: the relayer alone speaks', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov told reporters that President Vladimir Putin was being kept ' +
      'informed and that the peacekeepers were sheltering civilians.';
    expect(links(text).map((l) => l[0])).toEqual(['peskov']);
  });

  it('given "He said …" right after a relay, the relayer goes on speaking', () => {
    const text =
      'President Ilham Aliyev received the delegation. His adviser Hikmet Hajiyev told reporters that the ' +
      'president saw the exchange as "a gesture of good will." He said Baku expected Yerevan to respond.';
    expect(links(text).at(-1)).toEqual(['hajiyev', null, 'Baku expected Yerevan to res']);
  });

  it('given "the prime minister had thanked X and stressed that …", the post’s holder stressed it', () => {
    const text =
      'Mane Gevorgyan, spokesperson for Prime Minister Nikol Pashinyan, said the prime minister had ' +
      'thanked the mediators and stressed that the return of all captives "remains our priority."';
    expect(links(text)).toEqual([
      ['mane-gevorgyan', null, 'the prime minister had thank'],
      ['pashinyan', 'mane-gevorgyan', 'the return of all captives "'],
    ]);
  });

  it('given "Peskov said Putin had met Aliyev, and said that …", the comma leaves the saying with Peskov', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said Putin had met Aliyev on Friday, and said that the talks would go on.';
    expect(links(text).map((l) => l[0])).toEqual(['peskov', 'peskov']);
  });
});
