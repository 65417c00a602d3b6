import { describe, expect, it } from 'vitest';
import { speakerQuoteLinesInPiece, speakersShown } from './statements.helpers.ts';

describe('an epithet of work points back to the one person the sentence before names', () => {
  it('"the baker tells" after "says <name> (52)" is that person', () => {
    expect(
      speakersShown(
        'The street was calm until midnight, says Lusine Avetisyan (52). Then the windows broke. ' +
          '"We slept in the cellar for three nights," the baker tells the paper.',
      ),
    ).toEqual(['text:lusine-avetisyan', 'text:lusine-avetisyan']);
  });

  it('"says the pharmacist" after a sentence that names only her is her', () => {
    expect(
      speakersShown(
        'In Lyon, Nare Grigoryan (33) has not heard from her uncle since Monday. ' +
          '"Nobody answers the phone," says the pharmacist.',
      ),
    ).toEqual(['text:nare-grigoryan']);
  });

  it('"the 61-year-old Glendale mechanic" after the paragraph that named him is him', () => {
    expect(
      speakersShown(
        'Vahe Melkonian has a brother somewhere near the border. He has not heard from him since Sunday.\n\n' +
          '"The roads are full and the phones are off," the 61-year-old Glendale mechanic said.',
      ),
    ).toEqual(['text:vahe-melkonian']);
  });

  it('"the expert" after a scholar named with no office is her', () => {
    expect(
      speakersShown(
        'We asked Dr. Hasmik Tadevosyan from the Institute of Caucasus Studies. ' +
          '"It is a change of tone more than of substance," the expert said.',
      ),
    ).toEqual(['text:hasmik-tadevosyan']);
  });
});

describe('an epithet of work is no one named when it does not fit or is ambiguous', () => {
  it('"the teacher" after a mayor is not the mayor', () => {
    expect(
      speakersShown(
        'Mayor Ruben Hakobyan visited the school on Monday. "The children are afraid," the teacher said.',
      ),
    ).not.toContain('text:ruben-hakobyan');
  });

  it('"the teacher" after a sentence naming two people is neither', () => {
    const found = speakersShown(
      'Anna Sargsyan and Lilit Harutyunyan waited at the border crossing. "We have nothing left," the teacher said.',
    );
    expect(found).not.toContain('text:anna-sargsyan');
    expect(found).not.toContain('text:lilit-harutyunyan');
  });

  it('"the nurse" after "a nurse" the text left unnamed is not the person named before', () => {
    expect(
      speakersShown(
        'Karen Petrosyan runs the clinic. A nurse from Goris joined him last week. ' +
          '"We work without a break," the nurse said.',
      ),
    ).not.toContain('text:karen-petrosyan');
  });
});

describe('a role in the lead is the person the headline names, named a sentence on', () => {
  const piece = (lead: string) =>
    'World\n\nLindqvist: Sweden will not accept any change to the borders\n\n' +
    `${lead}\n\n` +
    'Erik Lindqvist, speaking at his weekly briefing, said that Stockholm had called both ambassadors.\n\n' +
    'He added that talks were the only way forward.';

  it('"The spokesman of the Foreign Ministry said …" under "Lindqvist: …" is Lindqvist', () => {
    const lines = speakerQuoteLinesInPiece(
      piece(
        'The spokesman of the Foreign Ministry said that Sweden would not accept any change to the borders.',
      ),
    );
    expect(lines).toContain('text:erik-lindqvist: Sweden would not accept any change to the borders');
    expect(lines.some((l) => l.includes('spokesperson'))).toBe(false);
  });

  it('a lead that tells something else than the headline keeps its role', () => {
    const lines = speakerQuoteLinesInPiece(
      piece('The spokesman of the Foreign Ministry said that the embassy in Yerevan would reopen in May.'),
    );
    expect(lines).not.toContain('text:erik-lindqvist: the embassy in Yerevan would reopen in May');
  });
});

describe('a pronoun in a relative clause is the subject its sentence opens with, a name set off after a role', () => {
  it('"The former chief judge …, <name>, published a report in which she argues …" is her', () => {
    expect(
      speakersShown(
        'The former chief judge of the regional court, Marta Lindholm, published a report last week ' +
          'in which she argues that the siege could amount to a crime.',
      ),
    ).toEqual(['text:marta-lindholm']);
  });

  it('a description not set off from the name by a comma pair is read as before', () => {
    expect(
      speakersShown(
        'The court heard Marta Lindholm and Erik Dahl on Monday, in which she argues that the siege was a crime.',
      ),
    ).not.toContain('text:erik-dahl');
  });
});
