import { describe, expect, it } from 'vitest';
import { kindSaidInPiece as said } from './statements.helpers.ts';

describe('a clause of reason or concession after "A, X said," finishes what X said', () => {
  it('"A, the envoy said, because B": A and B are both said (wire style)', () => {
    expect(
      said(
        'Talks delayed\n\nThe round was put off on Thursday. The offer is late, the envoy said, because the mediators ' +
          'changed the text overnight.\n',
      ),
    ).toEqual(['reported: the envoy | The offer is late … because the mediators changed the text overnight']);
  });

  it('"A, Mr. X said, although B" (newspaper style): both pieces, the aside left out', () => {
    expect(
      said(
        'Lachin road\n\nThe road reopened at dawn. The crossing stays shut to cars, Mr. Aliyev said, although trucks ' +
          'with food may pass.\n',
      ),
    ).toEqual([
      'reported: Mr. Aliyev | The crossing stays shut to cars … although trucks with food may pass',
    ]);
  });

  it('a participle after the aside is still the writer’s: only A is said', () => {
    expect(
      said(
        'Talks delayed\n\nThe round was put off. The offer is late, the envoy said, pointing to the calendar.\n',
      ),
    ).toEqual(['reported: the envoy | The offer is late']);
  });
});
