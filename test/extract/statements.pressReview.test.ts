import { describe, expect, it } from 'vitest';
import { speakersAndOpenings } from './statements.helpers.ts';

/** Speaker and the first words of each statement. */
function said(text: string): [string, string][] {
  return speakersAndOpenings(text);
}

describe('a press review: "the paper" is the paper named last', () => {
  it('points "the paper", "the newspaper" and "an editorial in the same paper" back to the paper named before', () => {
    const review =
      'Georgian press review, 4 March 2025\n\n' +
      'Rezonansi leads with the new border checkpoint. The paper says that traffic has doubled since ' +
      'January.\n\n' +
      'Kviris Palitra runs an interview with a customs officer. The newspaper writes that queues now last ' +
      'six hours. An editorial in the same paper argues that the ministry "ignored every warning".\n';
    expect(said(review)).toEqual([
      ['text:rezonansi', 'traffic has doubled sinc'],
      ['text:kviris-palitra', 'queues now last six hour'],
      ['text:kviris-palitra', 'the ministry "ignored ev'],
    ]);
  });

  it('reads a monitoring digest where sources speak between the paper and “the paper”', () => {
    const digest =
      'WHAT THE PAPERS SAY\n\n' +
      'Hraparak carries a report on the missing soldiers. The defence ministry told the paper that ' +
      'searches would resume in April. The paper calls the ministry’s figures "incomplete".\n\n' +
      'Aravot reports that the prime minister will visit Brussels. The daily says the visit was agreed ' +
      'last week.\n';
    const all = said(digest);
    expect(all).toContainEqual(['text:hraparak', 'incomplete']);
    expect(all).toContainEqual(['text:aravot', 'the visit was agreed las']);
  });

  it('leaves "the paper" alone in everyday copy', () => {
    const news =
      'Editor detained\n\n' +
      'Police detained the editor of Hraparak on Monday. The paper said the arrest was "an attack on ' +
      'the press".\n';
    expect(said(news).map(([who]) => who)).not.toContain('text:hraparak');
  });
});
