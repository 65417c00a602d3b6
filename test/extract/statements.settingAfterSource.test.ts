import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('the writer’s setting after "…, X said Thursday," is no part of what was said', () => {
  it.each([
    [
      'About 6,000 people have reached Goris since Sunday, regional officials said on Friday, as buses kept arriving from the checkpoint.',
      'regional officials: About 6,000 people have reached Goris since Sunday',
    ],
    [
      'The two sides exchanged maps of the border section, the border commission said, in a move that angered villagers in the valley.',
      'the border commission: The two sides exchanged maps of the border section',
    ],
    [
      'At least 31 soldiers were killed overnight, Defence Minister Karen Vardanyan said Tuesday, in the worst fighting since the truce.',
      'Defence Minister Karen Vardanyan: At least 31 soldiers were killed overnight',
    ],
    [
      'The crossing will reopen at noon, the border service said, days after a convoy was turned back.',
      'the border service: The crossing will reopen at noon',
    ],
    [
      'The talks made little progress, Mirela Costa said, amid renewed shelling near the border.',
      'Mirela Costa: The talks made little progress',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });

  it('a setting after the verb alone gives no statement of its own', () => {
    expect(said('Aid agencies said on Monday, as the first trucks crossed the bridge.')).toEqual([]);
  });

  it('"as well as" after the source goes on with what was said', () => {
    expect(
      said('The blockade is a threat to the region, the envoy said, as well as a test of the mission.'),
    ).not.toContain('the envoy: as well as a test of the mission');
  });

  it('a that-clause after a setting set off by commas is still what was said', () => {
    expect(said('The ministry said, in a brief statement on Sunday, that the road was open.')).toEqual([
      'The ministry: the road was open',
    ]);
  });
});

describe('a count is never who spoke', () => {
  it.each([
    [
      'The country’s ombudswoman, Lilit Harutyunyan, said about 2,400 residents of border villages had been evacuated.',
      'Lilit Harutyunyan: about 2,400 residents of border villages had been evacuated',
    ],
    [
      'A regional official, who asked not to be named, said more than 7,100 people had been moved to schools.',
      'A regional official: more than 7,100 people had been moved to schools',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});

describe('acts that report no words', () => {
  it('a war that "claimed" lives said nothing', () => {
    expect(said('The six-week war in 2020 claimed more than 6,000 lives on both sides.')).toEqual([]);
    expect(said('The dispute over the enclave has claimed tens of thousands of lives since 1988.')).toEqual(
      [],
    );
    expect(said('The shelling of Martuni claimed dozens of lives in a single week.')).toEqual([]);
  });

  it('a summing-up phrase with its agent ("a step welcomed by Paris") said nothing', () => {
    expect(
      said(
        'In May, Tbilisi helped arrange the handover of 12 detainees in exchange for minefield maps, a step later welcomed by Paris and Berlin.',
      ),
    ).toEqual([]);
  });

  it('answering a question is no content', () => {
    const out = said(
      'Kremlin spokesman Oleg Varin confirmed the pullout. "Yes, it is true," he said, answering a question from a reporter.',
    );
    expect(out).not.toContain('he: a question from a reporter');
    expect(out).toContain('he: Yes, it is true,');
  });

  it.each([
    'Prime Minister Nikol Pashinyan declared martial law and a general mobilisation on Sunday.',
    'The government declared a state of emergency in the border districts.',
  ])('an act named after "declared": %s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    'By evening both sides reported violations along the line of contact.',
    'The two armies reported sporadic shooting near the village overnight.',
    'The ministry later admitted responsibility and promised an inquiry.',
  ])('an event or deed owned up to, with no clause: %s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    ['The ministry reported the convoy arrived at noon.', 'The ministry: the convoy arrived at noon'],
    ['Local officials reported that 40 houses burned.', 'Local officials: 40 houses burned'],
    [
      'The agency reported "heavy shelling" near the airport.',
      'The agency: "heavy shelling" near the airport',
    ],
  ])('a clause or a quote after "reported" is still what was said: %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});

describe('a translated agency’s "Recall that" is the writer’s reminder, not the source’s words', () => {
  it.each([
    [
      'Let us recall that on March 3, two soldiers were wounded near the village, the Ministry of Defense said.',
      'the Ministry of Defense: on March 3, two soldiers were wounded near the village',
    ],
    [
      'We will remind, in June a truck was hit near the bridge, the border service reported.',
      'the border service: in June a truck was hit near the bridge',
    ],
    [
      'Recall that in the autumn war the country lost 700 servicemen, according to the Ministry of Defense, and 50 are still missing.',
      'the Ministry of Defense: in the autumn war the country lost 700 servicemen',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
