import { describe, expect, it } from 'vitest';
import { speakersAndQuotes } from './statements.helpers.ts';

describe('a court document names the parties by their procedural roles', () => {
  it('"(Armenia v. Azerbaijan)": the Applicant is Armenia, the Respondent Azerbaijan', () => {
    const text =
      'Application of the Convention (Armenia v. Azerbaijan)\n\n' +
      'The Court delivered its Order today.\n\n' +
      'According to the Applicant, more than 100,000 persons left the region within a week.\n\n' +
      'The Respondent maintains that the departure of the residents was voluntary.\n';
    expect(speakersAndQuotes(text)).toEqual([
      ['gov-armenia', 'more than 100,000 persons left the region within a week'],
      ['gov-azerbaijan', 'the departure of the residents was voluntary'],
    ]);
  });

  it('"Case of Georgia v. Russia" in a registry’s release: "the applicant Government" is Georgia', () => {
    const text =
      'Grand Chamber judgment in the Case of Georgia v. Russia\n\n' +
      'The applicant Government submitted that the detentions had been arbitrary.\n';
    expect(speakersAndQuotes(text)).toEqual([['text:georgia', 'the detentions had been arbitrary']]);
  });

  it('with two cases in the opening, or none, the roles stay as written', () => {
    const two =
      'Hearings in Armenia v. Azerbaijan and Azerbaijan v. Armenia\n\n' +
      'According to the Applicant, the road had been closed for months.\n';
    expect(speakersAndQuotes(two).map(([s]) => s)).toEqual(['text:applicant']);
    const none = 'Court hearing\n\nAccording to the Applicant, the road had been closed for months.\n';
    expect(speakersAndQuotes(none).map(([s]) => s)).toEqual(['text:applicant']);
  });
});
