import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './statements.helpers.ts';

/** Speaker and the first words of each statement. */
function said(text: string): [string, string][] {
  return speakersAndOpenings(text);
}

describe('a hearing record labelled "Senator ORTEGA." (title, capitals, full stop)', () => {
  const record =
    'HUMANITARIAN ACCESS IN THE SOUTH CAUCASUS\n\n' +
    'HEARING BEFORE THE SUBCOMMITTEE ON EUROPE\n\n' +
    'The subcommittee met, pursuant to notice, at 10:02 a.m.\n\n' +
    'The CHAIRMAN. The subcommittee will come to order. We welcome Ambassador Hale.\n\n' +
    'Senator ORTEGA. Thank you, Mr. Chairman. The administration was warned months ago.\n\n' +
    'Ambassador HALE. We raised the corridor with Baku at the highest level.\n\n' +
    'We expect a convoy to cross next week.\n\n' +
    'Senator ORTEGA. Is that a commitment?\n\n' +
    'Ambassador HALE. It is our expectation.\n\n' +
    'The CHAIRMAN. The hearing is adjourned.\n';

  it('gives each turn to its labelled speaker and goes on through unlabelled paragraphs', () => {
    expect(said(record)).toEqual([
      ['text:ortega', 'Thank you, Mr. Chairman.'],
      ['text:hale', 'We raised the corridor w'],
      ['text:hale', 'We expect a convoy to cr'],
      ['text:hale', 'It is our expectation.'],
    ]);
  });

  it('reads a House record’s "Mr. KARAPETIAN." and "Ms. LEE-DAVIS." the same way', () => {
    const house =
      'Congressional Record, House\n\n' +
      'Mr. KARAPETIAN. Madam Speaker, I rise in support of the resolution. Families in Goris have waited ' +
      'long enough.\n\n' +
      'Ms. LEE-DAVIS. The aid we approved last year has not reached them.\n\n' +
      'Mr. KARAPETIAN. I yield back the balance of my time.\n';
    expect(said(house).map(([who]) => who)).toEqual(['text:karapetian', 'text:lee-davis', 'text:karapetian']);
  });

  it('takes no capitals dateline for a label', () => {
    const news =
      'Talks resume\n\n' +
      'GENEVA. Delegations met on Monday, officials said.\n\n' +
      'The talks will continue on Tuesday.\n';
    expect(said(news).map(([who]) => who)).toEqual(['text:officials']);
  });
});

describe('a briefing’s questions and answers labelled "Q." and "A." without colons', () => {
  it('gives the answers to the spokesperson the heading names; the questions state nothing', () => {
    const briefing =
      'Press briefing by the Foreign Ministry spokesperson Ani Badalyan\n\n' +
      'Q. Has the border commission set a date for its next meeting?\n\n' +
      'A. The commission will meet in Yerevan in March. The agenda is being agreed.\n\n' +
      'Q. Will observers attend?\n\n' +
      'A. The EU mission has been invited.\n';
    expect(said(briefing)).toEqual([
      ['ani-badalyan', 'The commission will meet'],
      ['ani-badalyan', 'The EU mission has been '],
    ]);
  });
});

describe('an interview printed as a hyphen dialogue ("- Question?" / "- Answer.")', () => {
  it('gives the answers to the one person the opening names, as a dash dialogue', () => {
    const interview =
      'The road must reopen\n\n' +
      'Our correspondent spoke to the ombudsman, Gegham Stepanyan, in Stepanakert.\n\n' +
      '- How many people are without gas today?\n\n' +
      '- Almost everyone. The pipeline was cut eleven days ago.\n\n' +
      '- What do you ask of the peacekeepers?\n\n' +
      '- We ask them to escort the repair crews.\n';
    expect(said(interview)).toEqual([
      ['gegham-stepanyan', 'Almost everyone. The pip'],
      ['gegham-stepanyan', 'We ask them to escort th'],
    ]);
  });

  it('leaves a hyphen list that asks nothing as a list', () => {
    const list =
      'What was agreed\n\n' +
      'Officials said the deal had three parts.\n\n' +
      '- Prisoners are exchanged within a week.\n\n' +
      '- The road reopens to civilian traffic.\n\n' +
      '- A commission marks the border.\n';
    expect(said(list).map(([who]) => who)).toEqual(['text:officials']);
  });
});

describe('a debate record naming a minister by office with the name in brackets', () => {
  it('"The Minister for Europe (Name):" is a turn of the named minister', () => {
    const debate =
      'Refugees from the region\n' +
      'Volume 738: debated on Tuesday 26 September 2023\n\n' +
      'Ruth Calder (Leeds West) (Lab): What assessment has the Secretary of State made of the situation?\n\n' +
      'The Minister for Europe (Graham Pettifer): We are deeply concerned. We have provided £1 million.\n\n' +
      'Ruth Calder: Thousands are crossing each day. Will he press Baku on access?\n\n' +
      'Graham Pettifer: We have done so and will continue to do so.\n';
    expect(said(debate)).toEqual([
      ['text:graham-pettifer', 'We are deeply concerned.'],
      ['text:graham-pettifer', 'We have done so and will'],
    ]);
  });
});
