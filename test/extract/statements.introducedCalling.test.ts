import { describe, expect, it } from 'vitest';
import { speakerQuoteLinesInPiece } from './statements.helpers.ts';

describe('a calling introduced unnamed, then named by its title, is that one person', () => {
  it('"A Leeds doctor says …" then "Dr Mira Hovsepyan": the named doctor', () => {
    const text =
      'Brother stuck at the crossing\n\n' +
      'A Leeds doctor says her brother is stuck at the border crossing without food.\n\n' +
      'Dr Mira Hovsepyan, 41, works in the children’s ward at the city infirmary.\n\n' +
      'Dr Hovsepyan said her brother had waited there for three days.\n';
    expect(speakerQuoteLinesInPiece(text)).toEqual([
      'text:mira-hovsepyan: her brother is stuck at the border crossing without food',
      'text:mira-hovsepyan: her brother had waited there for three days',
    ]);
  });

  it('two doctors named: the introduced one stays unnamed', () => {
    const text =
      'Brother stuck at the crossing\n\n' +
      'A Leeds doctor says her brother is stuck at the border crossing without food.\n\n' +
      'Dr Mira Hovsepyan, 41, works with Dr Karen Abovyan in the children’s ward.\n\n' +
      'Dr Hovsepyan said her brother had waited there for three days.\n';
    expect(speakerQuoteLinesInPiece(text)[0]).toBe(
      'text:leeds-doctor: her brother is stuck at the border crossing without food',
    );
  });
});
