import { describe, expect, it } from 'vitest';
import { speakersViaAndQuotes } from './statements.helpers.ts';

describe('reporting verbs of translated copy open a that-clause: indicated, specified, judged, considered', () => {
  it('a body "indicated that …"', () => {
    expect(
      speakersViaAndQuotes(
        'The ICRC indicated that its teams had reached the village with fuel and insulin.',
      ),
    ).toEqual([['icrc', undefined, 'its teams had reached the village with fuel and insulin']]);
  });

  it('"specified on Monday that …": a day between the verb and "that"', () => {
    expect(
      speakersViaAndQuotes(
        'Nikol Pashinyan specified on Monday that the border posts would stay where they are.',
      ),
    ).toEqual([['pashinyan', undefined, 'the border posts would stay where they are']]);
  });

  it('"judged that …" with a quoted word in the clause', () => {
    expect(
      speakersViaAndQuotes('Hikmet Hajiyev judged that the round in Geneva had been "constructive."'),
    ).toEqual([['hajiyev', undefined, 'the round in Geneva had been "constructive."']]);
  });

  it('a spokesperson who "specified that" the leader "considered that …" relays both links', () => {
    expect(
      speakersViaAndQuotes(
        'Kremlin spokesman Dmitry Peskov specified that Vladimir Putin considered that the talks should go on in Moscow.',
      ),
    ).toEqual([
      ['peskov', undefined, 'Vladimir Putin considered that the talks should go on in Moscow'],
      ['putin', 'peskov', 'the talks should go on in Moscow'],
    ]);
  });

  it('without "that" the verbs name no saying', () => {
    expect(
      speakersViaAndQuotes(
        'The ministry indicated the route on a map and considered the request for two days.',
      ),
    ).toEqual([]);
  });

  it('evidence indicates, no one says: "satellite images indicated that …"', () => {
    expect(
      speakersViaAndQuotes('Satellite images indicated that the column had crossed the river at night.'),
    ).toEqual([]);
  });

  it('a court indicating measures or considering gives its ruling, no saying', () => {
    expect(
      speakersViaAndQuotes('The Court indicates that Azerbaijan shall let the residents return safely.'),
    ).toEqual([]);
    expect(speakersViaAndQuotes('The Court considered that the request was urgent.')).toEqual([]);
  });
});

describe('a relayed leader who "expressed hope that …" is a principal with words', () => {
  it('spokesperson, aside, then "had expressed hope that"', () => {
    expect(
      speakersViaAndQuotes(
        'Kremlin spokesman Dmitry Peskov said that Vladimir Putin, in a call with Nikol Pashinyan, had expressed hope that the road would reopen soon.',
      ),
    ).toEqual([
      [
        'peskov',
        undefined,
        'Vladimir Putin, in a call with Nikol Pashinyan, had expressed hope that the road would reopen soon',
      ],
      ['putin', 'peskov', 'the road would reopen soon'],
    ]);
  });
});

describe('"informed <Outlet> that …": the outlet told by name is whom, the that-clause what', () => {
  it('a body informed the paper', () => {
    expect(
      speakersViaAndQuotes('The ICRC informed Hetq that its teams had reached the village on Monday.'),
    ).toEqual([['icrc', undefined, 'its teams had reached the village on Monday']]);
  });

  it('"informed X of …" names no words', () => {
    expect(speakersViaAndQuotes('The minister informed Pashinyan of the decision.')).toEqual([]);
  });
});
