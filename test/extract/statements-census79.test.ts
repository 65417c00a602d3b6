import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const saying = (text: string, words: string) => statementsOf(text).filter((s) => s.quote.startsWith(words));

describe('"the two sides" after a joint text whose issuers are named (row AH)', () => {
  it('given "In that statement, published … by A and B, the two sides said", each issuer', () => {
    const text =
      'In that statement, published on Friday by the office of the Armenian prime minister and the ' +
      'Azerbaijani presidential administration, the two sides said talks would go on.';
    expect(saying(text, 'talks would go on').map((s) => s.speaker)).toEqual([
      'armenian-government-press-service',
      'azerbaijani-presidential-administration',
    ]);
  });

  it('given "a joint statement of A and B. In it, the two sides said", each issuer', () => {
    const text =
      'The release was agreed in a joint statement of the Office of the Prime Minister of Armenia and the ' +
      'Administration of the President of Azerbaijan. In it, the two sides said more detainees would follow.';
    expect(saying(text, 'more detainees').map((s) => s.speaker)).toEqual([
      'armenian-government-press-service',
      'azerbaijani-presidential-administration',
    ]);
  });
});

describe('a body whose name lists its remit with commas is one speaker', () => {
  it('given "…, the State Commission on Prisoners of War, Hostages and Missing Persons said", the commission', () => {
    const text =
      'Nine detainees crossed at the checkpoint, the State Commission on Prisoners of War, Hostages and Missing Persons said.';
    expect(statementsOf(text).map((s) => [s.speaker, s.quote])).toEqual([
      [
        'text:state-commission-on-prisoners-of-war-hostages-and-missing-persons',
        'Nine detainees crossed at the checkpoint',
      ],
    ]);
  });
});

describe('what a speaker calls something, in quotes, is that speaker’s words (rule 10, row AA)', () => {
  it('given "launched on Friday what its Ministry of Defence called "…"", the ministry', () => {
    const text =
      'Azerbaijan launched on Friday what its Ministry of Defence called "counter-measures" near Lachin.';
    expect(saying(text, 'counter-measures').map((s) => s.speaker)).toEqual(['mod-azerbaijan']);
  });

  it('given "X said …, which he called "…"", a second statement of X at the quote', () => {
    const text =
      'Nikol Pashinyan said the border talks had stalled over one village, which he called "the hardest knot".';
    expect(saying(text, 'the hardest knot').map((s) => s.speaker)).toEqual(['pashinyan']);
  });

  it('given "X said Y was to blame for what he called "…"", no one: "he" may be either man', () => {
    const text = 'Nikol Pashinyan said Ilham Aliyev was to blame for what he called "a blockade".';
    expect(saying(text, 'a blockade')).toEqual([]);
  });

  it('given "described the country\'s decision as "…"", the statement starts inside the marks', () => {
    const text =
      'Josep Borrell described the country\'s decision as "unfortunate" and said talks would resume.';
    expect(saying(text, 'unfortunate').map((s) => s.speaker)).toEqual(['borrell']);
  });
});

describe('who an unnamed spokesperson speaks for', () => {
  it('given a body the gazetteer lacks in its own sentence, not an older body named before', () => {
    const text =
      'The OSCE Minsk Group has mediated for years.\n\n' +
      "Chile's Ministry of Foreign Affairs has issued no advisory, but a spokesperson told reporters that its citizens were safe.";
    expect(saying(text, 'its citizens were safe').map((s) => s.speaker)).toEqual(['text:spokesperson']);
  });
});

describe('a name first met inside a quote is no antecedent of a later "she"', () => {
  it('given a quote opening with capitalised words, "She said" is the quote’s speaker', () => {
    const text =
      '"Prices matter most," said Ngozi Bello, an analyst in Abuja. "Stronger Naira Flows help the budget."\n\n' +
      'She said the effect would fade within weeks.';
    expect(saying(text, 'the effect would fade').map((s) => s.speaker)).toEqual(['text:ngozi-bello']);
  });
});
