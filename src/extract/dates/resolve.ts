import type { Season, SourceDate, YearStatus } from '../../corpus/types.ts';
import type { DateMention } from '../types.ts';
import {
  dayNumber,
  daysInMonth,
  easterSunday,
  fourthThursdayOfNovember,
  fromDayNumber,
  SEASON_MONTHS,
} from './calendar.ts';
import { EventMemory } from './eventMemory.ts';
import { fromDayNumberWeekday } from './evidence.ts';
import { type Holiday, OTHER_CALENDAR } from './expressions.ts';
import { dayBounds } from './format.ts';
import type { DocumentYear } from './lending.ts';
import { inPastPerfectClause } from './pastPerfect.ts';
import { isRevisionBasis, isTenseWindowBasis } from './reference.ts';
import type { ScannedDocument, ScannedMention } from './scan.ts';
import { keepTenseReading, pastVerbGovernsDate } from './tense.ts';
import { nearestYearForMonthDay, type ReferenceWindow, weekdayWindow, yearForMonthDay } from './window.ts';

/** Where a resolved date's year comes from. */
interface YearSource {
  year?: number;
  status: YearStatus;
  reason: string;
}

/** A day with or without its year; without one, arithmetic runs in a stand-in year. */
interface Day {
  year?: number;
  month: number;
  day: number;
  source: YearSource;
}

const STAND_IN_YEAR = 2001;

export interface ResolveContext {
  scanned: ScannedDocument;
  window: ReferenceWindow | null;
  documentYear: DocumentYear;
  /** How the document's own date was found, for reasons ("dateline", "Published line"). */
  referenceBasis: string | null;
  now: Date;
  /** Does a year fit the document's own evidence? Given when its year stayed unknown. */
  yearFits?: (year: number) => boolean;
}

