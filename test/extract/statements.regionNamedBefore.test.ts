import { describe, expect, it } from 'vitest';
import { statementsOf } from './statements.helpers.ts';

/**
 * "The region", "the enclave" point back to the region the story named last, also paragraphs
 * before (CONVENTIONS 4): Karabakh's plural authorities, officials or leaders are one body.
 */
describe('"authorities in the region" with no place near: the region the text named last', () => {
  it.each([
    // wire style, the region named in the lead
    'Azerbaijan launched strikes on Nagorno-Karabakh on Tuesday.\n\n' +
      'Heavy shelling was heard through the night.\n\n' +
      'Authorities in the region said more than 4,000 people had been moved from frontline villages.',
    // magazine style, the region named two paragraphs before
    'For nine months the road to Karabakh has been closed.\n\n' +
      'Hospitals have stopped planned operations and bread is rationed.\n\n' +
      "Two shepherds were hurt by gunfire on Sunday, the region's emergency service said.",
    // broadsheet style, "leaders"
    'Tens of thousands have now left Nagorno-Karabakh.\n\n' +
      'Buses queued for hours at the last checkpoint.\n\n' +
      'Ethnic Armenian leaders in the region said the republic would be dissolved by January.',
  ])('%s', (text) => {
    expect(statementsOf(text)[0]?.speaker).toBe('karabakh-authorities');
  });

  it('another region named last stays as written', () => {
    const text =
      'Fighting in Nagorno-Karabakh ended in 2023.\n\n' +
      'Tensions have since moved to the border province of Tavush.\n\n' +
      'Authorities in the region said two villages had been evacuated.';
    expect(statementsOf(text)[0]?.speaker).not.toBe('karabakh-authorities');
  });

  it('a story that never names Karabakh stays as written', () => {
    const text = 'Storms hit the coast on Monday.\n\nOfficials in the region said 40 homes were flooded.';
    expect(statementsOf(text)[0]?.speaker).not.toBe('karabakh-authorities');
  });
});
