import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/** Where reported content starts and ends, on sentence shapes of everyday news copy. */
const quotesOf = (text: string) => statementsOf(text).map((s) => s.quote);

describe('content span: an aside between the verb and "that" is the writer’s', () => {
  it.each([
    ['Dana Kerr spoke. Kerr said, however, that the plan would fail.', 'the plan would fail'],
    ['Dana Kerr spoke. Kerr added, though, that the vote was close.', 'the vote was close'],
    ['Dana Kerr spoke. Kerr said, twice, that he would run again.', 'he would run again'],
    ['Dana Kerr spoke. Kerr said Tuesday, among other things, that the deal was dead.', 'the deal was dead'],
    ['Dana Kerr spoke. Kerr said, per an interpreter, that the border stays shut.', 'the border stays shut'],
    [
      'Dana Kerr spoke. Kerr wrote — on Facebook, as it happens — that the count was rigged.',
      'the count was rigged',
    ],
    [
      'The ministry contended in its letter, signed by a deputy minister, that the reports were false.',
      'the reports were false',
    ],
  ])('%s', (text, content) => {
    expect(quotesOf(text)).toEqual([content]);
  });

  it('an aside with a quote in it is left alone: what is quoted may be the content', () => {
    expect(quotesOf('Dana Kerr spoke. Kerr said, “never again,” and left.').join(' ')).toContain(
      'never again',
    );
  });
});

describe('content span: a semicolon closes a trailing attribution', () => {
  it('“A, analysts say; in 2012, B”: A is said, the clause after the semicolon is the writer’s', () => {
    expect(
      quotesOf(
        'To win, a party needs 40 percent of the vote, analysts say; in 2019, the Greens won 12 percent.',
      ),
    ).toEqual(['To win, a party needs 40 percent of the vote']);
  });

  it('no content is read after "said;": the clause there is another sentence’s', () => {
    const seen = statementsOf(
      'Tom Hale spoke. The files were marked secret, he said; his staff found them in May.',
    );
    expect(seen.map((s) => s.quote)).toEqual(['The files were marked secret']);
  });

  it('a clause of time after "said;" tells when it was said: "A, the office said before it closed; B"', () => {
    const seen = statementsOf(
      'Tom Hale spoke. The files were marked secret, the press office said before it was closed; his staff found them in May.',
    );
    expect(seen.map((s) => s.quote)).toEqual(['The files were marked secret']);
  });
});

describe('content span: a description opened by a dash belongs to the trailing source', () => {
  it('“A — the ministry’s spokeswoman, Ana Ruiz, said”: the description is no part of A', () => {
    expect(
      quotesOf('The crossing will reopen — the ministry’s spokeswoman, Ana Ruiz, said on Monday.'),
    ).toEqual(['The crossing will reopen']);
  });

  it('a dash pair inside the content stays in it', () => {
    expect(
      quotesOf('The crossing — the busiest one — will reopen, the ministry’s spokeswoman, Ana Ruiz, said.'),
    ).toEqual(['The crossing — the busiest one — will reopen']);
  });
});

describe('content span: a show’s title or a time alone says nothing', () => {
  it('“…, he said on MSNBC’s “Morning Joe.”” gives no statement whose content is the show', () => {
    const seen = quotesOf(
      'Tom Hale spoke. Hale backed the mayor while she was in the race, he said on Monday on WNYC’s “The Brian Show.”',
    );
    expect(seen.some((q) => /Brian Show/.test(q) && !/mayor/.test(q))).toBe(false);
  });

  it('“as the Gazette reported a few days later” gives no statement whose content is the time', () => {
    expect(
      quotesOf('The board discussed a walkout, as the Gazette reported a few days later.'),
    ).not.toContain('a few days later');
  });

  it('a show named before "that" is the setting: "said on Armenia TV’s “Evening Line” on Sunday that …"', () => {
    expect(quotesOf('Tom Hale spoke. Hale said on “Face the Nation” that the vote was rigged.')).toEqual([
      'the vote was rigged',
    ]);
    expect(
      quotesOf(
        'Tom Hale spoke. Hale said on Armenia TV’s “Evening Line” on Sunday that the vote was rigged.',
      ),
    ).toEqual(['the vote was rigged']);
  });
});

describe('content span: a verb of saying read off a noun in a list', () => {
  it('"As Soviet states and neighbors, …": no one "states" “and neighbors”', () => {
    expect(
      quotesOf('As former Soviet states and neighbors, Latvia and Estonia joined the union in 2004.'),
    ).toEqual([]);
  });
});

describe('content span: words that name only a setting, a hearer or a link say nothing', () => {
  it('"wrote to investors, telling them …": only the participle’s clause is said', () => {
    expect(
      quotesOf('Tom Hale spoke. On Tuesday, Hale wrote to investors, telling them the fund was worth more.'),
    ).toEqual(['the fund was worth more']);
  });

  it('"… and cautioned against it": "against it" is no statement of its own', () => {
    expect(
      quotesOf('Tom Hale spoke. Hale said the plan could backfire and cautioned against it.'),
    ).not.toContain('against it');
  });

  it('a link alone after "reports:" is no content', () => {
    expect(
      quotesOf('The museum will move downtown, Ana Ruiz at City Weekly reports: http://example.org/x1.'),
    ).toEqual([]);
  });

  it('an infinitive after a promise is a deed promised, no statement', () => {
    expect(quotesOf('Tom Hale spoke. Hale promised to discuss the budget.')).toEqual([]);
  });
});

describe('content span: a quote right after "and" is still what was said', () => {
  it('"She cried for days, she said, and “we had to start again”" keeps the quote, after the words the attribution interrupts', () => {
    const seen = statementsOf(
      'Ana Ruiz lost her house. She cried for days, she said, and “we had to start again.”',
    );
    expect(seen.map((s) => [s.quote, ...(s.continuation ?? [])].join(' … '))).toEqual([
      'She cried for days … and “we had to start again.”',
    ]);
  });
});