/** Resolves every scanned mention against the document's date and year; unresolvable ones are left out. */
export function resolveMentions(ctx: ResolveContext): DateMention[] {
  const out: DateMention[] = [];
  const docSource = documentYearSource(ctx);
  let lastDay: Day | null = null;
  let lastDaySentence = -1;
  /** The mention that gave the last day, for whether a narrator or a quoted speaker told it. */
  let lastDayMention: ScannedMention | null = null;
  /** Where the mention that gave the last day ends, for what stands between it and a later one. */
  let lastDayEnd = -1;
  let lastDayStart = -1;
  /** The last day told opens a span that runs to the present ("since Sunday"). */
  let lastDaySince = false;
  /**
   * The last day told bounds a state ("By 5 October the post had been shared 4,000 times"): the narrative may
   * not stand there, so "the next day" in a later sentence is not counted from it (see stepBeforeBound).
   * In its own sentence it is the state's day ("28,000 by Tuesday evening, up from 13,500 a day earlier"), and
   * "as of the same day" is that day.
   */
  let lastDayBound = false;
  /**
   * The last day the narrative stood on before a bound ("On 29 September the page posted it. By 5 October it had
   * been shared 4,000 times. A channel repeated it the next day."): the bound is a state's day, not a step, so a
   * day counted in the same paragraph after it counts from the step before it.
   */
  let stepBeforeBound: { day: Day; sentence: number; paragraph: number; start: number } | null = null;
  let lastStep: { day: Day; sentence: number; paragraph: number; start: number } | null = null;
  /**
   * A day told as a count's ("as of 8 pm on Thursday, 65,036 had entered"): no step of the narrative, yet the day
   * last named, which "that day" in the next sentence points back to ("had told his cabinet earlier that day").
   */
  let lastAsOf: { day: Day; sentence: number; end: number } | null = null;
  /**
   * The last day was told in a clause with no tense of its own ("Volunteers hand out bread in Goris on
   * September 28."): a caption's or a scene's present, which a quotation after it in its paragraph speaks from.
   */
  let lastDayScene: { paragraph: number } | null = null;
  /** A month or year told after the last day, not containing it: "that day" no longer points back to that day. */
  let dayOutdated = false;
  let carried: Carried | null = null;
  /** "said in 2022 that … in the September clashes": a past year told earlier in the same sentence. */
  let sentenceYear: { year: number; text: string; sentence: number } | null = null;
  /** "The war in autumn 2020 ended …": the period a sentence's subject is dated to, for a day its predicate tells. */
  let subjectPeriod: SubjectPeriod | null = null;
  /** The last quarter or half of a year the text named, for "a year ago", "the year-ago period", "the quarter". */
  let lastPart: NamedPart | null = null;

  /** The week the text last told (its Monday's day number), or the week of the last day told, for "the same week". */
  let lastWeek: { monday: number; source: YearSource; sentence: number; paragraph: number } | null = null;
  /** The last date the text gave with its year, for "that year", "the following month". */
  let antecedent: Antecedent | null = null;
  /** The first day the lead tells its news on (see storyDayOf), for a part of the day told with no day near. */
  let storyDay: Day | null = null;
  /** The lead has told its first day: "have been silent since Tuesday" speaks from the piece's day, and sets none. */
  let storyDayTold = false;

  const restated = restatedYears(ctx.scanned.mentions);
  /** A fronted "Two days after X," waiting for the day its main clause tells. */
  let ahead: { m: ScannedMention; offset: number } | null = null;
  /** The events the text dated to a day so far ("the summit held in Yerevan on November 23"). */
  const memory = new EventMemory<Day>();
  rememberUndatedLead(ctx, docSource, memory);

  for (const m of ctx.scanned.mentions) {
    const form = m.expression.form;
    let date: SourceDate | null = null;
    let established: Day | null = null;
    let namedAgain = false;
    switch (form.kind) {
      case 'calendar': {
        // "September 13 and 14 last year": the year is counted from the reference's, never carried or guessed.
        const toldYear = form.yearOffset === undefined ? undefined : referenceDays(ctx, docSource)?.[0].year;
        const carriedYear =
          form.year === undefined && form.yearOffset === undefined
            ? (carriedSource(carried, m, form) ??
              sentenceYearSource(sentenceYear, m, docSource.year) ??
              subjectPeriodSource(ctx.scanned.doc.text, subjectPeriod, m, form, docSource.year) ??
              restatedSource(restated, form))
            : null;
        const source =
          form.year !== undefined
            ? { year: form.year, status: 'stated' as const, reason: 'year stated in the text' }
            : (carriedYear ?? docSource);
        let year =
          form.year ??
          (form.yearOffset !== undefined
            ? toldYear === undefined
              ? undefined
              : toldYear + form.yearOffset
            : (carriedYear?.year ??
              (source.year !== undefined ? yearFor(form.month, form.day, m, ctx, source.year) : undefined)));
        if (
          form.year === undefined &&
          form.yearOffset === undefined &&
          !carriedYear &&
          year !== undefined &&
          endedAfterPiece(ctx, m, year)
        )
          year--;
        date = calendarDate(form, year, source);
        if (form.day !== undefined && !form.end)
          established = {
            ...(year !== undefined && { year }),
            month: form.month,
            day: form.day,
            source: year === undefined ? source : { ...source, year },
          };
        if (
          form.year !== undefined &&
          form.day !== undefined &&
          m.role === 'text' &&
          m.tense === 'past' &&
          !/^(by|until|till|since)\s/i.test(m.expression.text)
        )
          carried = {
            year: form.year,
            text: m.expression.text,
            paragraph: m.paragraph,
            sentence: m.sentence,
            month: form.month,
            day: form.day,
          };
        break;
      }
      case 'weekday': {
        const day: Day | null = form.fromDiscourse
          ? weekdayFrom(lastDay, form.weekday, form.relation === 'next' ? 1 : -1)
          : form.week !== undefined
            ? (weekdayOfWeek(ctx, form.weekday, form.week, docSource) ??
              (form.week === 0 ? weekdayDay(ctx, m, form.weekday, docSource) : null))
            : form.relation
              ? relativeWeekday(ctx, form.weekday, form.relation, docSource)
              : (weekdayAfterToldSaying(
                  ctx,
                  m,
                  form.weekday,
                  lastDayMention,
                  lastDay,
                  lastDayEnd,
                  docSource,
                ) ?? weekdayDay(ctx, m, form.weekday, docSource));
        if (day) date = form.intoNext ? rangeDate(day, addDays(day, 1)) : dayDate(day);
        established = day;
        break;
      }
      case 'relativeDay': {
        if (form.clauseAhead) {
          ahead = { m, offset: form.offset };
          break;
        }
        // "up 9,600 from a day earlier": a count compared with the day before its own day, which is the one
        // its sentence tells, or the piece's; a span's start ("have arrived since Sunday") is not the count's day.
        const countDay =
          form.anchor === 'discourse' && form.offset < 0 && comparedCount(ctx, m)
            ? lastDaySentence === m.sentence && !lastDaySince
              ? lastDay
              : sameDayReference(ctx, docSource)
            : null;
        if (countDay) {
          date = dayDate(addDays(countDay, form.offset));
          break;
        }
        // "Erdoğan has said …, a day after Baku launched …": a main clause in the present perfect speaks of the
        // piece's own day, so the phrase counts from it, though the sentence gives no day of its own.
        const today =
          form.inSentence && lastDaySentence !== m.sentence && presentPerfectLead(ctx, m)
            ? sameDayReference(ctx, docSource)
            : null;
        // "that day", "the same day" name a day the text gave before, never the piece's own day.
        const asOf =
          form.anchor === 'discourse' &&
          form.offset === 0 &&
          !form.toldDay &&
          lastAsOf &&
          lastAsOf.end > lastDayEnd &&
          lastAsOf.end <= m.expression.start &&
          m.sentence - lastAsOf.sentence <= 1 &&
          lastDayStart >= quoteOpenedAt(ctx, m)
            ? lastAsOf.day
            : null;
        const told: Day | null = form.eventOnly
          ? eventDayOf(ctx, m, form, memory)
          : (today ??
            asOf ??
            countedPastBound(
              ctx,
              m,
              form,
              lastDayBound && !dayOutdated ? stepBeforeBound : null,
              lastDaySentence,
            ) ??
            postStampDay(ctx, m) ??
            saidOnDayOfQuote(ctx, m, lastDayMention, lastDay, lastDayEnd, docSource) ??
            sceneDayOfQuote(
              ctx,
              m,
              docSource,
              lastDayScene && lastDay,
              lastDayEnd,
              lastDayScene?.paragraph,
            ) ??
            (form.anchor !== 'discourse' ||
            dayOutdated ||
            (lastDayBound &&
              lastDaySentence !== m.sentence &&
              form.offset !== 0 &&
              !(form.fronted && m.sentence - lastDaySentence === 1)) ||
            (form.toldDay &&
              !toldDayNear(
                ctx,
                m,
                lastDaySentence,
                lastDayMention,
                !storyDay || (!!lastDay && sameDay(lastDay, storyDay)),
              )) ||
            (form.inSentence && lastDaySentence !== m.sentence) ||
            lastDayStart < quoteOpenedAt(ctx, m)
              ? null
              : (lastDay ??
                ((form.offset === 0 && !form.orPieceDay) || form.toldDay
                  ? null
                  : (referenceDays(ctx, docSource)?.[0] ?? null)))) ??
            // "was shelled in the morning" with no day told near: the day the piece tells its news on, when told
            // as past ("Protests are held in the evening" is no day).
            // A day told paragraphs back is where an earlier thread stood, not this one: it does not bar the piece's.
            (form.orPieceDay && toldAsPast(ctx, m) && !habitQuoted(ctx, m)
              ? form.toldDay &&
                !toldDayNear(
                  ctx,
                  m,
                  lastDaySentence,
                  lastDayMention,
                  !storyDay || (!!lastDay && sameDay(lastDay, storyDay)),
                )
                ? (storyDayOf(ctx, docSource, storyDay) ?? pieceDayUnlessOther(ctx, docSource, null))
                : pieceDayUnlessOther(ctx, docSource, lastDay)
              : null) ??
            // "the defence ministry stated that evening", paragraphs after the lead's "on 16 November" and no other day
            // told since: the evening of the day the story stands on. Not in a quotation (the speaker's own day).
            (form.toldDay &&
            form.offset === 0 &&
            !form.orPieceDay &&
            toldAsPast(ctx, m) &&
            (!lastDay || (storyDay && sameDay(lastDay, storyDay))) &&
            quoteOpenedAt(ctx, m) < 0
              ? storyDayOf(ctx, docSource, storyDay)
              : null) ??
            eventDayOf(ctx, m, form, memory));
        const anchor: Day | null = form.orPieceDay && told ? notAfterPiece(ctx, docSource, told) : told;
        if (anchor) {
          established = addDays(anchor, form.offset);
          date = form.pastInWords ? rangeDate(established, anchor) : dayDate(established);
        } else if (form.night) {
          // "shelled overnight": the night into the piece's day, only when told as past ("will fly overnight" is no day);
          // "last night" says its past itself.
          const past = form.pastInWords || (m.tense === 'past' && m.tenseMarked);
          // "Armenia said on Tuesday that 49 soldiers were killed in overnight shelling": told as past, the night
          // runs into the day its own sentence tells, not the piece's. A day told sentences back is no anchor: the
          // story may have moved to the piece's own night since.
          const into =
            past &&
            !form.pastInWords &&
            m.role === 'text' &&
            lastDaySentence === m.sentence &&
            !lastDaySince &&
            !lastDayBound &&
            // "posted on Thursday and overnight": coordinated, the night is the one after the day, not into it.
            !/^[\s,]*(?:and|or)?\s*$/.test(ctx.scanned.doc.text.slice(lastDayEnd, m.expression.start)) &&
            quoteOpenedAt(ctx, m) < 0
              ? lastDay
              : null;
          // "Oil prices edged higher on Tuesday after overnight clashes": what came after the night is the
          // day's event, so the night is the one into it.
          const before = NIGHT_BEFORE_EVENT.test(
            ctx.scanned.doc.text.slice(Math.max(0, m.expression.start - 12), m.expression.start),
          );
          if (into && !before && toldAsEventDay(ctx, m.sentence, lastDayStart)) {
            // "The blast on Monday evening killed 20, with the injured flown to Yerevan overnight": the day is
            // an event's, told before the night in the clause, and the night is the one after it (row Q's night
            // before is the day of a report: "Armenia said on Tuesday that … overnight").
            date = rangeDate(into, addDays(into, 1));
          } else {
            const ref = into ? ([into, into] as const) : past ? referenceDays(ctx, docSource) : null;
            if (ref && sameDay(ref[0], ref[1])) {
              date = rangeDate(addDays(ref[0], form.offset), ref[0]);
              // The evening before is the day a later "a day earlier" counts from, as before the night was a range.
              if (form.pastInWords) established = addDays(ref[0], form.offset);
            } else if (ref && form.pastInWords) date = rangeDate(addDays(ref[0], form.offset), ref[1]);
          }
        } else if (form.anchor === 'reference' && !speakersDayUnknown(ctx, m)) {
          const ref = referenceDays(ctx, docSource);
          if (ref) {
            const [lo, hi] = ref;
            date = rangeDate(addDays(lo, form.offset), addDays(hi, form.offset));
            if (sameDay(lo, hi)) established = addDays(lo, form.offset);
          }
        }
        break;
      }
      case 'dayOfMonth': {
        // The month of the day the narrative last gave; else the piece's own month, when the day has
        // come by then (a later day of the piece's month may be last month's or one still to come).
        const ref = referenceDays(ctx, docSource);
        const own = ref && sameDay(ref[0], ref[1]) ? ref[0] : null;
        const anchor: Day | null = lastDay ?? (own && form.day <= own.day ? own : null);
        // "resumed on the 30th" in a piece of the 28th is no day of this month: left unresolved.
        const last = form.endDay ?? form.day;
        const ahead = own && anchor && anchor.month === own.month && last > own.day;
        if (
          anchor &&
          last <= daysInMonth(anchor.year ?? STAND_IN_YEAR, anchor.month) &&
          !(ahead && m.tense === 'past')
        ) {
          established = { ...anchor, day: form.day };
          date = rangeDate(established, { ...anchor, day: last });
        }
        break;
      }
      case 'pastSpan': {
        const ref = referenceDays(ctx, docSource);
        if (ref) date = rangeDate(addDays(ref[0], -form.days), ref[1]);
        break;
      }
      case 'relativeWeek': {
        if (form.told) {
          // Only a week or day told in the same or the sentence before: further back "that week" is unclear.
          if (lastWeek && m.sentence - lastWeek.sentence <= 1 && m.paragraph === lastWeek.paragraph)
            date = rangeDate(
              dayFromNumber(lastWeek.monday, lastWeek.source),
              dayFromNumber(lastWeek.monday + 6, lastWeek.source),
            );
          break;
        }
        const scene = quoteSceneDay(ctx, m, lastDayMention, lastDay, lastDayEnd, docSource);
        const ref: [Day, Day] | null = scene ? [scene, scene] : referenceDays(ctx, docSource);
        if (ref && sameDay(ref[0], ref[1]) && ref[0].year !== undefined) {
          const n = dayNumber(ref[0].year, ref[0].month, ref[0].day);
          const monday = n - ((fromDayNumberWeekday(n) + 6) % 7) + 7 * form.offset;
          date = rangeDate(dayFromNumber(monday, ref[0].source), dayFromNumber(monday + 6, ref[0].source));
          if (m.role === 'text')
            lastWeek = { monday, source: ref[0].source, sentence: m.sentence, paragraph: m.paragraph };
        }
        break;
      }
      case 'relativeMonth': {
        const ref = referenceDays(ctx, docSource);
        if (ref && ref[0].month === ref[1].month) {
          const index = ref[0].month - 1 + form.offset;
          const month = (((index % 12) + 12) % 12) + 1;
          const year = ref[0].year === undefined ? undefined : ref[0].year + Math.floor(index / 12);
          date = withYear({ precision: 'month', month }, year, ref[0].source);
        }
        break;
      }
      case 'relativeQuarter': {
        const ref = referenceDays(ctx, docSource);
        if (
          !ref ||
          ref[0].year === undefined ||
          Math.floor((ref[0].month - 1) / 3) !== Math.floor((ref[1].month - 1) / 3)
        )
          break;
        const index = ref[0].year * 4 + Math.floor((ref[0].month - 1) / 3) + form.offset;
        const year = Math.floor(index / 4);
        const first = (index % 4) * 3 + 1;
        date = withYear(
          { precision: 'month', month: first, end: { year, month: first + 2 } },
          year,
          ref[0].source,
        );
        break;
      }
      case 'relativeYear':
        if (form.results && !RESULTS.test(sentenceText(ctx, m.sentence))) break;
        if (docSource.year !== undefined)
          date = withYear({ precision: 'year' }, docSource.year + form.offset, docSource);
        break;
      case 'season':
        if (form.year !== undefined) {
          const { first, last } = SEASON_MONTHS[form.season];
          // Winter runs into the next year: which year its days fall in is not told.
          if (first <= last) subjectPeriod = datesTheSubject(ctx, m, form.year, first, last) ?? subjectPeriod;
        }
        if (form.year !== undefined)
          date = {
            precision: 'season',
            season: form.season,
            year: form.year,
            yearStatus: 'stated',
            yearReason: 'year stated in the text',
          };
        else if (form.latest) {
          // Begun by the piece's day: this year's; not yet begun, last year's when told as past.
          const ref = referenceDays(ctx, docSource)?.[0];
          if (ref?.year === undefined) break;
          const { first, last } = SEASON_MONTHS[form.season];
          // Told as future, a season already over this year is next year's ("would start in the spring", in December).
          const over = first <= last && last < ref.month;
          const year =
            m.tense === 'future' && over
              ? ref.year + 1
              : first <= ref.month || m.tense !== 'past'
                ? ref.year
                : ref.year - 1;
          date = withYear({ precision: 'season', season: form.season }, year, ref.source);
        } else
          date = withYear(
            { precision: 'season', season: form.season },
            docSource.year === undefined
              ? undefined
              : docSource.year + seasonYearOffset(form, referenceDays(ctx, docSource)),
            docSource,
          );
        break;
      case 'decade': {
        if (form.centuryKnown) {
          date = {
            precision: 'decade',
            year: form.decade,
            ...(form.part && { decadePart: form.part }),
            yearStatus: 'stated',
            yearReason: 'decade stated in the text',
          };
        } else {
          const before = docSource.year ?? ctx.now.getUTCFullYear();
          let year = Math.floor(before / 100) * 100 + form.decade;
          if (year > before) year -= 100;
          date = {
            precision: 'decade',
            year,
            ...(form.part && { decadePart: form.part }),
            yearStatus: 'inferred',
            yearReason: `century not stated: the latest such decade before ${before}`,
          };
        }
        break;
      }
      case 'year':
        if (form.end === undefined)
          subjectPeriod = datesTheSubject(ctx, m, form.year, 1, 12, true) ?? subjectPeriod;
        sentenceYear =
          form.end === undefined &&
          m.role === 'text' &&
          m.tense === 'past' &&
          /^in\s/i.test(m.expression.text) &&
          framesTheSentence(ctx.scanned, m)
            ? { year: form.year, text: m.expression.text, sentence: m.sentence }
            : null;
        date = {
          precision: 'year',
          year: form.year,
          ...(form.end && { end: { year: form.end } }),
          yearStatus: 'stated',
          yearReason: 'year stated in the text',
        };
        break;
      case 'present': {
        const ref = referenceDays(ctx, docSource);
        if (ref) date = rangeDate(ref[0], ref[1]);
        break;
      }
      case 'yearPart': {
        const base: Omit<SourceDate, 'yearStatus'> = {
          precision: 'month',
          month: form.first,
          end: { month: form.last },
        };
        if (form.year !== undefined) {
          date = {
            ...base,
            year: form.year,
            end: { year: form.year, month: form.last },
            yearStatus: 'stated',
            yearReason: 'year stated in the text',
          };
        } else if (docSource.year !== undefined) {
          // The part of the document's year, when it has begun by the document's date ("will report its
          // third-quarter results" in October); one not yet begun is last year's when told as past.
          const refMonth = referenceDays(ctx, docSource)?.[0].month;
          const year =
            form.offset !== undefined
              ? docSource.year + form.offset
              : refMonth === undefined
                ? yearFor(form.first, 1, m, ctx, docSource.year)
                : form.first <= refMonth || m.tense !== 'past'
                  ? docSource.year
                  : docSource.year - 1;
          date = withYear({ ...base, end: { year, month: form.last } }, year, docSource);
        }
        // A part of the year not yet begun or told in the future ("losses through the third quarter of 1990",
        // "will result in a fourth-quarter charge") is a forecast: results compare with a part that has ended.
        const ref = referenceDays(ctx, docSource)?.[1];
        const ahead =
          ref?.year !== undefined &&
          date?.year !== undefined &&
          (date.year > ref.year ||
            (date.year === ref.year && (form.first > ref.month || m.tense === 'future')));
        // Results copy reports on its latest quarter: one earlier, named in passing ("after a flat second
        // quarter"), is not what "the year-earlier period" then compares with.
        const older =
          lastPart !== null &&
          date?.year !== undefined &&
          date.year * 12 + form.last < lastPart.year * 12 + lastPart.first &&
          m.paragraph - lastPart.paragraph <= 2;
        if (older) namedAgain = true;
        if (date?.year !== undefined && !ahead && !older)
          lastPart = {
            sentence: m.sentence,
            paragraph: m.paragraph,
            first: form.first,
            last: form.last,
            year: date.year,
            source: docSource,
          };
        break;
      }
      case 'weekOf': {
        const source =
          form.year !== undefined
            ? { year: form.year, status: 'stated' as const, reason: 'year stated in the text' }
            : docSource;
        const year =
          form.year ??
          (source.year === undefined ? undefined : yearFor(form.month, form.day, m, ctx, source.year));
        if (year === undefined) break;
        const n = dayNumber(year, form.month, form.day);
        const monday = n - ((fromDayNumberWeekday(n) + 6) % 7);
        const yearSource = { ...source, year };
        date = rangeDate(dayFromNumber(monday, yearSource), dayFromNumber(monday + 6, yearSource));
        break;
      }
      case 'anaphoric':
        date = anaphoricDate(form, m, antecedent);
        break;
      case 'weekend': {
        const ref = referenceDays(ctx, docSource);
        if (!ref || !sameDay(ref[0], ref[1]) || ref[0].year === undefined) break;
        const n = dayNumber(ref[0].year, ref[0].month, ref[0].day);
        // Saturday of the Monday-to-Sunday week the piece's day falls in.
        const saturday = n - ((fromDayNumberWeekday(n) + 6) % 7) + 5;
        const onIt = n >= saturday;
        const relation = form.relation ?? (onIt ? undefined : m.tense === 'past' ? 'last' : 'next');
        const first =
          relation === 'last'
            ? saturday - (n > saturday + 1 ? 0 : 7)
            : relation === 'next'
              ? saturday + (n >= saturday ? 7 : 0)
              : saturday;
        date = rangeDate(dayFromNumber(first, ref[0].source), dayFromNumber(first + 1, ref[0].source));
        break;
      }
      case 'holiday': {
        const day = holidayDay(form, m, ctx, docSource);
        if (day && form.week && day.year !== undefined) {
          const n = dayNumber(day.year, day.month, day.day);
          const monday = n - ((fromDayNumberWeekday(n) + 6) % 7);
          date = rangeDate(dayFromNumber(monday, day.source), dayFromNumber(monday + 6, day.source));
        } else if (day) {
          established = day;
          date = dayDate(day);
        }
        break;
      }
      case 'namedMonth': {
        const ref = referenceDays(ctx, docSource);
        if (!ref || ref[0].year === undefined) break;
        const { year: refYear, month: refMonth } = ref[0];
        // "last May" said in June is May a year before ("last month" would name the May just gone).
        const year =
          form.relation === 'year'
            ? refYear + form.offset
            : form.relation === 'last'
              ? form.month < refMonth - 1
                ? refYear
                : refYear - 1
              : form.month > refMonth + 1
                ? refYear
                : refYear + 1;
        date = withYear({ precision: 'month', month: form.month }, year, ref[0].source);
        break;
      }
      case 'ago': {
        // A quarter the text named anchors "a year ago" in its sentence, "the year-ago period" in its paragraph
        // or the next, and "a year earlier" when no day was given since: that part of the year, years before.
        // Earnings copy compares with the quarter its lead named for paragraphs on ("net rose to $108.8 million
        // from $90.5 million a year ago"), unless the sentence names another period ("for the nine months").
        const comparesPart: boolean | null =
          lastPart &&
          !form.sameDay &&
          form.count === 1 &&
          form.anchor !== 'part' &&
          m.paragraph - lastPart.paragraph <= 2 &&
          lastPart.sentence >= lastDaySentence &&
          !OTHER_PERIOD.test(sentenceText(ctx, m.sentence));
        // "the quarter" with no other quarter named since points back to the last one, however far.
        const recentPart: boolean | null =
          lastPart &&
          (m.paragraph - lastPart.paragraph <= 1 || (form.anchor === 'part' && form.count === 0)) &&
          (form.anchor === 'part' || (form.anchor === 'discourse' && lastPart.sentence >= lastDaySentence));
        const near = lastPart && (lastPart.sentence === m.sentence || recentPart || comparesPart);
        const movedOff =
          near &&
          lastPart &&
          !/quarter/i.test(m.expression.text) &&
          otherPeriodSince(
            ctx,
            lastPart,
            m,
            form.anchor === 'part' && form.count === 0 && form.year === undefined,
          );
        const anchor: NamedPart | null =
          lastPart &&
          near &&
          !movedOff &&
          !(/\blatest\b/i.test(m.expression.text) && !partEnded(ctx, docSource, lastPart))
            ? lastPart
            : null;
        // Off the quarter ("for the nine months … a year earlier"), the comparison is with that stretch of the
        // year before, which TimeML cannot write: the year is all that is sure.
        if (
          movedOff &&
          lastPart &&
          form.unit === 'year' &&
          !form.part &&
          form.year === undefined &&
          !form.sameDay
        ) {
          date = withYear({ precision: 'year' }, lastPart.year - form.count, lastPart.source);
          break;
        }
        if (form.unit === 'year' && (form.part || anchor)) {
          const part = form.part ?? anchor!;
          const from = anchor
            ? anchor.year
            : docSource.year === undefined
              ? undefined
              : yearFor(part.first, 1, m, ctx, docSource.year);
          if (from === undefined) break;
          const stated = form.year !== undefined;
          const year = form.year ?? from - form.count;
          const yearSource = stated
            ? { status: 'stated' as const, reason: 'year stated in the text' }
            : anchor
              ? anchor.source
              : docSource;
          date = withYear(
            { precision: 'month', month: part.first, end: { year, month: part.last } },
            year,
            yearSource,
          );
          // "the quarter" names that quarter again: what follows compares with it from here.
          if (anchor && form.count === 0 && form.anchor === 'part') namedAgain = true;
          break;
        }
        if (form.anchor === 'part') {
          // "the year-ago period" may be nine months; only "the year-ago quarter" is surely one.
          const quarter =
            form.part || form.year !== undefined || (form.count > 0 && !/quarter/i.test(m.expression.text))
              ? null
              : lastEndedQuarter(ctx, docSource, m);
          if (quarter) {
            const year = quarter.year - form.count;
            date = withYear(
              { precision: 'month', month: quarter.first, end: { year, month: quarter.last } },
              year,
              quarter.source,
            );
            if (form.count === 0) lastPart = { sentence: m.sentence, paragraph: m.paragraph, ...quarter };
          } else if (form.year !== undefined) {
            // "the 1988 period" with no quarter named: the year is all the text says.
            date = {
              precision: 'year',
              year: form.year,
              yearStatus: 'stated',
              yearReason: 'year stated in the text',
            };
          }
          break;
        }
        if (form.anchor === 'discourse') {
          // "moved 2.76 million tonnes in 2023, 86% more than a year earlier": a year its own sentence told
          // before it, over a day an earlier sentence told.
          const yearHere =
            form.unit === 'year' && antecedent?.sentence === m.sentence && lastDaySentence < m.sentence
              ? antecedent
              : null;
          if (yearHere) date = withYear({ precision: 'year' }, yearHere.year - form.count, yearHere.source);
          else if (form.unit === 'year' && lastDay?.year !== undefined)
            date = withYear({ precision: 'year' }, lastDay.year - form.count, lastDay.source);
          // "Three months earlier" counts back from the month just told, as "three months later" counts on.
          else if (form.unit === 'month')
            date = anaphoricDate({ kind: 'anaphoric', unit: 'month', offset: -form.count }, m, antecedent);
          break;
        }
        const ref = referenceDays(ctx, docSource);
        if (!ref || !sameDay(ref[0], ref[1]) || ref[0].year === undefined) break;
        const { year: refYear, month: refMonth, day: refDay, source } = ref[0];
        if (form.unit === 'year') {
          date = form.sameDay
            ? withYear(
                {
                  precision: 'day',
                  month: refMonth,
                  day: Math.min(refDay, daysInMonth(refYear - form.count, refMonth)),
                },
                refYear - form.count,
                source,
              )
            : withYear({ precision: 'year' }, refYear - form.count, source);
        } else {
          const index = refMonth - 1 - form.count;
          const month = (((index % 12) + 12) % 12) + 1;
          const year = refYear + Math.floor(index / 12);
          date = form.sameDay
            ? withYear(
                { precision: 'day', month, day: Math.min(refDay, daysInMonth(year, month)) },
                year,
                source,
              )
            : withYear({ precision: 'month', month }, year, source);
        }
        break;
      }
    }
    if (namedAgain && lastPart) lastPart = { ...lastPart, sentence: m.sentence, paragraph: m.paragraph };
    // "The war of autumn 2020 … in November of that year": a name's year is one "that year" points back to.
    if (date && (m.role === 'text' || m.role === 'name')) antecedent = asAntecedent(date, m) ?? antecedent;
    const aside = established && m.role === 'text' && asideDay(ctx, m, lastDaySentence, lastDayEnd);
    if (!storyDayTold && established && m.role === 'text' && m.paragraph === ctx.scanned.leadParagraph) {
      storyDayTold = true;
      if (!SINCE.test(m.expression.text) && !BOUND.test(m.expression.text)) storyDay = established;
    }
    if (ahead && ahead.m !== m && (m.sentence !== ahead.m.sentence || m.role !== 'text')) ahead = null;
    if (ahead && established && ahead.m !== m && !insidePhrase(ctx, ahead.m, m)) {
      if (mainClauseTells(ctx, ahead.m, m)) {
        const mention = aheadMention(ahead.m, dayDate(addDays(established, ahead.offset)));
        const at = out.findIndex((o) => o.start > mention.start);
        out.splice(at < 0 ? out.length : at, 0, mention);
      }
      ahead = null;
    }
    if (
      established &&
      m.role === 'text' &&
      (form.kind === 'calendar' || form.kind === 'weekday') &&
      !SINCE.test(m.expression.text) &&
      !BOUND.test(m.expression.text) &&
      quoteOpenedAt(ctx, m) < 0
    )
      memory.remember(clauseBefore(ctx, m), established);
    if (established && m.role === 'text' && aside && AS_OF.test(m.expression.text))
      lastAsOf = { day: established, sentence: m.sentence, end: m.expression.end };
    if (established && m.role === 'text' && !aside) {
      lastDay = established;
      lastDaySentence = m.sentence;
      lastDayMention = m;
      lastDayEnd = m.expression.end;
      lastDayStart = m.expression.start;
      lastDaySince = SINCE.test(m.expression.text);
      lastDayBound = BOUND.test(m.expression.text);
      stepBeforeBound = lastDayBound ? lastStep : null;
      lastStep =
        lastDayBound || lastDaySince
          ? null
          : { day: established, sentence: m.sentence, paragraph: m.paragraph, start: m.expression.start };
      lastDayScene = m.tenseMarked ? null : { paragraph: m.paragraph };
      dayOutdated = false;
      if (established.year !== undefined) {
        const n = dayNumber(established.year, established.month, established.day);
        lastWeek = {
          monday: n - ((fromDayNumberWeekday(n) + 6) % 7),
          source: established.source ?? docSource,
          sentence: m.sentence,
          paragraph: m.paragraph,
        };
      }
    } else if (date && m.role === 'text' && form.kind !== 'present' && !aside)
      // "the commissions would meet again in the autumn": a plan still to come is no step of the narrative.
      dayOutdated ||=
        leavesDay(date, lastDay) && !sinceBackground(ctx, m) && !(m.tense === 'future' && m.tenseMarked);
    // The narrative has moved on to a later year ("On May 22, 2015, … the following year … in December"):
    // a month told without its year is no longer surely in the carried one.
    if (carried && date?.year !== undefined && date.year > carried.year && m.role === 'text') carried = null;
    if (!date) continue;
    const mention = mentionOf(m, date);
    if (m.role !== 'text') mention.role = m.role;
    if (
      form.kind === 'pastSpan' ||
      form.kind === 'relativeWeek' ||
      form.kind === 'weekOf' ||
      (form.kind === 'holiday' && form.week)
    )
      mention.duration = true;
    if (form.kind === 'present') mention.present = true;
    keepTenseReading(m.expression, mention);
    out.push(mention);
  }
  return out;
}

