import { describe, expect, it } from 'vitest';
import { speakersShown } from './statements.helpers.ts';

describe('a news site that reports citing a source is the medium, never the speaker (CONVENTIONS 15)', () => {
  it('"Kavkazinfo.com reports, citing the State Border Service, that …": the service speaks', () => {
    const text =
      'Crossing near Meghri closed\n\n' +
      'Kavkazinfo.com reported, citing the State Border Service, that the crossing near Meghri was closed for repairs.\n\n' +
      'Traffic was sent through Agarak instead.';
    expect(speakersShown(text)).toEqual(['text:state-border-service']);
  });

  it('"Kavkazinfo.com reports, citing the Ministry of Defense, that …": the ministry speaks', () => {
    const text =
      'Crossing near Meghri closed\n\n' +
      'Kavkazinfo.com reports, citing the Ministry of Defense, that the crossing near Meghri was closed for repairs.\n\n' +
      'Traffic was sent through Agarak instead.';
    expect(speakersShown(text)).toEqual(['text:ministry-of-defense']);
  });
});

describe('a bare ministry that first spoke unplaced stays unplaced', () => {
  it('"The Ministry of Defence reported …" again after another state’s prosecutor spoke is no country’s', () => {
    const text =
      'The last convoy left the valley\n\n' +
      'The Ministry of Defence reported that the last convoy had crossed the river on Monday.\n\n' +
      'Azerbaijan’s Prosecutor General’s Office said two drivers had been questioned.\n\n' +
      'About 3,000 people were moved to safety during the mission, the Ministry of Defence reported.';
    const found = speakersShown(text);
    expect(found).not.toContain('mod-azerbaijan');
    expect(found.filter((s) => s === 'text:ministry-of-defense')).toHaveLength(2);
  });

  it('with no earlier bare use, the one state whose bodies spoke still places it', () => {
    const text =
      'Two soldiers hurt near the border\n\n' +
      'Two soldiers were hurt near Lachin on Tuesday, the State Security Service of Azerbaijan said.\n\n' +
      'The Ministry of Defense informed that both men were in stable condition.';
    expect(speakersShown(text)).toContain('mod-azerbaijan');
  });
});

describe('"they" after a sentence that opens with a group of people is that group', () => {
  it('"Families of the detained have gathered … They say …" is the families’, never the ministry that spoke before', () => {
    const text =
      'Detainees moved to a new prison\n\n' +
      'The Justice Ministry of Georgia said the transfer had been agreed with both sides.\n\n' +
      'Families of the detained men have gathered outside the court in Gori every morning since. ' +
      'They say nobody has told them where the men are held.';
    expect(speakersShown(text)).toEqual(['text:justice-ministry-of-georgia', 'text:families']);
  });

  it('"They" after a body’s own sentence is still the body', () => {
    const text =
      'Detainees moved to a new prison\n\n' +
      'The Justice Ministry of Georgia said the transfer had been agreed with both sides. ' +
      'They added that lawyers would be allowed to visit.';
    expect(speakersShown(text)).toEqual([
      'text:justice-ministry-of-georgia',
      'text:justice-ministry-of-georgia',
    ]);
  });
});

describe('"He added" after a relay goes on with the relayer, never the one relayed', () => {
  it('"X told reporters that President Y had said …. He added that …" is X’s', () => {
    const text =
      'Talks to resume in Vienna\n\n' +
      'Ruben Avetisyan, an aide to the prime minister, told reporters on Friday that Prime Minister ' +
      'Nikol Pashinyan had said the talks were "the only road left." He added that the next round ' +
      'would take place in Vienna in March.';
    expect(speakersShown(text)).toEqual(['text:ruben-avetisyan', 'pashinyan', 'text:ruben-avetisyan']);
  });
});

describe('"the ministry" after another country’s ministry spoke is not the last person’s ministry', () => {
  it('"The ministry added" after "In Tbilisi, the foreign ministry said" is that ministry, not Zakharova’s', () => {
    const text =
      'Reactions to the truce\n\n' +
      'In Moscow, the ministry’s spokeswoman Maria Zakharova told a briefing that the truce was "a first step". ' +
      'In Tbilisi, the foreign ministry said Georgian monitors were ready to help. ' +
      'The ministry added that the border crossings would stay open.';
    const found = speakersShown(text);
    expect(found).not.toContain('mfa-russia');
    expect(found.at(-1)).toBe('text:foreign-ministry');
  });

  it('"Foreign Ministry spokeswoman Maria Zakharova said …. The ministry also said …" stays Russia’s', () => {
    const text =
      'Reactions to the truce\n\n' +
      'Foreign Ministry spokeswoman Maria Zakharova said the truce was "a first step". ' +
      'The ministry also said that Russian monitors were ready to help.';
    expect(speakersShown(text).at(-1)).toBe('mfa-russia');
  });
});

describe('someone at an institution is a person, never the institution (CONVENTIONS 5)', () => {
  it('"A nurse at the National Burns Center said …" is the nurse’s', () => {
    const text =
      'Clinics short of fuel\n\n' +
      'A nurse at the National Burns Center said the wards were heated for two hours a day.\n\n' +
      'Deliveries resumed on Friday.';
    expect(speakersShown(text)).toEqual(['text:nurse']);
  });

  it('"A surgeon at the City Hospital, speaking on condition of anonymity, said …" is the surgeon’s', () => {
    const text =
      'Clinics short of fuel\n\n' +
      'A surgeon at the City Hospital, speaking on condition of anonymity, said operations had been put off.\n\n' +
      'Deliveries resumed on Friday.';
    expect(speakersShown(text)).toEqual(['text:surgeon']);
  });
});
