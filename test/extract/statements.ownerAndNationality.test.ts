import { describe, expect, it } from 'vitest';
import { ownerWords, sameOwner } from '../../src/extract/statements/roleOwner.ts';
import { speakersShown } from './statements.helpers.ts';

describe('a description that names a nationality points back only to someone of that state', () => {
  it('"the top Iranian diplomat" after his Armenian counterpart is named is not the Armenian (a state agency)', () => {
    const text =
      'Hossein Amir-Abdollahian received his Armenian counterpart Ararat Mirzoyan in Tehran on Thursday. ' +
      '"Any change of borders in the region is a red line for us," the top Iranian diplomat said.';
    expect(speakersShown(text)).not.toContain('mirzoyan');
  });

  it('"the Georgian minister" after Mirzoyan is named is not Mirzoyan (a regional daily)', () => {
    const text =
      'Ilia Kavtaradze met Armenian Foreign Minister Ararat Mirzoyan in Tbilisi on Monday. ' +
      'The Georgian minister said the two countries would open a second crossing next year.';
    expect(speakersShown(text)).not.toContain('mirzoyan');
  });

  it('"the top Armenian diplomat" still points back to Mirzoyan (a wire)', () => {
    const text =
      'Jeyhun Bayramov held talks with Ararat Mirzoyan in Almaty on Friday. ' +
      '"We are close to an agreement," the top Armenian diplomat said.';
    expect(speakersShown(text)).toContain('mirzoyan');
  });
});

describe('an unnamed spokesperson is a named one only when both speak for the same body', () => {
  it('"a spokesperson for the Department of Foreign Affairs" is not the Russian Foreign Ministry’s spokeswoman (an Irish daily)', () => {
    const text =
      'A spokesperson for the Department of Foreign Affairs said the two officers would travel to Yerevan next month.\n\n' +
      'The deployment was approved last week, the spokesperson said.\n\n' +
      'The Russian Foreign Ministry’s spokeswoman, Maria Zakharova, said the mission would only bring "confrontation" to the region.';
    expect(speakersShown(text)).toEqual([
      'text:department-of-foreign-affairs-spokesperson',
      'text:department-of-foreign-affairs-spokesperson',
      'zakharova',
    ]);
  });

  it('"a Foreign Ministry spokeswoman" named later as the Russian one is her (a broadcaster)', () => {
    const text =
      'A spokeswoman for the Foreign Ministry said Moscow was "seriously concerned" by the fighting.\n\n' +
      'The spokeswoman, Maria Zakharova, said the peacekeepers were "doing their job".';
    expect(speakersShown(text)).toEqual(['zakharova', 'zakharova']);
  });

  it('owners that share only words every state’s bodies have are not the same owner', () => {
    expect(
      sameOwner(
        ownerWords('a spokesperson for the Department of Foreign Affairs'),
        ownerWords('Russian Foreign Ministry spokeswoman'),
      ),
    ).toBe(false);
    expect(
      sameOwner(
        ownerWords('a spokeswoman for the Foreign Ministry'),
        ownerWords('Russian Foreign Ministry spokeswoman'),
      ),
    ).toBe(true);
    expect(
      sameOwner(
        ownerWords('a spokesman for Prime Minister Nikol Pashinyan'),
        ownerWords('Spokesperson of the Prime Minister of Armenia'),
      ),
    ).toBe(true);
    expect(
      sameOwner(ownerWords('a spokesperson for the mission'), ownerWords('State Department spokesperson')),
    ).toBe(false);
  });
});

describe('names inside a quote are what is said, never who says it', () => {
  it('"“The Great Return has begun,” he told reporters" after a named governor (a state news site)', () => {
    const text =
      'Anar Mammadli, the district governor, said the first families had arrived. ' +
      '"The Great Return has begun, and nobody will stop it," he told reporters.';
    expect(speakersShown(text)).toEqual(['text:anar-mammadli', 'text:anar-mammadli']);
  });

  it('"“Great Return has begun,” he said" with no article before the capitalised words (a wire)', () => {
    const text =
      'Anar Mammadli, the district governor, said the first families had arrived. "Great Return has begun," he said.';
    expect(speakersShown(text)).toEqual(['text:anar-mammadli', 'text:anar-mammadli']);
  });

  it('"“Saint Gregory Church will open again,” she said" after a named villager (a feature)', () => {
    const text =
      'Lusine Avagyan, 61, stood by the gate of her old house.\n\n' +
      '"Saint Gregory Church will open again one day," she said.';
    expect(speakersShown(text)).toEqual(['text:lusine-avagyan']);
  });
});

