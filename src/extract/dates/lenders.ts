import type { DocumentYear, LendingInput } from './lending.ts';
import type { ScannedMention } from './scan.ts';
import { mentionMonthDay, yearForMonthDay } from './window.ts';

/** A dated event told in the running text of a document: "On September 19, …". */
export interface Telling {
  /** Position in corpus order (documents in input order, then mentions in text order). */
  order: number;
  input: LendingInput;
  mention: ScannedMention;
}

/** A telling in a document whose year is known, with the year of the event it tells. */
export interface Lender {
  telling: Telling;
  eventYear: number;
  year: DocumentYear;
}

/** "9-19": the month and day a telling dates, the key lenders are filed under. */
export function tellingKey(m: ScannedMention): string | null {
  if (m.role !== 'text') return null;
  const md = mentionMonthDay(m);
  return md ? `${md.month}-${md.day}` : null;
}

/**
 * Tellings of documents with a known year, filed by month-day and then by the year of the event,
 * each list in corpus order. A borrower telling September 19 meets only the lenders of September
 * 19, one list per year they date it to.
 */
export class LenderIndex {
  private readonly byKey = new Map<string, Map<number, Lender[]>>();
  private readonly tellingsOf = new Map<LendingInput, Telling[]>();

  constructor(inputs: LendingInput[]) {
    let order = 0;
    for (const input of inputs) {
      const tellings: Telling[] = [];
      for (const mention of input.scanned.mentions)
        if (tellingKey(mention)) tellings.push({ order: order++, input, mention });
      this.tellingsOf.set(input, tellings);
    }
  }

  /** Files a document's tellings once its year is known; returns the month-day keys it now lends under. */
  add(input: LendingInput, year: DocumentYear): string[] {
    if (year.year === undefined) return [];
    const keys: string[] = [];
    for (const telling of this.tellingsOf.get(input) ?? []) {
      const key = tellingKey(telling.mention)!;
      const lender: Lender = { telling, eventYear: eventYearOf(telling, year.year), year };
      let byYear = this.byKey.get(key);
      if (!byYear) this.byKey.set(key, (byYear = new Map()));
      const list = byYear.get(lender.eventYear);
      if (!list) byYear.set(lender.eventYear, [lender]);
      else insertInOrder(list, lender);
      keys.push(key);
    }
    return keys;
  }

  /** Lenders of a month-day, one list per event year, each in corpus order. */
  lendersOf(key: string): ReadonlyMap<number, readonly Lender[]> | undefined {
    return this.byKey.get(key);
  }

  /** The month-day keys a document tells. */
  keysOf(input: LendingInput): string[] {
    return (this.tellingsOf.get(input) ?? []).map((t) => tellingKey(t.mention)!);
  }
}

/** The year of the event a telling dates, in a document written in `documentYear`. */
function eventYearOf(telling: Telling, documentYear: number): number {
  const form = telling.mention.expression.form;
  if (form.kind === 'calendar' && form.year !== undefined) return form.year;
  return yearForMonthDay(
    mentionMonthDay(telling.mention)!,
    telling.mention.tense,
    telling.input.window,
    documentYear,
  );
}

function insertInOrder(list: Lender[], lender: Lender): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.telling.order < lender.telling.order) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, lender);
}
