import { describe, expect, it } from 'vitest';
import { resolveEntityAt } from '../../src/extract/entities/resolve.ts';
import { textEntity } from '../../src/extract/entities/textEntity.ts';
import { speakersShown } from './statements.helpers.ts';

describe('unnamed sources in a capital are where they are, not whom they speak for', () => {
  it.each([
    ['Sources in Baku said the talks would resume next week.', 'text:sources'],
    ['A source in Yerevan said the border would stay shut.', 'text:source'],
  ])('%s', (text, id) => {
    expect(speakersShown(text)).toEqual([id]);
  });

  it('a representative of a state still speaks for it; officials of a capital are its government', () => {
    expect(resolveEntityAt('a representative of Azerbaijan')?.id).toBe('gov-azerbaijan');
    expect(resolveEntityAt('sources in Moscow')).toBeNull();
    expect(speakersShown('Officials in Yerevan said the border had been quiet since dawn.')).toEqual([
      'gov-armenia',
    ]);
  });
});

describe('a bare role after a sentence opened by another, untitled person is unsure', () => {
  it('the prime minister after "Giorgia Meloni spoke with Nikol Pashinyan" is not Pashinyan', () => {
    const text =
      'Giorgia Meloni spoke briefly with Nikol Pashinyan. "The valley cannot be left alone," the prime minister told reporters.';
    expect(speakersShown(text)).not.toContain('pashinyan');
  });

  it('the prime minister after a sentence about Pashinyan alone is he', () => {
    const text =
      'Nikol Pashinyan arrived in Granada. "The valley cannot be left alone," the prime minister told reporters.';
    expect(speakersShown(text)).toEqual(['pashinyan']);
  });
});

describe("a people's plural name is a group, and a singular pronoun is the apposed person", () => {
  it('"Karabakh Armenians" is a group', () => {
    expect(textEntity('Karabakh Armenians').kind).toBe('group');
  });

  it('"He said" after "The leader of the Karabakh Armenians, Arayik Harutyunyan, …" is Harutyunyan', () => {
    const text =
      'The leader of the Karabakh Armenians, Arayik Harutyunyan, met the envoy on Monday. He said the blockade had to end.';
    expect(speakersShown(text)).toEqual(['harutyunyan']);
  });
});

describe('a name, then "from" a place or body: the person speaks', () => {
  it.each([
    ['Jan Šír from Charles University told the paper that Moscow had lost its leverage.', 'text:jan-sir'],
    ['Anna Novak from Masaryk University said that the talks had stalled.', 'text:anna-novak'],
    ['May Ohanyan from Goris said that the road was shut.', 'text:may-ohanyan'],
    [
      'Historian of the Caucasus Petr Novy from Masaryk University told the radio that the timing was no accident.',
      'text:petr-novy',
    ],
  ])('%s', (text, id) => {
    expect(speakersShown(text)).toEqual([id]);
  });

  it('"from the ruins" is no body a name is from', () => {
    expect(textEntity('A doctor from Goris').id).toBe('text:doctor');
  });
});

describe("an outlet's closing credit line signs no quote", () => {
  it('"The Armenian Weekly" under a quote that follows a saying', () => {
    const text =
      'Sargsyan said they would be back on Friday.\n\n"We will come every day until they are home," she said. "What else can a mother do?"\n\nThe Armenian Weekly';
    expect(speakersShown(text)).not.toContain('text:armenian-weekly');
  });

  it("a press release's quote block is still signed by the name under it", () => {
    const text =
      'The talks ended late.\n\n"We will keep working until the road opens."\n\nJanez Lenarcic, Commissioner for Crisis Management';
    expect(speakersShown(text)).toEqual(['text:janez-lenarcic']);
  });
});
