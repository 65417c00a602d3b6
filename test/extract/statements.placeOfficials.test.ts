import { describe, expect, it } from 'vitest';
import { resolveEntityAt } from '../../src/extract/entities/resolve.ts';
import { speakersShown, statementsOf, timelineFor } from './statements.helpers.ts';

describe('officials named by their place speak for the government seated there', () => {
  it.each([
    ['Officials in Stepanakert say the gas supply was cut again overnight.', 'karabakh-authorities'],
    ['The local authorities in Nagorno-Karabakh said 200 people had been killed.', 'karabakh-authorities'],
    [
      'According to the local authorities in Nagorno Karabakh, ten children were among the dead.',
      'karabakh-authorities',
    ],
    ["Nagorno-Karabakh's de facto authorities said the death toll had risen to 200.", 'karabakh-authorities'],
    ['Karabakh officials said the last bakery in the town had closed.', 'karabakh-authorities'],
    ['The de facto authorities said the shelling continued overnight.', 'karabakh-authorities'],
    ['Separatist officials said they would hand over their weapons.', 'karabakh-authorities'],
    ['The separatist administration said 120,000 people were trapped.', 'karabakh-authorities'],
    ['Authorities in the breakaway region said 32 people had been killed.', 'karabakh-authorities'],
    ['The authorities in Baku said the operation had ended.', 'gov-azerbaijan'],
    [
      'Two soldiers were killed near the village overnight, the Karabakh side reported.',
      'karabakh-authorities',
    ],
    ['The Artsakh side said the talks on the gas pipeline had stalled.', 'karabakh-authorities'],
    ['Officials in Yerevan said the border had been quiet since dawn.', 'gov-armenia'],
    ['Ethnic Armenian officials in Stepanakert said the last clinic had closed.', 'karabakh-authorities'],
    ['Ethnic Armenian officials in Goris said the hotels were full.', 'text:ethnic-armenian-officials'],
    [
      'Shelling hit Stepanakert overnight. Local health officials said nine people were wounded.',
      'karabakh-authorities',
    ],
    [
      'Convoys still wait outside Stepanakert. The local health ministry said two patients had died.',
      'karabakh-authorities',
    ],
    [
      'Fighting went on in Nagorno-Karabakh. Local Armenian officials said the toll had risen to 40.',
      'karabakh-authorities',
    ],
    [
      'A shell struck a school near Stepanakert on Sunday. Local officials said four pupils were hurt.',
      'karabakh-authorities',
    ],
    [
      'Twelve villages lost power overnight, according to Karabakh’s energy officials.',
      'karabakh-authorities',
    ],
    ['The siege has emptied the shops, Nagorno-Karabakh’s health officials said.', 'karabakh-authorities'],
  ])('%s', (text, id) => {
    expect(speakersShown(text)).toEqual([id]);
  });
});

describe('the sentence before is read however many blank lines end its paragraph', () => {
  it('two or four newlines: the same place, the same speaker', () => {
    const story = (gap: string) =>
      `Shelling was reported across Nagorno-Karabakh.\n\nConvoys waited on the road to Goris.${gap}Local officials said 40 houses had burned.`;
    expect(speakersShown(story('\n\n\n\n'))).toEqual(speakersShown(story('\n\n')));
  });
});

describe('a place with no government seated there names no one', () => {
  it.each([
    ['Local officials in Goris said 800 people were arriving every hour.', 'text:local-officials'],
    ['Local health officials in Goris said the clinic was full.', 'text:local-health-officials'],
    ['The local authorities said the school would reopen on Monday.', 'text:local-authorities'],
    ['Regional officials said the road was open again.', 'text:regional-officials'],
  ])('%s', (text, id) => {
    expect(speakersShown(text)).toEqual([id]);
  });

  it('reads the seat only while that government stood', () => {
    expect(resolveEntityAt('officials in Stepanakert', { year: 2023, month: 9 })?.id).toBe(
      'karabakh-authorities',
    );
    expect(resolveEntityAt('officials in Stepanakert', { year: 2024, month: 5 })?.kind).not.toBe(
      'government',
    );
    const text = 'Officials in Khankendi said the new hospital would open in June.';
    const later = statementsOf(
      text,
      timelineFor(text, { year: 2024, month: 3, day: 2, precision: 'day', yearStatus: 'stated' }),
    );
    expect(later.map((s) => s.speaker)).not.toContain('karabakh-authorities');
  });

  it('keeps a qualifier that no government bears by itself apart', () => {
    expect(resolveEntityAt("Ukraine's separatist leaders")).toBeNull();
    expect(resolveEntityAt('separatist officials in Baku')).toBeNull();
    expect(resolveEntityAt('officials in Shusha')?.kind).not.toBe('government');
  });
});

describe('a capital standing for its government', () => {
  it.each([
    ['Yerevan says the border posts were shelled overnight.', 'gov-armenia'],
    ['According to Baku, the operation was over within a day.', 'gov-azerbaijan'],
    ['In Baku, they reported that the operation had ended.', 'gov-azerbaijan'],
    ['Moscow said its peacekeepers would stay in the region.', 'gov-russia'],
    ['Ankara said it would back Azerbaijan at the talks.', 'gov-turkey'],
  ])('%s', (text, id) => {
    expect(speakersShown(text)).toEqual([id]);
  });

  it.each([
    ['In Baku, protesters said the road must stay closed.', 'text:protesters'],
    ['Speaking in Baku, Blinken said a deal was within reach.', 'blinken'],
  ])('is only where something happened in "%s"', (text, id) => {
    expect(speakersShown(text)).toEqual([id]);
  });
});

describe('the government of a state the gazetteer lacks is the state, by capital, nationality or seat', () => {
  it.each([
    ['Tehran said it would oppose any change to the border with Armenia.', 'text:iran'],
    ['Officials in New Delhi said the arms sales targeted no third country.', 'text:india'],
    ['The Georgian government said the transit route would stay open.', 'text:georgia'],
    ['Kazakh authorities said the summit would go ahead in November.', 'text:kazakhstan'],
    ['The government of Greece said it was following events with concern.', 'text:greece'],
  ])('%s', (text, id) => {
    expect(speakersShown(text)).toEqual([id]);
  });

  it('keeps "Georgian officials" as people of that kind', () => {
    expect(speakersShown('Georgian officials said the bridge at Sadakhlo was open.')).toEqual([
      'text:georgian-officials',
    ]);
  });
});
