import { describe, expect, it } from 'vitest';
import { isTenseWindowBasis } from '../../src/extract/dates/reference.ts';
import { events, published, timelineOf } from '../corpus/dateLayouts.helpers.ts';

/** A page written for these tests: its only stamp is a revision told by its age. */
const page =
  'Abroad\n\nShelling hits border towns\n\nUpdated 3 hours ago\nAgencies\n\n' +
  'Artillery struck the town during the night of 4 to 5 May. The minister said on 5 May that ' +
  'nine soldiers had been killed. The envoy is due to arrive on 6 May.\n';

describe('a page whose only stamp is "Updated 3 hours ago"', () => {
  it('states no publication date', () => {
    expect(published(page)).toBeNull();
  });

  it('its timeline is dated by the tenses of the body, a reference nothing printed', () => {
    const timeline = timelineOf(page);
    expect(isTenseWindowBasis(timeline.referenceBasis)).toBe(true);
  });

  it('its days keep no guessed year', () => {
    expect(events(page)).toMatchObject({ 'on 5 May': '05-05 (year not established)' });
  });

  it('a printed stamp is no tense window', () => {
    const stamped = page.replace('Updated 3 hours ago', '5 May 2022, 18:10');
    expect(isTenseWindowBasis(timelineOf(stamped).referenceBasis)).toBe(false);
  });
});
