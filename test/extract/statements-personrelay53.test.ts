import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const voices = (text: string) => statementsOf(text).map((s) => [s.speaker, s.via ?? null, s.quote]);

describe('a person who says a named principal told, assured or promised them something relays it (CONVENTIONS 14)', () => {
  it.each([
    [
      'Ararat Petrosyan said Nikol Pashinyan had told him that the border would stay open.',
      'Nikol Pashinyan had told him that the border would stay open',
      'pashinyan',
      'the border would stay open',
    ],
    [
      'Ararat Petrosyan said President Ilham Aliyev had assured him that the road would reopen.',
      'President Ilham Aliyev had assured him that the road would reopen',
      'aliyev',
      'the road would reopen',
    ],
    [
      'Ararat Petrosyan said Vladimir Putin had promised Aliyev that the peacekeepers would leave.',
      'Vladimir Putin had promised Aliyev that the peacekeepers would leave',
      'putin',
      'the peacekeepers would leave',
    ],
    [
      'Ararat Petrosyan said the ICRC had assured him that it would take the patients to Yerevan.',
      'the ICRC had assured him that it would take the patients to Yerevan',
      'icrc',
      'it would take the patients to Yerevan',
    ],
  ])(
    'given "%s", the person says the relayed clause and the principal its words',
    (text, own, principal, words) => {
      expect(voices(text)).toEqual([
        ['text:ararat-petrosyan', null, own],
        [principal, 'text:ararat-petrosyan', words],
      ]);
    },
  );

  it('given a principal who asked the person to convey words, the words are the principal’s', () => {
    const text =
      'Jeyhun Bayramov said President Ilham Aliyev had asked him to convey that the road would stay open.';
    expect(voices(text)).toEqual([
      ['bayramov', null, 'President Ilham Aliyev had asked him to convey that the road would stay open'],
      ['aliyev', 'bayramov', 'the road would stay open'],
    ]);
  });

  it('given a principal who asked the person to act, only the person speaks', () => {
    const text = 'Jeyhun Bayramov said President Ilham Aliyev had asked him to open the road.';
    expect(voices(text)).toEqual([
      ['bayramov', null, 'President Ilham Aliyev had asked him to open the road'],
    ]);
  });

  it('given a telling with no "that" to mark the words off, only the person speaks', () => {
    const text = 'Ararat Petrosyan said Nikol Pashinyan had told him the border would stay open.';
    expect(voices(text)).toEqual([
      ['text:ararat-petrosyan', null, 'Nikol Pashinyan had told him the border would stay open'],
    ]);
  });

  it('given a named person who acted rather than told, only the person speaks', () => {
    const text = 'Ararat Petrosyan said Nikol Pashinyan had visited the village and promised nothing.';
    expect(voices(text)).toEqual([
      ['text:ararat-petrosyan', null, 'Nikol Pashinyan had visited the village and promised nothing'],
    ]);
  });
});
