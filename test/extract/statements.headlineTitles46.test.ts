import { describe, expect, it } from 'vitest';
import { buildDocument, isDocument } from '../../src/corpus/document.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { titleAfterVerb } from '../../src/extract/statements/headlineRole.ts';
import { headingStatements } from './statements.helpers.ts';

/** The statements read from the lines above a document's body: speaker and words. */
const readHeading = (text: string, at = '2023-09-21') => headingStatements(text, at);

function headed(headline: string, deck: string, body: string): string {
  return `World\n\n${headline}\n\n${deck}\n\nBy Staff Writer\nPublished 21 September 2023\n\n${body}\n`;
}

/** A body that names the region's ombudsman once, in an apposition after his title. */
const OMBUDSMAN_BODY =
  'Fighting stopped on Wednesday afternoon after a day of shelling.\n\n' +
  'The ombudsman of the region, Gegham Stepanyan, wrote online that at least 27 people had been killed and that the count would grow.';

describe('a title in lower case after the words names its one holder in the body', () => {
  it('"…, says ombudsman": the body calls him "the ombudsman of the region, Name,"', () => {
    expect(
      readHeading(
        headed(
          'Fighting ends in Karabakh. At least 27 dead, says ombudsman',
          'Talks open on Thursday.',
          OMBUDSMAN_BODY,
        ),
      ),
    ).toEqual([['gegham-stepanyan', 'At least 27 dead']]);
  });

  it('"…, the region\'s ombudsman says": an owner\'s possessive before the title', () => {
    expect(
      readHeading(
        headed(
          'Shelling stops',
          "At least 27 people were killed, the region's ombudsman says",
          OMBUDSMAN_BODY,
        ),
      ),
    ).toEqual([['gegham-stepanyan', 'At least 27 people were killed']]);
  });

  it('"…, according to the separatist ombudsman, …": a source after the words, then more of the line', () => {
    expect(
      readHeading(
        headed(
          'Guns fall silent',
          'Baku: "Order restored". At least 27 dead, according to the separatist ombudsman, among them four children',
          OMBUDSMAN_BODY,
        ),
      ),
    ).toContainEqual(['gegham-stepanyan', 'At least 27 dead']);
  });

  it('a body with no holder of the title leaves the headline unattributed', () => {
    expect(
      readHeading(
        headed(
          'Fighting ends. At least 27 dead, says ombudsman',
          'Talks open on Thursday.',
          'Fighting stopped on Wednesday afternoon after a day of shelling.',
        ),
      ),
    ).toEqual([]);
  });

  it('the title phrase: articles, possessives and qualifiers drop; title words and ranks stay', () => {
    expect(titleAfterVerb('ombudsman')).toBe('ombudsman');
    expect(titleAfterVerb("the region's ombudsman")).toBe('ombudsman');
    expect(titleAfterVerb('local ombudsman')).toBe('ombudsman');
    expect(titleAfterVerb('the deputy prime minister')).toBe('deputy prime minister');
    expect(titleAfterVerb('former minister')).toBeNull();
    expect(titleAfterVerb('a spokesman')).toBeNull();
    expect(titleAfterVerb("Armenia's ombudsman")).toBeNull();
    expect(titleAfterVerb('Ombudsman')).toBeNull();
  });
});

describe('a town that seats a government and says speaks for it', () => {
  const BODY =
    'Activists have camped on the road since Monday.\n\n' +
    'The authorities in Stepanakert said that food deliveries had stopped.';

  it('"…, Stepanakert says 120,000 …" (2022): the Karabakh authorities', () => {
    expect(
      readHeading(
        headed('Road blocked for second day, Stepanakert says 120,000 people cut off', 'Talks stall.', BODY),
        '2022-12-14',
      ),
    ).toEqual([['karabakh-authorities', '120,000 people cut off']]);
  });

  it('a town named as a label ("Stepanakert: …") is where, not who', () => {
    expect(
      readHeading(
        headed('Stepanakert: queues for bread grow longer every day', 'Talks stall.', BODY),
        '2022-12-14',
      ),
    ).toEqual([]);
  });
});

describe('", according to <source>" after a deck\'s words', () => {
  const BODY =
    'A fuel depot exploded near the main city of the region on Monday evening.\n\n' +
    'The local authorities said that dozens of people had been killed.';

  it("local authorities placed by the story: the Karabakh authorities; the next sentence is the outlet's", () => {
    expect(
      readHeading(
        headed(
          'Depot blast in Karabakh',
          'More than 200 injured, according to the local authorities. Queues for petrol stretch for miles',
          BODY,
        ),
      ),
    ).toEqual([['karabakh-authorities', 'More than 200 injured']]);
  });

  it("a topic and its colon before the words leave them the outlet's", () => {
    expect(
      readHeading(
        headed('Depot blast', 'Karabakh: more than 200 injured, according to the local authorities', BODY),
      ),
    ).toEqual([]);
  });
});

describe('a plural acronym is a common noun for a group, never a surname', () => {
  function bodySpeakers(body: string): string[] {
    const doc = buildDocument(
      'doc.txt',
      Buffer.from(`World\n\nTalks in Yerevan\n\nBy Staff\n\n${body}\n`, 'utf8'),
    );
    if (!isDocument(doc)) throw new Error('not a document');
    return extractCorpus([doc], new Date('2024-04-20'))
      .byDoc.get(doc.id)!
      .statements.map((s) => s.speaker.id);
  }

  it('"Opposition MPs said …": the opposition MPs, their classifying word kept (CONVENTIONS 5)', () => {
    expect(bodySpeakers('Opposition MPs said the agreement was a surrender.')).toEqual([
      'text:opposition-mps',
    ]);
  });

  it('"Local NGOs said …": the local NGOs', () => {
    expect(bodySpeakers('Local NGOs said the aid had not arrived.')).toEqual(['text:local-ngos']);
  });
});
