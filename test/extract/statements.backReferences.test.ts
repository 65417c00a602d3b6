import { describe, expect, it } from 'vitest';
import { speakersAndOpenings, speakersShown } from './statements.helpers.ts';

describe('singular "they" is the person the sentence before let speak, never a body', () => {
  it('a resident who gave only a first name, after a ministry spoke', () => {
    const text =
      'The Azerbaijani Defense Ministry said its units had not opened fire. ' +
      'A nurse from Askeran, who gave their name only as Lusine, said they had left at dawn. ' +
      '"I could not take anything with me," they said.';
    expect(speakersAndOpenings(text)).toEqual([
      ['mod-azerbaijan', 'its units had not opened'],
      ['text:lusine', 'they had left at dawn'],
      ['text:lusine', 'I could not take anythin'],
    ]);
  });

  it('"they" after a body that spoke in the sentence before stays with the body', () => {
    const text =
      'A driver, who gave their name only as Armen, said they had waited for hours. ' +
      'The Armenian Foreign Ministry said the road must reopen. "We call on Baku to act," they said.';
    expect(speakersAndOpenings(text)).toContainEqual(['mfa-armenia', 'We call on Baku to act,']);
  });
});

describe('a capitalised class noun is the one body or holder named before with that noun', () => {
  it('"The Committee" after the Investigative Committee, though the Red Cross committee was named earlier', () => {
    const text =
      'Relatives met officials of the International Committee of the Red Cross in Goris on Monday.\n\n' +
      'The Investigative Committee of Armenia said that two more bodies had been identified. ' +
      'The Committee noted that the tests had taken three weeks.';
    expect(speakersAndOpenings(text)).toEqual([
      ['text:investigative-committee-of-armenia', 'two more bodies had been'],
      ['text:investigative-committee-of-armenia', 'the tests had taken thre'],
    ]);
  });

  it('"the Defender" is the person who spoke with that title', () => {
    const text =
      'Human Rights Defender Arman Tatoyan said in a post that the shelling had damaged a school. ' +
      'According to the Defender, 14 houses were hit overnight.';
    expect(speakersAndOpenings(text)).toEqual([
      ['tatoyan', 'the shelling had damaged'],
      ['tatoyan', '14 houses were hit overn'],
    ]);
  });

  it('"the Service" after a Karabakh body named with two "of" phrases is Karabakh\'s authorities', () => {
    const text =
      'Rescuers of the State Service of Emergency Situations of Artsakh found two more bodies near Hadrut. ' +
      'The search will resume on Monday, the Service said.';
    expect(speakersAndOpenings(text)).toEqual([['karabakh-authorities', 'The search will resume o']]);
  });
});

describe('"the ministry" with two ministries in view', () => {
  it('"The ministry in Baku" after a foreign ministry spoke is Azerbaijan\'s foreign ministry, not its government', () => {
    const text =
      'The Armenian Foreign Ministry said the talks in Geneva had been useful. ' +
      'The ministry in Baku, for its part, said that the next round would be held in June.';
    expect(speakersAndOpenings(text)).toEqual([
      ['mfa-armenia', 'the talks in Geneva had '],
      ['mfa-azerbaijan', 'the next round would be '],
    ]);
  });

  it('"the ministry" after a sentence that opens with another ministry is that one', () => {
    const text =
      'The talks ended without a deal, the Ministry of Foreign Affairs of Kazakhstan reported.\n\n' +
      'The Kyrgyz Ministry of Foreign Affairs welcomed the meeting. ' +
      'In a comment to reporters, the ministry said that Bishkek was ready to host the next round.';
    expect(speakersAndOpenings(text).at(-1)).toEqual([
      'text:kyrgyz-ministry-of-foreign-affairs',
      'Bishkek was ready to hos',
    ]);
  });
});

describe('bodies named by a unit or a domain are no person', () => {
  it('"him" is the spokesman, not the domain words of the service he speaks for', () => {
    const text =
      'Rescuers of the State Service of Emergency Situations found two more bodies near Hadrut, ' +
      'spokesman Hunan Petrosyan told reporters.\n\n' +
      'According to him, the search will go on until the end of the month.';
    expect(speakersAndOpenings(text).at(-1)).toEqual(['text:hunan-petrosyan', 'the search will go on un']);
  });

  it('"The ICRC delegation in Baku" is the ICRC', () => {
    const text = 'The ICRC delegation in Baku said that it had received 90 new requests from families.';
    expect(speakersAndOpenings(text)).toEqual([['icrc', 'it had received 90 new r']]);
  });
});

