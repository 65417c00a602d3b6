/**
 * One synthetic news article: headline, one of several header styles (TASS dateline without a
 * year, Reuters dateline with one, a `Published:` line, a byline with a date, or none), then
 * paragraphs of direct quotes, reported speech, relayed statements, dated events, casualty
 * figures with hedges, numbers that are not casualties, and filler.
 */
import { Random } from './random.ts';
import {
  CITIES,
  EVENT_CLAUSES,
  FIGURE_COUNTED,
  FILLER,
  HEDGES,
  MONTH_NAMES,
  NON_CASUALTY_NUMBERS,
  OUTLETS,
  REPORT_OPENERS,
  REPORTERS,
  SAY_VERBS,
  type SyntheticSpeaker,
  TOPIC_CLAUSES,
  TOPICS,
  WEEKDAYS,
} from './vocabulary.ts';

export interface ArticleContext {
  speakers: readonly SyntheticSpeaker[];
  places: readonly string[];
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** Periods news about the conflict clusters in, with weights. */
const PERIODS: { from: Day; days: number; weight: number }[] = [
  { from: { year: 2020, month: 9, day: 27 }, days: 50, weight: 3 },
  { from: { year: 2021, month: 5, day: 10 }, days: 60, weight: 1 },
  { from: { year: 2022, month: 9, day: 12 }, days: 30, weight: 1 },
  { from: { year: 2022, month: 12, day: 12 }, days: 120, weight: 1 },
  { from: { year: 2023, month: 9, day: 15 }, days: 40, weight: 4 },
  { from: { year: 2024, month: 1, day: 1 }, days: 300, weight: 2 },
];
const TOTAL_WEIGHT = PERIODS.reduce((n, p) => n + p.weight, 0);

function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function weekday(d: Day): string {
  return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]!;
}

function articleDate(random: Random): Day {
  let w = random.next() * TOTAL_WEIGHT;
  for (const p of PERIODS) {
    w -= p.weight;
    if (w < 0) return addDays(p.from, random.int(0, p.days));
  }
  return PERIODS[0]!.from;
}

const monthDay = (d: Day) => `${MONTH_NAMES[d.month - 1]} ${d.day}`;
const fullDate = (d: Day) => `${monthDay(d)}, ${d.year}`;
const iso = (d: Day) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

function quoted(random: Random, text: string): { open: string; close: string; text: string } {
  const style = random.int(0, 9);
  if (style < 5) return { open: '"', close: '"', text };
  if (style < 8) return { open: '“', close: '”', text };
  return { open: '‘', close: '’', text }; // British single quotes
}

function capitalise(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

function clauseAbout(random: Random, topic: string): string {
  return random.pick(TOPIC_CLAUSES[topic]!);
}

function numberWord(random: Random, category: string): string {
  const scale =
    category === 'displaced' || category === 'evacuated'
      ? random.pick([100, 1000])
      : random.pick([1, 10, 100]);
  const n = random.int(2, 99) * scale;
  if (n < 10 && random.chance(0.5))
    return ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n]!;
  return n.toLocaleString('en-US');
}

class ArticleWriter {
  private readonly sentences: string[][] = [[]];
  private mentioned = new Set<SyntheticSpeaker>();

  constructor(
    private readonly random: Random,
    private readonly ctx: ArticleContext,
    private readonly date: Day,
    private readonly topics: string[],
  ) {}

  /** How the text names a speaker: in full the first time, then by surname or a pronoun/role noun. */
  private name(s: SyntheticSpeaker, atStart: boolean): string {
    let written: string;
    if (!this.mentioned.has(s)) {
      this.mentioned.add(s);
      written = s.full;
    } else {
      written = this.random.chance(0.8) || !atStart ? s.short : s.later;
    }
    return atStart ? capitalise(written) : written.replace(/^(The|It|He|She) /, (w) => w.toLowerCase());
  }