/**
 * "Pashinyan has refused to sign the declaration of the summit in Yerevan": a lead told in the present perfect
 * with no date of its own tells the piece's own day's news, so the events its first sentence names are
 * remembered on that day ("said the same day that the summit …").
 */
function rememberUndatedLead(ctx: ResolveContext, docSource: YearSource, memory: EventMemory<Day>): void {
  const { leadParagraph, sentences, mentions, doc } = ctx.scanned;
  if (leadParagraph === null) return;
  if (mentions.some((m) => m.paragraph === leadParagraph && m.role === 'text')) return;
  const first = sentences.find((s) => s.paragraph === leadParagraph);
  const day = sameDayReference(ctx, docSource);
  if (!first || !day) return;
  const text = doc.text.slice(first.start, first.end);
  if (PRESENT_PERFECT_LEAD.test(text)) memory.rememberNamed(text, day);
}

/** The words of the mention's sentence before it. */
function clauseBefore(ctx: ResolveContext, m: ScannedMention): string {
  const sentence = ctx.scanned.sentences.find((s) => s.index === m.sentence);
  return sentence ? ctx.scanned.doc.text.slice(sentence.start, m.expression.start) : '';
}

/**
 * "Tokayev, re-elected three days earlier, … the summit's communique", told after the summit was dated "on
 * November 23" and other dates since: a count from a narrator's day the text no longer stands on is counted
 * from the one event its sentence (else its paragraph) names that the text dated, if it names exactly one.
 */
