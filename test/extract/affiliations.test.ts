import { describe, expect, it } from 'vitest';
import type { SourceDate } from '../../src/corpus/types.ts';
import {
  affiliationFromWords,
  affiliationOf,
  parseAffiliation,
} from '../../src/extract/entities/affiliations.ts';
import { entityById } from '../../src/extract/entities/resolve.ts';
import { textEntity } from '../../src/extract/entities/textEntity.ts';

const day = (year: number, month: number): SourceDate => ({
  precision: 'day',
  year,
  month,
  day: 1,
  yearStatus: 'stated',
});
const known = (id: string) => {
  const entity = entityById(id);
  if (!entity) throw new Error(`no gazetteer entry ${id}`);
  return entity;
};

describe('a known person or body speaks for the side the gazetteer gives', () => {
  it.each([
    ['aliyev', 'azerbaijan'],
    ['bayramov', 'azerbaijan'],
    ['mod-azerbaijan', 'azerbaijan'],
    ['gov-azerbaijan', 'azerbaijan'],
    ['pashinyan', 'armenia'],
    ['mnatsakanyan', 'armenia'],
    ['gov-armenia', 'armenia'],
    ['armenian-government-press-service', 'armenia'],
    ['karabakh-authorities', 'karabakh'],
    ['harutyunyan', 'karabakh'],
    ['putin', 'russia'],
    ['kremlin', 'russia'],
    ['gov-russia', 'russia'],
    ['blinken', 'united-states'],
    ['miller', 'united-states'],
    ['pompeo', 'united-states'],
    ['us-state-department', 'united-states'],
    ['eu', 'eu'],
    ['borrell', 'eu'],
    ['erdogan', 'turkiye'],
    ['un-security-council', 'international'],
    ['guterres', 'international'],
    ['icrc', 'international'],
    ['osce-minsk-group', 'international'],
    ['radio-liberty-armenian', 'media'],
    ['macron', 'other-state'],
  ])('%s → %s', (id, side) => {
    expect(affiliationOf(known(id))).toBe(side);
  });

  it('a place is no one’s spokesperson', () => {
    expect(affiliationOf(known('stepanakert'))).toBe('unknown');
  });

  it('a person who changed office speaks for the side of the date: Vardanyan as State Minister in 2023-01 only', () => {
    const vardanyan = known('vardanyan');
    expect(affiliationOf(vardanyan, 'Vardanyan', day(2023, 1))).toBe('karabakh');
    expect(affiliationOf(vardanyan, 'Vardanyan', day(2021, 5))).toBe('unknown');
    expect(affiliationOf(vardanyan, 'Vardanyan', null)).toBe('unknown');
  });
});

describe('a speaker the gazetteer lacks: the side the words give, or unknown', () => {
  it.each([
    ['an Azerbaijani official', 'azerbaijan'],
    ['Armenia’s foreign ministry spokesperson Ani Badalyan', 'armenia'],
    ['Armenian Foreign Ministry spokeswoman Ani Badalyan', 'armenia'],
    ['the Kremlin', 'russia'],
    ['a Russian diplomat', 'russia'],
    ['the Karabakh Armenian authorities', 'karabakh'],
    ['Nagorno-Karabakh human rights defender Gegham Stepanyan', 'karabakh'],
    ['the ethnic Armenian leadership', 'karabakh'],
    ['Iranian Foreign Minister Hossein Amir-Abdollahian', 'iran'],
    ['Tehran', 'iran'],
    ['a Turkish official', 'turkiye'],
    ['a US official', 'united-states'],
    ['an EU spokesperson', 'eu'],
    ['the UN refugee agency', 'international'],
    ['an OSCE monitor', 'international'],
    ['a Reuters correspondent', 'media'],
    ['Caliber.Az', 'media'],
    ['the Azerbaijani ambassador to Russia', 'azerbaijan'],
    ["Karabakh's human rights ombudsman Gegham Stepanyan", 'karabakh'],
    ['Azerbaijani state media', 'media'],
    ['the German foreign minister', 'other-state'],
    ['a French diplomat', 'other-state'],
  ])('%s → %s', (words, side) => {
    expect(affiliationOf(textEntity(words), words)).toBe(side);
  });

  it.each([
    'Armenian refugees',
    'German analysts',
    'residents',
    'an Azerbaijani analyst',
    'one local official',
    'witnesses in Goris',
    'the press service',
  ])('%s → unknown (a nationality is not a side; an unnamed office is not one either)', (words) => {
    expect(affiliationFromWords(words)).toBe('unknown');
  });
});

describe('side: takes the names a reader would type', () => {
  it.each([
    ['Azerbaijan', 'azerbaijan'],
    ['baku', 'azerbaijan'],
    ['Armenian', 'armenia'],
    ['Artsakh', 'karabakh'],
    ['karabakh', 'karabakh'],
    ['US', 'united-states'],
    ['the United States', 'united-states'],
    ['Turkey', 'turkiye'],
    ['Türkiye', 'turkiye'],
    ['UN', 'international'],
    ['ICRC', 'international'],
    ['media', 'media'],
    ['Karabakh Armenian authorities', 'karabakh'],
    ['unknown', 'unknown'],
  ])('%s → %s', (words, side) => {
    expect(parseAffiliation(words)).toBe(side);
  });

  it('anything else is no side', () => {
    for (const words of ['', 'martians', 'Azerbaijan and Armenia'])
      expect(parseAffiliation(words)).toBeNull();
  });
});
