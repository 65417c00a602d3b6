import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('"…, according to <Country>’s <role>, <Name>.": the name after the role speaks', () => {
  it('a country’s possessive opens the role as "the" does', () => {
    const text =
      'Some 900 people had left the border villages, according to Georgia’s ombudsman, Tamar Beridze.';
    expect(speakersShown(text)).toEqual(['text:tamar-beridze']);
  });

  it('a role with more words between the possessive and the name', () => {
    const text =
      'Two shelters were full by noon, according to France’s deputy health minister, Claire Dubois.';
    expect(speakersShown(text)).toEqual(['text:claire-dubois']);
  });

  it('no name after the role: the role as written', () => {
    const text = 'Some 900 people had left the border villages, according to Georgia’s ombudsman.';
    expect(speakersShown(text)).toEqual(['text:georgia-ombudsman']);
  });
});

describe('a title written with a hyphen before a name is no part of the name', () => {
  it('"<party> Co-Chair <Name> argued that …" is the person', () => {
    const text = 'DEM Co-Chair Leyla Demir, for her part, argued that Ankara "should stay out of the war".';
    expect(speakersShown(text)).toEqual(['text:leyla-demir']);
  });

  it('"Ombudswoman <Name> said …" is the person', () => {
    const text = 'Ombudswoman Nino Kapanadze said 40 homes had been damaged overnight.';
    expect(speakersShown(text)).toEqual(['text:nino-kapanadze']);
  });

  it('"Vice-Speaker <Name> said …" is the person', () => {
    const text = 'Vice-Speaker Aram Petrosyan said the session would resume on Monday.';
    expect(speakersShown(text)).toEqual(['text:aram-petrosyan']);
  });
});

describe('the OSCE spelled out owning its Minsk Group is the Minsk Group', () => {
  it('"The Organisation for Security and Co-operation in Europe’s Minsk Group said …"', () => {
    const text =
      'The Organisation for Security and Co-operation in Europe’s Minsk Group said its co-chairs would travel to the region next week.';
    expect(speakersShown(text)).toEqual(['osce-minsk-group']);
  });

  it('"The Minsk Group of the Organization for Security and Cooperation in Europe said …"', () => {
    const text =
      'The Minsk Group of the Organization for Security and Cooperation in Europe said its co-chairs would travel to the region next week.';
    expect(speakersShown(text)).toEqual(['osce-minsk-group']);
  });
});

describe('a surname alone that two people written out share: the one written last before it', () => {
  it('a known official first, then a resident with his surname: the resident', () => {
    const text =
      'Security Council secretary Armen Grigoryan said the truce was holding.\n\nA shell struck the house of Vahe Grigoryan, a carpenter in Sotk. Grigoryan said his children had slept in the cellar.';
    expect(speakersShown(text)).toEqual(['armen-grigoryan', 'text:vahe-grigoryan']);
  });

  it('the resident first, then the official written out again: the official', () => {
    const text =
      'The house of Vahe Grigoryan, a carpenter in Sotk, was struck.\n\nSecurity Council secretary Armen Grigoryan visited the village. Grigoryan said the truce was holding.';
    expect(speakersShown(text)).toEqual(['armen-grigoryan']);
  });
});
