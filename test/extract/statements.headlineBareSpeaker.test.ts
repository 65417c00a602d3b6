import { describe, expect, it } from 'vitest';
import { headlineSaid as said } from './statements.helpers.ts';

describe('an agency headline whose speaker is a body, a title or a name with a setting', () => {
  it('"Kremlin: words": a one-word body the gazetteer knows by that name', () => {
    const text =
      'Kremlin: the talks with Baku will go on next week\n\n' +
      'MOSCOW, May 4. Contacts with Azerbaijan continue, Kremlin spokesman Dmitry Peskov told reporters on Thursday.\n';
    expect(said(text)).toEqual(['kremlin', 'Kremlin', 'the talks with Baku will go on next week']);
  });

  it('"Baku: words" is read only when the body quotes Baku by that word', () => {
    const body = 'BAKU, May 4. The Armenian side again opened fire overnight, Baku said on Thursday.\n';
    expect(said(`Baku: Armenian forces fired on our positions again\n\n${body}`)?.[0]).toBe('gov-azerbaijan');
    const quiet = 'BAKU, May 4. Shots were heard near the border overnight, residents told reporters.\n';
    expect(said(`Baku: Armenian forces fired on our positions again\n\n${quiet}`)).toBeNull();
  });

  it('a country’s name before a colon is a topic: "Armenia: …" gives no statement', () => {
    const text =
      'Armenia: aid agencies expand help for the displaced\n\n' +
      'YEREVAN, May 4. The government said more shelters would open this week, Armenia said on Thursday.\n';
    expect(said(text)).toBeNull();
  });

  it('"… : Spokesman": the one spokesman the body names and quotes', () => {
    const text =
      'Tehran rejects any change of borders in the region: Spokesman\n\n' +
      'TEHRAN, May 4. Iran’s foreign ministry spokesman Reza Karimi said on Monday the country opposes any shift of borders in the Caucasus.\n';
    expect(said(text)).toEqual([
      'text:reza-karimi',
      'Spokesman',
      'Tehran rejects any change of borders in the region',
    ]);
  });

  it('"Ombudsman: words": a title one person in the body holds', () => {
    const text =
      'Ombudsman: at least twelve civilians were wounded overnight\n\n' +
      'STEPANAKERT, May 4. Twelve civilians were hurt in the shelling, Ombudsman Levon Martirosyan said on Friday.\n';
    expect(said(text)?.[0]).toBe('text:levon-martirosyan');
  });

  it('a title two people in the body hold gives no statement', () => {
    const text =
      'Two villages to be handed over next month - Deputy Prime Minister\n\n' +
      'The commission led by Deputy Prime Minister Karen Avetisyan met its counterpart led by Deputy Prime Minister Elnur Guliyev. ' +
      'Avetisyan said the handover would take place in June.\n';
    expect(said(text)).toBeNull();
  });

  it('a title no one in the body holds gives no statement', () => {
    const text =
      'Ombudsman: at least twelve civilians were wounded overnight\n\n' +
      'STEPANAKERT, May 4. Twelve civilians were hurt in the shelling, local officials said on Friday.\n';
    expect(said(text)).toBeNull();
  });

  it('"Name at <setting>: words": the setting is no part of the name', () => {
    const text =
      'Tokayev at CIS summit in Bishkek: "Our region needs dialogue, not walls"\n\n' +
      'BISHKEK, May 4. The region needs dialogue, President Kassym-Jomart Tokayev said at the summit on Friday.\n';
    expect(said(text)).toEqual([
      'text:kassym-jomart-tokayev',
      'Tokayev',
      'Our region needs dialogue, not walls',
    ]);
  });

  it('"words - Name in <place>": the place is no part of the name', () => {
    const text =
      '"We will not cede a single village" - Pashinyan in Ijevan\n\n' +
      'IJEVAN, May 4. Prime Minister Nikol Pashinyan met residents of the border communities on Saturday.\n';
    expect(said(text)?.[0]).toBe('pashinyan');
  });

  it('"Ministry of Defense:" over two ministries: the one the body names in the same words', () => {
    const text =
      'Ministry of Defense: two positions came under fire overnight\n\n' +
      'BAKU, May 4. Two positions of the army were fired on overnight, the Ministry of Defense of Azerbaijan said. ' +
      'The Russian Ministry of Defense said its peacekeepers had recorded no violations.\n';
    expect(said(text)?.[0]).toBe('mod-azerbaijan');
  });
});