describe('"the ministry" after two ministries: the one the sentence before names', () => {
  it('a wire paragraph opening with a second ministry after another spoke in the one before', () => {
    const text =
      'The Ministry of Defense of Azerbaijan reported 12 dead in its ranks.\n\n' +
      'The Ministry of Foreign Affairs of Armenia stated that the shelling had hit two villages. ' +
      'The ministry noted that Yerevan expected "a clear response" from its partners.';
    expect(speakersAndOpenings(text).at(-1)).toEqual(['mfa-armenia', 'Yerevan expected "a clea']);
  });

  it('two ministries in the sentence before: "the ministry" is unclear, no statement', () => {
    const text =
      'The Ministry of Defense of Azerbaijan reported 12 dead in its ranks. ' +
      'The Ministry of Foreign Affairs of Armenia and the Ministry of Defense of Armenia issued statements. ' +
      'According to the ministry, two villages were hit.';
    expect(speakersAndOpenings(text).map(([speaker]) => speaker)).not.toContain('text:ministry');
  });
});

describe("a given name set off after a person's noun is who speaks", () => {
  it('"Aram\'s cousin, Siran, 16, who …, said they …" and the quote after it', () => {
    const text =
      'Baku says the men it holds are not prisoners of war.\n\n' +
      "Aram's cousin, Siran, 16, who asked that their last name not be printed, said they had sent a letter to St. Mary's parish. " +
      '"I just want him home," they said.';
    expect(speakersAndOpenings(text).slice(-2)).toEqual([
      ['text:siran', 'they had sent a letter t'],
      ['text:siran', 'I just want him home,'],
    ]);
  });
});

describe('"the ombudsman" is the human rights defender who spoke', () => {
  it('an agency paragraph naming the title in full, then "the Ombudsman"', () => {
    const text =
      'The Human Rights Defender of Armenia Lusine Harutyunyan informs that a school in Sotk was hit. ' +
      'According to the Ombudsman, 300 residents were evacuated overnight.';
    expect(speakersAndOpenings(text).at(-1)).toEqual(['text:lusine-harutyunyan', '300 residents were evacu']);
  });
});

describe('a speaker who gave only an initial', () => {
  it('"A resident, who asked to be identified only as K., said they …" and the quote after it', () => {
    const text =
      'A resident, who asked to be identified only as K., said they had not slept for two nights. ' +
      '"We have nowhere else to go," they said.';
    expect(speakersAndOpenings(text)).toEqual([
      ['text:k', 'they had not slept for t'],
      ['text:k', 'We have nowhere else to '],
    ]);
  });
});

describe('"the ministry" after a sentence set in another capital', () => {
  it('"In Yerevan, the Foreign Ministry welcomed …. The ministry said" is Armenia\'s, not Baku\'s that spoke before', () => {
    const text =
      'The Foreign Ministry of Azerbaijan said the vote "has no legal force". ' +
      'The ministry also said it would summon the ambassador.\n\n' +
      'In Yerevan, the Foreign Ministry welcomed the vote. ' +
      'The ministry said in a statement that the vote was "a sign of solidarity".';
    expect(speakersAndOpenings(text).at(-1)).toEqual(['mfa-armenia', 'the vote was "a sign of ']);
  });
});

describe('a feature calling its subject by given name', () => {
  it('"he" after "<given name> lights a cigarette" is that person, not a charity named in between', () => {
    const text = [
      '"We left the house with nothing," says Vardan Petrosyan, a 61-year-old beekeeper from Martuni.',
      'World Vision Armenia says it has handed out blankets to more than 2,000 people since Monday.',
      'At dusk, Vardan sits on the steps of the school. "At this hour I would be feeding the bees," he says.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual([
      'text:vardan-petrosyan',
      'text:world-vision-armenia',
      'text:vardan-petrosyan',
    ]);
  });
});

describe('"the organization" trailing a sentence that opens with an organisation', () => {
  it('is that organisation, not the body that spoke before', () => {
    const text = [
      'State Department spokesman Matthew Miller said the corridor must reopen.',
      'The International Committee of the Red Cross, the only agency still crossing, has evacuated 40 patients since May, the organization said.',
    ].join('\n\n');
    expect(speakersShown(text)).toEqual(['miller', 'icrc']);
  });
});
