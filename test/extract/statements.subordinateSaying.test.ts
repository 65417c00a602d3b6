import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('a saying inside an opening subordinate clause ends where the main clause begins', () => {
  it.each([
    [
      'Although Marlow admitted the two envoys had met twice, he denied that any deal was struck.',
      'Marlow: the two envoys had met twice',
    ],
    [
      'While the governor says the dam is safe, engineers have warned of cracks in its wall.',
      'the governor: the dam is safe',
    ],
    [
      'Months after Okafor announced the base would close by spring, troops were still arriving there.',
      'Okafor: the base would close by spring',
    ],
    [
      'Now that Brandt has claimed the ballots were forged, the party faces an awkward week.',
      'Brandt: the ballots were forged',
    ],
    [
      'When Ellison said the bridge would reopen in May, commuters cheered.',
      'Ellison: the bridge would reopen in May',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toContain(want);
  });

  it.each([
    [
      'Ellison said the bridge would reopen in May, commuters cheered.',
      'Ellison: the bridge would reopen in May, commuters cheered',
    ],
    [
      'After the vote Ellison said the bridge would reopen in May, and the council agreed.',
      'Ellison: the bridge would reopen in May, and the council agreed',
    ],
  ])('no opening subordinator, no cut: %s', (text, want) => {
    expect(said(text)).toContain(want);
  });
});
