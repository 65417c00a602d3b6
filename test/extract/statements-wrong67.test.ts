import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const who = (text: string): [string, string][] =>
  statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe('a quantity pronoun as the object says how much, not what', () => {
  it('"Georgia has said little in public": no statement; the next sentence\'s source speaks', () => {
    const said = who(
      'Georgia has said little in public. A diplomat in Tbilisi told reporters that the border talks had stalled.',
    );
    expect(said.some(([, quote]) => quote.startsWith('little'))).toBe(false);
    expect(said).toContainEqual(['text:diplomat', 'the border talks had sta']);
  });

  it('"said much so far" is nothing said either', () => {
    expect(who('The Kazakh Foreign Ministry has not said much so far.')).toEqual([]);
  });
});

describe('a setting between the verb and "that"', () => {
  it('"has said several times this year that": how often is no content', () => {
    expect(
      who('Foreign Minister Jeyhun Bayramov has said several times this year that a deal is close.'),
    ).toEqual([['bayramov', 'a deal is close']]);
  });

  it('"said twice on Monday that"', () => {
    expect(who('Nikol Pashinyan said twice on Monday that the border was quiet.')).toEqual([
      ['pashinyan', 'the border was quiet'],
    ]);
  });

  it('"wrote to world leaders last week that": "to" before a noun is an addressee, not an infinitive', () => {
    expect(who('Ilham Aliyev wrote to world leaders last week that the mines were a threat.')).toEqual([
      ['aliyev', 'the mines were a threat'],
    ]);
  });

  it('"called on the sides to respect the truce that …" stays an infinitive', () => {
    const said = who('The EU urged both sides to respect the truce that took effect on Monday.');
    expect(said.some(([, quote]) => quote.startsWith('took effect'))).toBe(false);
  });
});

describe('a person named with a long body after "of"', () => {
  it('"Latvian defence analyst Ilze Kalnina of the Centre for East European Policy Studies said"', () => {
    expect(
      who(
        'Latvian defence analyst Ilze Kalnina of the Centre for East European Policy Studies and Security said the mission was a signal.',
      ),
    ).toEqual([['text:ilze-kalnina', 'the mission was a signal']]);
  });
});

describe('a name with a national title in apposition to a role', () => {
  it('"The head of the team, Dutch police officer Jan Visser, told reporters that …": the name speaks', () => {
    expect(
      who(
        'The head of the team, Dutch police officer Jan Visser, told reporters in Goris that the monitors would stay.',
      ),
    ).toEqual([['text:jan-visser', 'the monitors would stay']]);
  });
});

describe('a concessive clause with a saying of its own', () => {
  it('"X said A, although Armenian officials said B": both sayings', () => {
    const said = who(
      "Russia's Foreign Ministry said a truce had taken effect at noon, although Armenian officials said shelling went on.",
    );
    expect(said).toContainEqual(['mfa-russia', 'a truce had taken effect']);
    expect(said).toContainEqual(['gov-armenia', 'shelling went on']);
  });

  it('"…, although Baku acknowledged only 72": a conceded count is no words said', () => {
    const said = who(
      'The ombudsman said at least 200 Armenians were held, although Baku officially acknowledged only 72.',
    );
    expect(said).toEqual([['text:ombudsman', 'at least 200 Armenians w']]);
  });
});

describe('a long body after "of" is no licence for a joint subject', () => {
  it('"the Committee of Canada and the Centre of Toronto said" is not one speaker', () => {
    const said = who(
      'In a joint statement, the Armenian National Committee of Canada and the Armenian Community Centre of Toronto said that Ottawa must act.',
    );
    expect(said.some(([speaker]) => speaker.includes('-and-the-'))).toBe(false);
  });
});

describe('a condition after the content is no attribution', () => {
  it('"She said …, if Yerevan asked": the verb of the condition does not take the words', () => {
    const said = who(
      'Maria Zakharova said the EU was wrong. She said Russia was ready to send troops, if Yerevan asked.',
    );
    expect(said).toContainEqual(['zakharova', 'Russia was ready to send']);
  });

  it('"…, should Yerevan ask for it": an inverted condition likewise', () => {
    const said = who(
      'Maria Zakharova said the EU was wrong. She said Russia was ready to deploy monitors instead, should Yerevan ask for it.',
    );
    expect(said).toContainEqual(['zakharova', 'Russia was ready to depl']);
  });
});
