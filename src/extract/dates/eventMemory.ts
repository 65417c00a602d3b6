/**
 * A document's memory of the events it dated: "the summit held in Yerevan on November 23" remembers the summit
 * on that day, so "Tokayev, re-elected three days earlier, … the summit's communique" can count from it when no
 * day the text told last is there to count from. Precision over recall: an event is recalled only when the
 * nouns near the counted expression name one remembered day, never two.
 */

/** Head nouns of events a writer dates and then counts from. */
const EVENT_HEAD =
  /\b(summit|truce|ceasefire|offensive|attack|talks|meeting|shooting|shootout|blockade|referendum|election|elections|operation|visit|parade|vote|signing)\b/giu;

/** An event head in the clause right before a date: no clause break and a few words at most between. */
const HEAD_BEFORE_DATE = new RegExp(`${EVENT_HEAD.source}(?:\\s+[^\\s,;:()—–"“”]+){0,6}\\s+$`, 'iu');

/** An event and the day the text told it on. */
interface RememberedDay<D> {
  head: string;
  day: D;
}

export class EventMemory<D> {
  private readonly events: RememberedDay<D>[] = [];

  /** Remembers the event the clause before a day-precise date names, if it names one. */
  remember(clauseBefore: string, day: D): void {
    const m = HEAD_BEFORE_DATE.exec(clauseBefore);
    if (m) this.events.push({ head: m[1]!.toLowerCase(), day });
  }

  /** Remembers every event `text` names on `day`: a lead that tells the piece's own news with no date of its own. */
  rememberNamed(text: string, day: D): void {
    for (const m of text.matchAll(EVENT_HEAD)) this.events.push({ head: m[1]!.toLowerCase(), day });
  }

  /**
   * The one remembered day the event nouns of `text` point to; null when they name none, or events
   * remembered on more than one day (`same` compares two days).
   */
  recall(text: string, same: (a: D, b: D) => boolean): D | null {
    const heads = new Set([...text.matchAll(EVENT_HEAD)].map((m) => m[1]!.toLowerCase()));
    if (heads.size === 0) return null;
    const days = this.events.filter((e) => heads.has(e.head)).map((e) => e.day);
    const first = days[0];
    if (first === undefined || days.some((d) => !same(d, first))) return null;
    return first;
  }
}
