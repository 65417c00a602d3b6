import { describe, expect, it } from 'vitest';
import {
  speakersAndQuotes,
  speakersShown,
  speakersViaAndQuotes,
  statementsOf,
} from './statements.helpers.ts';

describe('a source cited after a reported clause: the one who cites relays it (CONVENTIONS 14)', () => {
  it('a person citing a body after a parenthetical "she noted": both speak, the same words', () => {
    const text =
      'Lilit Sarkisyan of a Yerevan aid group spoke first. Of the 9,000 people who came in a week, ' +
      'about 2,000 were children, she noted, citing the Armenian government’s registry.';
    expect(speakersViaAndQuotes(text)).toEqual([
      [
        'text:lilit-sarkisyan',
        undefined,
        'Of the 9,000 people who came in a week, about 2,000 were children',
      ],
      [
        'gov-armenia',
        'text:lilit-sarkisyan',
        'Of the 9,000 people who came in a week, about 2,000 were children',
      ],
    ]);
  });

  it('a person quoting a figure: the person’s statement stays', () => {
    const text =
      'Ruzanna Melikyan, a researcher in Gyumri, reminded her readers that more than 900 families had ' +
      'left the valley in a month, quoting the ICRC.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['text:ruzanna-melikyan', undefined, 'more than 900 families had left the valley in a month'],
      ['icrc', 'text:ruzanna-melikyan', 'more than 900 families had left the valley in a month'],
    ]);
  });

  it('polls name no one: the speaker alone', () => {
    expect(speakersViaAndQuotes('The senator said the plan was popular with voters, citing polls.')).toEqual([
      ['text:senator', undefined, 'the plan was popular with voters'],
    ]);
  });
});

describe('", quoting X" after a quote’s attribution: the one quoted spoke, handed on (CONVENTIONS 14, 15)', () => {
  it('a spokesman quoting a named head of mission: both, the name after its description', () => {
    const text =
      '"We saw no damage to the school," said Tom Berg, spokesman for the mission, quoting the head of the mission, Lena Morris.';
    expect(speakersViaAndQuotes(text)).toEqual([
      ['text:tom-berg', undefined, 'We saw no damage to the school,'],
      ['text:lena-morris', 'text:tom-berg', 'We saw no damage to the school,'],
    ]);
  });

  it('a source described, not named, is credited with nothing: the speaker alone', () => {
    const text = '"The road is open," the agency said, quoting a deputy governor.';
    expect(speakersViaAndQuotes(text)).toEqual([['text:agency', undefined, 'The road is open,']]);
  });
});

describe('a call whose quoted words open with what is asked: the quote is the saying (CONVENTIONS 10)', () => {
  it('"called on the allies “not to …”"', () => {
    const text = 'The Kazakh leader Arman Seitkali called on the allies "not to settle scores in public."';
    expect(statementsOf(text).map((s) => [s.speaker, s.kind, s.quote])).toEqual([
      ['text:arman-seitkali', 'direct', 'not to settle scores in public.'],
    ]);
  });

  it('"urged both sides “to …”"', () => {
    const text = 'The envoy Mark Olsen urged both sides "to return to the table" on Friday.';
    expect(speakersAndQuotes(text)).toEqual([['text:mark-olsen', 'to return to the table']]);
  });
});

describe('"according to X, …, and <post> is convinced that …": the second conjunct relays its own principal', () => {
  it('a spokeswoman’s "according to", then "the minister" named before under that post', () => {
    const text =
      'Russian Foreign Ministry spokeswoman Maria Zakharova said Foreign Minister Sergey Lavrov had called ' +
      'his colleagues. According to Zakharova, Lavrov urged both sides to show restraint, and the minister is ' +
      'convinced that "talks remain the only way."';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual(['lavrov', 'zakharova', 'talks remain the only way."']);
  });

  // Session 48 (roles48): of two presidents named, "the president" in what a spokesperson relays is
  // the one of the spokesperson's own country, never the other.
  it('a post two leaders hold is the relayer’s own leader’s, never the other’s', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov spoke on Monday. According to him, Vladimir Putin and Ilham Aliyev ' +
      'discussed the issue by phone, and the president considers that "the task is done."';
    expect(speakersShown(text)).not.toContain('aliyev');
    expect(speakersShown(text)).toContain('putin');
  });

  it('a named subject of the second conjunct speaks for itself', () => {
    const text =
      'According to the ministry, the road was closed on Monday, and Pashinyan said that it would reopen.';
    expect(speakersViaAndQuotes(text).at(-1)).toEqual(['pashinyan', undefined, 'it would reopen']);
  });
});
