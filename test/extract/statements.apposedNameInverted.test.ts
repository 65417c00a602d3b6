import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

const lastSpeaker = (text: string) => statementsOf(text).at(-1)?.speaker;

describe('"said <Owner>\'s <person noun>, <Name>": the apposed name speaks, never the owner', () => {
  it('a spokeswoman named after the verb is the spokeswoman', () => {
    const text =
      'The prime minister did not appear before reporters. "We had no better option," said Mr Sarkisov\'s spokeswoman, Arpi Danielyan.';
    expect(lastSpeaker(text)).toBe('text:arpi-danielyan');
  });

  it('a neighbour named after a present-tense verb, with an age, is the neighbour', () => {
    const text =
      'The shelling went on through the night. "We have heard this promise before," says Nune Baghyan\'s neighbour, Levon Asatryan, 67.';
    expect(lastSpeaker(text)).toBe('text:levon-asatryan');
  });

  it('a name the gazetteer knows resolves as it does anywhere else', () => {
    const text =
      'Baku rejected the report. "These claims are baseless," said President Aliyev\'s foreign-policy aide, Hikmet Hajiyev.';
    expect(lastSpeaker(text)).toBe('hajiyev');
  });

  it('reads the same speaker as the subject-first order', () => {
    const inverted = '"The road will reopen," said Mr Sarkisov\'s spokeswoman, Arpi Danielyan.';
    const subjectFirst = "Mr Sarkisov's spokeswoman, Arpi Danielyan, said the road would reopen.";
    expect(lastSpeaker(inverted)).toBe('text:arpi-danielyan');
    expect(lastSpeaker(subjectFirst)).toBe('text:arpi-danielyan');
  });

  it('with no name set off after it, the description is who spoke, not its owner', () => {
    const text = '"The road will reopen," said Mr Sarkisov\'s spokeswoman.';
    expect(lastSpeaker(text)).not.toBe('text:sarkisov');
    expect(lastSpeaker(text)).not.toBe('text:mr-sarkisov');
  });
});
