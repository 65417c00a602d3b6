import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/extract/paragraphs.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { speakersShown } from './statements.helpers.ts';

const sentencesOf = (text: string) =>
  splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));

describe('a byline, a time stamp or a headline names no one a later pronoun points back to', () => {
  it('leaves "he said" unattributed rather than give it to a reporter of the byline', () => {
    const text = [
      'Shelling resumes near Martuni',
      '',
      'By Lena Hartmann and Tomas Berger',
      '',
      'Oct. 2, 2020, 9:40 AM EDT / Updated Oct. 2, 2020, 3:15 PM EDT',
      '',
      'Rockets hit the outskirts of Martuni overnight, local residents said.',
      '',
      'The shelling stopped before dawn, he said.',
    ].join('\n');
    const speakers = speakersShown(text);
    expect(speakers).not.toContain('text:tomas-berger');
    expect(speakers).not.toContain('text:lena-hartmann');
    expect(speakers.some((s) => /updated/.test(s))).toBe(false);
  });

  it('still gives "he" to the man the body names', () => {
    const text = [
      'Mayor warns of fuel shortage',
      '',
      'By Tomas Berger',
      '',
      'The mayor of Goris, Arush Arushanyan, met drivers at the bus depot on Monday.',
      '',
      '"We have diesel for three more days," he said.',
    ].join('\n');
    expect(speakersShown(text)).toContain('text:arush-arushanyan');
  });
});

describe('the platform X ends a sentence', () => {
  it('splits "said on X." from the next sentence', () => {
    expect(
      sentencesOf('The toll rose to 40, the ombudsman said on X. Schools will stay shut, he said.'),
    ).toEqual(['The toll rose to 40, the ombudsman said on X.', 'Schools will stay shut, he said.']);
    expect(sentencesOf('Officials wrote via X. The post was later deleted.')).toHaveLength(2);
  });

  it('keeps an initial inside a name', () => {
    expect(sentencesOf('Secretary of State Antony J. Blinken spoke to both leaders.')).toHaveLength(1);
    expect(sentencesOf('The report was signed by Malcolm X. Brown and two others.')).toHaveLength(1);
  });
});
