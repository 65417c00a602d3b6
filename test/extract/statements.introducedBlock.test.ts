import { describe, expect, it } from 'vitest';
import { kindSaidInPiece as said } from './statements.helpers.ts';

describe('a paragraph introduced by "X said:" is what X said, sentence after sentence', () => {
  it('every sentence of the unquoted block paragraph is the speaker’s (transcript style)', () => {
    expect(
      said(
        'Governor on the corridor\n\nThe governor spoke for an hour on Tuesday.\n\nGovernor Lusine Hakobyan added:\n\n' +
          'It is typical of the other side. They promise a corridor, then close it. We have heard this for three years.\n\n' +
          'The session ended at noon.\n',
      ),
    ).toEqual([
      'reported: Governor Lusine Hakobyan | It is typical of the other side. They promise a corridor, then close it. ' +
        'We have heard this for three years.',
    ]);
  });

  it('the block stops before a sentence that tells of another saying (agency style)', () => {
    expect(
      said(
        'YEREVAN, May 4. The talks resumed on Monday.\n\nDeputy Foreign Minister Arman Petrosyan told reporters:\n\n' +
          'The draft is ready. The mediators said the text would be final by June. We will see.\n',
      ),
    ).toEqual([
      'reported: Deputy Foreign Minister Arman Petrosyan | The draft is ready.',
      'reported: The mediators | the text would be final by June',
    ]);
  });

  it('the block ends with its paragraph: the next paragraph is the writer’s again', () => {
    expect(
      said(
        'Mine clearance\n\nThe agency published its figures on Friday.\n\nThe agency’s director, Samir Mammadov, said:\n\n' +
          'Clearance will take years.\n\nThe agency did not give a date.\n',
      ),
    ).toEqual(['reported: Samir Mammadov | Clearance will take years.']);
  });
});
