import { describe, expect, it } from 'vitest';
import { ownerWords, sameOwner } from '../../src/extract/statements/roleOwner.ts';
import { statementsOf } from './statements.helpers.ts';

const speakers = (text: string) => statementsOf(text).map((s) => s.speaker);

describe('a description that names a nationality points back only to someone of that state', () => {
  it('"the top Iranian diplomat" after his Armenian counterpart is named is not the Armenian (a state agency)', () => {
    const text =
      'Hossein Amir-Abdollahian received his Armenian counterpart Ararat Mirzoyan in Tehran on Thursday. ' +
      '"Any change of borders in the region is a red line for us," the top Iranian diplomat said.';
    expect(speakers(text)).not.toContain('mirzoyan');
  });

  it('"the Georgian minister" after Mirzoyan is named is not Mirzoyan (a regional daily)', () => {
    const text =
      'Ilia Kavtaradze met Armenian Foreign Minister Ararat Mirzoyan in Tbilisi on Monday. ' +
      'The Georgian minister said the two countries would open a second crossing next year.';
    expect(speakers(text)).not.toContain('mirzoyan');
  });

  it('"the top Armenian diplomat" still points back to Mirzoyan (a wire)', () => {
    const text =
      'Jeyhun Bayramov held talks with Ararat Mirzoyan in Almaty on Friday. ' +
      '"We are close to an agreement," the top Armenian diplomat said.';
    expect(speakers(text)).toContain('mirzoyan');
  });
});

describe('an unnamed spokesperson is a named one only when both speak for the same body', () => {
  it('"a spokesperson for the Department of Foreign Affairs" is not the Russian Foreign Ministry’s spokeswoman (an Irish daily)', () => {
    const text =
      'A spokesperson for the Department of Foreign Affairs said the two officers would travel to Yerevan next month.\n\n' +
      'The deployment was approved last week, the spokesperson said.\n\n' +
      'The Russian Foreign Ministry’s spokeswoman, Maria Zakharova, said the mission would only bring "confrontation" to the region.';
    expect(speakers(text)).toEqual(['text:spokesperson', 'text:spokesperson', 'zakharova']);
  });

  it('"a Foreign Ministry spokeswoman" named later as the Russian one is her (a broadcaster)', () => {
    const text =
      'A spokeswoman for the Foreign Ministry said Moscow was "seriously concerned" by the fighting.\n\n' +
      'The spokeswoman, Maria Zakharova, said the peacekeepers were "doing their job".';
    expect(speakers(text)).toEqual(['zakharova', 'zakharova']);
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
    expect(speakers(text)).toEqual(['text:anar-mammadli', 'text:anar-mammadli']);
  });

  it('"“Great Return has begun,” he said" with no article before the capitalised words (a wire)', () => {
    const text =
      'Anar Mammadli, the district governor, said the first families had arrived. "Great Return has begun," he said.';
    expect(speakers(text)).toEqual(['text:anar-mammadli', 'text:anar-mammadli']);
  });

  it('"“Saint Gregory Church will open again,” she said" after a named villager (a feature)', () => {
    const text =
      'Lusine Avagyan, 61, stood by the gate of her old house.\n\n' +
      '"Saint Gregory Church will open again one day," she said.';
    expect(speakers(text)).toEqual(['text:lusine-avagyan']);
  });
});
