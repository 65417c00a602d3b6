import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Speaker and the first words of each statement. */
function said(text: string, words = 28): [string, string][] {
  return statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, words)]);
}

describe('a TV news script: voice-over and standup are the outlet’s, sound bites are their speakers’', () => {
  const bulletin =
    'REGIONAL NEWS — LATE BULLETIN\n' +
    'RUNDOWN: 22:00 | ITEM 05 | FRI 3 MAY 2024\n' +
    'SLUG: BORDER-SCHOOL\n' +
    'REPORTER: MARO DAVTYAN | CAM: T. ASLANYAN\n\n' +
    '[ANCHOR ON CAM]\n' +
    'ANCHOR: A school near the border reopened today after eight months. Maro Davtyan reports from Tegh.\n\n' +
    '[VO — CHILDREN ENTER SCHOOL]\n' +
    'DAVTYAN (VO): The windows were replaced last week. The regional governor says the roof will be ' +
    'repaired by June.\n\n' +
    '[SOT — SEDA KARAPETYAN, HEAD TEACHER]\n' +
    'KARAPETYAN: We counted the days. The children are back and that is what matters.\n\n' +
    '[STANDUP — DAVTYAN AT SCHOOL GATE]\n' +
    'DAVTYAN: Parents here tell us they still drive their children to the door.\n\n' +
    '[SOT — SEDA KARAPETYAN, CONT’D]\n' +
    'KARAPETYAN: Next year we expect forty pupils.\n';

  it('gives each sound bite to the person its direction names in full', () => {
    const bites = said(bulletin).filter(([who]) => who === 'text:seda-karapetyan');
    expect(bites).toEqual([
      ['text:seda-karapetyan', 'We counted the days. The chi'],
      ['text:seda-karapetyan', 'Next year we expect forty pu'],
    ]);
  });

  it('reads the reporter’s voice-over and standup as prose: no statement of the reporter', () => {
    expect(said(bulletin).some(([who]) => who.includes('davtyan'))).toBe(false);
  });

  it('keeps the sources the voice-over relays', () => {
    expect(said(bulletin)).toContainEqual(['text:parents', 'they still drive their child']);
  });

  const local =
    'WKXT 6PM NEWS\n' +
    'Story: Relief flights | Writer: J. Moore\n' +
    'Correspondent: Hannah Boyce\n\n' +
    'ANCHOR: Relief flights resumed this morning at the regional airport.\n\n' +
    'BOYCE (V/O): Crews loaded the first plane before dawn. The airline says two more flights leave ' +
    'tomorrow.\n\n' +
    '[SOUNDBITE: PAUL ESTRADA, AIRPORT MANAGER]\n' +
    'ESTRADA: We were ready at four. Every pallet went out on time.\n\n' +
    'BOYCE: The next flight is scheduled for Sunday.\n';

  it('reads another station’s script the same way, a crew line naming the correspondent', () => {
    expect(said(local)).toEqual([
      ['text:airline', 'two more flights leave tomor'],
      ['text:paul-estrada', 'We were ready at four. Every'],
    ]);
  });

  it('reads a newsdesk script whose sound-bite labels carry the name: "SOT (NAME, ROLE):"', () => {
    const newsdesk =
      'NEWSDESK SCRIPT\n' +
      'Slug: BORDER CROSSING / 1800\n' +
      'Reporter: Tom Avakian\n\n' +
      'CUE: Hundreds of families crossed into Armenia today. Tom Avakian reports from Kornidzor.\n\n' +
      'VO: Cars queued for hours at the checkpoint. Local officials say two thousand people crossed.\n\n' +
      'SOT (ANNA PETROSYAN, EVACUEE): We left with what we could carry.\n\n' +
      'VO: The Red Cross says it has set up a medical post at the crossing.\n\n' +
      'SOT (GEVORG HAKOBYAN, RED CROSS): We are treating mostly exhaustion.\n\n' +
      'PTC: The queue behind me has not moved in an hour.\n';
    expect(said(newsdesk)).toEqual([
      ['text:local-officials', 'two thousand people crossed'],
      ['text:anna-petrosyan', 'We left with what we could c'],
      ['icrc', 'it has set up a medical post'],
      ['text:gevorg-hakobyan', 'We are treating mostly exhau'],
    ]);
  });
});
