import { describe, expect, it } from 'vitest';
import type { SourceDate } from '../../src/corpus/types.ts';
import type { DatedEvent, Entity, Figure, Statement } from '../../src/extract/types.ts';
import { decodeItems, decodeTable, encodeItems, ValueTable } from '../../src/index/store/codec.ts';
import type { DocumentItems } from '../../src/index/store/shapes.ts';

const DOC = 'reuters/2023-09-20';
const BLINKEN: Entity = {
  id: 'blinken',
  name: 'Antony J. Blinken',
  role: 'US Secretary of State',
  kind: 'person',
};
const MILLER: Entity = { id: 'miller', name: 'Matthew Miller', kind: 'person' };
const DISPUTED =
  'year not established: documents telling the same events disagree (2020, 2023); "On September 19" in two of them';
const SEPT_19: SourceDate = {
  precision: 'day',
  month: 9,
  day: 19,
  yearStatus: 'unknown',
  yearReason: DISPUTED,
};
const SEPT_20: SourceDate = {
  precision: 'day',
  year: 2023,
  month: 9,
  day: 20,
  yearStatus: 'stated',
  yearReason: 'the date line gives the year',
};

const statement = (n: number, extra: Partial<Statement> = {}): Statement => ({
  id: `${DOC}#s${n}`,
  docId: DOC,
  speaker: BLINKEN,
  mention: 'the Secretary',
  kind: 'direct',
  quote: { start: 10 * n, end: 10 * n + 8 },
  context: { start: 10 * n - 2, end: 10 * n + 9 },
  sentence: n,
  date: n % 2 ? SEPT_19 : null,
  dateBasis: 'stated in the text',
  ...extra,
});

const event: DatedEvent = {
  id: `${DOC}#e1`,
  docId: DOC,
  date: SEPT_19,
  expression: 'On September 19',
  expressionSpan: { start: 0, end: 15 },
  excerpt: { start: 0, end: 80 },
  sentence: 0,
  scheduled: false,
};

const figure = (n: number, extra: Partial<Figure> = {}): Figure => ({
  id: `${DOC}#f${n}`,
  docId: DOC,
  category: 'displaced',
  number: { text: 'about 5,000', hedge: 'about', value: 5000, low: null, high: null },
  counted: 'people',
  where: null,
  period: { text: 'since September 19', date: SEPT_19 },
  reporter: { entity: null, text: 'the Armenian side' },
  excerpt: { start: 100, end: 160 },
  sentence: 4,
  ...extra,
});

function roundTrip(items: DocumentItems, docId = DOC): { decoded: DocumentItems; tableJson: string } {
  const table = new ValueTable();
  const encoded = JSON.parse(JSON.stringify(encodeItems(docId, items, table)));
  const tableJson = JSON.stringify(table.values);
  return { decoded: decodeItems(docId, encoded, decodeTable(JSON.parse(tableJson))), tableJson };
}

describe('the compact item records', () => {
  it('give back equal statements, events and figures: relays, split quotes, parts, null dates', () => {
    const items: DocumentItems = {
      statements: [
        statement(1, { via: MILLER }),
        statement(2, {
          continuation: [
            { start: 40, end: 52 },
            { start: 60, end: 70 },
          ],
        }),
        statement(3, { kind: 'reported', date: SEPT_20, dateBasis: 'document date' }),
        statement(4, { clause: [{ start: 36, end: 49 }] }),
        statement(5, {
          clause: [
            { start: 50, end: 55 },
            { start: 60, end: 72 },
          ],
        }),
      ],
      events: [event, { ...event, id: `${DOC}#e2`, scheduled: true, date: SEPT_20 }],
      figures: [
        figure(1),
        figure(2, {
          partOf: `${DOC}#f1`,
          reporter: { entity: MILLER, text: 'Miller' },
          period: { text: null, date: null },
        }),
      ],
    };
    expect(roundTrip(items).decoded).toEqual(items);
  });

  it('writes a shared value once: a long yearReason, an entity, a phrase', () => {
    const items: DocumentItems = {
      statements: [1, 2, 3, 4, 5, 6].map((n) => statement(n, { date: { ...SEPT_19 } })),
      events: [],
      figures: [],
    };
    const { tableJson } = roundTrip(items);
    expect(tableJson.split(DISPUTED.slice(0, 40)).length - 1).toBe(1);
    expect(tableJson.split('Antony J. Blinken').length - 1).toBe(1);
    expect(tableJson.split('stated in the text').length - 1).toBe(1);
  });

  it('decoded items that shared a value share one object', () => {
    const { decoded } = roundTrip({ statements: [statement(1), statement(3)], events: [], figures: [] });
    expect(decoded.statements[0]!.speaker).toBe(decoded.statements[1]!.speaker);
    expect(decoded.statements[0]!.date).toBe(decoded.statements[1]!.date);
  });

  it('keeps a field it does not know (an optional field added later) and a richer span, as written', () => {
    const odd = { ...statement(1), confidence: 0.8 } as Statement;
    const richSpan = { ...event, excerpt: { start: 0, end: 80, paragraph: 0 } } as DatedEvent;
    const items: DocumentItems = {
      statements: [statement(0), odd, statement(2)],
      events: [richSpan, event],
      figures: [],
    };
    expect(roundTrip(items).decoded).toEqual(items);
  });

  it('keeps ids that do not start with the document id', () => {
    const items: DocumentItems = {
      statements: [statement(1, { id: 'other-scheme-1' })],
      events: [],
      figures: [figure(1, { partOf: 'elsewhere#f9' })],
    };
    expect(roundTrip(items).decoded).toEqual(items);
  });

  it('refuses a record cut short, so the document is extracted again', () => {
    const table = new ValueTable();
    const encoded = encodeItems(
      DOC,
      { statements: [statement(1), statement(2)], events: [], figures: [] },
      table,
    );
    expect(() => decodeItems(DOC, { ...encoded, v: encoded.v.slice(0, -3) }, table.values)).toThrow();
  });
});
