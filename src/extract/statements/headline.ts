import type { CorpusDocument } from '../../corpus/types.ts';
import { isCountryName } from '../entities/countryNames.ts';
import { OWNER_DEMONYM } from '../entities/demonyms.ts';
import { normaliseName, slug } from '../entities/normalise.ts';
import { qualifiedBody } from '../entities/qualifiedBodies.ts';
import { officialsOf, type RoleDate, resolveEntityAt } from '../entities/resolve.ts';
import { textEntity } from '../entities/textEntity.ts';
import type { DocumentTimeline, Entity, Span, Statement } from '../types.ts';
import { allMatchesNearCue } from './allMatches.ts';
import { describedHolder, describesPerson } from './describedHolder.ts';
import { asHeadlineStatement } from './headingLine.ts';
import { bothBodies, headlineBody, namesBodyByNoun } from './headlineBody.ts';
import { bareTitle, headlineRole, roleHolder, titleAfterVerb, titleHolder } from './headlineRole.ts';
import { withoutPlace } from './headlineSetting.ts';
import { surnameWrittenInFull } from './headlineSurname.ts';
import { localAuthorities } from './localAuthorities.ts';
import { tag } from './nounPhrase.ts';
import { otherStateGovernment } from './otherStates.ts';
import { sharedSubjectSaying } from './sharedSubject.ts';
import { reportsToll } from './tollReported.ts';

