import { describe, expect, it } from 'vitest';
import { readSlashDate } from '../../src/corpus/metadata/dateLayouts.ts';

/**
 * Wire copy drops the "on" before a weekday ("announced Tuesday", "early Tuesday"): the lead's
 * weekday settles a dotted or slashed stamp as "on Tuesday" does. 3 October 2023 was a Tuesday,
 * 10 March 2023 a Friday. Leads written for these tests.
 */
describe("a bare weekday in the lead settles the stamp's order", () => {
  it.each([
    'The minister announced Tuesday that the aid convoy would cross the border within days.',
    'Hundreds of people gathered outside the government building early Tuesday to demand answers.',
    'Tuesday, the two delegations met behind closed doors for more than four hours in the capital.',
  ])('%s', (lead) => {
    expect(readSlashDate('03.10.2023', `${lead}\n`)?.date).toMatchObject({ year: 2023, month: 10, day: 3 });
  });

  it.each([
    'The minister said the talks that opened last Tuesday would resume within a few days in the capital.',
    "Officials said Tuesday's vote in the assembly was postponed until further notice, the agency reported.",
    'Residents have been without power since Tuesday, local officials told reporters on the phone today.',
  ])('a weekday counted from or owned settles nothing: %s', (lead) => {
    expect(readSlashDate('03/10/2023', `${lead}\n`)).toBeNull();
    // Session 41: a dotted stamp nothing settles is read day first, as dotted dates are written.
    expect(readSlashDate('03.10.2023', `${lead}\n`)?.why).toBe('read day first, as dotted dates are written');
  });
});

/**
 * A lead naming its day with a short month ("On Oct. 2", "since 2 Oct") settles the stamp as the
 * full name does: 2 October falls within the month before 05.10.2023 read day first, not before
 * 10 May. Leads written for these tests.
 */
describe("a short month in the lead's named day settles the stamp's order", () => {
  it.each([
    'On Oct. 2 the speaker of parliament received a delegation of the European Parliament in the capital.',
    'Since 2 Oct, more than forty buses have carried families across the bridge, the local authorities said.',
  ])('%s', (lead) => {
    expect(readSlashDate('05.10.2023', `${lead}\n`)?.date).toMatchObject({ year: 2023, month: 10, day: 5 });
  });
});
