import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { findQuotes } from '../../src/extract/statements/quotes.ts';
import { extractFrom, speakersShown, statementsOf, timelineFor } from './statements.helpers.ts';

const day = (year: number, month: number, d: number) =>
  ({ precision: 'day', year, month, day: d, yearStatus: 'stated' }) as const;

describe('direct quotes', () => {
  it('straight and curly quotes, attribution after the quote', () => {
    expect(statementsOf('"We are ready," Aliyev said.\n\n“Talks must resume,” Pashinyan said.')).toEqual([
      { speaker: 'aliyev', kind: 'direct', quote: 'We are ready,' },
      { speaker: 'pashinyan', kind: 'direct', quote: 'Talks must resume,' },
    ]);
  });

  it('"said X" inversion, with a relative clause after the name', () => {
    expect(
      statementsOf(
        '"We will not leave our people alone," said Armenian Prime Minister Nikol Pashinyan, who faces protests.',
      ),
    ).toEqual([{ speaker: 'pashinyan', kind: 'direct', quote: 'We will not leave our people alone,' }]);
  });

  it('British single quotes, apostrophes inside them, and a quote split by its attribution', () => {
    const text =
      "'Azerbaijan's army will not stop,' Mr Pashinyan told his cabinet on Thursday. 'This is ethnic cleansing.'";
    expect(statementsOf(text)).toEqual([
      {
        speaker: 'pashinyan',
        kind: 'direct',
        quote: "Azerbaijan's army will not stop,",
        continuation: ['This is ethnic cleansing.'],
      },
    ]);
  });

  it('a plural possessive does not close a single-quoted quote', () => {
    const text = "'The United States' position has not changed,' the spokesperson said.";
    expect(statementsOf(text)[0]!.quote).toBe("The United States' position has not changed,");
  });

  it('"…," he said, "…": both halves in one statement', () => {
    expect(
      statementsOf('Aliyev spoke in Granada. “We are ready for peace,” Aliyev said, “but Armenia must act.”'),
    ).toEqual([
      {
        speaker: 'aliyev',
        kind: 'direct',
        quote: 'We are ready for peace,',
        continuation: ['but Armenia must act.'],
      },
    ]);
  });

  it('a speech over paragraphs: each paragraph reopens the quote, the last closes it', () => {
    const text =
      'Mirzoyan said: "We are ready for peace.\n"But not at any price.\n"We expect our partners to act."\n\nThe talks ended.';
    expect(statementsOf(text)).toEqual([
      {
        speaker: 'mirzoyan',
        kind: 'direct',
        quote: 'We are ready for peace.',
        continuation: ['But not at any price.', 'We expect our partners to act.'],
      },
    ]);
  });

  it('an unattributed quote right after a quoted statement continues it; a distant one does not', () => {
    const text =
      '"We took only the children," she said.\n\n"Nothing else."\n\nThe road was closed.\n\n"Nobody knows."';
    const text2 = `Anna Petrosyan, 34, said she had left. ${text}`;
    expect(statementsOf(text2).map((s) => [s.speaker, s.quote, s.continuation])).toEqual([
      ['text:anna-petrosyan', 'she had left', undefined],
      ['text:anna-petrosyan', 'We took only the children,', ['Nothing else.']],
    ]);
  });

  it('a partial quote that opens what is said is direct: described it as “…”', () => {
    expect(
      statementsOf('Blinken described the shelling as “utterly unacceptable” in a call with reporters.'),
    ).toEqual([{ speaker: 'blinken', kind: 'direct', quote: 'utterly unacceptable' }]);
  });

  it('the words a call quotes are the speaker’s, direct: called for an “…” (CONVENTIONS 10)', () => {
    expect(
      statementsOf('Blinken called for an “immediate end to hostilities” and any escalation in the region.'),
    ).toEqual([{ speaker: 'blinken', kind: 'direct', quote: 'immediate end to hostilities' }]);
  });

  it('a few quoted words inside a reported clause leave it reported, with the whole clause as its quote', () => {
    expect(
      statementsOf(
        'Aliyev said that Baku would stop “anti-terrorist measures” if the Armenian military laid down arms.',
      ),
    ).toEqual([
      {
        speaker: 'aliyev',
        kind: 'reported',
        quote: 'Baku would stop “anti-terrorist measures” if the Armenian military laid down arms',
      },
    ]);
  });

  it('the verb inside the quote: Blinken "noted …"', () => {
    expect(statementsOf('Also, Blinken "noted the readiness to halt military actions."')).toEqual([
      { speaker: 'blinken', kind: 'direct', quote: 'noted the readiness to halt military actions.' },
    ]);
  });
});

