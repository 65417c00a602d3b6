import { describe, expect, it } from 'vitest';
import { extractFrom } from './statements.helpers.ts';

const speakers = (text: string) => extractFrom(text).map((s) => s.speaker);
const names = (text: string) => speakers(text).map((s) => s.name);

describe("CONVENTIONS row R: a body a country owns is filed under the country's adjective", () => {
  it.each([
    // a proper name after the possessive, which used to keep the country's own name in its id
    // (Azerbaijan's Mine Action Agency has a gazetteer id since session 52: `anama`, rule 1 first.)
    ["Georgia's Revenue Service said two trucks were held on Monday.", 'text:georgian-revenue-service'],
    [
      "Kazakhstan's Ministry of Trade and Integration said exports would grow.",
      'text:kazakh-ministry-of-trade-and-integration',
    ],
    [
      "Azerbaijan's State Customs Committee said the trucks had been cleared.",
      'text:azerbaijani-state-customs-committee',
    ],
    // a body written in lower case, and one with the place it sits in
    [
      "Armenia's commission on missing persons said 400 files were still open.",
      'text:armenian-commission-on-missing-persons',
    ],
    ["Turkey's embassy in Ottawa said the protest had been peaceful.", 'text:turkish-embassy'],
    // the form that already followed the row
    ["Israel's Foreign Ministry said it regretted the decision.", 'text:israeli-foreign-ministry'],
  ])('%s', (text, id) => {
    expect(speakers(text).map((s) => s.id)).toEqual([id]);
  });

  it('the possessive and the adjective name one speaker', () => {
    const a = speakers("Georgia's Revenue Service said the road was cleared.");
    const b = speakers('The Georgian Revenue Service said the road was cleared.');
    expect(a.map((s) => s.id)).toEqual(b.map((s) => s.id));
  });

  it('the name stays as the text writes it, for /who-said to find it by', () => {
    expect(names("Georgia's Revenue Service said two trucks were held.")).toEqual([
      "Georgia's Revenue Service",
    ]);
  });

  it('a country without an adjective on file keeps its name as written', () => {
    expect(speakers("Narnia's Mine Action Agency said two deminers were hurt.").map((s) => s.id)).toEqual([
      'text:narnia-mine-action-agency',
    ]);
  });

  it('a person owned by a country is no body: the row does not rename them', () => {
    expect(
      speakers("Azerbaijan's representative said the talks had stalled.").map((s) => s.id),
    ).not.toContain('text:azerbaijani-representative');
  });
});

describe("the Armenian prime minister's office, named with its country, is the gazetteer's body (rule 1)", () => {
  it.each([
    'The Office of the Prime Minister of Armenia said the talks would resume in May.',
    "The Armenian Prime Minister's Office said the talks would resume in May.",
  ])('%s', (text) => {
    expect(speakers(text).map((s) => s.id)).toEqual(['armenian-government-press-service']);
  });

  it('without its country it is the institution the text names (rule 6)', () => {
    expect(
      speakers('The Office of the Prime Minister said the talks would resume in May.').map((s) => s.id),
    ).toEqual(['text:office-of-the-prime-minister']);
  });
});
