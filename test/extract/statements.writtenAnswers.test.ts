import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Speaker and the first words of each statement. */
function said(text: string, words = 20): [string, string][] {
  return statementsOf(text).map((s) => [s.speaker, s.quote.slice(0, words)]);
}

describe('a parliament’s written question and answer page', () => {
  const commons =
    'Written questions, answers and statements\n\n' +
    'Armenia: Refugees\n' +
    'Question for Foreign Office\n' +
    'UIN 31877, tabled on 4 March 2024\n\n' +
    'Margaret Ellison\n' +
    'Labour, Hull Central\n\n' +
    'To ask the Foreign Secretary, what support his Department is providing to refugees in Armenia.\n\n' +
    'Answered on\n' +
    '12 March 2024\n\n' +
    'Graham Pettifer\n' +
    'Minister of State (Foreign Office)\n\n' +
    'The UK has provided £2 million since October. The Red Cross has told us that winter shelter remains ' +
    'the greatest need.\n\n' +
    'I discussed this with Foreign Minister Mirzoyan on 8 March. He told me that 4,000 families were still ' +
    'in collective centres.\n\n' +
    'We will keep our support under review.\n';

  it('gives each paragraph of the answer to the answering minister, whole', () => {
    const own = said(commons).filter(([who]) => who === 'text:graham-pettifer');
    expect(own).toEqual([
      ['text:graham-pettifer', 'The UK has provided '],
      ['text:graham-pettifer', 'I discussed this wit'],
      ['text:graham-pettifer', 'We will keep our sup'],
    ]);
  });

  it('keeps what others told the minister as their statements; the question states nothing', () => {
    const all = said(commons);
    expect(all).toContainEqual(['icrc', 'winter shelter remai']);
    expect(all).toContainEqual(['mirzoyan', '4,000 families were ']);
    expect(all.some(([who]) => who.includes('ellison'))).toBe(false);
  });

  it('reads an assembly’s "Answer given by <title> <Name> on behalf of …" the same way', () => {
    const assembly =
      'Parliamentary question - E-002811/2024\n\n' +
      'Question for written answer to the Commission, Rule 144, Hanna Virtanen (Renew)\n\n' +
      'Subject: Mine clearance in the South Caucasus\n\n' +
      'What funding has the Commission set aside for demining?\n\n' +
      'Answer given by High Representative/Vice-President Borrell on behalf of the European Commission ' +
      '(14.11.2024)\n\n' +
      'The EU has allocated EUR 5 million to humanitarian demining in the region since 2021.\n\n' +
      'The Commission will report on these programmes in its next annual review.\n';
    expect(said(assembly)).toEqual([
      ['borrell', 'The EU has allocated'],
      ['borrell', 'The Commission will '],
    ]);
  });

  it('leaves an article that only mentions an answer as prose', () => {
    const news =
      'Minister questioned\n\n' +
      'Answered by the minister in parliament, the question drew laughter. The opposition said the ' +
      'reply was evasive.\n';
    expect(said(news)).toEqual([['text:opposition', 'the reply was evasiv']]);
  });
});

describe('a record’s written answer under the office and the minister’s name in brackets', () => {
  it('gives the labelled paragraph and the ones after it to the named minister', () => {
    const record =
      'Written answers, Tuesday 3 October 2023\n\n' +
      'Questions (145)\n\n' +
      '145. Deputy Brendan Smith asked the Minister for Foreign Affairs if he will report on the situation ' +
      'in the region; and if he will make a statement on the matter. [42123/23]\n\n' +
      'Minister for Foreign Affairs (Seán Doherty): I am deeply concerned by the situation.\n\n' +
      'According to UNHCR, more than 100,000 people have arrived in Armenia.\n\n' +
      'I raised these concerns with the Azerbaijani ambassador on 22 September.\n';
    expect(said(record)).toEqual([
      ['text:sean-doherty', 'I am deeply concerne'],
      ['text:sean-doherty', 'According to UNHCR, '],
      ['unhcr', 'more than 100,000 pe'],
      ['text:sean-doherty', 'I raised these conce'],
    ]);
  });

  it('reads no answer label without a question asked before it', () => {
    const news =
      'Minister speaks\n\n' +
      'Minister for Foreign Affairs (Seán Doherty): a profile of the new minister.\n\n' +
      'He was appointed in June.\n';
    expect(said(news).map(([who]) => who)).not.toContain('text:sean-doherty');
  });
});
