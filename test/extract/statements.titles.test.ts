import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

/** The speaker's id and the role the text gives them, per statement. */
const who = (text: string) =>
  extractFrom(text).map((s) => ({ id: s.speaker.id, ...(s.speaker.role ? { role: s.speaker.role } : {}) }));

describe('an abbreviated title is the role, never part of the name', () => {
  it.each([
    ['Del. Jane Morrow said the storm had cut power to the islands.', 'text:jane-morrow', 'Del.'],
    ['Gov. Ann Carver said the state would sue over the rule.', 'text:ann-carver', 'Gov.'],
    ['“The convoy was stopped at dawn,” said Brig. Gen. Mark Dunn.', 'text:mark-dunn', 'Brig. Gen.'],
    ['Lt. Col. Mark Dunn said the battalion had left the valley.', 'text:mark-dunn', 'Lt. Col.'],
    ['Sgt. Mark Dunn said the patrol came under fire near the bridge.', 'text:mark-dunn', 'Sgt.'],
    ['Amb. Ruth Ellery said the talks would resume in May.', 'text:ruth-ellery', 'Amb.'],
    ['Atty. Gen. Ruth Ellery said the charges would stand.', 'text:ruth-ellery', 'Atty. Gen.'],
    ['Cmdr. Sara Lind said the frigate had left port on time.', 'text:sara-lind', 'Cmdr.'],
    ['Adm. Sara Lind said the fleet would stay in the region.', 'text:sara-lind', 'Adm.'],
    ['Msgr. Peter Quill said the parish would open its doors to families.', 'text:peter-quill', 'Msgr.'],
    ['Fr. Peter Quill said the vigil would be held on Sunday.', 'text:peter-quill', 'Fr.'],
    ['Supt. Paul Grey said two men had been arrested in the raid.', 'text:paul-grey', 'Supt.'],
    ['Det. Insp. Paul Grey said the inquiry was continuing.', 'text:paul-grey', 'Det. Insp.'],
    ['Cllr Paul Grey said the council would vote on the plan next week.', 'text:paul-grey', 'Cllr'],
    ['Ald. Paul Grey said the ward would get two new schools.', 'text:paul-grey', 'Ald.'],
  ])('%s', (text, id, role) => {
    expect(who(text)).toEqual([{ id, role }]);
  });
});