describe('"its" in a sentence a state opens is that state’s', () => {
  it('"Azerbaijan does not publish its losses, but its prosecutor’s office says" after Karabakh officials spoke (a Spanish daily)', () => {
    const text =
      'According to the Karabakh authorities, 90 of their soldiers have died since Tuesday. ' +
      'Azerbaijan does not publish its military losses, but its prosecutor’s office says that 12 civilians have been killed.';
    const last = speakersShown(text).at(-1)!;
    expect(last).not.toMatch(/karabakh/);
    expect(last).toMatch(/azerbaijan/);
  });
});

describe('"the committee", "the department": the one body the text named with that noun', () => {
  it('a body named only in a spokesman’s description is "the committee" later (an Australian broadsheet)', () => {
    const text =
      'A spokesman for the Armenian Youth Council of Victoria said the group would march on Saturday.\n\n' +
      'The council said it had written to the Foreign Minister on Sunday.';
    expect(speakersShown(text).at(-1)).toBe('text:armenian-youth-council-of-victoria');
  });

  it('translated Russian copy: "the department" is the ministry named before, "the Russian military department" Russia’s', () => {
    const text =
      'The Russian Ministry of Defence said that a patrol had come under fire near the village. ' +
      'The department added that no one was hurt.\n\n' +
      '"The line of contact is calm," the Russian military department said on Friday.';
    expect(speakersShown(text)).toEqual(['mod-russia', 'mod-russia', 'mod-russia']);
  });

  it('a body named after "citing" is "the embassy" later (a Georgian agency)', () => {
    const text =
      'Local media reported, citing the Latvian Embassy in Tbilisi, that the convoy had been stopped.\n\n' +
      'The embassy later stated that the cargo was "exclusively humanitarian".';
    expect(speakersShown(text).at(-1)).toBe('text:latvian-embassy');
  });

  it('two departments named before: "the Department" stays as written (an Irish daily)', () => {
    const text =
      'A spokesperson for the Department of Foreign Affairs said the officers would travel next month.\n\n' +
      'The Department of Defence has not commented.\n\n' +
      'The Department said the officers had served in Lebanon.';
    expect(speakersShown(text).at(-1)).toBe('text:department');
  });

  it('a state’s ministry written in lower case beside a named one: "the ministry" stays as written (a wire)', () => {
    const text =
      'The Ministry of Emergency Situations said 40 families had been moved.\n\n' +
      'Armenia’s health ministry reported that two patients had died overnight.\n\n' +
      'The ministry said the roads were closed.';
    expect(speakersShown(text).at(-1)).not.toBe('text:ministry-of-emergency-situations');
  });
});

describe('a possessive role with a name in apposition: the name speaks', () => {
  it('"Its head, Dutch diplomat Pieter Claes, told reporters" (a weekly)', () => {
    const text =
      'The observer mission began its work on Monday. Its head, Dutch diplomat Pieter Claes, told reporters that the teams would patrol "every day".';
    expect(speakersShown(text)).toEqual(['text:pieter-claes']);
  });

  it('"…, says its director, Ruben Melikyan." with the name ending the sentence (a monitor feature)', () => {
    const text =
      'At the children’s hospital in Goris, all planned operations have been postponed, says its director, Ruben Melikyan. "We treat only emergencies," he says.';
    expect(speakersShown(text)).toEqual(['text:ruben-melikyan', 'text:ruben-melikyan']);
  });

  it('"His counterpart, the foreign minister, said" has no name to take (a wire)', () => {
    const text =
      'Bayramov met officials in Tbilisi. His counterpart, the foreign minister, said the talks were useful.';
    expect(speakersShown(text)).toHaveLength(1);
    expect(speakersShown(text)).not.toContain('bayramov');
  });
});

describe('"RA" before a body is the Republic of Armenia’s (Armenian outlets)', () => {
  it('"The RA Government reported that" is the government of Armenia (a Yerevan daily)', () => {
    const text = 'The RA Government reported that the new school in Ijevan would open in September.';
    expect(speakersShown(text)).toEqual(['gov-armenia']);
  });

  it('"According to the RA Ministry of Defense," is Armenia’s defence ministry (a Yerevan agency)', () => {
    const text = 'According to the RA Ministry of Defense, two servicemen were wounded near Sotk on Tuesday.';
    expect(speakersShown(text)).toEqual(['mod-armenia']);
  });
});