  private speaker(): SyntheticSpeaker {
    return this.random.pick(
      this.ctx.speakers.length > 22 && this.random.chance(0.35)
        ? this.ctx.speakers.slice(22)
        : this.ctx.speakers.slice(0, 22),
    );
  }

  private topic(): string {
    return this.random.chance(0.8) ? this.random.pick(this.topics) : this.random.pick(TOPICS);
  }

  /** A date expression relative to the article's date, with or without a year. */
  private when(): string {
    const r = this.random.int(0, 9);
    const back = addDays(this.date, -this.random.int(0, 12));
    if (r < 4) return `On ${monthDay(back)}`;
    if (r < 5) return `On ${fullDate(addDays(this.date, -this.random.int(0, 900)))}`;
    if (r < 6) return 'The next day';
    if (r < 7) return `On ${weekday(back)}`;
    if (r < 8) return 'Last week';
    if (r < 9) return `Since ${monthDay(addDays(this.date, -this.random.int(3, 30)))}`;
    return `In the fall of ${this.random.pick([2020, 2021, 2022, 2023])}`;
  }

  private direct(): string {
    const s = this.speaker();
    const q = quoted(this.random, capitalise(clauseAbout(this.random, this.topic())));
    const verb = this.random.pick(SAY_VERBS);
    const form = this.random.int(0, 4);
    if (form === 0) return `${q.open}${q.text},${q.close} ${this.name(s, false)} ${verb}.`;
    if (form === 1) return `${this.name(s, true)} ${verb}: ${q.open}${q.text}.${q.close}`;
    if (form === 2)
      return `${q.open}${q.text},${q.close} ${this.name(s, false)} ${verb} on ${weekday(this.date)}.`;
    if (form === 3) {
      const second = clauseAbout(this.random, this.topic());
      return `${q.open}${q.text},${q.close} ${this.name(s, false)} ${verb}. ${q.open}${capitalise(second)}.${q.close}`;
    }
    return `${this.name(s, true)} ${verb} that ${q.open}${clauseAbout(this.random, this.topic())}.${q.close}`;
  }

  private reported(): string {
    const s = this.speaker();
    const form = this.random.int(0, 3);
    const clause = clauseAbout(this.random, this.topic());
    if (form === 0) return `${this.name(s, true)} ${this.random.pick(REPORT_OPENERS)} ${clause}.`;
    if (form === 1) return `According to ${this.name(s, false)}, ${clause}.`;
    if (form === 2) return `${capitalise(clause)}, ${this.name(s, false)} said in a statement.`;
    // Someone else is on the other end of the call: nobody phones themselves.
    let other = this.speaker();
    for (let tries = 0; other === s && tries < 8; tries++) other = this.speaker();
    return `In a phone call with ${this.name(other, false)}, ${this.name(s, false)} ${this.random.pick(REPORT_OPENERS)} ${clause}.`;
  }

  private relayed(): string {
    const spokes = this.ctx.speakers.find((s) => s.short === 'Miller') ?? this.speaker();
    const s = this.speaker();
    const q = quoted(this.random, clauseAbout(this.random, this.topic()));
    return `In a separate statement, ${this.name(spokes, false)} said that ${this.name(s, false)} ${this.random.pick(['expressed', 'underscored', 'reiterated'])} ${q.open}${q.text}.${q.close}`;
  }

  private event(): string {
    const clause = this.random.chance(0.7)
      ? this.random.pick(EVENT_CLAUSES)
      : `${this.random.pick(EVENT_CLAUSES).replace(/in the (city|town) of \w+/, '')} near ${this.random.pick(this.ctx.places)}`;
    const when = this.when();
    if (this.random.chance(0.15))
      return `The talks are scheduled for ${monthDay(addDays(this.date, this.random.int(1, 20)))}, officials said.`;
    return `${when}, ${clause}.`;
  }

