import { describe, expect, it } from 'vitest';
import { speakersShown, statementsOf } from './statements.helpers.ts';

describe('a role phrase is the one person the text named with that role', () => {
  it('"the spokeswoman" after "Foreign Ministry spokeswoman Lena Varossian" is Varossian', () => {
    const text =
      'Foreign Ministry spokeswoman Lena Varossian told reporters on Monday that the convoy had crossed. ' +
      'Officials in the capital were silent. The spokeswoman said that more trucks would follow.';
    expect(speakersShown(text)).toEqual(['text:lena-varossian', 'text:lena-varossian']);
  });

  it('"the head of state" after "The head of state, Ruben Tavrosyan," is Tavrosyan', () => {
    const text =
      'The head of state, Ruben Tavrosyan, met the delegation on Tuesday. Trade was discussed. ' +
      'The head of state said that the border would stay open.';
    expect(speakersShown(text)).toEqual(['text:ruben-tavrosyan']);
  });

  it('"the minister" after "Aram Voskanyan, the energy minister," is Voskanyan', () => {
    const text =
      'Aram Voskanyan, the energy minister, opened the plant on Friday. The minister said that the grid was stable.';
    expect(speakersShown(text)).toEqual(['text:aram-voskanyan']);
  });

  it('two people with the role: no person is chosen', () => {
    const text =
      'Interior ministry spokesman Davit Orbelani said that the checkpoint had closed. ' +
      'Defence ministry spokesman Karen Lusinyan said that troops had withdrawn. ' +
      'The spokesman said that the situation was calm.';
    // No person is chosen: the words go to no one of the two, or to no one at all.
    const calm = statementsOf(text).find((s) => s.quote.startsWith('the situation was calm'));
    expect(calm?.speaker).not.toBe('text:davit-orbelani');
    expect(calm?.speaker).not.toBe('text:karen-lusinyan');
  });

  it('a prime minister is no holder of "the minister"', () => {
    const text =
      'Prime Minister Gevorg Salnyan visited the plant on Friday. The minister said that the grid was stable.';
    expect(speakersShown(text)).not.toContain('text:gevorg-salnyan');
  });

  it('a role named only after the statement points to no one', () => {
    const text =
      'The spokeswoman said that more trucks would follow. Later, spokeswoman Lena Varossian left the building.';
    expect(speakersShown(text)).not.toContain('text:lena-varossian');
  });
});

describe('"the head of state" in agency copy', () => {
  it('is the one person the text titles President', () => {
    const text =
      'President Ruben Tavrosyan visited the rebuilt school on Monday. ' +
      'Addressing the teachers, the head of state said that ten more schools would open by 2027.';
    expect(speakersShown(text)).toEqual(['text:ruben-tavrosyan']);
  });

  it('"the Veranian head of government" is the one person titled "Veranian Prime Minister"', () => {
    const text =
      'Veranian Prime Minister Gevorg Salnyan spoke in parliament on Monday. ' +
      'The Veranian head of government said that the border would stay open.';
    expect(speakersShown(text)).toEqual(['text:gevorg-salnyan']);
  });

  it('"the Veranian head of government" is no other country’s prime minister', () => {
    const text =
      'Toranian Prime Minister Gevorg Salnyan spoke in parliament on Monday. ' +
      'The Veranian head of government said that the border would stay open.';
    expect(speakersShown(text)).not.toContain('text:gevorg-salnyan');
  });

  it('is no vice president, and no one when two presidents are named', () => {
    const vice =
      'Vice President Ruben Tavrosyan visited the school. The head of state said that more schools would open.';
    expect(speakersShown(vice)).not.toContain('text:ruben-tavrosyan');
    const two =
      'President Ruben Tavrosyan met President Olaf Brenner on Monday. ' +
      'The head of state said that the talks had been useful.';
    const said = speakersShown(two);
    expect(said).not.toContain('text:ruben-tavrosyan');
    expect(said).not.toContain('text:olaf-brenner');
  });
});

describe('a role noun in other words points back to the last speaker who holds that kind of role', () => {
  it.each([
    [
      'Member of the National Assembly Hovhannes Grigoryan said the bill would pass. ' +
        'The vote is set for Thursday, the MP added.',
      'text:hovhannes-grigoryan',
    ],
    [
      'Political scientist Elkhan Shahinoglu said the talks would stall. ' +
        '"Neither side is ready," the expert said.',
      'text:elkhan-shahinoglu',
    ],
  ])('%s', (text, id) => {
    expect(speakersShown(text)).toEqual([id, id]);
  });

  it('"the deputy" (translated copy’s word for an MP) after "Member of the Milli Majlis X"', () => {
    const text =
      'Member of the Milli Majlis Rauf Gasimli told reporters that the road would open in spring. ' +
      '"Every village will be reached," the deputy stressed.';
    expect(speakersShown(text)).toEqual(['text:rauf-gasimli', 'text:rauf-gasimli']);
  });

  it('"the deputy" after another speaker came between is still the MP the text named', () => {
    const text =
      'MP Rauf Gasimli told the paper the bill was ready. Mayor Ruben Hakobyan said the road was open. ' +
      '"The vote is next week," the deputy added.';
    expect(speakersShown(text)).toEqual(['text:rauf-gasimli', 'text:ruben-hakobyan', 'text:rauf-gasimli']);
  });

  it('"the Ombudsman" after "Human Rights Defender X", whose words the text gave to another source', () => {
    const text =
      'Human Rights Defender Arman Tatoyan stated that, according to figures his staff gathered, dozens were still held. ' +
      '"Every captive must come home," the Ombudsman noted.';
    expect(speakersShown(text)).toContain('tatoyan');
    expect(speakersShown(text)).not.toContain('text:ombudsman');
  });

  it('leaves "the expert" unresolved after a speaker of another kind', () => {
    const text = 'Mayor Ruben Hakobyan said the road was open. "It will take weeks," the expert said.';
    expect(speakersShown(text)[1]).not.toBe('text:ruben-hakobyan');
  });
});
