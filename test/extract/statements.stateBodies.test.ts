import { describe, expect, it } from 'vitest';
import { speakerIdsFrom, speakersShown } from './statements.helpers.ts';

describe('the two states’ recurring bodies are the gazetteer’s, however the country is written', () => {
  it('a possessive: "Azerbaijan’s State Border Service said …"', () => {
    expect(
      speakersShown(
        "Azerbaijan's State Border Service said on Monday that two trucks had been turned back at the crossing.",
      ),
    ).toEqual(['sbs-azerbaijan']);
  });

  it('an adjective, and the service named back by its head', () => {
    const text = [
      'The Azerbaijani State Border Service said the checkpoint would stay open overnight.',
      'The service added that the rules for crossing were unchanged.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['sbs-azerbaijan', 'sbs-azerbaijan']);
  });

  it('the country after the name: "the State Border Service of Azerbaijan"', () => {
    expect(
      speakersShown('The State Border Service of Azerbaijan said the checkpoint would stay open.'),
    ).toEqual(['sbs-azerbaijan']);
  });

  it('Armenia’s and Azerbaijan’s security services stay apart', () => {
    const text = [
      "Armenia's National Security Service said its border guards had repelled an attack near the village.",
      "Azerbaijan's State Security Service said a detained man had been handed over to the prosecutors.",
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['nss-armenia', 'sss-azerbaijan']);
  });

  it('each health ministry is its own country’s, in each way of writing it', () => {
    expect(speakersShown("Armenia's health ministry said 12 people were being treated in hospital.")).toEqual(
      ['moh-armenia'],
    );
    expect(
      speakersShown('The Ministry of Health of Azerbaijan said three people had died in the blast.'),
    ).toEqual(['moh-azerbaijan']);
  });

  it('emergencies and interior ministries', () => {
    expect(
      speakersShown("Azerbaijan's Ministry of Emergency Situations said the fire had been put out."),
    ).toEqual(['mes-azerbaijan']);
    expect(speakersShown('The Armenian Interior Ministry said the protesters had been released.')).toEqual([
      'mia-armenia',
    ]);
  });

  it('the bare name in a national outlet’s copy is that country’s body', () => {
    expect(
      speakerIdsFrom(
        'Azertac',
        'Two posts came under fire overnight, the State Border Service said on Sunday.',
      ),
    ).toEqual(['sbs-azerbaijan']);
  });

  it('the bare name with no side in view stays as written', () => {
    expect(speakersShown('The State Border Service said the checkpoint would stay open.')).toEqual([
      'text:state-border-service',
    ]);
  });
});
