import { describe, expect, it } from 'vitest';
import { published, timelineOf } from '../corpus/dateLayouts.helpers.ts';

/** Text written for these tests (session 39, carry to outlets-fresh-52). */
describe('a dotted stamp whose lead weekday fits both readings', () => {
  // 5.10.2021 is Tuesday 5 October read day first, Monday 10 May read month first. "On Monday
  // evening" is the day of 10 May and the day before 5 October: the lead settles nothing.
  const page = (later: string) =>
    'World\n\nVigil in Oslo for families near the front line\n\n5.10.2021 09:15\n\n' +
    'Some sixty people met outside a community centre in Oslo on Monday evening to pray for relatives near the front line.\n\n' +
    `${later}\n`;

  it('is read as the weekdays the piece tells further on settle it', () => {
    const text = page('Officials in the region said the town was shelled again early on Tuesday.');
    expect(timelineOf(text).reference).toMatchObject({ year: 2021, month: 10, day: 5 });
  });

  // Session 41: unsettled, a dotted date is read day first (no outlet in the evaluation sets dots a date month first).
  it('with no other weekday, it is read day first', () => {
    const text = page('Officials in the region said the town had been shelled for a week.');
    expect(timelineOf(text).reference).toMatchObject({ year: 2021, month: 10, day: 5 });
  });
});

describe('a day after "since" or "by" is a span, not the piece’s recent day', () => {
  // 09.11.2021 is 9 November read day first, 11 September read month first. "Since August 30" falls
  // within a month before 11 September only, but opens a span: it settles nothing.
  it('leaves the stamp to other evidence', () => {
    const text =
      'Politics\n\nThe parties keep the lines they hold\n\n09.11.2021 11:05\n\n' +
      'The three leaders signed a statement ending the fighting, the presidential office reported.\n\n' +
      'Since August 30, the shelling has cost hundreds of lives, and the town must be handed over by November 25.\n';
    expect(published(text)).not.toBe('2021-09-11');
  });
});

describe('a "Publish date:" field in the Solar Hijri calendar alone', () => {
  it('is converted, as a date line in that calendar is', () => {
    // 12 Mehr 1402 is Wednesday 4 October 2023.
    const text =
      'Politics\n\nSpokesman: the border must not change\n\nPublish date: Wednesday 12 Mehr 1402 - 10:30\nNews ID: 1234567\n\n' +
      'The spokesman of the foreign ministry said on Wednesday that the region’s borders must not change.\n';
    expect(published(text)).toBe('2023-10-04');
  });
});