describe('reported speech', () => {
  it.each([
    [
      'Pashinyan said that Baku attacked Karabakh with rocket artillery.',
      'pashinyan',
      'Baku attacked Karabakh with rocket artillery',
    ],
    [
      'Blinken assured Pashinyan that the United States supports Armenia.',
      'blinken',
      'the United States supports Armenia',
    ],
    [
      'Hikmet Hajiyev, an adviser to Aliyev, told reporters that Baku wanted reintegration.',
      'hajiyev',
      'Baku wanted reintegration',
    ],
    [
      'Ruben Vardanyan wrote on social media that the blockade had left people hungry.',
      'vardanyan',
      'the blockade had left people hungry',
    ],
    [
      'The Ministry of Defense of Azerbaijan, meanwhile, said on Wednesday morning that the measures continue.',
      'mod-azerbaijan',
      'the measures continue',
    ],
    [
      'Six people were killed, a representative of the Azerbaijani Ministry of Defense said.',
      'mod-azerbaijan',
      'Six people were killed',
    ],
    [
      'Two cars ran into mines, according to the Azerbaijani side.',
      'gov-azerbaijan',
      'Two cars ran into mines',
    ],
    [
      'According to the Azerbaijani side, two cars ran into mines.',
      'gov-azerbaijan',
      'two cars ran into mines',
    ],
    [
      'The Armenian service of Radio Liberty reported that 27 people died.',
      'radio-liberty-armenian',
      '27 people died',
    ],
    [
      'Azerbaijani foreign ministry spokesperson Aykhan Hajizada dismissed the remarks, saying that no one was forced to leave.',
      'text:aykhan-hajizada',
      'no one was forced to leave',
    ],
  ])('%s', (text, speaker, quote) => {
    expect(statementsOf(text)).toEqual([{ speaker, kind: 'reported', quote }]);
  });

  it('wire copy: the dateline is not part of the speaker', () => {
    const text =
      'BAKU, Sept 21 (Reuters) - Azerbaijan said on Thursday that its operation had achieved its goals.';
    expect(statementsOf(text)).toEqual([
      { speaker: 'gov-azerbaijan', kind: 'reported', quote: 'its operation had achieved its goals' },
    ]);
  });

  it('several named bodies as one subject each speak', () => {
    expect(
      statementsOf(
        'The United States, Russia and the European Union said the parties had to stop hostilities.',
      ).map((s) => s.speaker),
    ).toEqual(['gov-us', 'gov-russia', 'eu']);
  });

  it('speakers the gazetteer lacks become text entities; a later surname is the same person', () => {
    const text =
      'Russian Deputy Prime Minister Alexei Overchuk told TASS that the road would reopen. "We expect progress," said Overchuk.\n\n' +
      'One local official, who asked not to be named, told us the depot exploded. Residents of Stepanakert reported that shells hit the market.';
    expect(speakersShown(text)).toEqual([
      'text:alexei-overchuk',
      'text:alexei-overchuk',
      'text:local-official',
      'text:residents',
    ]);
  });

  it('no statement from a passive, a noun that looks like a verb, or a headline', () => {
    expect(
      statementsOf(
        'Blinken tells Baku to stop hostilities\n\nIt was stressed that the side is ready. The remarks drew criticism. Attacks were reported.',
      ),
    ).toEqual([]);
  });
});

describe('who speaks: pronouns, roles and relays', () => {
  it('"he added" is the last person who spoke; "the Azerbaijani foreign minister" is read at the document date', () => {
    const text =
      'Pompeo met Jihon Permov in Washington.\n\n"We are committed to peace," the Azerbaijani foreign minister said.\n\n"Armenia must stop," he added.';
    const timeline = timelineFor(text, day(2020, 10, 24));
    expect(statementsOf(text, timeline).map((s) => s.speaker)).toEqual(['bayramov', 'bayramov']);
  });

  it('"the president" is the latest named president; "the diplomat" the latest diplomat who spoke', () => {
    const text =
      'A call between Ilham Aliyev and Antony Blinken took place. The president added that rights would be protected.\n\n' +
      'Maria Zakharova told a briefing that Russia expects calm. "We call for restraint," the diplomat stressed.';
    expect(speakersShown(text)).toEqual(['aliyev', 'zakharova', 'zakharova']);
  });

  it('a spokesperson telling what the Secretary said relays him: speaker Blinken, via Miller, and Miller’s own telling', () => {
    const text =
      'Department Spokesperson Matthew Miller said in a statement that Blinken emphasized “the need for restraint.”\n\n' +
      '“He called on President Aliyev to provide assurances,” the statement read.\n\n“The Secretary urged an amnesty,” it added.';
    expect(statementsOf(text)).toEqual([
      { speaker: 'miller', kind: 'reported', quote: 'Blinken emphasized “the need for restraint.”' },
      { speaker: 'blinken', via: 'miller', kind: 'direct', quote: 'the need for restraint.' },
      {
        speaker: 'blinken',
        via: 'miller',
        kind: 'direct',
        quote: 'He called on President Aliyev to provide assurances,',
      },
      { speaker: 'blinken', via: 'miller', kind: 'direct', quote: 'The Secretary urged an amnesty,' },
    ]);
  });

  it('a body relays too: "…, the State Department said." (both links)', () => {
    expect(
      statementsOf(
        'The US Secretary of State stressed that there is no military solution, the State Department said.',
      ),
    ).toEqual([
      {
        speaker: 'us-state-department',
        kind: 'reported',
        quote: 'The US Secretary of State stressed that there is no military solution',
      },
      {
        speaker: 'blinken',
        via: 'us-state-department',
        kind: 'reported',
        quote: 'there is no military solution',
      },
    ]);
  });

  it('a leader speaking of someone else is the speaker: no relay', () => {
    expect(statementsOf('Pashinyan said that Aliyev told him the offensive was over.')).toEqual([
      { speaker: 'pashinyan', kind: 'reported', quote: 'Aliyev told him the offensive was over' },
    ]);
  });

  it("a statement whose words tell no one else's speech is its author's", () => {
    expect(
      statementsOf('“A phone call took place on September 26,” the Armenian government press service said.'),
    ).toEqual([
      {
        speaker: 'armenian-government-press-service',
        kind: 'direct',
        quote: 'A phone call took place on September 26,',
      },
    ]);
  });
});

