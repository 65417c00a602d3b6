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

describe('a relative clause after the content that tells a saying of its own ends the content', () => {
  it.each([
    [
      'Dorsey said he had seen the mill’s books, which he described as “a work of fiction.”',
      'Dorsey: he had seen the mill’s books',
    ],
    [
      'Ruiz said the two sides had agreed to a truce, which is a step, she added, “long overdue.”',
      'Ruiz: the two sides had agreed to a truce',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toContain(want);
  });

  it('naming the thing in the speaker’s words stays in the content', () => {
    expect(said('Dorsey said he would not debate Pratt, whom he called “a fraud.”')).toContain(
      'Dorsey: he would not debate Pratt, whom he called “a fraud.”',
    );
  });
});

describe('a participle after the content telling what the saying drew or matched is the writer’s', () => {
  it.each([
    [
      'Varga said the ministry would not pay the fine, drawing an angry reply from the court.',
      'Varga: the ministry would not pay the fine',
    ],
    [
      'Tolson said the mayor should resign, echoing a letter from the council.',
      'Tolson: the mayor should resign',
    ],
    [
      'The candidate told reporters she would not contest the count, conceding the seat to Haddad.',
      'The candidate: she would not contest the count',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toContain(want);
  });

  it('a participle that may carry on the reported event stays', () => {
    expect(said('Varga said the shell hit the depot, killing two guards.')).toContain(
      'Varga: the shell hit the depot, killing two guards',
    );
  });
});

describe('a concession that the speaker held something back ends the content', () => {
  it.each([
    [
      'Pereira said every guard had signed the pledge, though she did not describe its terms.',
      'Pereira: every guard had signed the pledge',
    ],
    [
      'Lund said he had received an apology from the agency, although he declined to say who made it.',
      'Lund: he had received an apology from the agency',
    ],
  ])('%s', (text, want) => {
    expect(said(text)).toContain(want);
  });

  it('a concession of the reported event itself stays', () => {
    expect(said('Lund said the crew kept working, despite the heavy rain.')).toContain(
      'Lund: the crew kept working, despite the heavy rain',
    );
  });
});
