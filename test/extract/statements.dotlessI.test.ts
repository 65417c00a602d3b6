import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('names spelled with letters that have no base-letter decomposition (Turkish "ı", Azerbaijani "ə")', () => {
  it('a speaker whose surname has a dotless ı speaks, named with a plain i', () => {
    expect(speakersViaAndQuotes('Mehmet Yılmaz said the border crossing would reopen.')).toEqual([
      ['text:mehmet-yilmaz', undefined, 'the border crossing would reopen'],
    ]);
  });

  it('a spokesman so named relays his principal (CONVENTIONS 14)', () => {
    const text =
      'Presidential spokesman Ahmet Kılınç said that President Recep Tayyip Erdoğan had told Ilham Aliyev that Ankara would "stand by Baku."';
    expect(speakersViaAndQuotes(text)).toEqual([
      [
        'text:ahmet-kilinc',
        undefined,
        'President Recep Tayyip Erdoğan had told Ilham Aliyev that Ankara would "stand by Baku."',
      ],
      ['erdogan', 'text:ahmet-kilinc', 'Ankara would "stand by Baku."'],
    ]);
  });

  it('a name the gazetteer knows in its Azerbaijani spelling is found', () => {
    expect(speakersViaAndQuotes('Hikmət Hacıyev said the road was open.')[0]?.[0]).toBe('hajiyev');
  });
});