const LOWER_CASE_LETTER = /\p{Ll}/u;
const CAPITAL_LETTERS = /\p{Lu}/gu;
const WORD_OF_LETTERS = /\p{L}[\p{L}'’]*/gu;
const SENTENCE_END_IN_A_LINE = /(?<=\p{Ll}{2})[.!?;]\s+(?=\p{Lu})/gu;
/** "Karabakh talks: …": up to four capitalised words (and "and", "of", "the") and a colon before lower case. */
const TOPIC_LABEL =
  /^((?:\p{Lu}[\p{L}\p{M}'’-]*|and|of|the)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|and|of|the)){0,3}):\s+(?=\p{Ll})/u;

/**
 * An agency headline that names its speaker: "Papikyan: Armenia has lost 105 servicemen",
 * "Armenia does not plan to leave the CSTO - Grigoryan". Filed as the named speaker's statement
 * only when the name part is short and names someone the gazetteer knows or the body quotes
 * (one person, never a namesake), and the words part is a clause: "Karabakh: the exodus in
 * numbers", "Analysis: …" give nothing. A line in Title Case or capitals reads as in sentence case
 * when a verb of saying, a role, or a person or organisation beside the words marks it as said.
 */

/** A name part longer than this is a phrase, not a speaker ("Armenian Defence Minister Suren Papikyan"). */
const MAX_NAME_WORDS = 5;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}.’'&-]*|of|the|for|and|on)$/u;
/** Words before a surname that leave who it is unchanged ("Defense Minister Papikyan", "FM Mirzoyan"). */
const ROLE_WORDS = new Set(
  (
    'minister ministry president prime foreign defense defence fm pm mfa mod deputy spokesperson spokesman ' +
    'spokeswoman ombudsman chairman chair speaker head chief leader ambassador envoy secretary general mp ' +
    'commissioner senator governor archbishop bishop patriarch director professor dr mr mrs ms ' +
    'mayor commander security council adviser advisor assistant aide of the us eu un armenian azerbaijani ' +
    'russian turkish iranian french german american georgian british kremlin'
  ).split(' '),
);
const QUOTE_PAIR: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’', "'": "'" };

interface HeadlineShape {
  name: Span;
  words: Span;
  /** The speaker already read from the name: one of the two bodies "both foreign ministries" names. */
  given?: Entity;
  /** Read from a verb of saying ("Armenia says …"), not a label: a country's name is its government. */
  says?: boolean;
  /** A role alone ("PM", "foreign ministry spokesman"): its holder in the body speaks (headlineRole.ts). */
  role?: RegExp;
  /**
   * The line is in Title Case by the outlet's style, not a label's: a capitalised verb of saying
   * ("…, PM Says") or a role after the words ("…: FM") marks it as said, so its words are read
   * as a sentence (see isClause).
   */
  titleCase?: boolean;
  /** "Separatist officials say …": officials named by their side or seat, not by name. */
  group?: boolean;
  /** "Families of missing soldiers say …": people named by what they are, the group's head noun. */
  lay?: string;
  /** A title alone ("Ombudsman", "Deputy Prime Minister"): its one holder in the body speaks (headlineRole.ts). */
  title?: string;
  /** A name after words that describe a person ("Aliyev's adviser Hajiyev"): only a person speaks. */
  person?: boolean;
  /** "Chinese expert says …": someone unnamed, who speaks only as the body names them (bodyNamedSpeaker). */
  unnamed?: boolean;
  /**
   * The words stand before their attribution ("Dozens dead, says ombudsman"): they are a clause,
   * its copula dropped at most; after the verb ("Yerevan reports 40 dead") they may be its object.
   */
  fronted?: boolean;
  /**
   * The verb is "say" itself: it passes words on, never a count as a thing, so "Baku says nine
   * dead" is the clause "nine are dead" as "Nine dead, Baku says" is (a figure and a statement).
   */
  plainSay?: boolean;
  /** The words are a quoted fragment in what the speaker names or does ("blames Armenian "provocation""): one word is said. */
  fragment?: boolean;
}

export interface HeadlineInput {
  doc: Pick<CorpusDocument, 'id' | 'text' | 'bodyStart' | 'meta'>;
  /** The body's statements, speakers already joined per document (see entities/identity.ts). */
  body: readonly Statement[];
  canonical: (e: Entity) => Entity;
  timeline: DocumentTimeline;
  at: RoleDate;
}

/**
 * "Shoigu: Peacekeepers Have Taken Control Of …": a name set beside the words that is a person's or
 * an organisation's marks the line as said, whatever the outlet's case style, as "Says" does. A
 * place or a country before a colon may be the topic ("Karabakh: The Long Road Home"), so only a
 * verb of saying or a role marks those lines.
 */
function titleCased(shape: HeadlineShape, speaker: Entity): boolean {
  if (shape.titleCase) return true;
  return !shape.says && !shape.group && (speaker.kind === 'person' || speaker.kind === 'organisation');
}

/**
 * The statements of the lines above the body: the headline, then each deck or subtitle line
 * (a page's title is not always the headline its metadata names), one statement a line at most.
 */
export function headlineStatements(read: HeadlineInput): Statement[] {
  const given = withLeadingTitle(read);
  if (!given) return [];
  const titled = withCapitalLinesTitled(given.doc.text, given.doc.bodyStart);
  const input = titled === given.doc.text ? given : { ...given, doc: { ...given.doc, text: titled } };
  const found: Statement[] = [];
  for (const line of headingLines(input.doc)) {
    const onLine: Statement[] = [];
    // A line set in capitals reads as Title Case, whatever its shape.
    const capitals =
      given.doc.text.slice(line.start, line.end) !== input.doc.text.slice(line.start, line.end);
    const shapes = [line, ...laterSentences(input.doc.text, line)]
      .flatMap((part) => headlineShapes(input.doc.text, part))
      .flatMap((shape) => eachOfBoth(shape, input))
      .map((shape) => (capitals ? { ...shape, titleCase: true } : shape));
    for (const shape of shapes) {
      // A second reading of the same words is no second statement; a second speaker of the
      // same words ("Armenia and Azerbaijan say …") or other words ("…, while Baku says …") is.
      if (
        onLine.some((s) => overlaps(s.quote, shape.words) && !sameSpan(s.quote, shape.words, input.doc.text))
      )
        continue;
      const read = statementOf(input, line, shape, found.length + 1);
      // The mention is the outlet's own spelling, in capitals if so set.
      const statement =
        read && capitals
          ? { ...read, mention: given.doc.text.slice(shape.name.start, shape.name.end) }
          : read;
      if (!statement || onLine.some((s) => s.speaker.id === statement.speaker.id)) continue;
      onLine.push(statement);
      found.push(statement);
    }
  }
  return found;
}

/**
 * "Trump Says He Never Pledged To …" as the first line of a text with no header: a line in Title
 * Case with a capitalised verb of saying is the outlet's headline, never a body sentence (no
 * sentence capitalises every word), so it is read as the header it is; null when the body already
 * reads a statement there. Texts with a header are read as they are.
 */
function withLeadingTitle(given: HeadlineInput): HeadlineInput | null {
  if (given.doc.bodyStart > 0) return given;
  const first = /^[^\n]+(?=\n\s*\n)/u.exec(given.doc.text)?.[0];
  if (!first || !LEADING_TITLE_VERB.test(first) || !titleCaseLine(first)) return null;
  if (given.body.some((s) => s.quote.start < first.length)) return null;
  return { ...given, doc: { ...given.doc, bodyStart: first.length } };
}

const LEADING_TITLE_VERB = /\s(?:Says|Said|Tells|Warns|Claims|Insists)\s/u;

/** Every word of four letters or more capitalised, six words at least: a Title Case line. */
function titleCaseLine(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? [];
  return line.split(/\s+/).length >= 6 && words.length > 0 && words.every((w) => CAPITAL_START.test(w));
}

/** Acronyms an all-capitals line keeps as they are when its words are title-cased. */
const ACRONYMS = new Set('US USA UK UN EU PM FM MFA MOD CSTO OSCE NATO ICRC PACE UAE OK CIS'.split(' '));

/**
 * "THE TEXT IS ALMOST AGREED, THE FOREIGN MINISTRY SAYS": a line above the body set in capitals is
 * read as the Title Case line it stands for ("The Text Is Almost Agreed, The Foreign Ministry
 * Says"); the text keeps its length, so every span still points at the outlet's own words.
 */
function withCapitalLinesTitled(text: string, bodyStart: number): string {
  const head = text.slice(0, bodyStart);
  const titled = head.replace(/[^\n]+/g, (line) =>
    LOWER_CASE_LETTER.test(line) || (line.match(CAPITAL_LETTERS)?.length ?? 0) < 12
      ? line
      : line.replace(WORD_OF_LETTERS, (w) => (ACRONYMS.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase())),
  );
  return titled.length === head.length && titled !== head ? titled + text.slice(bodyStart) : text;
}

/**
 * "Leaders meet in Almaty. Tokayev: "…"": a heading of two sentences may set its speaker's name at
 * the second one's start; each later sentence is read as a line of its own too. A full stop after
 * a short word ("U.S.", "Dr.") ends no sentence. A semicolon sets the second item apart as a full
 * stop does ("Moscow closes its mission; Baku: "…"").
 */
function laterSentences(text: string, line: Span): Span[] {
  const words = text.slice(line.start, line.end);
  return [...words.matchAll(SENTENCE_END_IN_A_LINE)].map((m) => ({
    start: line.start + m.index + m[0].length,
    end: line.end,
  }));
}

/**
 * "Azerbaijan launched an offensive. Dozens dead, says ombudsman": a trailing attribution reaches
 * back to its own sentence's start; the sentence before it is the outlet's. 0 for one sentence.
 */
function lastSentenceAt(words: string): number {
  let at = 0;
  for (const m of words.matchAll(SENTENCE_BREAK)) at = m.index + m[0].length;
  return at;
}
const SENTENCE_BREAK = /(?<=\p{Ll}{2}["”»’']?)[.!?]\s+(?=\p{Lu})/gu;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The statement's words are the shape's words, marks and white space aside. */
function sameSpan(quote: Span, words: Span, text: string): boolean {
  const said = saidSpan(text, words);
  return !!said && said.quote.start === quote.start && said.quote.end === quote.end;
}

/** "both foreign ministries say …": one reading of the words for each of the two bodies the text names so. */
function eachOfBoth(shape: HeadlineShape, { doc, body, canonical }: HeadlineInput): HeadlineShape[] {
  if (!shape.unnamed) return [shape];
  const bodies = bothBodies(
    doc.text.slice(shape.name.start, shape.name.end),
    body,
    doc.text.slice(doc.bodyStart),
  );
  return bodies.length ? bodies.map((b) => ({ ...shape, unnamed: false, given: canonical(b) })) : [shape];
}

function statementOf(
  { doc, body, canonical, timeline, at }: HeadlineInput,
  title: Span,
  shape: HeadlineShape,
  n: number,
): Statement | null {
  const name = doc.text.slice(shape.name.start, shape.name.end);
  const read = shape.given
    ? shape.given
    : shape.unnamed
      ? // "The authorities of the enclave say …": authorities named by where they are (CONVENTIONS 4).
        (bodyNamedSpeaker(name, body) ??
        localAuthorities(name, doc.text, title.start, title.end, at) ??
        (describesPerson(name)
          ? describedHolder(name, doc.text.slice(shape.words.start, shape.words.end), body, (s) =>
              doc.text.slice(s.quote.start, s.quote.end),
            )
          : null))
      : shape.role
        ? roleHolder(shape.role, body)
        : shape.title
          ? titleHolder(shape.title, doc.text.slice(doc.bodyStart), body, (phrase) =>
              resolveEntityAt(phrase, at),
            )
          : shape.lay
            ? textEntity(shape.lay)
            : shape.group
              ? groupSpeaker(doc.text, name, title, at)
              : headlineSpeaker(
                  doc.text.slice(doc.bodyStart),
                  name,
                  body,
                  canonical,
                  at,
                  shape.says,
                  quotedWhole(doc.text.slice(shape.words.start, shape.words.end)),
                  judgement(doc.text.slice(shape.words.start, shape.words.end)),
                  Boolean(shape.plainSay && !shape.fragment),
                );
  // "Foreign Ministry says …": a body named by its common noun is the one body of it the text names.
  const bodyOfNoun =
    read || shape.lay || shape.group || shape.role || shape.title
      ? null
      : headlineBody(name, body, doc.text.slice(doc.bodyStart));
  const speaker = read ?? (bodyOfNoun && canonical(bodyOfNoun));
  if (!speaker || (shape.person && speaker.kind !== 'person')) return null;
  const said = saidSpan(doc.text, shape.words);
  if (!said) return null;
  if (
    shape.lay &&
    !shape.says &&
    !bareGroupSaid(shape.lay, doc.text.slice(said.quote.start - 1, said.quote.end))
  )
    return null;
  const saidWords = doc.text.slice(said.quote.start, said.quote.end);
  // `Pashinyan: "Without delimitation, war"`: words in quote marks beside a name are said as
  // written, a verb or none; unquoted, a verbless line is a label.
  if (
    !isClause(saidWords, titleCased(shape, speaker), shape.says, shape.fronted || shape.plainSay) &&
    !((said.kind === 'direct' || said.opensQuote) && isQuotedPhrase(saidWords, shape.says, shape.fragment))
  )
    return null;
  const statement: Statement = {
    id: `${doc.id}#h${n}`,
    docId: doc.id,
    speaker,
    mention: name,
    kind: said.kind,
    quote: said.quote,
    context: title,
    sentence: -1,
    date: timeline.reference,
    dateBasis: timeline.reference ? 'document date' : 'date not stated',
  };
  return asHeadlineStatement(doc.text, statement);
}

/**
 * The headline first, then every other line above the body, a list dash or bullet left out
 * ("- Beijing 'hopes …', foreign ministry spokesman says"). Date lines, bylines and rubrics
 * name no speaker in a headline's shape, so they give nothing.
 */
function headingLines(doc: HeadlineInput['doc']): Span[] {
  const title = titleSpan(doc);
  const lines: Span[] = title ? [title] : [];
  for (const m of doc.text.slice(0, doc.bodyStart).matchAll(/[^\n]+/g)) {
    const lead = /^\s*(?:[-–—•*]\s+)?/.exec(m[0])![0].length;
    const line = { start: m.index + lead, end: m.index + m[0].trimEnd().length };
    if (line.end <= line.start || (title && line.start < title.end && title.start < line.end)) continue;
    lines.push(line);
  }
  return lines;
}

/** Where the headline sits in the header, above the body (a title only metadata gives has no place). */
function titleSpan(doc: HeadlineInput['doc']): Span | null {
  const value = doc.meta.title?.value.trim();
  if (!value || doc.bodyStart === 0) return null;
  const start = doc.text.slice(0, doc.bodyStart).indexOf(value);
  if (start < 0) return null;
  // "Pashinyan: we are ready … | Armenpress": the site's name after a bar is no part of the headline.
  const bar = value.indexOf(' | ');
  return { start, end: start + (bar > 0 ? bar : value.length) };
}

/**
 * The ways agencies set a speaker's name beside the words: "Name: words" (Armenpress, TASS,
 * Trend), "words - Name" (News.az, APA, Interfax), "words: Name" (Anadolu, IRNA).
 */
function headlineShapes(text: string, title: Span): HeadlineShape[] {
  const line = text.slice(title.start, title.end);
  const shapes: HeadlineShape[] = [];
  const leading = /^([^:]{2,80}?):\s+(?=\S)/u.exec(line);
  const leadingRole = leading ? headlineRole(leading[1]!) : null;
  const leadingTitle = leading && !leadingRole ? bareTitle(leading[1]!) : null;
  const leadingPeople = leading ? peopleCredit(leading[1]!) : null;
  // 'Baku: "A war crime". Yerevan denies': the label's words are its item, up to the sentence after.
  const leadingEnd = leading ? title.start + quotedItemEnd(line, leading[0].length) : title.end;
  if (
    leading &&
    !leadingPeople &&
    (leadingRole || leadingTitle || isNamePart(leading[1]!) || isOneWordBody(leading[1]!))
  )
    shapes.push({
      name: { start: title.start, end: title.start + leading[1]!.length },
      words: { start: title.start + leading[0].length, end: leadingEnd },
      ...(leadingRole ? { role: leadingRole, titleCase: true } : {}),
      ...(leadingTitle ? { title: leadingTitle, titleCase: true } : {}),
    });
  else {
    const named = leading ? withoutPlace(leading[1]!) : null;
    const described = leading ? describedName(leading[1]!) : null;
    // "Truck drivers: we are stopped …": people named by what they are speak as a group.
    if (leading && leadingPeople)
      shapes.push({
        name: { start: title.start, end: title.start + leading[1]!.length },
        words: { start: title.start + leading[0].length, end: leadingEnd },
        lay: leadingPeople,
      });
    else if (leading && named && isNamePart(named))
      shapes.push({
        name: { start: title.start, end: title.start + named.length },
        words: { start: title.start + leading[0].length, end: leadingEnd },
      });
    // "Aliyev's adviser Hajiyev: …": the name after the words that describe him.
    else if (leading && described)
      shapes.push({
        name: {
          start: title.start + leading[1]!.length - described.length,
          end: title.start + leading[1]!.length,
        },
        words: { start: title.start + leading[0].length, end: leadingEnd },
        person: true,
      });
  }
  const trailing = /(?:\s[-–—]|:)\s+([^-–—:]{2,80})$/u.exec(line);
  const written = trailing?.[1]?.trimEnd();
  // "… - Pashinyan in Tavush": the name without the place it was said in.
  const placed = written && !isNamePart(written) ? withoutPlace(written) : null;
  const named = placed && isNamePart(placed) ? placed : written;
  const trailingRole = named ? headlineRole(named) : null;
  const trailingTitle = named && !trailingRole ? bareTitle(named) : null;
  const trailingPeople = trailing && written ? peopleCredit(written) : null;
  if (trailing && written && trailingPeople && !isNamePart(written)) {
    // "\"We were told to wait\" - mothers of missing soldiers": the group after the dash speaks.
    const nameStart = title.start + trailing.index + trailing[0].length - trailing[1]!.length;
    shapes.push({
      name: { start: nameStart, end: nameStart + written.length },
      words: { start: title.start, end: title.start + trailing.index },
      lay: trailingPeople,
    });
  } else if (
    trailing &&
    named &&
    (trailingRole || trailingTitle || isNamePart(named) || isOneWordBody(named) || namesBodyByNoun(named))
  ) {
    const nameStart = title.start + trailing.index + trailing[0].length - trailing[1]!.length;
    shapes.push({
      name: { start: nameStart, end: nameStart + named.length },
      words: quotedAfterTopic(text, { start: title.start, end: title.start + trailing.index }),
      ...(trailingRole ? { role: trailingRole, titleCase: true } : {}),
      ...(trailingTitle ? { title: trailingTitle, titleCase: true } : {}),
    });
  }
  // "Giorgi Gakharia - Georgia will not allow …" (InterPressNews): the name first, then a dash.
  const named1st = /^([^-–—:]{2,80}?)\s[-–—]\s+(?=\S)/u.exec(line);
  if (named1st && isNamePart(named1st[1]!))
    shapes.push({
      name: { start: title.start, end: title.start + named1st[1]!.length },
      words: { start: title.start + named1st[0].length, end: title.end },
    });
  return [...shapes, ...saysShapes(line, title.start)];
}

/**
 * Where a label's item ends in its line: after the quote that opens it when a sentence of the
 * outlet's follows the quote ('Baku: "A war crime". Yerevan denies'), else at a semicolon or the
 * line's end.
 */
function quotedItemEnd(line: string, from: number): number {
  const close = QUOTE_PAIR[line.charAt(from)];
  const at = close ? closingMark(line, close, from + 1) : -1;
  if (at >= 0 && /^[.!;]?\s+\p{Lu}/u.test(line.slice(at + 1))) return at + 1;
  // "Moscow closes its mission; Baku: "…"; Yerevan: …": a semicolon ends the label's item.
  const semicolon = line.indexOf(';', Math.max(at, from));
  return semicolon < 0 ? line.length : semicolon;
}

/** Where a quote closes: a single mark only where no letter follows it (not "Iran's"). */
function closingMark(line: string, close: string, from: number): number {
  if (close !== "'") return line.indexOf(close, from);
  const m = /'(?!\p{L})/u.exec(line.slice(from));
  return m ? from + m.index : -1;
}

/** A topic, a colon, then the words in quotation marks to the end: '44 captives returned: "This is only …"'. */
const TOPIC_THEN_QUOTE = /:\s+["“«]([^"“”«»]+)["”»]\s*$/u;

/**
 * '44 captives returned: "This is only the beginning" - Pashinyan': before the dash, a topic and
 * the speaker's quoted words; the words are the quote's, not the outlet's topic.
 */
function quotedAfterTopic(text: string, words: Span): Span {
  const m = TOPIC_THEN_QUOTE.exec(text.slice(words.start, words.end));
  if (!m) return words;
  const start = words.start + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/**
 * "Armenia and Azerbaijan: the fate of missing persons must be a priority, says …": a short topic of
 * capitalised names and a colon open the words; what was said starts after the colon. 0 if none.
 */
function topicLabelEnd(words: string): number {
  const m = TOPIC_LABEL.exec(words);
  return m ? m[0].length : 0;
}

/** Where a heading's words open when they are a topic, a colon and a quote to their end: at the quote's mark; else 0. */
function quoteAfterTopicAt(words: string): number {
  const m = /:\s+(["“«‘'])[^"“”«»]+(["”»’'])\s*$/u.exec(words);
  return m && QUOTE_PAIR[m[1]!] === m[2] ? m.index + m[0].indexOf(m[1]!) : 0;
}

/** Plural verbs too: "Separatist officials say …", "Armenia and Azerbaijan say …"; "announces" before "that" only. */
const HEADLINE_VERB =
  '(?:says?|said|warns?|confirms?|confirmed|insists?|claims?|reports?|(?:announces?|announced)(?=\\s+that\\s))';
/** After the words, a Title Case line capitalises the verb too: "…, PM Says", "…, Says PM Pashinyan". */
const TAIL_VERB =
  '(?:[Ss]ays?|[Ss]aid|[Ww]arns?|[Cc]onfirms?|[Cc]onfirmed|[Ii]nsists?|[Cc]laims?|[Rr]eports?)';
/** "…, Pashinyan tells parliament": a verb of telling takes its hearers after it. */
const TELL_VERB = '(?:[Tt]ells|[Tt]old)';
/** Who was told: a body or an audience in one to three words ("parliament", "the UN General Assembly"). */
const ADDRESSEE = "(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}";
/** "Armenia says …": from where the match starts, the name, its verb, then the words to the line's end. */
const NAME_SAYS = new RegExp(`^([^,;:]{2,80}?)\\s+(${HEADLINE_VERB}|${TAIL_VERB})\\s+(?=\\S)`, 'u');
/**
 * "…, says Erdoğan", "…, the Kremlin says", "…, FO says as fighting enters fifth day": the words
 * before the comma; the outlet's own item after a semicolon is no part of it ("…, Armenia says;
 * UN team to visit region").
 */
const SAYS_NAME = new RegExp(
  `,['’"”]?\\s+(?:(${TAIL_VERB})\\s+([^,;:]{2,80}?)|([^,;:]{2,80}?)\\s+(${TAIL_VERB}|${TELL_VERB}\\s+${ADDRESSEE}))(?:,?\\s+as\\s[^,;:]+)?\\s*(?:;.*)?$`,
  'u',
);

/** Verbs of an act or of naming whose object may hold the speaker's quoted words (NAME_ACTS, NAME_CALLS). */
const QUOTING_ACT =
  '(?:accuses?|blames?|urges?|calls?|condemns?|denounces?|rejects?|welcomes?|hails?|demands?|pledges?|slams?)';
/**
 * Where a heading's second item opens: after "as", a semicolon, a colon or ", while", or after a
 * comma that ends a clause on a lower-case word or a figure when a short subject and its verb of
 * saying follow ("…, Yerevan says …"); a comma inside a list of names ("Armenia, Azerbaijan say")
 * follows a capitalised word and opens nothing.
 */
const SECOND_ITEM = new RegExp(
  `\\b[Aa]s\\s+|[;:]\\s+|,\\s+[Ww]hile\\s+|(?<=\\p{Ll}{2}["”’']?|\\p{N}),\\s+(?=(?:[\\p{L}'’.-]+\\s+){1,4}(?:${HEADLINE_VERB}\\s|${QUOTING_ACT}\\s[^,;:"“«]*?(?:["“«‘]|'\\p{L})))`,
  'gu',
);

const CAPITAL_START = /^\p{Lu}/u;
const PLAIN_SAY = /^(?:says?|said)$/i;
/** "MSF report on …" (a noun), "…, FO says as fighting enters fifth day" (a clause of time, not what was said). */
const NOUN_AFTER = /^(?:on|of|about|into|over|from|as)\s/u;

/**
 * "Aliyev calls it a "historic day"", "Armenia's foreign minister speaks of "genocide in the
 * making"": a quoted name for a thing is the speaker's own words (CONVENTIONS 11), the quote
 * marks and what they wrap.
 */
const NAME_CALLS =
  /^((?:[^,;:"“«'‘]|(?<=\p{L})')+?)\s+(calls?|called|speaks?\s+of|spoke\s+of)\s+(?:(?:it|them|this|that|(?:the\s+)?[\p{L}-]+)\s+)?(?:an?\s+)?(?=["“«‘]|'\p{L})/u;
/**
 * "Baku blames Armenian "provocation"", "India calls for 'lasting peace'", "Pelosi condemns
 * 'illegal' attacks": an act's object holding a quoted fragment; the fragment is the speaker's own
 * words (CONVENTIONS 10, row E), the act without one is none.
 */
const NAME_ACTS =
  /^((?:[^,;:"“«'‘]|(?<=\p{L})')+?)\s+(accuses?|blames?|urges?|calls?\s+(?:for|on)|condemns?|denounces?|rejects?|welcomes?|hails?|demands?|pledges?|slams?)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?=["“«‘]|'\p{L})/u;

/** Where the quote opening at `from` closes, after its closing mark; null when it does not. */
function quoteEnd(line: string, from: number): number | null {
  const close = QUOTE_PAIR[line.charAt(from)];
  const at = close ? closingMark(line, close, from + 1) : -1;
  return at < 0 ? null : at + 1;
}

/** A second verb of saying for the same subject: "Baku reports two wounded and says …". */
const SECOND_SAYING = /\s+and\s+(?:says?|said|warns?|insists?|claims?|adds?)\s+(?=\S)/u;

/**
 * Where the said words start after a heading's verb, or null when there are none: "Yerevan
 * reports six killed" names a toll as the verb's object, a figure (CONVENTIONS row AB), as it is
 * in the body; a second verb of saying after it ("… and says Armenia opened fire") says its own
 * words.
 */
function afterTollObject(verb: string, line: string, objectAt: number): number | null {
  const opening = line.slice(objectAt);
  const second = SECOND_SAYING.exec(opening);
  if (!reportsToll(verb, second ? opening.slice(0, second.index) : opening)) return objectAt;
  return second ? objectAt + second.index + second[0].length : null;
}

/** A heading's "Name says words" and "words, Name says" forms (AP, Euronews, TRT, Hürriyet, RT decks). */
function saysShapes(line: string, at: number): HeadlineShape[] {
  const shapes: HeadlineShape[] = [];
  // At the line's start, after "as" ("UAE welcomes 'important step' as Yerevan says it will …"),
  // opening the second item after a semicolon ("Leaders meet in Shusha; Aliyev says peace is …")
  // or the other side after ", while" ("…, while Baku says its operation has ended"), or after
  // a topic's label and its colon ("Checkpoint on the Lachin road: Baku says …"), or opening a
  // second clause after the comma that closes a first ("Heavy fighting on the border, Yerevan
  // says 49 soldiers killed").
  const starts = [0, ...[...line.matchAll(SECOND_ITEM)].map((m) => m.index + m[0].length)];
  for (const from of starts) {
    const calling = NAME_CALLS.exec(line.slice(from)) ?? NAME_ACTS.exec(line.slice(from));
    const m = calling ?? NAME_SAYS.exec(line.slice(from));
    // "MSF report on the mental health of …": a preposition after it makes the verb a noun.
    if (!m || NOUN_AFTER.test(line.slice(from + m[0].length))) continue;
    const saidFrom = calling ? from + m[0].length : afterTollObject(m[2]!, line, from + m[0].length);
    if (saidFrom === null) continue;
    const saidEnd = calling ? quoteEnd(line, saidFrom) : ownWordsEnd(line, saidFrom);
    if (saidEnd === null) continue;
    const words = { start: at + saidFrom, end: at + saidEnd };
    // "Azerbaijan Says Seven Soldiers Killed …": a capitalised verb marks the line's Title Case.
    const style = {
      ...(calling ? { fragment: true } : {}),
      ...(CAPITAL_START.test(m[2]!) ? { titleCase: true } : {}),
      ...(PLAIN_SAY.test(m[2]!) ? { plainSay: true } : {}),
    };
    // "Pelosi in Armenia condemns 'illegal' attacks": the setting is where she spoke, the name
    // before it who, a person only ("Foreign Ministry in Jerusalem" is no place's body to guess).
    const placed = calling ? withoutPlace(m[1]!) : null;
    const subject = placed && isSaysName(placed) ? placed : m[1]!;
    // "Iran FM says …", "Armenia's leader says …": a role's holder in the body speaks.
    const role = headlineRole(subject);
    if (role) {
      const start = at + from;
      shapes.push({ name: { start, end: start + subject.length }, words, says: true, role, ...style });
      continue;
    }
    // "The region's ombudsman says …": a title in lower case; its one holder in the body speaks.
    const title = CAPITAL_START.test(m[2]!) ? null : titleAfterVerb(lowerFirst(subject));
    if (title) {
      const start = at + from;
      shapes.push({ name: { start, end: start + subject.length }, words, says: true, title, ...style });
      continue;
    }
    for (const name of saysNames(subject, m[2]!)) {
      const start = at + from + name.offset;
      shapes.push({
        name: { start, end: start + name.text.length },
        words,
        says: true,
        ...style,
        ...(name.group ? { group: true } : {}),
        ...(name.lay ? { lay: name.lay } : {}),
        ...(name.unnamed ? { unnamed: true } : {}),
        ...(name.person ? { person: true } : {}),
        ...(subject !== m[1] ? { person: true } : {}),
      });
    }
  }
  const shared = shapes.length ? null : sharedSubjectSaying(line);
  if (shared) {
    // "Pakistan welcomes halt to fighting, says it stands with …": the first predicate's subject says.
    const words = { start: at + shared.words, end: at + ownWordsEnd(line, shared.words) };
    const role = headlineRole(shared.name);
    if (role) shapes.push({ name: { start: at, end: at + shared.name.length }, words, says: true, role });
    else
      for (const name of saysNames(shared.name, shared.verb))
        shapes.push({
          name: { start: at + name.offset, end: at + name.offset + name.text.length },
          words,
          says: true,
        });
  }
  shapes.push(...accordingShapes(line, at));
  const tail = SAYS_NAME.exec(line);
  const name = tail?.[2] ?? tail?.[3];
  // "'We want peace,' says …": a quote closed after its comma ends the words with the quote mark.
  const wordsEnd = tail ? at + tail.index + (/^,['’"”]/u.test(tail[0]) ? 2 : 0) : at;
  // 'Monitoring centre closes: "Mission accomplished," says Ankara': the quote is said, the topic before its colon is the outlet's.
  const wordsStart =
    at +
    (quoteAfterTopicAt(line.slice(0, wordsEnd - at)) ||
      topicLabelEnd(line.slice(0, wordsEnd - at)) ||
      lastSentenceAt(line.slice(0, wordsEnd - at)));
  const role = name ? headlineRole(name) : null;
  // "…, officials in Yerevan say", "…, officials there say": officials by their seat.
  // The whole name after the verb, as the speaker of the words before it.
  const namedAfter = (tail: RegExpExecArray, name: string) => {
    const nameStart = at + tail.index + tail[0].indexOf(name);
    return {
      name: { start: nameStart, end: nameStart + name.length },
      words: { start: wordsStart, end: wordsEnd },
      fronted: true,
      says: true,
    };
  };
  if (tail && name && SEATED_OFFICIALS.test(name) && PLURAL_VERB.test((tail[1] ?? tail[4]!).toLowerCase())) {
    shapes.push({ ...namedAfter(tail, name), group: true });
  } else if (tail && name && !role && !isSaysName(name) && describedName(name)) {
    // "…, says rally organizer Sevan Karapetyan": the name after the words that describe him.
    const described = describedName(name)!;
    const nameStart = at + tail.index + tail[0].indexOf(name) + name.length - described.length;
    const verb = tail[1] ?? tail[4]!;
    shapes.push({
      name: { start: nameStart, end: nameStart + described.length },
      words: { start: wordsStart, end: wordsEnd },
      fronted: true,
      says: true,
      person: true,
      ...(CAPITAL_START.test(verb) ? { titleCase: true } : {}),
    });
  } else if (tail && name && !role && !isSaysName(name) && titleAfterVerb(name)) {
    // "…, says ombudsman", "…, the region's ombudsman says": the title's one holder in the body.
    shapes.push({ ...namedAfter(tail, name), title: titleAfterVerb(name)! });
  } else if (tail && name && !role && !isSaysName(name) && describesPerson(name)) {
    // "'My aunt stands in line …,' one Glendale woman says": the one person the body names so, or
    // whose quote holds the heading's quoted words (describedHolder.ts).
    shapes.push({ ...namedAfter(tail, name), unnamed: true });
  } else if (tail && name && (role || isSaysName(name))) {
    const nameStart = at + tail.index + tail[0].indexOf(name);
    const verb = tail[1] ?? tail[4]!;
    // "…, Yerevan and Baku confirm": before a plural verb, each of two names joined by "and" says
    // the words, as when the pair opens the line (saysNames).
    const pair = !role && PLURAL_VERB.test(verb.toLowerCase()) ? /^(.+?)\s+and\s+(.+)$/u.exec(name) : null;
    const names =
      pair && isSaysName(pair[1]!) && isSaysName(pair[2]!)
        ? [
            { offset: 0, text: pair[1]! },
            { offset: name.length - pair[2]!.length, text: pair[2]! },
          ]
        : [{ offset: 0, text: name }];
    for (const one of names)
      shapes.push({
        name: { start: nameStart + one.offset, end: nameStart + one.offset + one.text.length },
        words: { start: wordsStart, end: wordsEnd },
        fronted: true,
        says: true,
        ...(role ? { role } : {}),
        ...(CAPITAL_START.test(verb) ? { titleCase: true } : {}),
      });
  }
  return shapes;
}

/**
 * "More than 290 injured, according to the local authorities", "At least 32 dead, according to
 * the separatist ombudsman, among them …": a source after the words, closed by punctuation or the
 * line's end; the words are its sentence's, from the sentence's start to the comma.
 */
const ACCORDING_TAIL = /,\s+according\s+to\s+([^,;:.!?"“”«»]{2,60}?)\s*(?=[,;.]|$)/gu;

function accordingShapes(line: string, at: number): HeadlineShape[] {
  const shapes: HeadlineShape[] = [];
  for (const m of line.matchAll(ACCORDING_TAIL)) {
    const before = line.slice(0, m.index);
    const from = lastSentenceAt(before);
    // A topic and its colon before the words ("Karabakh: …") leave them the outlet's.
    if (before.slice(from).includes(':')) continue;
    const source = m[1]!;
    const nameStart = at + m.index + m[0].indexOf(source);
    const name = { start: nameStart, end: nameStart + source.length };
    const words = { start: at + from, end: at + m.index };
    const fronted = true;
    const title = titleAfterVerb(source);
    if (title) shapes.push({ name, words, says: true, fronted, title });
    else if (/^(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:officials|authorities)$/u.test(source))
      shapes.push({ name, words, says: true, fronted, group: true });
    else if (isSaysName(source)) shapes.push({ name, words, says: true, fronted });
  }
  return shapes;
}

const PLURAL_VERB = /^(?:say|warn|confirm|insist|claim|report)$/;
/** Officials named by where they sit: "officials in Yerevan", "officials there". */
const SEATED_OFFICIALS = /^(?:officials|authorities)\s+(?:in\s+(\p{Lu}[\p{L}-]+)|there)$/u;
/** A capitalised word in a heading's words, which may name the country "there" points to. */
const CAPITALISED_WORD = /\p{Lu}[\p{L}-]+/gu;
/**
 * People a heading names by what they are before a plural verb, an adjective or two before and a
 * place or "of …" after at most: "Families of missing soldiers", "Relatives in Leeds", "Displaced
 * residents". The head noun is the speaker, as in the body ("Relatives said …").
 */
const LAY_GROUP =
  /^(?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?(families|relatives|residents|villagers|refugees|survivors|witnesses|activists|protesters|parents|mothers|doctors|medics|campaigners|volunteers|locals|farmers|evacuees|mourners)(?:\s+(?:of|in|from)\s+[^,;:]{1,40})?$/iu;
/**
 * People a heading credits by what they are, before its colon or after its dash: "Truck drivers",
 * "Polish observers", "mothers of missing soldiers". The speaker keeps the words before the head
 * noun that say what kind of people they are, not a phrase after it (CONVENTIONS 5):
 * `truck drivers`, `polish observers`, `mothers`. At most two such words, the first capitalised
 * only as the line's first word or a demonym.
 */
const PEOPLE_CREDIT =
  /^((?:[\p{L}-]+\s+){0,2}?(families|relatives|residents|villagers|refugees|survivors|witnesses|activists|protesters|parents|mothers|fathers|doctors|medics|campaigners|volunteers|locals|farmers|evacuees|mourners|drivers|truckers|observers|monitors|workers))(?:\s+(?:of|in|from)\s+[^,;:]{1,40})?$/iu;

const DEMONYMS = new Set(Object.values(OWNER_DEMONYM));

/**
 * The group's name: its head noun, after the nationality that opens the words when one does
 * ("Armenian families in Utah" → `armenian families`, "Families of missing soldiers" →
 * `families`). A nationality classifies who spoke (CONVENTIONS 5); "Many", "The" do not.
 */
function layGroup(part: string, noun: string): string {
  const words = part.trim().split(/\s+/);
  const head = words.findIndex((w) => w.toLowerCase() === noun.toLowerCase());
  if (head > 0 && DEMONYMS.has(words[0]!))
    return words
      .slice(0, head + 1)
      .join(' ')
      .toLowerCase();
  return noun.toLowerCase();
}

function peopleCredit(part: string): string | null {
  const m = PEOPLE_CREDIT.exec(part.trim());
  if (!m) return null;
  // Only the first word may be capitalised (the line's first word, or a demonym: "Polish observers").
  const words = m[1]!.split(/\s+/);
  if (words.slice(1).some((w) => !/^\p{Ll}/u.test(w))) return null;
  // "Many residents", "The families": an article or a quantifier says how many, not what kind (CONVENTIONS 5).
  const kind = QUANTIFIER.test(words[0]!) ? words.slice(1) : words;
  return kind.join(' ').toLowerCase();
}

const QUANTIFIER = /^(?:the|many|some|several|most|other|few|two|three|four|five|six|\d+)$/i;

/** A group noun alone ("Refugees:", "Volunteers:") is also a rubric's; its people speak only in their own person or in quotes. */
function bareGroupSaid(people: string, words: string): boolean {
  return /\s/.test(people) || /^\s*["“«‘']/u.test(words) || /\b(?:we|us|our|I|my|me)\b/i.test(words);
}

/**
 * "Aliyev's adviser Hajiyev", "rally organizer Sevan Karapetyan": a name after words that
 * describe the person, the last of them a role noun in lower case; an owner's possessive may
 * open them. The name is returned; whether it names one known person is the body's and the
 * gazetteer's to say, as for a bare name.
 */
const DESCRIBED_NAME =
  /^(?:(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*['’]s\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:adviser|advisor|aide|organizer|organiser|spokesman|spokeswoman|spokesperson|envoy|ambassador|minister|president|leader|chief|head|commander|ombudsman|mayor|governor|lawyer|activist)\s+((?:\p{Lu}[\p{L}\p{M}’'-]*\s+)?\p{Lu}[\p{L}\p{M}’'-]*)$/u;

function describedName(part: string): string | null {
  const m = DESCRIBED_NAME.exec(part.trim());
  return m && isNamePart(m[1]!) ? m[1]! : null;
}

/** A full name after a country's possessive or a body's acronym and its head: "Spain's Pedro Sánchez", "CMAC chief Heng Ratana". */
const INTRODUCED_NAME =
  /^(?:(\p{Lu}\p{Ll}+)['’]s|\p{Lu}{2,6}\s+(?:chief|head|director|spokes(?:man|woman|person)))\s+(\p{Lu}[\p{L}\p{M}’'-]+\s+\p{Lu}[\p{L}\p{M}’'-]+)$/u;

function introducedName(part: string): string | null {
  const m = INTRODUCED_NAME.exec(part.trim());
  if (!m || (m[1] && !isCountryName(m[1]))) return null;
  return isNamePart(m[2]!) ? m[2]! : null;
}

/** A place's governing body by its possessive: "Karabakh's separatist government", "Armenia's authorities". */
const GOVERNING_BODY =
  /^\p{Lu}[\p{L}-]*['’]s(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:government|leadership|authorities|officials)$/u;

/** Officials named by their side or seat, not by name: "Separatist officials", "Local officials". */
const GROUP_NAME = /^\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:officials|authorities)$/u;

/**
 * Who a "Name says" heading names before its verb: one name; before a plural verb, officials
 * named by their side ("Separatist officials say") or two names joined by "and", each speaking
 * the same words ("Armenia and Azerbaijan say progress made …").
 */
function saysNames(
  part: string,
  verb: string,
): { text: string; offset: number; group?: boolean; lay?: string; unnamed?: boolean; person?: boolean }[] {
  const plural = PLURAL_VERB.test(verb.toLowerCase());
  // "Residents of Karabakh say …": people named by what they are, whose place a capital follows.
  const layFirst = plural ? LAY_GROUP.exec(CAPITAL_START.test(verb) ? sentenceCase(part) : part) : null;
  if (layFirst && new RegExp(`^${layFirst[1]}\\s+(?:of|in|from)\\s`, 'i').test(part))
    return [{ text: part, offset: 0, lay: layGroup(part, layFirst[1]!) }];
  if (isSaysName(part) && !(plural && /\s[Aa]nd\s/.test(part))) return [{ text: part, offset: 0 }];
  // "CMAC chief Heng Ratana says …", "Spain's Pedro Sánchez says …": the name after the words that describe him.
  const introduced = plural ? null : introducedName(part);
  if (introduced) return [{ text: introduced, offset: part.length - introduced.length, person: true }];
  // "Karabakh's separatist government says …": a place's governing body, resolved as a group.
  if (GOVERNING_BODY.test(part)) return [{ text: part, offset: 0, group: true }];
  // "Chinese expert says …", "Rights groups say …": someone described; the body must name them so.
  const described = DESCRIBED_SPEAKER.test(CAPITAL_START.test(verb) ? sentenceCase(part) : part)
    ? [{ text: part, offset: 0, unnamed: true }]
    : [];
  // "Armenian archbishop leading mass protests says …": one person described at length (describedHolder.ts).
  if (!plural)
    return described.length || !describesPerson(part)
      ? described
      : [{ text: part, offset: 0, unnamed: true }];
  // "Families of missing soldiers say …", "Relatives in Leeds say …": people named by what they are.
  const lay = LAY_GROUP.exec(CAPITAL_START.test(verb) ? sentenceCase(part) : part);
  if (lay) return [{ text: part, offset: 0, lay: layGroup(part, lay[1]!) }];
  // "Separatist Officials Say …": a Title Case line capitalises the group's noun too; "…; separatist
  // officials say …": a second item opens in lower case, as a clause after a semicolon does.
  if (GROUP_NAME.test(CAPITAL_START.test(verb) ? sentenceCase(part) : upperFirst(part)))
    return [{ text: part, offset: 0, group: true }];
  const joint = /^(.+?)\s+[Aa]nd\s+(.+)$/u.exec(part);
  if (!joint || !isSaysName(joint[1]!) || !isSaysName(joint[2]!)) return described;
  return [
    { text: joint[1]!, offset: 0 },
    { text: joint[2]!, offset: part.length - joint[2]!.length },
  ];
}

/**
 * Someone a heading describes, not names, before a verb of saying: a noun in lower case, a word or
 * two before it ("Chinese expert", "Rights groups", "one Glendale woman").
 */
const DESCRIBED_SPEAKER =
  /^(?:(?:an?|one|the)\s+)?\p{L}[\p{L}-]*(?:\s+[\p{L}-]+)?\s+\p{Ll}[\p{L}-]*$|^\p{Lu}\p{Ll}+s$|^[Tt]he\s+\p{Ll}[\p{L}-]*\s+(?:of|in)\s+the\s+\p{Ll}[\p{L}-]*$/u;

/**
 * The speaker a heading describes ("Chinese expert says …"), only when the body quotes someone it
 * names the same way ("…," a Chinese expert said): a description is no name, so the heading's
 * words alone leave who spoke open (CONVENTIONS 4 of the product: when unsure, no speaker).
 */
function bodyNamedSpeaker(name: string, body: readonly Statement[]): Entity | null {
  const said = wordsOf(name.replace(/^(?:an?|one|the)\s+/i, '')).join(' ');
  const id = `text:${slug(said)}`;
  const named = body.find(
    (s) => s.speaker.id === id && wordsOf(s.mention.replace(/^(?:an?|one|the)\s+/i, '')).join(' ') === said,
  );
  if (named) return named.speaker;
  // "The authorities of the enclave say …" above "The authorities of the enclave said …": the
  // body's reading of the very same words, a body it resolved them to ("the enclave" is Karabakh).
  const same = body.filter(
    (s) =>
      !s.speaker.id.startsWith('text:') &&
      wordsOf(s.mention.replace(/^(?:an?|one|the)\s+/i, '')).join(' ') === said,
  );
  return same.length && same.every((s) => s.speaker.id === same[0]!.speaker.id) ? same[0]!.speaker : null;
}

/** "The region's ombudsman" at a line's start reads as "the region's ombudsman". */
function upperFirst(part: string): string {
  return part.charAt(0).toUpperCase() + part.slice(1);
}

function lowerFirst(part: string): string {
  return /^The\s/u.test(part) ? `t${part.slice(1)}` : part;
}

/**
 * "the Kremlin says" as well as "Kremlin says": before a verb of saying, a one-word body
 * ("Kremlin") is the speaker, where as a label it may only qualify the next word.
 */
function isSaysName(part: string): boolean {
  const name = part.replace(/^the\s+/, '');
  return isNamePart(name) || /^Kremlin$/u.test(name);
}

// A deck's next sentence is the outlet's own: "Baku reports 50 dead. A truce was announced …",
// or another's label ("… 70 wounded. Ankara: "…"").
const OWN_WORDS_CUT =
  /;|\s+as\s+(?=\p{Lu})|,\s+[Ww]hile\s|(?<=\p{Ll}{3}|\d)[.!?]\s+(?=\p{Lu}\p{Ll}*(?:\s+\p{Ll}|:\s))/u;

/**
 * Where the speaker's words end in a "Name says …" heading: before the outlet's own clause
 * after a semicolon or an "as" that opens a new subject ("… operation over as Armenians begin
 * exodus", "… 105 of its soldiers killed; Baku puts its losses at 50"), or before a deck's next sentence.
 */
function ownWordsEnd(line: string, from: number): number {
  const rest = line.slice(from);
  const cut = OWN_WORDS_CUT.exec(rest);
  return from + (cut ? cut.index : rest.length);
}

function isNamePart(part: string): boolean {
  const words = part.trim().split(/\s+/);
  // "Spokesman": a role alone names no one; which spokesman is for the body to say.
  if (words.length === 1 && ROLE_WORDS.has(words[0]!.toLowerCase())) return false;
  return words.length <= MAX_NAME_WORDS && CAPITAL_START.test(part) && words.every((w) => NAME_WORD.test(w));
}

/**
 * The one speaker a headline's name part names: the body's speaker of that name, else the
 * gazetteer's. Two speakers of the name in the body, or a body naming someone else by it,
 * or a place ("Karabakh", and "Yerevan", which as a label is where, not who) give none.
 */
function headlineSpeaker(
  bodyText: string,
  name: string,
  body: readonly Statement[],
  canonical: (e: Entity) => Entity,
  at: RoleDate,
  says = false,
  quoted = false,
  judged = false,
  plainSay = false,
): Entity | null {
  const inBody = new Map<string, Entity>();
  for (const s of body) if (names(name, s.speaker, s.mention)) inBody.set(s.speaker.id, s.speaker);
  if (inBody.size > 1) {
    // "Ministry of Defense:" over "the Ministry of Defense of Azerbaijan" and "the Russian Ministry
    // of Defense": the one body the outlet names in the headline's own words, a country after them
    // at most, is the one it means; the other is another country's.
    const own = new Map<string, Entity>();
    for (const s of body)
      if (inBody.has(s.speaker.id) && writtenAs(name, s.mention)) own.set(s.speaker.id, s.speaker);
    // "– Ministry of Defense" over "the Ministry of Defense of Azerbaijan … the Ministry of Defense
    // said … the Ministry of Defense of Armenia": the body the writer also names bare is the one its
    // bare name means; the other is named with its country to tell it apart.
    if (own.size > 1) {
      const bare = new Set<string>();
      for (const s of body) if (own.has(s.speaker.id) && writtenBare(name, s.mention)) bare.add(s.speaker.id);
      if (bare.size === 1) for (const id of [...own.keys()]) if (!bare.has(id)) own.delete(id);
    }
    if (own.size !== 1) return null;
    inBody.clear();
    for (const [id, e] of own) inBody.set(id, e);
  }
  const spoke = [...inBody.values()][0];
  const known = resolveEntityAt(name, at);
  if (known) {
    if (known.kind === 'place') {
      // "…, Stepanakert says 120,000 people cut off": a town that seats a government and says
      // speaks for it, as "Baku says" does; as a label ("Stepanakert: …") it is where, not who.
      const seat = says && !/\s/.test(name.trim()) ? officialsOf(`authorities in ${name.trim()}`, at) : null;
      if (!seat) return plainSay ? unlistedState(name, spoke) : null;
      return !spoke || spoke.id === seat.id ? canonical(seat) : null;
    }
    if (known.kind === 'unknown') return null;
    const entity = canonical(known);
    if (
      !says &&
      !/\s/.test(name) &&
      (known.kind === 'government' || cityForBody(name, known)) &&
      !labelNamesBody(
        name,
        known,
        spoke?.id === entity.id || ((quoted || judged) && known.kind === 'government'),
      )
    )
      return null;
    if (spoke && spoke.id !== entity.id)
      return otherPersonOfName(spoke, entity, body, bodyText) && !namesakeInBody(bodyText, name, spoke, at)
        ? spoke
        : null;
    if (entity.kind === 'person' && namesakeInBody(bodyText, name, entity, at)) return null;
    // Agencies name the speaker again in the lead: a body silent on them leaves "Grigoryan" open.
    const told = body.some((s) => s.speaker.id === entity.id || s.via?.id === entity.id);
    if (
      !spoke &&
      !told &&
      !bodyText.includes(entity.name) &&
      // "The Kremlin:" over a body that writes "Kremlin spokesman …": the article is no part of the name.
      !(wholeName(name, known) && bodyText.includes(name.replace(/^the\s+/i, ''))) &&
      (!(says || quoted || (judged && known.kind === 'government')) || entity.kind === 'person')
    )
      return null;
    return spoke ?? entity;
  }
  // "…, Bishkek says": a capital that says is its state's government, as "Bishkek said" is in
  // the body (otherStates.ts), unless the body quotes someone else by that name.
  const seat = says && !/\s/.test(name.trim()) ? otherStateGovernment(name.trim()) : null;
  if (seat && (!spoke || spoke.id === seat.id)) return seat;
  const state = plainSay ? unlistedState(name, spoke) : null;
  if (state) return state;
  // "…, UNICEF warns", "…, FO says": an acronym before a verb of saying that the body spells too
  // names the body it stands for, quoted in the body or not.
  if (!spoke && says && spelledAcronym(name, bodyText)) {
    const body = textEntity(name.trim());
    return body.kind === 'organisation' || body.kind === 'unknown' ? { ...body, kind: 'organisation' } : null;
  }
  // "Meloni: …" over a body that writes out "Giorgia Meloni" but quotes her as "the prime minister".
  if (!spoke) return surnameWrittenInFull(name, bodyText);
  // A speaker the body quotes is one, whatever its kind ("ANAMA" is unknown to the gazetteer).
  if (spoke.kind === 'place') return null;
  if (spoke.kind === 'person' && namesakeInBody(bodyText, name, spoke, at)) return null;
  return spoke;
}

/**
 * "…; India says it backs …", "Switzerland says it is ready to help": a state the gazetteer holds
 * no government for, before "says", is its government, `text:` + its name (CONVENTIONS 3),
 * unless the body quotes someone else by that name. "Iran warns Baku over …", "Ukraine urges
 * 'safety …'" take an object, not words, so only "says" counts.
 */
function unlistedState(name: string, spoke: Entity | undefined): Entity | null {
  const country = name.trim();
  if (!isCountryName(country)) return null;
  const state: Entity = { ...textEntity(country), kind: 'government' };
  return !spoke || spoke.id === state.id ? state : null;
}

/** News agencies: their name before "says" is a medium passing words on, not who said them (CONVENTIONS 15). */
const AGENCY = /^(?:AFP|AP|TASS|RIA|APA|DPA|EFE|ANSA|IRNA|ISNA|BBC|CNN|RFE|RFERL|UPI|PAP|CTK|MTI|BTA)$/;

/** An acronym of two to six capitals, no agency's and no role's, that the body writes as a word too. */
function spelledAcronym(name: string, bodyText: string): boolean {
  const word = name.trim();
  if (!/^\p{Lu}{2,6}$/u.test(word) || AGENCY.test(word) || ROLE_WORDS.has(word.toLowerCase())) return false;
  return new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(bodyText);
}

/**
 * "… - Grigoryan" over a body that quotes Mher Grigoryan and never names the gazetteer's Armen
 * Grigoryan: a surname the body's one speaker of that name bears is theirs, when the gazetteer's
 * person of that name neither speaks in the body nor is named there in full.
 */
function otherPersonOfName(
  spoke: Entity,
  known: Entity,
  body: readonly Statement[],
  bodyText: string,
): boolean {
  if (spoke.kind !== 'person' || known.kind !== 'person') return false;
  if (body.some((s) => s.speaker.id === known.id || s.via?.id === known.id)) return false;
  return ![known.name, ...(known.aliases ?? [])].some((n) => /\s/.test(n) && bodyText.includes(n));
}

/**
 * Officials a heading names by their side: the gazetteer's ("Separatist officials" are Karabakh's
 * authorities), else the authority seated where the story is ("Local officials", CONVENTIONS 4).
 */
function groupSpeaker(text: string, name: string, line: Span, at: RoleDate): Entity | null {
  const seated = SEATED_OFFICIALS.exec(name);
  if (seated) return seatedGovernment(seated[1], text.slice(line.start, line.end), at);
  const known = resolveEntityAt(name, at);
  if (known)
    return known.kind === 'person' || known.kind === 'place' || known.kind === 'unknown' ? null : known;
  return localAuthorities(name, text, line.start, line.end, at);
}

/**
 * The government officials sit with: the capital named ("officials in Yerevan"), or for "officials
 * there" the one country the heading's words name ("… fled to Armenia …, officials there say").
 * A town that seats no government, or two countries, leave the officials unnamed.
 */
function seatedGovernment(seat: string | undefined, line: string, at: RoleDate): Entity | null {
  if (seat) {
    const known = resolveEntityAt(seat, at);
    return known?.kind === 'government' ? known : null;
  }
  const named = new Map<string, Entity>();
  for (const m of line.slice(1).matchAll(CAPITALISED_WORD)) {
    const known = resolveEntityAt(m[0], at);
    if (known?.kind === 'government') named.set(known.id, known);
  }
  return named.size === 1 ? [...named.values()][0]! : null;
}

/**
 * A one-word label that names a body, not the topic: the body's whole name ("Kremlin:"), or the
 * seat it is called by when the body quotes it by that word ("Baku:" over "Baku said …"). A
 * country's name ("Armenia: EU steps up aid …") is a topic's label.
 */
function labelNamesBody(name: string, known: Entity, quotedAsSuch: boolean): boolean {
  return wholeName(name, known) || (quotedAsSuch && cityForBody(name, known));
}

/**
 * "Baku: "Full sovereignty restored"": words wholly in quotation marks after the label are said,
 * so a seat before them names its government as a verb of saying would ("Baku says …"); a
 * country's name stays a topic's label (labelNamesBody).
 */
function quotedWhole(words: string): boolean {
  const m = /^\s*(["“«‘'])([^"“”«»]+)(["”»’'])[.!]?\s*$/u.exec(words);
  return !!m && QUOTE_PAIR[m[1]!] === m[3];
}

/** The forms of "be" and the modals: a predication that judges, not an event that happened. */
const JUDGING_VERB = /^(?:is|are|was|were|will|would|must|cannot|can|should|'s|’s)$/i;

/**
 * "Yerevan: the Hakari incident is a pretext …", "Yerevan: It was an attack on culture": after a
 * seat's label, a clause whose verb is a copula or a modal judges, as a quote would; an event
 * ("Moscow: police detain protesters", "Baku: 21 civilians killed") tells where, so its verb is
 * another. Words opening with a figure are a toll, not a judgement.
 */
function judgement(words: string): boolean {
  if (/^\s*["“«‘'\d]|\?\s*$/u.test(words)) return false;
  const verb = tag(words).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return !!verb && JUDGING_VERB.test(verb.word);
}

/** "Kremlin" for "The Kremlin": the label is the body's name, an article aside. */
function wholeName(name: string, known: Entity): boolean {
  if (known.kind === 'person' || known.kind === 'place') return false;
  const own = wordsOf(known.name).filter((w) => w !== 'the');
  return own.join(' ') === wordsOf(name).join(' ');
}

/** The mention writes the headline's name, an article before and a country after at most. */
function writtenAs(name: string, mention: string): boolean {
  const said = wordsOf(name).join(' ');
  const written = wordsOf(mention)
    .filter((w, i) => i > 0 || w !== 'the')
    .join(' ');
  return written === said || new RegExp(`^${escapedForRegExp(said)} of [\\p{L} ]+$`, 'u').test(written);
}

/** The mention writes the headline's name alone, an article before at most. */
function writtenBare(name: string, mention: string): boolean {
  const written = wordsOf(mention).filter((w, i) => i > 0 || w !== 'the');
  return written.join(' ') === wordsOf(name).join(' ');
}

/** One capitalised word the gazetteer knows as a government or a body ("Kremlin", "Pentagon"). */
function isOneWordBody(part: string): boolean {
  if (!/^\p{Lu}[\p{L}-]+$/u.test(part.trim())) return false;
  const known = resolveEntityAt(part.trim(), null);
  return known?.kind === 'government' || known?.kind === 'organisation';
}

const ALL_CAPITALS = /^\p{Lu}+$/u;

/** "Brussels" for the EU: one word, no acronym, that the body's own name does not hold, reads as a place label. */
function cityForBody(name: string, entity: Entity): boolean {
  // "Amir-Abdollahian": a hyphenated surname is one name, however the normaliser splits it.
  const said = wordsOf(name);
  const own = wordsOf(entity.name);
  const held = own.some((_, i) => said.every((w, j) => own[i + j] === w));
  return !ALL_CAPITALS.test(name) && !held;
}

function wordsOf(s: string): string[] {
  return normaliseName(s).split(/\s+/).filter(Boolean);
}

/** Does the headline's name part name this speaker: its name, the mention, an alias, or role and surname? */
function names(name: string, speaker: Entity, mention: string): boolean {
  const key = normaliseName(name);
  if ([speaker.name, mention, ...(speaker.aliases ?? [])].some((n) => normaliseName(n) === key)) return true;
  // "Defense Ministry" for "the Russian Defense Ministry": the body's name without its country,
  // also written the other way ("Defense Ministry:" over "the Ministry of Defense said").
  if (speaker.kind !== 'person')
    return (/\s/.test(key) && normaliseName(mention).endsWith(` ${key}`)) || sameHead(name, speaker, mention);
  const own = wordsOf(speaker.name);
  const said = wordsOf(name);
  if (own.length < 2 || said.length === 0 || said.at(-1) !== own.at(-1)) return false;
  return said.slice(0, -1).every((w) => own.includes(w) || ROLE_WORDS.has(w));
}

/** A body's name with no country has the head of one of the speaker's names: "Defense Ministry", "Ministry of Defense". */
function sameHead(name: string, speaker: Entity, mention: string): boolean {
  const q = qualifiedBody(name);
  if (!q || q.country !== null) return false;
  return [speaker.name, mention, ...(speaker.aliases ?? [])].some((n) => qualifiedBody(n)?.head === q.head);
}

/**
 * Capitalised words before a surname that are no first name: a sentence's opening word ("As
 * Shoigu noted", "But Aliyev said") or an honorific ("Mr Pashinyan", "Dr. Zas").
 */
const NO_FIRST_NAME =
  /^(?:As|But|And|Or|So|Yet|If|When|While|Whereas|After|Before|Since|Until|Then|Now|Only|Even|Also|Although|Though|Because|Where|Meanwhile|However|Both|Neither|Nor|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sen|Rep)\.?$/;

/** "Kristinne Grigoryan" in a body where the headline's "Grigoryan" resolved to Armen Grigoryan. */
function namesakeInBody(bodyText: string, name: string, person: Entity, at: RoleDate): boolean {
  const surname = name.trim().split(/\s+/).at(-1)!;
  const own = wordsOf(person.name);
  // "President Ilham Aliyev": a headline that gives the first name leaves no namesake open.
  const said = wordsOf(name);
  if (said.slice(0, -1).some((w) => own.includes(w) && !ROLE_WORDS.has(w))) return false;
  const { before, cue } = surnamePatterns(surname);
  // A word and white space before the surname: the scan starts one run of white space before each.
  for (const m of allMatchesNearCue(before, bodyText, cue, 1)) {
    const first = normaliseName(m[1]!);
    // "Kassym-Jomart Tokayev": a hyphenated first name is the person's own, word by word.
    const ownFirst = wordsOf(m[1]!).every((w) => own.includes(w));
    if (ownFirst || ROLE_WORDS.has(first) || NO_FIRST_NAME.test(m[1]!)) continue;
    // "Sergei Lavrov" for the gazetteer's Sergey Lavrov is the same man.
    if (resolveEntityAt(m[0], at)?.id !== person.id) return true;
  }
  return false;
}

/**
 * A surname's patterns, made once per surname: headlines name the same people again and again.
 * allMatchesNearCue sets both patterns' lastIndex before each use, so one pair serves every call.
 */
const patternsBySurname = new Map<string, { before: RegExp; cue: RegExp }>();

function surnamePatterns(surname: string): { before: RegExp; cue: RegExp } {
  let made = patternsBySurname.get(surname);
  if (!made) {
    const written = escapedForRegExp(surname);
    made = {
      before: new RegExp(`(\\p{Lu}[\\p{L}\\p{M}’'-]+)\\s+${written}(?![\\p{L}\\p{M}])`, 'gu'),
      cue: new RegExp(written, 'gu'),
    };
    if (patternsBySurname.size >= 5_000) patternsBySurname.clear();
    patternsBySurname.set(surname, made);
  }
  return made;
}

function escapedForRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words as said: inside quote marks that wrap them all (direct), else all of them (reported). */
function saidSpan(
  text: string,
  words: Span,
): { quote: Span; kind: Statement['kind']; opensQuote?: boolean } | null {
  let { start, end } = words;
  while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  // "The Kremlin confirmed that …": the content starts after its "that" (CONVENTIONS 16).
  const that = /^that\s+/u.exec(text.slice(start, Math.min(end, start + 10)));
  if (that) start += that[0].length;
  if (end <= start) return null;
  const close = QUOTE_PAIR[text[start]!];
  if (close && text[end - 1] === close && end - start > 2) {
    const inner = text.slice(start + 1, end - 1);
    if (!inner.includes(text[start]!) && !inner.includes(close))
      return { quote: { start: start + 1, end: end - 1 }, kind: 'direct' };
  }
  // "report "progress" on peace treaty": content that opens with a quote starts inside its marks
  // (CONVENTIONS 16), and the quoted words make it said, a verb or none.
  const shut = close ? text.indexOf(close, start + 1) : -1;
  if (close && shut > start + 1 && shut < end - 1 && !text.slice(start + 1, shut).includes('\n'))
    return { quote: { start: start + 1, end }, kind: 'reported', opensQuote: true };
  return { quote: { start, end }, kind: 'reported' };
}

const WORD_TOKEN = /\p{L}[\p{L}’'-]*/gu;
const FIGURE_TOKEN = /(?<![\p{L}\p{N}])\p{N}[\p{N},.]*/gu;

/**
 * Statements are clauses: a verb, no question, and not the Title Case of a label or a US paper's
 * headline, unless the line's own attribution says it is Title Case by style (`titleCase`): then
 * its words are read in sentence case.
 */
function isClause(said: string, titleCase = false, saying = false, fronted = false): boolean {
  if (/[?]\s*$/.test(said)) return false;
  const tokens = said.match(WORD_TOKEN) ?? [];
  // A figure is a word of the clause ("49 soldiers killed"). After a verb of saying two words are
  // a clause in headline English ("Armenia says truce agreed"); a label needs three to be one.
  if (tokens.length + (said.match(FIGURE_TOKEN)?.length ?? 0) < (saying ? 2 : 3)) return false;
  // "Biden Says He Will Visit": every longer word capitalised. Names alone leave a verb in lower case.
  const long = tokens.slice(1).filter((w) => w.length > 3);
  const capitalised = long.length >= 2 && long.every((w) => CAPITAL_START.test(w));
  if (capitalised && !titleCase) return false;
  const words = capitalised ? sentenceCase(said) : said;
  const tagged = tag(words);
  return (
    tagged.some((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !reducedRelative(tagged, i)) ||
    headlineVerb(tagged) ||
    (saying && fronted && elidedCopula(tagged))
  );
}

/**
 * "the early withdrawal of the contingent deployed after the war": an "-ed" form right after the
 * object of a preposition, in words an article opens, is a participle that describes that object,
 * no finite verb. Headline English drops the article before a clause's subject, so a noun phrase
 * with "the" and a preposition before the form is the thing confirmed, not what was said.
 */
function reducedRelative(tagged: readonly { word: string; pos: string }[], i: number): boolean {
  if (!/^\p{Ll}+ed$/u.test(tagged[i]!.word) || !/^the$/i.test(tagged[0]?.word ?? '')) return false;
  // The tagger may read the object's noun as an adjective ("the contingent").
  if (!/^(?:NOUN|ADJ)$/.test(tagged[i - 1]?.pos ?? '')) return false;
  let k = i - 2;
  while (k >= 0 && /^(?:ADJ|NOUN|DET|NUM)$/.test(tagged[k]!.pos)) k--;
  return k > 0 && tagged[k]!.pos === 'ADP';
}

/**
 * "Dozens dead, says ombudsman", "At least 32 dead", "says peace deal still possible": headline English drops the copula before a
 * predicate adjective; before their attribution, a subject (a figure or a noun) and the adjective
 * that ends the words are a clause. After "reports" the same words are its object, a figure.
 */
function elidedCopula(tagged: readonly { word: string; pos: string }[]): boolean {
  // "Peace deal still possible as Aliyev skips summit": an adverb may stand before the adjective,
  // and a clause of time or cause may follow it; the predicate ends where that clause opens.
  const opens = tagged.findIndex((t, i) => i >= 2 && HEADLINE_SUBORDINATOR.test(t.word));
  const n = opens > 0 ? opens : tagged.length;
  const before = tagged[n - 2]?.pos === 'ADV' ? n - 3 : n - 2;
  return before >= 0 && tagged[n - 1]!.pos === 'ADJ' && /^(?:NUM|NOUN|PROPN)$/.test(tagged[before]!.pos);
}

const HEADLINE_SUBORDINATOR = /^(?:as|after|while|amid|despite|before|until|because|following)$/i;

/** Quoted words with no verb, as headlines condense a saying: three words or more (two beside a verb of saying), no question, no Title Case. */
function isQuotedPhrase(said: string, saying = false, fragment = false): boolean {
  if (/[?]\s*$/.test(said)) return false;
  const tokens = said.match(WORD_TOKEN) ?? [];
  if (fragment) return tokens.length >= 1;
  const long = tokens.slice(1).filter((w) => w.length > 3);
  // Beside a verb of saying, two quoted words are said ("“Mission accomplished,” says Ankara").
  return tokens.length >= (saying ? 2 : 3) && !(long.length >= 2 && long.every((w) => CAPITAL_START.test(w)));
}

const TITLE_CASED_INNER_WORD = /(?<=\s)\p{Lu}\p{Ll}[\p{L}’'-]*/gu;

/** "Armenia Has Frozen Its Participation" → "Armenia has frozen its participation": the first word and acronyms kept. */
function sentenceCase(words: string): string {
  return words.replace(TITLE_CASED_INNER_WORD, (w) => w.toLowerCase());
}

const SUBJECT_WORD = /^(?:PROPN|NOUN|ADJ|DET|NUM)$/;
const OBJECT_START = /^(?:DET|PROPN|NUM|PRON|ADJ)$/;

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * Headline English drops the article and keeps the verb bare ("Armenian forces shell Tartar
 * district", "Türkiye backs a lasting peace"), and the tagger reads that verb as a noun. A noun
 * after a subject noun phrase and before an object is a verb when a pronoun in place of the
 * subject makes it one ("They shell Tartar district").
 */
function headlineVerb(tagged: readonly { word: string; pos: string }[]): boolean {
  for (let i = 1; i < Math.min(tagged.length - 1, 7); i++) {
    const before = tagged[i - 1]!.pos;
    // "Death toll in Barda attack …": a preposition after the subject's noun opens its modifier.
    if (
      !SUBJECT_WORD.test(before) &&
      !(before === 'ADP' && i >= 2 && /^(?:NOUN|PROPN)$/.test(tagged[i - 2]!.pos))
    )
      return false;
    // "120,000 people face …": a number or an article opens the subject; its head noun ends it.
    if (!/^(?:NOUN|PROPN)$/.test(before)) continue;
    // Four words make a subject, more only with a modifier ("Death toll in Barda attack").
    if (i >= 5 && !tagged.slice(0, i).some((t) => t.pos === 'ADP')) return false;
    const candidate = tagged[i]!;
    // "… rises to 105": a verb of change takes its figure after a preposition.
    const toFigure = tagged[i + 1]!.pos === 'ADP' && tagged[i + 2]?.pos === 'NUM';
    if (
      candidate.pos !== 'NOUN' ||
      !LOWER_CASE_WORD.test(candidate.word) ||
      !(OBJECT_START.test(tagged[i + 1]!.pos) || toFigure)
    )
      continue;
    const pronoun = candidate.word.endsWith('s') ? 'It' : 'They';
    const rest = tagged.slice(i).map((t) => t.word);
    if (tag(`${pronoun} ${rest.join(' ')}`)[1]?.pos === 'VERB') return true;
    // "Blast wounds two deminers": the tagger takes "It wounds" for a noun, not "They wound".
    const stem = /^(\p{Ll}{3,})s$/u.exec(candidate.word)?.[1];
    if (stem && !stem.endsWith('s') && tag(`They ${stem} ${rest.slice(1).join(' ')}`)[1]?.pos === 'VERB')
      return true;
  }
  return false;
}