function eventDayOf(
  ctx: ResolveContext,
  m: ScannedMention,
  form: { anchor: 'reference' | 'discourse'; inSentence?: true; night?: true },
  memory: EventMemory<Day>,
): Day | null {
  if (form.anchor !== 'discourse' || form.inSentence || form.night || m.role !== 'text') return null;
  if (quoteOpenedAt(ctx, m) >= 0) return null;
  const { sentences, doc } = ctx.scanned;
  const own = sentences.find((s) => s.index === m.sentence);
  if (!own) return null;
  const inSentence = memory.recall(doc.text.slice(own.start, own.end), sameDay);
  if (inSentence) return inSentence;
  const paragraph = sentences.filter((s) => s.paragraph === m.paragraph && s.index !== m.sentence);
  return memory.recall(paragraph.map((s) => doc.text.slice(s.start, s.end)).join(' '), sameDay);
}

/**
 * "The clashes, the most serious since the end of the war last autumn, began in the morning": a period a
 * "since" phrase counts from is background to its clause, so the narrative still stands on its day.
 */
function sinceBackground(ctx: ResolveContext, m: ScannedMention): boolean {
  const sentence = ctx.scanned.sentences.find((s) => s.index === m.sentence);
  if (!sentence) return false;
  const before = ctx.scanned.doc.text.slice(
    Math.max(sentence.start, m.expression.start - 80),
    m.expression.start,
  );
  return SINCE_IN_PHRASE.test(before) || SINCE.test(m.expression.text);
}
/** "since" in the phrase the mention ends, with no clause break between. */
const SINCE_IN_PHRASE = /\bsince\b[^,;:()—–]*$/i;

/** "as of October 4": the day a count or a state is given at. */
const AS_OF = /^as\s+of\s/i;
const SINCE = /^since\s/i;
const BOUND = /^by\s/i;

/**
 * "the next day" in the sentence right after a bound ("By 5 October …"), in the paragraph of the day told before
 * the bound: counted from that day. Only a narrator's day past a narrator's bound; anything else gives null.
 */
function countedPastBound(
  ctx: ResolveContext,
  m: ScannedMention,
  form: Extract<ScannedMention['expression']['form'], { kind: 'relativeDay' }>,
  step: { day: Day; sentence: number; paragraph: number; start: number } | null,
  boundSentence: number,
): Day | null {
  if (!step || form.anchor !== 'discourse' || form.offset === 0 || form.toldDay || form.inSentence)
    return null;
  if (m.role !== 'text' || m.sentence === boundSentence || step.paragraph !== m.paragraph) return null;
  if (m.sentence - boundSentence !== 1 || quoteOpenedAt(ctx, m) >= 0) return null;
  return step.day;
}
/**
 * "up 9,600 from a day earlier", "higher than the day before", "compared with the previous day": a count set
 * against an earlier day's. The cue ends right before the relative day (its "from" or "than" may be inside it).
 */
// "an increase of some 4,700 over the previous evening": a change's size, then what it is counted over.
const COMPARED_BEFORE =
  /(?:\b(?:up|down|rose|fell|increased?|decreased?|more|fewer|less|higher|lower)\b[^.;:!?]{0,40}?\s(?:from|than)|\b(?:increase|decrease|rise|drop|jump|gain)\s+of\b[^.;:!?]{0,30}?\sover|\bcompared\s+(?:with|to)|\bagainst)\s+$/i;
const COMPARED_OPENING = /^(?:from|than|over)\s/i;

function comparedCount(ctx: ResolveContext, m: ScannedMention): boolean {
  const { text } = ctx.scanned.doc;
  const start = m.expression.start;
  const before = text.slice(Math.max(0, start - 60), start);
  if (COMPARED_OPENING.test(m.expression.text))
    return COMPARED_BEFORE.test(`${before}${/^\w+\s+/.exec(m.expression.text)![0]}`);
  return COMPARED_BEFORE.test(before);
}

/**
 * "Volunteers hand out bread in Goris on September 28. "We baked 4,000 loaves today," said …": a caption or
 * scene told in the present on a day before the piece's own sets when its quotation was spoken, so the
 * quotation's "today" ("yesterday", "this morning") counts from that day, not from the piece's.
 */
function sceneDayOfQuote(
  ctx: ResolveContext,
  m: ScannedMention,
  source: YearSource,
  scene: Day | null,
  sceneEnd: number,
  sceneParagraph: number | undefined,
): Day | null {
  const form = m.expression.form;
  if (form.kind !== 'relativeDay' || form.anchor !== 'reference' || form.night) return null;
  if (!scene || sceneParagraph !== m.paragraph || scene.year === undefined) return null;
  if (quoteOpenedAt(ctx, m) < sceneEnd) return null;
  const piece = sameDayReference(ctx, source);
  if (!piece || piece.year === undefined) return null;
  const before =
    dayNumber(scene.year, scene.month, scene.day) < dayNumber(piece.year, piece.month, piece.day);
  return before ? scene : null;
}

/**
 * "Pashinyan, speaking at the session on Thursday, said … "There will be war before the end of the week," he
 * said": a quotation opened right after the sentence that tells the day it was spoken on counts its week from
 * that day. Only a narrator's day before the piece's, in the same paragraph, in the quotation's sentence or the
 * one before.
 */
function quoteSceneDay(
  ctx: ResolveContext,
  m: ScannedMention,
  told: ScannedMention | null,
  day: Day | null,
  toldEnd: number,
  source: YearSource,
): Day | null {
  if (!told || !day || day.year === undefined || told.role !== 'text') return null;
  if (told.paragraph !== m.paragraph || m.sentence - told.sentence > 1) return null;
  if (quoteOpenedAt(ctx, m) < toldEnd) return null;
  // A day still to come ("Talks open on Monday. "We hope to finish this week," he said.") is no scene spoken on.
  const piece = sameDayReference(ctx, source);
  if (!piece || piece.year === undefined) return null;
  return dayNumber(day.year, day.month, day.day) < dayNumber(piece.year, piece.month, piece.day) ? day : null;
}

/** A verb of saying or speaking: the sentence before a quotation that has one tells the saying's day. */
const SAYING_VERB =
  /\b(?:said|says|told|tells|spoke|speaks|speaking|wrote|writes|posted|stated|announced|declared|added|replied|addressed)\b/i;

/**
 * "Pashinyan said on Monday: "Today we …"", "Pashinyan spoke to reporters on Monday. "Today we …," he said": a
 * quotation's "today" ("yesterday", "this morning") is the day of the saying (row AU), here the day
 * its own sentence tells before the quotation, or the sentence before when it tells a saying. A day told of
 * something else ("Volunteers handed out bread on September 28.") is not the saying's: the saying keeps the piece's day.
 */
function saidOnDayOfQuote(
  ctx: ResolveContext,
  m: ScannedMention,
  told: ScannedMention | null,
  day: Day | null,
  toldEnd: number,
  source: YearSource,
): Day | null {
  const form = m.expression.form;
  if (form.kind !== 'relativeDay' || form.anchor !== 'reference' || form.night || !told) return null;
  if (told.sentence !== m.sentence && !SAYING_VERB.test(sentenceText(ctx, told.sentence))) return null;
  return quoteSceneDay(ctx, m, told, day, toldEnd, source);
}

/**
 * A quotation's "today" is the speaker's day, which is the piece's own only when the piece prints its day: under
 * an Updated stamp alone, or a date read off the body's tenses, the saying has no knowable day (row AU).
 */
function speakersDayUnknown(ctx: ResolveContext, m: ScannedMention): boolean {
  if (quoteOpenedAt(ctx, m) < 0) return false;
  return isRevisionBasis(ctx.referenceBasis) || isTenseWindowBasis(ctx.referenceBasis);
}