  private figure(): string {
    const category = this.random.pick(Object.keys(FIGURE_COUNTED));
    const hedge = this.random.pick(HEDGES);
    const number = numberWord(this.random, category);
    const counted = this.random.pick(FIGURE_COUNTED[category]!);
    const head = capitalise(`${hedge ? `${hedge} ` : ''}${number} ${counted}`);
    const place = this.random.chance(0.5)
      ? ` in ${this.random.pick(['Stepanakert', 'Ganja', 'Tartar', 'Goris', 'Shusha', ...this.ctx.places.slice(0, 50)])}`
      : '';
    const period = this.random.chance(0.3)
      ? this.random.pick([
          ' over the past 24 hours',
          ` since ${monthDay(addDays(this.date, -this.random.int(2, 20)))}`,
          ' during the fighting',
        ])
      : '';
    const reporter = this.random.pick(REPORTERS);
    if (this.random.chance(0.3)) {
      return `${head}${place}${period}, ${reporter}, including ${numberWord(this.random, 'killed')} children.`;
    }
    return `${head}${place}${period}, ${reporter}.`;
  }

  private filler(): string {
    if (this.random.chance(0.4)) return `${this.random.pick(NON_CASUALTY_NUMBERS)}.`;
    if (this.random.chance(0.3))
      return `Residents of ${this.random.pick(this.ctx.places)} and ${this.random.pick(this.ctx.places)} reported ${this.random.pick(['shelling', 'power cuts', 'queues for bread', 'military convoys', 'calm'])}.`;
    return this.random.pick(FILLER);
  }

  sentence(): void {
    const r = this.random.next();
    const s =
      r < 0.22
        ? this.direct()
        : r < 0.37
          ? this.reported()
          : r < 0.41
            ? this.relayed()
            : r < 0.6
              ? this.event()
              : r < 0.7
                ? this.figure()
                : this.filler();
    this.sentences[this.sentences.length - 1]!.push(s);
  }

  paragraphBreak(): void {
    this.sentences.push([]);
  }

  body(): string {
    return this.sentences
      .filter((p) => p.length)
      .map((p) => p.join(' '))
      .join('\n');
  }
}

/** Writes article number `index` of a corpus; the same (seed, index) always gives the same text. */
export function writeArticle(seed: number, index: number, ctx: ArticleContext): string {
  const random = new Random((seed * 1_000_003 + index * 7919) >>> 0);
  const date = articleDate(random);
  const topics = [random.pick(TOPICS), random.pick(TOPICS)];
  const writer = new ArticleWriter(random, ctx, date, topics);
  const paragraphs = random.int(7, 12);
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0) writer.paragraphBreak();
    const n = random.int(3, 5);
    for (let i = 0; i < n; i++) writer.sentence();
  }
  const lead = random.pick(ctx.speakers.slice(0, 22));
  const headline = `${capitalise(lead.short)} ${random.pick(['calls for', 'warns about', 'discusses', 'comments on'])} ${topics[0]} in ${random.pick(['Karabakh', 'Nagorno-Karabakh', 'the South Caucasus', ...ctx.places.slice(0, 20)])}`;
  const city = random.pick(CITIES);
  const outlet = random.pick(OUTLETS);
  const body = writer.body();
  switch (random.int(0, 4)) {
    case 0:
      return `${headline}\n${city}, ${monthDay(date)}. /${outlet}/. ${body}\n`;
    case 1:
      return `${headline}\n${city}, ${fullDate(date)} (${outlet}) - ${body}\n`;
    case 2:
      return `${headline}\n\nWorld\n\nPublished: ${iso(date)} ${String(random.int(0, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}\n\n${body.replace(/\n/g, '\n\n')}\n`;
    case 3:
      return `${headline}\nBy ${random.pick(['Anna Petrosyan', 'Rufat Aliyev', 'Jane Smith', 'Marc Dupont'])}\n${fullDate(date)}\n${body}\n`;
    default:
      return `${headline}\n${body}\n`;
  }
}
