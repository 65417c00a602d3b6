import { describe, expect, it } from 'vitest';
import { speakersAndOpenings, speakersShown, statementsOf } from './statements.helpers.ts';

describe('a briefing transcript labels its turns in capitals', () => {
  const transcript =
    'Press Briefing\n\n' +
    'MS. PRICE: Good morning. We have two announcements on the Caucasus.\n\n' +
    'The first concerns aid for the families who left their homes.\n\n' +
    'QUESTION: Is the corridor open?\n\n' +
    'MS. PRICE: It is open for now. Our envoy visited the checkpoint, and he said the queues were long.\n\n' +
    'QUESTION: Thank you.\n\n' +
    'NOTE: The briefing ended at 2:14 p.m.\n';

  it('each turn, opening remarks included, is the labelled speaker’s, and runs on to the next label', () => {
    expect(statementsOf(transcript).map((s) => [s.speaker, s.quote.slice(0, 30)])).toEqual([
      ['text:price', 'Good morning. We have two anno'],
      ['text:price', 'The first concerns aid for the'],
      ['text:price', 'It is open for now. Our envoy '],
    ]);
  });

  it('questions and notes are nobody’s statements', () => {
    const quotes = statementsOf(transcript).map((s) => s.quote);
    expect(quotes.some((q) => q.includes('corridor') || q.includes('2:14'))).toBe(false);
  });

  it('a label the gazetteer knows is that official', () => {
    const text = 'QUESTION: Any comment?\n\nMR MILLER: We are watching closely.\n';
    expect(speakersShown(text)).toEqual(['miller']);
  });
});

describe('an answer goes on in the answerer’s own voice', () => {
  it('a next paragraph in the first person with a verb of saying is still the answer', () => {
    const text =
      'Question: What is your view of the report?\n\n' +
      'Answer (Anna Varosyan): The report ignores the facts on the ground.\n\n' +
      'We call on our partners to read it with care.\n\n' +
      'The minister said last week that the border was calm.\n';
    const found = speakersAndOpenings(text);
    expect(found.slice(0, 2)).toEqual([
      ['text:anna-varosyan', 'The report ignores the f'],
      ['text:anna-varosyan', 'We call on our partners '],
    ]);
    // Someone else's saying, reported: not the answerer's words.
    expect(found.slice(2).map(([speaker]) => speaker)).not.toContain('text:anna-varosyan');
  });
});

describe('an interview printed as dash turns, with no names', () => {
  const interview =
    'Daily Courier\n\n' +
    'Interview\n\n' +
    'Defence analyst Marta Hovsepyan spoke to Courier correspondent Ivan Petrov about the ceasefire.\n\n' +
    '— Marta, what changed after the talks in Geneva?\n\n' +
    '— Very little on the ground. The shelling stopped for a week and then resumed.\n\n' +
    '— The ministry says the line is quiet.\n\n' +
    '— I was there on Friday and I heard artillery every night. The mayor told me that two villages had been emptied.\n\n' +
    'Interviewed by Ivan Petrov\n';

  it('every second dash turn is the interviewee’s, the one the lead names apart from the correspondent', () => {
    const found = statementsOf(interview).filter((s) => s.speaker === 'text:marta-hovsepyan');
    expect(found.map((s) => s.quote.slice(0, 24))).toEqual([
      'Very little on the groun',
      'I was there on Friday an',
    ]);
  });

  it('questions, even one with no question mark, and the credit line are no answers', () => {
    const quotes = statementsOf(interview)
      .filter((s) => s.speaker === 'text:marta-hovsepyan')
      .map((s) => s.quote);
    expect(
      quotes.some((q) => q.includes('Geneva') || q.includes('line is quiet') || q.includes('Interviewed')),
    ).toBe(false);
  });

  it('an answer relays another’s saying as theirs', () => {
    const mayor = statementsOf(interview).find((s) => s.quote.startsWith('two villages'));
    expect(mayor?.speaker).not.toBe('text:marta-hovsepyan');
  });

  it('a lead that names two people other than the correspondent gives the answers to no one', () => {
    const two = interview.replace('Defence analyst Marta Hovsepyan', 'Marta Hovsepyan and Aram Sargsyan');
    expect(statementsOf(two).some((s) => s.quote.startsWith('Very little'))).toBe(false);
  });

  it('a dash list that opens with no question is no interview', () => {
    const list =
      'Aram Sargsyan listed the demands.\n\n— Open the road to trucks.\n\n— Release the detainees.\n\n' +
      '— Restore the gas supply.\n\n— Let the monitors in.\n';
    expect(statementsOf(list).some((s) => s.quote.startsWith('Release'))).toBe(false);
  });
});

describe('a broadcast transcript with the outlet’s host and correspondent', () => {
  const broadcast =
    'Transcript\n\n' +
    'MAYA ORTIZ, HOST:\n\n' +
    'Fighting has resumed near the border. Our correspondent Tom Reyes is in Yerevan. Tom?\n\n' +
    'TOM REYES, BYLINE: Good morning, Maya.\n\n' +
    'ORTIZ: What are people there telling you?\n\n' +
    'REYES: The city is tense. Residents say the sirens sounded twice overnight. I met Lusine Hakobyan, a nurse.\n\n' +
    'LUSINE HAKOBYAN: (Through interpreter) We slept in the basement with the children.\n\n' +
    'REYES: She says her husband stayed behind to guard the house.\n\n' +
    '(SOUNDBITE OF SIREN)\n\n' +
    'UNIDENTIFIED PERSON: (Speaking Armenian).\n\n' +
    'REYES: The mayor told reporters the shelters are open all night.\n';

  it('the correspondent’s and the host’s turns are the outlet’s voice, not statements of theirs', () => {
    const speakers = speakersShown(broadcast);
    expect(speakers).not.toContain('text:tom-reyes');
    expect(speakers).not.toContain('text:maya-ortiz');
  });

  it('what the correspondent relays is its sources’ saying', () => {
    const found = statementsOf(broadcast).map((s) => [s.speaker, s.quote.slice(0, 20)]);
    expect(found).toContainEqual(['text:residents', 'the sirens sounded t']);
    expect(found).toContainEqual(['text:mayor', 'the shelters are ope']);
  });

  it('a guest’s turn is the guest’s words, after the interpreter’s note', () => {
    const guest = statementsOf(broadcast).filter((s) => s.speaker === 'text:lusine-hakobyan');
    expect(guest[0]?.quote).toBe('We slept in the basement with the children.');
  });

  it('“she says” in the correspondent’s turn is the guest before, never the correspondent', () => {
    const relayed = statementsOf(broadcast).find((s) => s.quote.startsWith('her husband'));
    expect(relayed?.speaker).toBe('text:lusine-hakobyan');
  });

  it('stage directions and an unidentified voice are nobody’s statements', () => {
    const quotes = statementsOf(broadcast).map((s) => s.quote);
    expect(quotes.some((q) => q.includes('SOUNDBITE') || q.includes('Speaking Armenian'))).toBe(false);
  });
});
