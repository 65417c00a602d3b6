import { describe, expect, it } from 'vitest';
import { saidInPiece as said } from './statements.helpers.ts';

describe('"states" after a kind of state is the noun, no saying', () => {
  it.each([
    'Most Southern states that will vote next month have large rural populations.',
    'Coastal states swing toward the incumbent in most years.',
    'Other Gulf states that buy its gas have kept quiet.',
    'In the bloc, Baltic states that border Russia pressed for more troops.',
    'Two other battleground states where turnout fell are now in doubt.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each([
    ['The report states that the border was closed in March.', 'The report: the border was closed in March'],
    ['The treaty clearly states the border must stay open.', 'The treaty: the border must stay open'],
    ['The Kremlin states that the peacekeepers will stay.', 'The Kremlin: the peacekeepers will stay'],
  ])('a document or a body that states: %s', (text, want) => {
    expect(said(text)).toEqual([want]);
  });
});
