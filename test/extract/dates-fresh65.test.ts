import { describe, expect, it } from 'vitest';
import { events } from '../corpus/dateLayouts.helpers.ts';

/** Pages written for these tests. */
const page = (body: string) =>
  `World\n\nTalks end without a deal\n\nThe ministers will meet again.\n\nBy Jane Roe\n6 December 2023, 17:45\n\n${body}\n`;

describe('"since morning": a span that began then and runs to the telling', () => {
  it("in a quote told in the present, the day the speaker tells it, the piece's own", () => {
    const text = page(
      'The ministers met in Vienna on Wednesday.\n\n"There is no water since morning," a resident told the paper by phone.',
    );
    expect(events(text)).toMatchObject({ 'since morning': '2023-12-06' });
  });
});

describe('an open question in the simple present asks what is still to come', () => {
  it('"whether the treaty follows in the spring", said in December, is next spring', () => {
    const text = page(
      'The ministers met in Vienna on Wednesday.\n\n"The question is whether the treaty follows in the spring," said one analyst.',
    );
    expect(events(text)).toMatchObject({ 'in the spring': 'spring 2024' });
  });

  it("with a past verb in the question, the spring is this year's", () => {
    const text = page(
      'The ministers met in Vienna on Wednesday.\n\nIt is unclear whether the envoy travelled to Baku in the spring.',
    );
    expect(events(text)).toMatchObject({ 'in the spring': 'spring 2023' });
  });
});

describe('a date a paper bears after "dated" is no event', () => {
  it('"an internal note dated 2 December"', () => {
    const text = page(
      'The ministers met in Vienna on Wednesday. The paper has seen an internal note of the agency dated 2 December.',
    );
    expect(events(text)).not.toHaveProperty('2 December');
    expect(events(text)).toMatchObject({ 'on Wednesday': '2023-12-06' });
  });
});
