import { describe, expect, it } from 'vitest';
import { compactText } from '../../src/corpus/compactText.ts';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { readPiece, statementsOf } from './statements.helpers.ts';

/** Session 51 (dashquote51): speech set off by a dash, as translated European copy prints it. */
describe('a dash paragraph whose tag is followed by narration', () => {
  it('given "– A. B, says Rashad. His friend survived.", Rashad said A and B, the narration is no one’s', () => {
    const text = [
      'In Fuzuli a young deminer named Rashad talked to us during a break.',
      '',
      '– Every metre is a question. My friend stepped on a mine in front of me, says Rashad. His friend survived but lost a foot.',
    ].join('\n');
    const said = statementsOf(text);
    expect(said).toContainEqual({
      speaker: 'text:rashad',
      kind: 'direct',
      quote: 'Every metre is a question. My friend stepped on a mine in front of me',
    });
    expect(said.some((s) => s.quote.includes('lost a foot'))).toBe(false);
  });

  it('given a second tag in the same paragraph, the words after the first tag start afresh', () => {
    const text = [
      'Anna Berg, a nurse, met us at the gate.',
      '',
      '– We are tired, says Anna Berg. The beds are full. Nobody comes, she adds.',
    ].join('\n');
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes).toContain('We are tired');
    expect(quotes.some((q) => q.startsWith('We are tired, says'))).toBe(false);
  });
});

describe('a hyphen printed for the quotation dash', () => {
  it('given "- A. B, he says." after a lead naming the speaker, he said A and B', () => {
    const text = [
      'We spoke to Søren Krogh Nielsen, who has led demining teams in Iraq.',
      '',
      '- Mines were laid by both sides. That is what makes the area so unpredictable, he says.',
    ].join('\n');
    expect(statementsOf(text)).toContainEqual({
      speaker: 'text:soren-krogh-nielsen',
      kind: 'direct',
      quote: 'Mines were laid by both sides. That is what makes the area so unpredictable',
    });
  });

  it('as a corpus piece reads it, the hyphen of a tagged speech line is kept, a list’s hyphens are dropped', () => {
    const speech =
      'Intro line of the piece.\n\n- We knew the roads were dangerous. But the road was checked, she said.\n';
    expect(compactText(speech)).toBeNull();
    const list = 'Key points:\n- The talks ended.\n- The road will reopen, the ministry said.\n';
    expect(compactText(list)?.text).toBe(
      'Key points:\nThe talks ended.\nThe road will reopen, the ministry said.\n',
    );
  });

  it('in a piece that lists with hyphens, a tagged hyphen line is no dash speech', () => {
    const text = [
      'Ceasefire deal signed',
      '',
      'Armenia and Azerbaijan agreed to a truce on Tuesday.',
      '',
      '- Protesters gathered in Yerevan.',
      '- Troops began to deploy.',
      '',
      '- The first convoys left on Monday. Refugees will return within days, the ministry added.',
    ].join('\n');
    const { doc, statements } = readPiece(text);
    const words = statements.map((s) => doc.text.slice(s.quote.start, s.quote.end));
    expect(words.some((w) => w.startsWith('The first convoys'))).toBe(false);
  });
});

describe('a pronoun’s saying inside someone’s dash speech', () => {
  it('given "– He called my mother and said they were packing, she says.", "He" is not the man quoted before', () => {
    const text = [
      'The ombudsman Gegham Stepanyan said many of the dead had not been identified.',
      '',
      'In Gothenburg, Ani Grigoryan has not heard from her uncle since Sunday.',
      '',
      '– He called my mother on Sunday and said they were packing. Since then, nothing, she says.',
    ].join('\n');
    const said = statementsOf(text);
    expect(said.filter((s) => s.speaker === 'gegham-stepanyan').map((s) => s.quote)).toEqual([
      'many of the dead had not been identified',
    ]);
    expect(said).toContainEqual(
      expect.objectContaining({
        speaker: 'text:ani-grigoryan',
        quote: expect.stringMatching(/^He called my mother/),
      }),
    );
  });
});

describe('a dash inside a sentence opens no speech', () => {
  it('given an aside set off by dashes before a tag, the statement starts where the clause does', () => {
    const text = 'The road – the only one into the region – stays closed, the ministry said.';
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes.some((q) => q.startsWith('the only one'))).toBe(false);
  });
});

describe('a dash opening speech after a sentence of narration in the same paragraph', () => {
  it('given "X said that A. – B, said Y, recalling …", X said A and Y said B', () => {
    const text =
      "The Polish Foreign Ministry said last week that Poland would fund a training programme this year. – Humanitarian demining is a field in which we have experience, said deputy minister Paweł Jabłoński, recalling Polish sappers' work in Lebanon.";
    const said = statementsOf(text);
    expect(said).toContainEqual(
      expect.objectContaining({
        speaker: 'text:polish-foreign-ministry',
        quote: expect.stringMatching(/^Poland would fund/),
      }),
    );
    expect(said).toContainEqual({
      speaker: 'text:pawel-jablonski',
      kind: 'direct',
      quote: 'Humanitarian demining is a field in which we have experience',
    });
  });

  it('given a dateline "GLENDALE, Calif. — Anush …" or an aside "… – a range …", no sentence ends at the dash', () => {
    for (const text of [
      'GLENDALE, Calif. — Anush Grigorian has not slept since the shelling began.',
      'The toll rose to 40 – 50 people, officials said.',
    ]) {
      const paragraphs = splitParagraphs(text);
      expect(splitSentences(text, paragraphs)).toHaveLength(1);
    }
  });
});

describe('a dash speech that ends on a question, its tag after the mark', () => {
  it('given "– A. What did our boys die for? she says.", she said A and the question, the mark kept', () => {
    const text = [
      'VG met 54-year-old Armine Sargsyan outside the building. She has a son at the front.',
      '',
      '– We lost Shusha, now we lose everything. What did our boys die for? she says.',
    ].join('\n');
    expect(statementsOf(text)).toContainEqual({
      speaker: 'text:armine-sargsyan',
      kind: 'direct',
      quote: 'We lost Shusha, now we lose everything. What did our boys die for?',
    });
  });

  it('given "Is it over? he asked …" in a line no dash opens, no tag is read after the mark', () => {
    expect(
      statementsOf('Mayor Ara Petrosyan met the crowd. Is it over? he asked the crowd, which fell silent.'),
    ).toEqual([]);
  });
});