/** How far below a deictic word a post's stamp may stand: a post is a few sentences. */
const POST_REACH = 1200;
/** A quotation closing at the end of its line, and the stamp's line right under it (no blank line between). */
const CLOSES_ABOVE_STAMP = /["”’]\s*\n[ \t]*$/;

/**
 * An embedded post: "Today in Granada, I met with PM @NikolPashinyan …" then, on the line under the quotation,
 * its stamp "5:14 PM · Oct 5, 2023". The post's "today" ("yesterday", "this morning") is the stamp's day, not
 * the day of the piece that reproduces it. A live page's stamps stand apart, a blank line above their posts.
 */
function postStampDay(ctx: ResolveContext, m: ScannedMention): Day | null {
  const form = m.expression.form;
  if (form.kind !== 'relativeDay' || form.anchor !== 'reference' || form.night) return null;
  const text = ctx.scanned.doc.text;
  const stamp = ctx.scanned.mentions.find(
    (s) => (s.role === 'updated' || s.role === 'published') && s.expression.start > m.expression.end,
  );
  if (!stamp || stamp.expression.start - m.expression.end > POST_REACH) return null;
  const stampForm = stamp.expression.form;
  if (stampForm.kind !== 'calendar' || stampForm.year === undefined || stampForm.day === undefined)
    return null;
  const lineStart = text.lastIndexOf('\n', stamp.expression.start - 1) + 1;
  const between = text.slice(m.expression.end, lineStart);
  if (/\n[ \t]*\n/.test(between) || !CLOSES_ABOVE_STAMP.test(between)) return null;
  if (quoteOpenedAt(ctx, m) < 0) return null;
  return {
    year: stampForm.year,
    month: stampForm.month,
    day: stampForm.day,
    source: { year: stampForm.year, status: 'stated', reason: "year stated in the post's stamp" },
  };
}

/** The lead's day stands for the story's this many days before the piece's own at most (wire copy of the day before). */
const STORY_DAY_REACH = 3;

/**
 * "Missiles struck the town on Wednesday, … the wards were full by the evening", in a piece dated Thursday: a
 * part of the day with no day told near it is the day the lead tells the news on, not the piece's own, when the
 * lead's first day falls a few days before the piece's. Null when the lead told no such day.
 */
function storyDayOf(ctx: ResolveContext, source: YearSource, storyDay: Day | null): Day | null {
  const own = sameDayReference(ctx, source);
  if (!storyDay || !own || storyDay.year === undefined || own.year === undefined) return null;
  const back =
    dayNumber(own.year, own.month, own.day) - dayNumber(storyDay.year, storyDay.month, storyDay.day);
  return back >= 0 && back <= STORY_DAY_REACH ? storyDay : null;
}

/** The piece's own day, when the document's date is one day. */
/** The piece's own day, unless the text last told another day (the narrative may still stand there). */
function pieceDayUnlessOther(ctx: ResolveContext, source: YearSource, lastDay: Day | null): Day | null {
  const own = sameDayReference(ctx, source);
  return own && (!lastDay || (lastDay.month === own.month && lastDay.day === own.day)) ? own : null;
}

function sameDayReference(ctx: ResolveContext, source: YearSource): Day | null {
  const ref = referenceDays(ctx, source);
  return ref && sameDay(ref[0], ref[1]) ? ref[0] : null;
}
/**
 * "met today to discuss the operation that Azerbaijan launched on 19 September": a relative clause after the
 * sentence's own day. "that" after a verb of saying opens what was said, no relative clause.
 */
const RELATIVE_CLAUSE =
  /(?:,\s*|\b(?!(?:said|says|told|announced|added|noted|stated|stressed|claimed|reported|warned|insisted|confirmed|believes?|thinks?|argued|recalled|informed|so|now|such)\s)\p{L}+\s+)(?:that|which|who|whose)\s/iu;

/**
 * A day that is not where the narrative stands, so "the previous day", "the next day" do not count from it:
 * a count's "as of" day, or a day told in a relative clause after the day its sentence gave (the main
 * clause's day stays the narrative's).
 */
function asideDay(ctx: ResolveContext, m: ScannedMention, lastSentence: number, lastEnd: number): boolean {
  if (AS_OF.test(m.expression.text)) return true;
  if (m.sentence !== lastSentence || lastEnd > m.expression.start) return false;
  // "said on Thursday that 70,000 had crossed since Sunday": a span's start after the sentence's own day.
  if (SINCE.test(m.expression.text)) return true;
  const between = ctx.scanned.doc.text.slice(lastEnd, m.expression.start);
  return RELATIVE_CLAUSE.test(between) || SINCE_CLAUSE.test(between);
}

/**
 * "told parliament on Wednesday that 105 had died since the fighting erupted on Tuesday": a clause opened
 * by "since" gives the start of what the main clause counts, background to the main clause's day; so does one
 * opened by a possessive ("since Azerbaijan's offensive on Sept. 19") or by a bare noun and its verb ("since
 * fighting over Nagorno-Karabakh resumed on September 27").
 */
const SINCE_CLAUSE =
  /\bsince\s+(?:(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|I|[A-Z][\w-]*['’]s)\s+\S+\s|[a-z]+\s[^,;:.]*\b(?:[a-z]+ed|began|broke\s+out|flared(?:\s+up)?)\s+(?:on\s+)?$)/;

/** "the quarter ended Oct. 31", "the year that ended Sept. 30": a period of results that is over. */
const PERIOD_ENDED_BEFORE =
  /\b(?:quarter|period|half|year|months|weeks)\s+(?:that\s+|which\s+)?ended\s+(?:on\s+)?$/i;

/**
 * A period told as ended cannot end after the piece's own day: placed there, its day is the year before
 * (the slack a stale document date gets elsewhere does not apply to results already reported).
 */
function endedAfterPiece(ctx: ResolveContext, m: ScannedMention, year: number): boolean {
  const form = m.expression.form;
  if (form.kind !== 'calendar' || form.day === undefined) return false;
  const before = ctx.scanned.doc.text.slice(Math.max(0, m.expression.start - 40), m.expression.start);
  if (!PERIOD_ENDED_BEFORE.test(before)) return false;
  const ref = referenceDays(ctx, documentYearSource(ctx))?.[1];
  if (ref?.year === undefined) return false;
  return dayNumber(year, form.month, form.day) > dayNumber(ref.year, ref.month, ref.day);
}

/**
 * A coarser date ("last October", "in 1994") that does not contain the last day told: "that same day" after it
 * has no day to refer to ("killed last October … crossed out that same day").
 */
function leavesDay(date: SourceDate, day: Day | null): boolean {
  if (!day || date.precision === 'day' || day.year === undefined) return false;
  const bounds = dayBounds(date);
  if (!bounds) return false;
  const n = dayNumber(day.year, day.month, day.day);
  return n < bounds.first || n > bounds.last;
}

/** A quarter or half of a year the text named, and where. */
interface NamedPart {
  sentence: number;
  paragraph: number;
  first: number;
  last: number;
  year: number;
  source: YearSource;
}

interface Antecedent {
  sentence: number;
  paragraph: number;
  text: string;
  year: number;
  /** Given when the date names one month (or a day in it). */
  month?: number;
  source: YearSource;
}

/** A date the text gave with one year (and maybe one month), which "that year" may point back to. */
function asAntecedent(date: SourceDate, m: ScannedMention): Antecedent | null {
  const form = m.expression.form;
  if (form.kind === 'present' || form.kind === 'pastSpan' || form.kind === 'relativeWeek') return null;
  if (date.year === undefined || date.yearStatus === 'unknown' || date.precision === 'decade') return null;
  if (date.end?.year !== undefined && date.end.year !== date.year) return null;
  const oneMonth =
    (date.precision === 'day' || date.precision === 'month') &&
    (date.end?.month === undefined || date.end.month === date.month);
  return {
    sentence: m.sentence,
    paragraph: m.paragraph,
    text: m.expression.text,
    year: date.year,
    ...(oneMonth && date.month !== undefined && { month: date.month }),
    source: {
      year: date.year,
      status: date.yearStatus,
      reason: `counted from "${m.expression.text}" just before`,
    },
  };
}

/**
 * "that year", "the following month": counted from a date the text gave in the same sentence or
 * the one before it in the paragraph (or, opening a paragraph, the one that closed the paragraph before).
 * Further back, what "that" points to is unclear: left out.
 */
function anaphoricDate(
  form: Extract<ScannedMention['expression']['form'], { kind: 'anaphoric' }>,
  m: ScannedMention,
  a: Antecedent | null,
): SourceDate | null {
  // "In the autumn of 2020 … she told a journalist that November": a month named reaches back through its paragraph.
  const reach = form.month === undefined ? 1 : Number.POSITIVE_INFINITY;
  // "… on April 11 killed four soldiers. ¶ Later that month, …": a paragraph opening with the anaphor goes on
  // from the sentence that closed the one before. A month named ("that November") stays in its paragraph.
  const opensAfter =
    a !== null && form.month === undefined && a.paragraph !== m.paragraph && m.sentence - a.sentence === 1;
  if (
    !a ||
    !(
      a.sentence === m.sentence ||
      opensAfter ||
      (a.paragraph === m.paragraph && m.sentence - a.sentence <= reach)
    )
  )
    return null;
  if (form.month !== undefined && form.day !== undefined) {
    const year = a.year + form.offset;
    if (form.day > daysInMonth(year, form.month)) return null;
    return withYear({ precision: 'day', month: form.month, day: form.day }, year, a.source);
  }
  if (form.month !== undefined)
    return withYear({ precision: 'month', month: form.month }, a.year + form.offset, a.source);
  if (form.unit === 'year') return withYear({ precision: 'year' }, a.year + form.offset, a.source);
  if (a.month === undefined) return null;
  const index = a.month - 1 + form.offset;
  const month = (((index % 12) + 12) % 12) + 1;
  return withYear({ precision: 'month', month }, a.year + Math.floor(index / 12), a.source);
}

function holidayOn(holiday: Holiday, year: number): { month: number; day: number } {
  switch (holiday) {
    case 'christmas':
      return { month: 12, day: 25 };
    case 'christmasEve':
      return { month: 12, day: 24 };
    case 'newYearsDay':
      return { month: 1, day: 1 };
    case 'newYearsEve':
      return { month: 12, day: 31 };
    case 'thanksgiving':
      return fourthThursdayOfNovember(year);
    case 'easter':
      return easterSunday(year);
  }
}

/**
 * The day of a holiday: in the year the text states, else the one before ("last Christmas") or
 * after ("next Easter") the piece's day, else the one the clause's tense points to.
 */
function holidayDay(
  form: Extract<ScannedMention['expression']['form'], { kind: 'holiday' }>,
  m: ScannedMention,
  ctx: ResolveContext,
  source: YearSource,
): Day | null {
  if (form.holiday !== 'thanksgiving' && form.holiday !== 'newYearsDay' && form.holiday !== 'newYearsEve') {
    if (OTHER_CALENDAR.test(ctx.scanned.doc.text)) return null;
  }
  if (form.year !== undefined) {
    const on = holidayOn(form.holiday, form.year);
    return {
      year: form.year,
      ...on,
      source: { ...source, year: form.year, status: 'stated', reason: 'year stated in the text' },
    };
  }
  if (source.year === undefined) return null;
  if (form.relation) {
    const ref = referenceDays(ctx, source);
    if (!ref || !sameDay(ref[0], ref[1]) || ref[0].year === undefined) return null;
    const n = dayNumber(ref[0].year, ref[0].month, ref[0].day);
    const years = [ref[0].year - 1, ref[0].year, ref[0].year + 1];
    const days = years.map((y) => ({ y, ...holidayOn(form.holiday, y) }));
    const pick =
      form.relation === 'last'
        ? days.filter((d) => dayNumber(d.y, d.month, d.day) < n).at(-1)
        : days.find((d) => dayNumber(d.y, d.month, d.day) > n);
    return pick ? { year: pick.y, month: pick.month, day: pick.day, source: ref[0].source } : null;
  }
  const guess = holidayOn(form.holiday, source.year);
  const year = yearFor(guess.month, guess.day, m, ctx, source.year);
  return { year, ...holidayOn(form.holiday, year), source };
}

/** Has a part of a year ended by the piece's day? "the latest quarter" is one that has. */
function partEnded(ctx: ResolveContext, source: YearSource, part: { year: number; last: number }): boolean {
  const ref = referenceDays(ctx, source)?.[0];
  if (ref?.year === undefined) return true;
  return part.year < ref.year || (part.year === ref.year && part.last < ref.month);
}

/** A period other than a quarter or half, which "a year ago" in the same sentence compares with. */
const OTHER_PERIOD =
  /\b(?:(?:first\s+)?(?:nine|six|three|\d+)\s+months|(?:full|fiscal|calendar)\s+year|for\s+the\s+year|year\s+(?:ended|ending|to\s+date))\b/i;

/**
 * "In the first nine months, net was $306 million, compared with a loss in the 1988 period. The year-ago results
 * included …": a sentence that names another period than the quarter ("nine months", "the fiscal year") moves
 * the comparison off it, in that sentence and the ones after; "the quarter" itself still names the quarter.
 */
function otherPeriodSince(
  ctx: ResolveContext,
  part: NamedPart,
  m: ScannedMention,
  namesPart: boolean,
): boolean {
  if (namesPart) return false;
  for (let i = Math.max(part.sentence, 0); i <= m.sentence; i++) {
    if (i === part.sentence && i !== m.sentence) continue;
    if (OTHER_PERIOD.test(sentenceText(ctx, i))) return true;
  }
  return false;
}

/**
 * "That night", "the previous evening" point back to the day told in their own or the sentence before, or
 * in their own paragraph or the one before it: the narrative stays on its day until another is told.
 */
function toldDayNear(
  ctx: ResolveContext,
  m: ScannedMention,
  daySentence: number,
  told: ScannedMention | null,
  storyThread: boolean,
): boolean {
  if (m.sentence - daySentence <= 1) return true;
  // A day a quoted speaker gave ("last online on November 9," she said) is theirs, not the narrative's.
  if (!told || quoteOpenedAt(ctx, told) >= 0) return false;
  const gap = m.paragraph - told.paragraph;
  // "The ministry said early on July 28 …" / the other side's account / "agreed … later that morning": a
  // paragraph between that tells no date of its own interrupts the story's day without moving it. A later day
  // ("Peskov told journalists on Monday", after a Sunday shooting) is a report's, which an aside does not resume;
  // a habit ("Convoys usually leave in the morning") resumes no day.
  return (
    gap <= 1 ||
    (gap === 2 &&
      storyThread &&
      toldAsPast(ctx, m) &&
      nextMention(ctx, told) === m &&
      accountBetween(ctx, told.paragraph + 1, told.sentence, m.sentence))
  );
}

/**
 * "Two days after a ceasefire brokered on Wednesday evening, the border was quiet on Friday": the day `told`
 * is in the main clause the fronted phrase `m` opens, after the comma that closes the phrase and with no other
 * comma or clause opener between ("…, which began on Monday, the leaders met" tells the event's day).
 */
const CLAUSE_OPENER = /^\s*(?:which|who|whom|whose|that|when|where|while|as|after|before|since|until)\b/i;

/** The event the phrase `m` names still runs to its closing comma: a day told there is its own. */
function insidePhrase(ctx: ResolveContext, m: ScannedMention, told: ScannedMention): boolean {
  const comma = ctx.scanned.doc.text.indexOf(',', m.expression.end);
  return comma < 0 || told.expression.start < comma;
}

function mainClauseTells(ctx: ResolveContext, m: ScannedMention, told: ScannedMention): boolean {
  const text = ctx.scanned.doc.text;
  const comma = text.indexOf(',', m.expression.end);
  const between = text.slice(comma + 1, told.expression.start);
  return !/[,;:—–()"“”]/.test(between) && !CLAUSE_OPENER.test(between);
}

/** A scanned expression dated: its span, its words and its sentence. */
function mentionOf(m: ScannedMention, date: SourceDate): DateMention {
  return {
    start: m.expression.start,
    end: m.expression.end,
    text: m.expression.text,
    date,
    sentence: m.sentence,
  };
}

function aheadMention(m: ScannedMention, date: SourceDate): DateMention {
  const mention = mentionOf(m, date);
  keepTenseReading(m.expression, mention);
  return mention;
}

/** A verb of saying: a sentence holding one tells someone's account, not a step of the narrative. */
const ACCOUNT_VERB =
  /\b(?:said|says|told|tells|stated|states|claimed|claims|accused|accuses|denied|denies|insisted|insists|blamed|blames|according\s+to)\b/i;

/**
 * Every sentence of the paragraph between is someone's account ("Azerbaijan's Defense Ministry said …"): the
 * other side's version of the same events. A narrated step ("Aid arrived.") moves the story on from the day.
 */
function accountBetween(ctx: ResolveContext, paragraph: number, from: number, to: number): boolean {
  const { sentences } = ctx.scanned;
  let seen = false;
  const start = sentences[from]?.index === from ? from : sentences.findIndex((s) => s.index === from);
  for (let i = Math.max(start, 0); i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if (sentence.index <= from || sentence.paragraph !== paragraph) continue;
    if (sentence.index >= to) break;
    if (!ACCOUNT_VERB.test(ctx.scanned.doc.text.slice(sentence.start, sentence.end))) return false;
    seen = true;
  }
  return seen;
}

/** The mention the scan found next after `told`, in text order. */
function nextMention(ctx: ResolveContext, told: ScannedMention): ScannedMention | undefined {
  const { mentions } = ctx.scanned;
  return mentions[mentions.indexOf(told) + 1];
}

const QUOTE_REACH = 2000;

/**
 * Inside a quotation, "that day", "the next morning" are the speaker's: they point back only to a day
 * the quotation itself gave, never to one the text gave before it ("He called me at eleven that
 * night," a mother says, under a table of dates). Where the quotation holding the mention opened, or -1.
 */
function quoteOpenedAt(ctx: ResolveContext, m: ScannedMention): number {
  const { sentences } = ctx.scanned;
  // Back to the paragraph's start, within a bounded reach (a quotation runs a few sentences at most).
  const reach = m.expression.start - QUOTE_REACH;
  let i =
    sentences[m.sentence]?.index === m.sentence
      ? m.sentence
      : sentences.findIndex((s) => s.index === m.sentence);
  while (i > 0 && sentences[i - 1]!.paragraph === m.paragraph && sentences[i - 1]!.start >= reach) i--;
  const from = Math.max(sentences[i]?.start ?? m.expression.start, reach, 0);
  const before = ctx.scanned.doc.text.slice(from, m.expression.start);
  if ((before.split('"').length - 1) % 2 === 1) return from + before.lastIndexOf('"');
  const open = before.lastIndexOf('“');
  return open > before.lastIndexOf('”') ? from + open : -1;
}

/** "President X has said …": a present perfect before the sentence's first comma. */
const PRESENT_PERFECT_LEAD =
  /^[^,;:]*?\b(?:has|have)\s+(?:(?:also|now|already|just)\s+)?\p{Ll}+(?:ed|en|aid|ld|ne|ot|ught|ven|wn|un)\b/u;

function presentPerfectLead(ctx: ResolveContext, m: ScannedMention): boolean {
  const sentence = ctx.scanned.sentences.find((s) => s.index === m.sentence);
  return (
    !!sentence && PRESENT_PERFECT_LEAD.test(ctx.scanned.doc.text.slice(sentence.start, m.expression.start))
  );
}

/** "are usually held", "will meet", "is expected": a present, future or habit before the mention tells no past day. */
const NOT_PAST_BEFORE = /\b(?:is|are|am|will|usually|often|always|normally|typically|every)\b/i;
const SINCE_OPENING = /^since\s/i;

function toldAsPast(ctx: ResolveContext, m: ScannedMention): boolean {
  const sentence = ctx.scanned.sentences.find((s) => s.index === m.sentence);
  if (!sentence || m.tense !== 'past') return false;
  // "There is no bread since morning": a span that began then and runs to the telling, whatever the verb's tense.
  if (SINCE_OPENING.test(m.expression.text)) return true;
  return !NOT_PAST_BEFORE.test(ctx.scanned.doc.text.slice(sentence.start, m.expression.start));
}

/**
 * "They sign in the evening and the rockets come in the morning": inside a quotation, a part of the day in a
 * clause with no past verb is a speaker's habit (row AS), not the day of the piece's news.
 */
function habitQuoted(ctx: ResolveContext, m: ScannedMention): boolean {
  return !m.tenseMarked && quoteOpenedAt(ctx, m) >= 0;
}

function sentenceText(ctx: ResolveContext, index: number): string {
  const sentence = ctx.scanned.sentences.find((s) => s.index === index);
  return sentence ? ctx.scanned.doc.text.slice(sentence.start, sentence.end) : '';
}

/** Words of a company's results, which report on the quarter that ended last. */
const RESULTS_SEASON_DAYS = 45;
const RESULTS =
  /\b(?:net|profit|earnings|revenues?|sales|income|loss|per share|a share|results|operating)\b/i;

/**
 * "the latest quarter", "net fell in the quarter", with no quarter named before: in results copy
 * written in the six weeks after a calendar quarter ended (results season), that quarter. Later
 * in a quarter it may as well be a fiscal quarter, and is left alone rather than guessed.
 */
function lastEndedQuarter(
  ctx: ResolveContext,
  source: YearSource,
  m: ScannedMention,
): { first: number; last: number; year: number; source: YearSource } | null {
  if (!RESULTS.test(sentenceText(ctx, m.sentence))) return null;
  if (m.tense !== 'past' && !/\blatest\b/i.test(m.expression.text)) return null;
  const ref = referenceDays(ctx, source);
  if (!ref || !sameDay(ref[0], ref[1]) || ref[0].year === undefined) return null;
  const current = Math.floor((ref[0].month - 1) / 3);
  const sinceEnd =
    dayNumber(ref[0].year, ref[0].month, ref[0].day) - dayNumber(ref[0].year, current * 3 + 1, 1);
  if (sinceEnd > RESULTS_SEASON_DAYS) return null;
  const index = ref[0].year * 4 + current - 1;
  const first = (index % 4) * 3 + 1;
  return { first, last: first + 2, year: Math.floor(index / 4), source: ref[0].source };
}

function documentYearSource(ctx: ResolveContext): YearSource {
  const y = ctx.documentYear;
  if (y.status === 'stated')
    return {
      year: y.year,
      status: 'stated',
      reason: `year from the document's date${ctx.referenceBasis ? ` (${ctx.referenceBasis})` : ''}`,
    };
  return { ...(y.year !== undefined && { year: y.year }), status: y.status, reason: y.reason };
}

/**
 * A year stated with an event's date earlier in the same or the previous paragraph carries, as it is, to
 * the dates that follow it in that year ("On November 9, 2020, … On November 12, …"). A date earlier in the
 * year than that event may be a flashback or the next year: it is placed from the document's own date.
 */
interface Carried {
  year: number;
  text: string;
  paragraph: number;
  sentence: number;
  month: number;
  day: number;
}

/** "left on September 26, 2023, a week after the offensive on September 19": a day told just before, back. */
const BACK_IN_SENTENCE_DAYS = 31;

function carriedSource(
  carried: Carried | null,
  m: ScannedMention,
  md: { month: number; day?: number },
): YearSource | null {
  if (!carried || m.paragraph - carried.paragraph > 1) return null;
  // "former leaders arrested in September", a paragraph after "on 27 September 2020": a whole month borrows a
  // day's year only within that day's paragraph; past it, the piece's own year is the nearer guess.
  if (md.day === undefined && m.paragraph !== carried.paragraph) return null;
  if (md.month < carried.month || (md.month === carried.month && (md.day ?? 31) < carried.day)) {
    // The text moves on in time, so an earlier day is another year's, unless its own sentence steps back
    // from the dated day by days told in the past ("a week after … on September 19").
    const back =
      (Date.UTC(carried.year, carried.month - 1, carried.day) -
        Date.UTC(carried.year, md.month - 1, md.day ?? 1)) /
      86_400_000;
    const stepsBack =
      md.day !== undefined &&
      m.sentence === carried.sentence &&
      m.role === 'text' &&
      m.tense === 'past' &&
      back <= BACK_IN_SENTENCE_DAYS;
    if (!stepsBack) return null;
  }
  return {
    year: carried.year,
    status: 'inferred',
    reason: `year carried from "${carried.text}" earlier in the text`,
  };
}

/**
 * Each month-day the text writes in full with its year ("will cease to exist on January 1, 2024"), keyed
 * "month-day"; null where it writes that day with two different years.
 */
function restatedYears(
  mentions: readonly ScannedMention[],
): Map<string, { year: number; text: string } | null> {
  const years = new Map<string, { year: number; text: string } | null>();
  for (const m of mentions) {
    const form = m.expression.form;
    if (form.kind !== 'calendar' || form.year === undefined || form.day === undefined || form.end) continue;
    const key = `${form.month}-${form.day}`;
    const had = years.get(key);
    if (had === undefined) years.set(key, { year: form.year, text: m.expression.text });
    else if (had && had.year !== form.year) years.set(key, null);
  }
  return years;
}

/**
 * "a decree ending the republic on January 1" in the standfirst, "will cease to exist on January 1, 2024" in
 * the lead: a day the same document writes in full elsewhere, with one year only, is that day.
 */
function restatedSource(
  restated: Map<string, { year: number; text: string } | null>,
  form: { month: number; day?: number; end?: unknown },
): YearSource | null {
  if (form.day === undefined || form.end) return null;
  const full = restated.get(`${form.month}-${form.day}`);
  if (!full) return null;
  return { year: full.year, status: 'inferred', reason: `the same day is written in full as "${full.text}"` };
}

/** "after overnight clashes", "following overnight shelling": the night came before what the clause tells. */
const NIGHT_BEFORE_EVENT = /\b(?:after|following)\s+$/i;

const SAID_BEFORE = /\b(?:said|told|announced|reported|stated|wrote|claimed|estimated|confirmed)\s+$/i;

/** A report's verb right before the day it tells: "said on Tuesday", "reported early on Wednesday". */
const REPORTED_BEFORE =
  /\b(?:said|says|told|announced|reported|stated|wrote|claimed|confirmed|added|warned|noted|declared)\s+(?:(?:early|late|again)\s+)?$/i;

/**
 * Whether the day told at `dayStart` is an event's, not a report's, inside its clause: neither opening the
 * sentence ("On Tuesday, …" sets the scene of what follows) nor after a verb of saying.
 */
function toldAsEventDay(ctx: ResolveContext, sentenceIndex: number, dayStart: number): boolean {
  const { text } = ctx.scanned.doc;
  const sentence = ctx.scanned.sentences.find((x) => x.index === sentenceIndex);
  if (!sentence || !text.slice(sentence.start, dayStart).trim()) return false;
  return !REPORTED_BEFORE.test(text.slice(Math.max(0, dayStart - 40), dayStart));
}

/**
 * The year frames its sentence: it opens it ("In 2021 the talks failed"), or dates the saying of what
 * follows ("said in 2022 that …"). A year in a modifier ("a program approved in 1987 that …") frames nothing.
 */
function framesTheSentence(scanned: ScannedDocument, m: ScannedMention): boolean {
  const { text } = scanned.doc;
  const at = scanned.sentences[m.sentence];
  const sentence = at?.index === m.sentence ? at : scanned.sentences.find((x) => x.index === m.sentence);
  const { start, end } = m.expression;
  if (sentence && !text.slice(sentence.start, start).trim()) return true;
  return (
    SAID_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
    /^\s+that\b/.test(text.slice(end, end + 6))
  );
}

/**
 * "Officials said in 2022 that 207 servicemen had been killed in the September clashes": a month told in
 * the past after a past year in its own sentence, before the piece's own year, falls in that year.
 */
function sentenceYearSource(
  told: { year: number; text: string; sentence: number } | null,
  m: ScannedMention,
  own: number | undefined,
): YearSource | null {
  if (!told || told.sentence !== m.sentence || m.tense !== 'past' || m.role !== 'text') return null;
  // "had purchased shares through Sept. 29": a bound runs to the day, not back into the year.
  if (/^(?:by|until|till|through|since)\s/i.test(m.expression.text)) return null;
  if (own === undefined || told.year >= own) return null;
  return { year: told.year, status: 'inferred', reason: `year of "${told.text}" earlier in the sentence` };
}

interface SubjectPeriod {
  year: number;
  /** The months the period spans, within its year. */
  first: number;
  last: number;
  text: string;
  sentence: number;
  /** Where the period's mention ends: a day told after it, in its predicate, falls in it. */
  end: number;
}

/**
 * "The 44-day war in autumn 2020 ended", "The fighting in 2016 began": a period in a past year dating
 * the sentence's subject, a definite noun phrase of a few words, right before its past verb.
 */
const SUBJECT_BEFORE_PERIOD = /^(?:The|Its|Their|His|Her|That|This)\s+(?:[\p{L}\d'’-]+\s+){0,4}$/u;
const OTHER_CLAUSE = /[;:]|,\s*(?:and|but|while|whereas|although|though)\s/;
const PERIOD_OPENING = /^(?:in|during)\s/i;
const PAST_VERB_AFTER_PERIOD =
  /^,?\s+(?:(?:was|were|had)\s+)?(?:[a-z]+ed|began|broke|fell|came|went|saw|left|took|won|lost)\b/;
/**
 * "The fighting in 2016 began on April 2": a whole year dates the predicate only when the verb tells where
 * the subject itself began or ended. "The ceasefire in 2020 was violated on September 12" tells what befell
 * it later, in any year after.
 */
const BOUNDARY_VERB_AFTER_PERIOD =
  /^,?\s+(?:began|begun|started|broke\s+out|erupted|ended|finished|concluded|lasted|culminated)\b/;

function datesTheSubject(
  ctx: ResolveContext,
  m: ScannedMention,
  year: number,
  first: number,
  last: number,
  boundaryOnly = false,
): SubjectPeriod | null {
  if (m.role !== 'text' || !PERIOD_OPENING.test(m.expression.text)) return null;
  const { text } = ctx.scanned.doc;
  const at = ctx.scanned.sentences[m.sentence];
  const sentence = at?.index === m.sentence ? at : ctx.scanned.sentences.find((x) => x.index === m.sentence);
  if (!sentence) return null;
  const { start, end } = m.expression;
  if (!SUBJECT_BEFORE_PERIOD.test(text.slice(sentence.start, start))) return null;
  const after = text.slice(end, Math.min(sentence.end, end + 40));
  if (!PAST_VERB_AFTER_PERIOD.test(after)) return null;
  if (boundaryOnly && !BOUNDARY_VERB_AFTER_PERIOD.test(after)) return null;
  return { year, first, last, text: m.expression.text, sentence: m.sentence, end };
}

/**
 * "The 44-day war in autumn 2020 ended with a ceasefire signed on November 10": a day without its year,
 * told in the past in the predicate of a subject dated to a past period, in that period, is that period's.
 */
function subjectPeriodSource(
  text: string,
  period: SubjectPeriod | null,
  m: ScannedMention,
  md: { month: number },
  own: number | undefined,
): YearSource | null {
  if (!period || period.sentence !== m.sentence || m.expression.start < period.end) return null;
  // "The talks in 2022 failed, and the envoys met on March 3": another clause tells of its own subject.
  if (OTHER_CLAUSE.test(text.slice(period.end, m.expression.start))) return null;
  if (m.tense !== 'past' || m.role !== 'text') return null;
  if (/^(?:by|until|till|through|since)\s/i.test(m.expression.text)) return null;
  if (own === undefined || period.year >= own) return null;
  if (md.month < period.first || md.month > period.last) return null;
  return {
    year: period.year,
    status: 'inferred',
    reason: `the sentence's subject is dated "${period.text}", and the day falls in it`,
  };
}

/** `day` undefined: a whole month. A past verb it dates cannot put it (or its first day) after the piece's date. */
function yearFor(
  month: number,
  day: number | undefined,
  m: ScannedMention,
  ctx: ResolveContext,
  year: number,
): number {
  // "the deadline was moved to Nov. 25": told ahead in a past report, the year that puts the day nearest the piece's
  // (a whole month is left to the tense: "demanded a vote in May" may be months either side).
  if (m.toldAhead && day !== undefined && ctx.window?.lo && ctx.window.hi) {
    const nearest = nearestYearForMonthDay({ month, day: day ?? 1 }, ctx.window, year);
    if (nearest !== null) return nearest;
  }
  const placed = m.tenseMarked && placesTheClause(ctx.scanned.doc.text, m.expression);
  return yearForMonthDay({ month, day: day ?? 1 }, m.tense, ctx.window, year, m.tenseMarked, placed);
}

/**
 * "In October, the army withdrew", "told parliament in October that …": a month opening the sentence or
 * closing the verb's words before its "that" dates the past verb itself. At a clause's end it may date a
 * noun still to come ("told oil firms of a cutback in September"); right after the past verb's own words
 * ("the army withdrew from the villages in October") it dates the verb.
 */
function placesTheClause(text: string, e: { start: number; end: number }): boolean {
  return (
    e.start === 0 ||
    /[.!?\n]["”’]?\s*$/.test(text.slice(Math.max(0, e.start - 3), e.start)) ||
    /^\s+that\b/.test(text.slice(e.end, e.end + 6)) ||
    pastVerbGovernsDate(text.slice(Math.max(0, e.start - 70), e.start))
  );
}

function calendarDate(
  form: Extract<ScannedMention['expression']['form'], { kind: 'calendar' }>,
  year: number | undefined,
  source: YearSource,
): SourceDate {
  const base: Omit<SourceDate, 'yearStatus'> = {
    precision: form.day === undefined ? 'month' : 'day',
    month: form.month,
    ...(form.day !== undefined && { day: form.day }),
  };
  if (form.end) {
    const endYear =
      form.end.year ??
      (year === undefined ? undefined : year + ((form.end.month ?? form.month) < form.month ? 1 : 0));
    base.end = {
      ...(endYear !== undefined && { year: endYear }),
      month: form.end.month ?? form.month,
      ...(form.end.day !== undefined && { day: form.end.day }),
    };
  }
  return withYear(base, year, source);
}

function withYear(
  base: Omit<SourceDate, 'yearStatus'>,
  year: number | undefined,
  source: YearSource,
): SourceDate {
  if (year === undefined) return { ...base, yearStatus: 'unknown', yearReason: source.reason };
  return {
    ...base,
    year,
    yearStatus: source.status === 'unknown' ? 'inferred' : source.status,
    yearReason: source.reason,
  };
}

/**
 * "last summer", "next spring" count seasons from the day the piece speaks, not years: "last summer" said in
 * December is this year's, said in July last year's; "next summer" said in January is this year's. Winter runs
 * across two years and keeps the count by years, as does a season when the piece's month is not known.
 */
function seasonYearOffset(
  form: { season: Season; offset?: number; counted?: true },
  days: [Day, Day] | null,
): number {
  const offset = form.offset ?? 0;
  const { first, last } = SEASON_MONTHS[form.season];
  if (form.counted && first > last && days) {
    const [lo, hi] = days.map((d) => winterYearOffset(d.month, last, offset));
    return lo === hi ? lo! : offset;
  }
  if (!form.counted || offset === 0 || first > last || !days) return offset;
  const [lo, hi] = days.map((d) => (offset < 0 ? (last < d.month ? 0 : -1) : first > d.month ? 0 : 1));
  return lo === hi ? lo! : offset;
}

/**
 * A winter bears the year of its December. Told in a given month: "this winter" is the one under way, or the
 * one to come before December; "next winter", "the coming winter" the first one not yet begun ("the coming
 * winter" in October 2020 is winter 2020); "last winter" the last one over.
 */
function winterYearOffset(month: number, lastMonth: number, offset: number): number {
  const inItsNewYear = month <= lastMonth;
  const current = inItsNewYear ? -1 : 0;
  const underWay = inItsNewYear || month === 12;
  if (offset > 0) return current + (underWay ? 1 : 0) + (offset - 1);
  return current + Math.min(offset, 0);
}

/** The first and last day the document may speak from (one day when its date is known). */
function referenceDays(ctx: ResolveContext, source: YearSource): [Day, Day] | null {
  const w = ctx.window;
  if (!w?.lo || !w.hi) return null;
  const hiYear = source.year === undefined ? undefined : source.year + (w.hi.month < w.lo.month ? 1 : 0);
  return [
    { ...(source.year !== undefined && { year: source.year }), ...w.lo, source },
    { ...(hiYear !== undefined && { year: hiYear }), ...w.hi, source },
  ];
}

/** Between 1901 and 2099 the calendar repeats every 28 years: what holds in 28 consecutive years holds in all. */
const CALENDAR_CYCLE = 28;

function weekdayDay(ctx: ResolveContext, m: ScannedMention, weekday: number, source: YearSource): Day | null {
  if (source.year === undefined) return weekdayDayInEveryFittingYear(ctx, m, weekday, source);
  return weekdayDayInYear(ctx, m, weekday, source.year, source);
}

/**
 * Which day a weekday is depends on the year; with the year unknown, a weekday still names a
 * month-day when every year the evidence allows puts it on the same one ("on Monday" in a piece
 * dated October 2 whose other evidence makes October 2 a Monday). Otherwise it gets no day.
 */
function weekdayDayInEveryFittingYear(
  ctx: ResolveContext,
  m: ScannedMention,
  weekday: number,
  source: YearSource,
): Day | null {
  if (!ctx.yearFits) return null;
  const latest = ctx.now.getUTCFullYear();
  let agreed: { month: number; day: number } | null = null;
  let pieceDayFits = false;
  let disagree = false;
  const ref = m.paragraph === ctx.scanned.leadParagraph ? referenceDays(ctx, source) : null;
  const own = ref && sameDay(ref[0], ref[1]) ? ref[0] : null;
  for (let y = latest; y > latest - CALENDAR_CYCLE; y--) {
    if (!ctx.yearFits(y)) continue;
    const day = weekdayDayInYear(ctx, m, weekday, y, source);
    if (!day) return null;
    if (own && own.month === day.month && own.day === day.day) pieceDayFits = true;
    if (agreed && (agreed.month !== day.month || agreed.day !== day.day)) disagree = true;
    agreed ??= { month: day.month, day: day.day };
  }
  // "MOSCOW, Oct 10 (Reuters) - … said on Saturday": with the year unknown, a lead's weekday that may be the
  // dateline's own day or the day before is read as the dateline's day, the news day wire copy tells.
  if (disagree) return pieceDayFits && own ? { month: own.month, day: own.day, source } : null;
  return agreed && { ...agreed, source };
}

function weekdayDayInYear(
  ctx: ResolveContext,
  m: ScannedMention,
  weekday: number,
  year: number,
  source: YearSource,
): Day | null {
  // The lead's narrower window (the piece's day or the day before) yields to the whole week when the weekday is not in it.
  const beforeThePast = m.tense === 'past' && inPastPerfectClause(ctx.scanned.doc.text, m.expression.start);
  for (const narrow of [true, false]) {
    const w = weekdayWindow(ctx.scanned, m, ctx.window, year, narrow, beforeThePast);
    if (!w) return null;
    const days: number[] = [];
    for (let d = w.first; d <= w.last; d++) if (fromDayNumberWeekday(d) === weekday) days.push(d);
    if (days.length === 1) return dayFromNumber(days[0]!, source);
  }
  return null;
}

/** "would", "was to", "were due to": a plan told as it stood on a past day, its days counted from that day on. */
const FUTURE_IN_PAST = /\b(?:would|(?:was|were)\s+(?:(?:due|scheduled|expected|set|supposed)\s+)?to)\b/i;

/**
 * "On March 8, the ministry said the delegation would arrive on Friday", in a piece of a later week: a plan told
 * on a past day the sentence gives is counted from that day (the Friday after March 8), not from the piece's
 * (the coming Friday). Only a day told before the weekday in its own sentence, outside a quotation.
 */
function weekdayAfterToldSaying(
  ctx: ResolveContext,
  m: ScannedMention,
  weekday: number,
  told: ScannedMention | null,
  day: Day | null,
  toldEnd: number,
  source: YearSource,
): Day | null {
  if (!told || !day || day.year === undefined || told.role !== 'text' || told.sentence !== m.sentence)
    return null;
  if (quoteOpenedAt(ctx, m) >= 0 || quoteOpenedAt(ctx, told) >= 0) return null;
  if (!FUTURE_IN_PAST.test(ctx.scanned.doc.text.slice(toldEnd, m.expression.start))) return null;
  const piece = sameDayReference(ctx, source);
  if (!piece || piece.year === undefined) return null;
  const from = dayNumber(day.year, day.month, day.day);
  if (from >= dayNumber(piece.year, piece.month, piece.day)) return null;
  for (let d = from; d < from + 7; d++)
    if (fromDayNumberWeekday(d) === weekday) return dayFromNumber(d, day.source);
  return null;
}

/** "last Monday": the Monday before the document's day (a week back when it is a Monday); "next Monday" the one after. */
function relativeWeekday(
  ctx: ResolveContext,
  weekday: number,
  relation: 'last' | 'next',
  source: YearSource,
): Day | null {
  const ref = referenceDays(ctx, source);
  if (!ref || !sameDay(ref[0], ref[1]) || ref[0].year === undefined) return null;
  const n = dayNumber(ref[0].year, ref[0].month, ref[0].day);
  const step = relation === 'last' ? -1 : 1;
  for (let d = n + step; Math.abs(d - n) <= 7; d += step)
    if (fromDayNumberWeekday(d) === weekday) return dayFromNumber(d, ref[0].source);
  return null;
}

/**
 * "Thursday last week": the weekday of the Monday-to-Sunday week before (-1) or after (1) the document's day's;
 * "this Friday" (0) of its own week. Told on a Sunday, "this Friday" may be the week's past Friday or the
 * coming one: left to the clause's tense (null here).
 */
function weekdayOfWeek(
  ctx: ResolveContext,
  weekday: number,
  week: -1 | 0 | 1,
  source: YearSource,
): Day | null {
  const ref = referenceDays(ctx, source);
  if (!ref || !sameDay(ref[0], ref[1]) || ref[0].year === undefined) return null;
  const n = dayNumber(ref[0].year, ref[0].month, ref[0].day);
  if (week === 0 && fromDayNumberWeekday(n) === 0 && weekday !== 0) return null;
  const monday = n - ((fromDayNumberWeekday(n) + 6) % 7);
  return dayFromNumber(monday + 7 * week + ((weekday + 6) % 7), ref[0].source);
}

/** The weekday strictly before (step -1) or after (+1) a day the text gave, within a week; none without that day. */
function weekdayFrom(from: Day | null, weekday: number, step: -1 | 1): Day | null {
  if (from?.year === undefined) return null;
  const n = dayNumber(from.year, from.month, from.day);
  for (let d = n + step; Math.abs(d - n) <= 7; d += step)
    if (fromDayNumberWeekday(d) === weekday) return dayFromNumber(d, from.source);
  return null;
}

function dayFromNumber(n: number, source: YearSource): Day {
  const d = fromDayNumber(n);
  return { year: d.year, month: d.month, day: d.day, source };
}

function addDays(day: Day, offset: number): Day {
  const n = dayNumber(day.year ?? STAND_IN_YEAR, day.month, day.day) + offset;
  const d = fromDayNumber(n);
  if (day.year === undefined) return { month: d.month, day: d.day, source: day.source };
  return { year: d.year, month: d.month, day: d.day, source: day.source };
}

/**
 * "earlier in the day" after "schools would stay closed on Wednesday": a day still to come is not where the
 * narrative stands; the piece's own day is.
 */
function notAfterPiece(ctx: ResolveContext, source: YearSource, day: Day): Day {
  const ref = referenceDays(ctx, source);
  if (!ref || !sameDay(ref[0], ref[1]) || day.year === undefined || ref[0].year === undefined) return day;
  const after = dayNumber(day.year, day.month, day.day) > dayNumber(ref[0].year, ref[0].month, ref[0].day);
  return after ? ref[0] : day;
}

function sameDay(a: Day, b: Day): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function dayDate(day: Day): SourceDate {
  return withYear({ precision: 'day', month: day.month, day: day.day }, day.year, day.source);
}

function rangeDate(first: Day, last: Day): SourceDate {
  const date = dayDate(first);
  if (!sameDay(first, last))
    date.end = { ...(last.year !== undefined && { year: last.year }), month: last.month, day: last.day };
  return date;
}