describe('when it was said', () => {
  const reference = day(2023, 9, 20);

  it("a date in the attribution is the statement's date", () => {
    const text =
      'The Ministry of Defense of Azerbaijan said on Wednesday morning that the measures continue.';
    const [s] = extractFrom(text, timelineFor(text, reference, [['on Wednesday morning', day(2023, 9, 20)]]));
    expect(s!.date).toEqual(day(2023, 9, 20));
    expect(s!.dateBasis).toBe('stated in the text');
  });

  it('"today" in a readout of a call is the document date, said so', () => {
    // The statement names its author: a statement no one is named to have made is no one's.
    const text = '"Blinken spoke with Aliyev today to urge calm," the State Department statement says.';
    const [s] = extractFrom(text, timelineFor(text, reference, [['today', reference]]));
    expect(s!.date).toEqual(reference);
    expect(s!.dateBasis).toBe('today in a dated piece');
  });

  it('a readout is dated by the call it reports', () => {
    const text = '“A phone call of Aliyev and Blinken took place on September 26,” the press service said.';
    const [s] = extractFrom(text, timelineFor(text, reference, [['on September 26', day(2023, 9, 26)]]));
    expect(s!.date).toEqual(day(2023, 9, 26));
  });

  it('a date inside what was said dates the events, not the saying: the document date is used', () => {
    const text = 'According to the Azerbaijani side, on September 19, two cars ran into mines.';
    const [s] = extractFrom(text, timelineFor(text, reference, [['on September 19', day(2023, 9, 19)]]));
    expect(s!.date).toEqual(reference);
    expect(s!.dateBasis).toBe('document date');
  });

  it('no date anywhere: "date not stated"', () => {
    const [s] = extractFrom('Pashinyan said that Baku attacked.');
    expect(s!.date).toBeNull();
    expect(s!.dateBasis).toBe('date not stated');
  });
});

describe('findQuotes', () => {
  const spans = (text: string) =>
    findQuotes(text, splitParagraphs(text)).map((q) => q.parts.map((p) => text.slice(p.start, p.end)));

  it('reads straight marks as opening or closing from their neighbours, and skips apostrophes', () => {
    expect(spans('He said "no" and then "yes, Armenia\'s right."')).toEqual([
      ['no'],
      ["yes, Armenia's right."],
    ]);
  });

  it('keeps a nested quote of the other family inside', () => {
    expect(spans('“He called it ‘aggression’ today,” she said.')).toEqual([
      ['He called it ‘aggression’ today,'],
    ]);
  });

  it('joins a quote that runs over paragraphs, and drops a stray mark mid-paragraph', () => {
    expect(spans('“One.\n“Two.\n“Three.”\n\nThe 90" screen broke.')).toEqual([['One.', 'Two.', 'Three.']]);
  });
});

describe('robustness', () => {
  it('never throws and keeps every span inside the text, whatever the marks and words', async () => {
    const fc = await import('fast-check');
    const pieces = [
      '"',
      '“',
      '”',
      "'",
      '‘',
      '’',
      ' said ',
      ' Blinken',
      ' he',
      ', ',
      '. ',
      '\n\n',
      'according to ',
      'Baku',
      ' the statement',
      ' that ',
      'x',
      ' told reporters',
      ':',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const s of extractFrom(text)) {
          for (const span of [s.quote, ...(s.continuation ?? []), s.context]) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(span.start).toBeLessThanOrEqual(span.end);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('documents as speakers', () => {
  it('"the statement" is the statement being quoted; a qualified one names its author; "a report" is its own source', () => {
    const text =
      'The Armenian Foreign Ministry said in a statement that talks had stalled. "We regret this," the statement said.\n\n' +
      "The Kremlin's statement said that Moscow stays in contact.\n\nA report said that 100,000 people had left.";
    expect(speakersShown(text)).toEqual(['mfa-armenia', 'mfa-armenia', 'kremlin', 'text:report']);
  });
});
