import { describe, expect, it } from 'vitest';
import { events, published } from '../corpus/dateLayouts.helpers.ts';

/** Text written for these tests (session 38, carry to outlets-fresh-50). */
const LEAD =
  'Fighting resumed along the northern section of the frontier overnight, the defence ministry said on Wednesday.\n';

describe('a "Created:" field dates the piece, as "Published:" does', () => {
  const page = `WORLD\n\nMinister: the border must stay calm\n\nCreated: 14.09.2022 - 10:05 | Updated: 14.09.2022 - 18:40\n\n${LEAD}`;

  it('the created stamp is the publication date', () => {
    expect(published(page)).toBe('2022-09-14');
  });

  it('its dates are the page’s own, never events of the story', () => {
    expect(Object.keys(events(page)).filter((t) => t.includes('14.09.2022'))).toEqual([]);
  });
});

describe('a dotted stamp is not turned by the order the prose spells its dates in', () => {
  // 11.07.2024 read day first is 11 July, read month first 7 November. The prose writes
  // "on March 3 last year" month first, as a translation may: that settles nothing for a stamp
  // parted by dots, which sites write day first.
  const page =
    'Politics\n\nThe last convoy has crossed the border\n\n11.07.2024 15:20\n\n' +
    'The withdrawal of the contingent from the region has been completed, the ministry reported.\n\n' +
    'The mission had been deployed under an agreement signed on March 3 last year.\n';

  it('is left unread rather than read month first', () => {
    expect(published(page)).not.toBe('2024-11-07');
  });
});
