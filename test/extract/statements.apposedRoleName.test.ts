import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('a role with the holder’s name in apposition, then two verbs: the name speaks', () => {
  it('"Armenia’s ambassador to Canada, <name>, welcomed … and said" (a broadsheet)', () => {
    const text =
      'Armenia’s ambassador to Canada, Anahit Harutyunyan, welcomed the decision and said it sent "an important signal" to Ankara.';
    expect(speakersShown(text)).toEqual(['text:anahit-harutyunyan']);
  });

  it('a wire’s "The <body>’s spokesman, <name>, met … and said"', () => {
    const text =
      'The agency’s chief spokesman, Tomas Varga, met reporters in Geneva and said the convoy had been turned back.';
    expect(speakersShown(text)).toEqual(['text:tomas-varga']);
  });

  it('a name first and its role after stays the name ("<name>, a former chairman, became … and said")', () => {
    const text = 'Gevorg Sahakyan, a former village head, returned home and said the school had been looted.';
    expect(speakersShown(text)).toEqual(['text:gevorg-sahakyan']);
  });
});

describe('a person noun with the holder’s name set off before the verb: the name speaks', () => {
  it('"The envoy’s spokesman, <name>, said"', () => {
    const text =
      'The UN envoy’s spokesman, Pieter Lindqvist, said the envoy had raised the matter with both capitals.';
    expect(speakersShown(text)[0]).toBe('text:pieter-lindqvist');
  });

  it('a tabloid’s "One <town> mum, <given name>, told"', () => {
    const text = 'One Goris mum, Lusine, told reporters: "We have nowhere else to go."';
    expect(speakersShown(text)).toEqual(['text:lusine']);
  });

  it('a place set off after the noun is no name', () => {
    const text = 'A resident of the village, in Syunik, said the shelling had stopped at dawn.';
    expect(speakersShown(text)).not.toContain('text:syunik');
  });
});

describe('a phrase saying what a place is, then a name, then the verb: the name speaks', () => {
  it('"In <city>, home to …, <name>, of <body>, said"', () => {
    const text =
      'In Marseille, home to a large Armenian diaspora, Sevan Agopian, of the local community council, said families were "waiting by the phone".';
    expect(speakersShown(text)).toEqual(['text:sevan-agopian']);
  });

  it('a description with its own determiner after the place is still who speaks', () => {
    const text = 'In Goris, the town’s deputy mayor, Lilit Balasanyan, said the shelters were full.';
    expect(speakersShown(text)).toEqual(['text:lilit-balasanyan']);
  });
});
