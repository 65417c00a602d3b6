import { findEntityMentions } from '../entities/mentions.ts';
import { DEFAULT_ROLE_DATE, type RoleDate, resolveEntityAt, roleAt } from '../entities/resolve.ts';
import { trailingProperName } from '../entities/textEntity.ts';
import type {
  DocumentTimeline,
  Entity,
  Paragraph,
  Sentence,
  Span,
  Statement,
  StatementKind,
} from '../types.ts';
import { spokenByAnAdjective } from './adjectiveSpeaker.ts';
import { apposedNameDisowned } from './apposedOther.ts';
import { relayerTitleApposed } from './apposedTitle.ts';
import {
  clauseSubjectBeforeQuote,
  findFrameAttribution,
  quoteLeads,
  relativeSaying,
  relativeWhichSaying,
} from './attribution/frames.ts';
import { subjectOfVerbBefore } from './attribution/subject.ts';
import {
  type Attribution,
  maskQuotes,
  parseAttributionTail,
  tailAfterQuoteGoesOn,
  trimSpan,
} from './attribution/tail.ts';
import { blockIntroduction, innerSaying, participleAfterTail, secondSaying } from './attribution/verbForm.ts';
import { calledBeforeSaying, namesAfterSaying } from './calledQuote.ts';
import { withCitedTails } from './citedTail.ts';
import { citedWhereRead } from './citedWhereRead.ts';
import { withCitedSources } from './citing.ts';
import { quoteClause } from './clause.ts';
import { clauseIntoQuote, SECOND_SAYING_PARTICIPLE, TOLD_WHOM_BEFORE_COMMA } from './clauseIntoQuote.ts';
import { quotesATitle, saysNothing, withoutItemLabel, withoutOpeningConnective } from './contentTail.ts';
import { coordinatedSaying } from './coordinated.ts';
import { isCorrectionsNotice, remarkMadeBy, withoutCorrectedPieces } from './correctionsNotice.ts';
import { withCourtParties } from './courtParties.ts';
import { untaggedDashWords } from './dashGoesOn.ts';
import { dashSpeechOf, hasDashSpeech } from './dashSpeech.ts';
import { statementDate } from './dates.ts';
import { withDefinitesBack } from './definiteBack.ts';
import { nameDescribedSpeakers } from './describedThenNamed.ts';
import {
  type Discourse,
  newDiscourse,
  type ResolvedSpeaker,
  resolveSpeaker,
  titlesBefore,
} from './discourse.ts';
import { spokenByADocument } from './documentSpeaker.ts';
import { genreSaying } from './genreSaying.ts';
import { postHolderBefore } from './groupMembers.ts';
import {
  groupAgain,
  jointAfterQuote,
  jointTextAgain,
  NAMES_TOGETHER_FIRST,
  namedTogether,
  speakersNamed,
  speakersOf,
} from './groupSpeakers.ts';
import { asHeadlineStatement } from './headingLine.ts';
import { withWitnessNamed } from './hearingWitness.ts';
import { INTERVIEWER_BEFORE, openingInterviewee } from './interviewee.ts';
import { jointTeller } from './jointTeller.ts';
import { kinInQuote, kinTeller } from './kinTeller.ts';
import {
  COMMUNICATION_VERB,
  INVERTIBLE_AFTER_QUOTE,
  INVERTIBLE_VERB,
  LEADING_CONNECTIVE,
  SAYING_PARTICIPLE_WORDS,
  wordsExcept,
} from './lexicon.ts';
import { withListedSpeakers } from './listedSpeakers.ts';
import { maskDigitGroupCommas } from './mask.ts';
import { openedBy } from './openedBy.ts';
import { quotesOutletToldTo, withoutMarksOf } from './outletTitle.ts';
import {
  citedAfter,
  type DocumentOutlet,
  documentOutlet,
  isCorrespondentReport,
  isOwnLineOutlet,
  isOwnOutlet,
} from './ownOutlet.ts';
import { findPeople, genderOf, knownGender, namedTogetherIn } from './people.ts';
import { learnGenders } from './personGender.ts';
import { withPapersNamed } from './pressReview.ts';
import { quotedAsSaying } from './quotedAsSaying.ts';
import { findQuotes, type Quote, quoteSpans } from './quotes.ts';
import { relativeClauseSaying } from './relativeClauseSaying.ts';
import {
  appraisedWords,
  canRelay,
  describedPrincipal,
  directedWords,
  findPrincipal,
  isNewsMedium,
  principalContentStart,
  principalInSayingTail,
  type RelayedWords,
  reportsAsOutlet,
} from './relay.ts';
import { restrictiveSaying } from './restrictiveSaying.ts';
import { withSameSourceBack } from './sameSource.ts';
import { onlyPointsBack, sourceOfSentenceBefore } from './sourceOfBefore.ts';
import { withoutWordlessActs } from './speechAct.ts';
import { reactedToOnly } from './topicObject.ts';
import { nameByInitials, STAGE_DIRECTION, TIME_CODE, type Turn, transcriptOf, turnWords } from './turns.ts';
import { buildUnits, isHeading, type Unit } from './units.ts';
import { nameIntroducedCallings, nameUnnamedRoles } from './unnamedRoles.ts';
import { withoutUnresolvedDefinites } from './unresolvedDefinite.ts';
import { saidByWhoseNoun } from './whoseSaying.ts';
import { writtenAnswersOf } from './writtenAnswers.ts';

/**
 * Who said what, when: direct quotes and reported speech with their speakers. Conventions
 * (the eval gold and the tests follow them):
 * - `quote` is verbatim: the inner text of the quote marks (a quote split by its attribution,
 *   or running over paragraphs, is one statement whose other pieces are `continuation`), or for
 *   reported speech the clause the speech verb governs; never the attribution itself.
 * - A quote that opens the content ("described it as “utterly unacceptable”") makes the
 *   statement direct; a few quoted words inside a reported clause leave it reported, with the
 *   whole clause as its quote.
 * - A relayed statement (a spokesperson, body or written statement telling what someone else
 *   said or did) has speaker = that someone, via = the relayer: see relay.ts.
 * - Headlines and other lines without a full stop give no statements, except a headline that
 *   says who "says" it, naming a speaker the gazetteer knows (see headlineSays), marked as the
 *   outlet's headline (headingLine.ts); "Name: words" headlines are read in headline.ts.
 * - Acts that report no words ("accused Baku of …", "urged the sides to …", "called for …",
 *   "pledged to …", "denied the charges") give no statements (speechAct.ts, CONVENTIONS 10).
 */
export function extractStatements(
  text: string,
  docId: string,
  sentences: Sentence[],
  paragraphs: Paragraph[],
  timeline: DocumentTimeline,
  outletName?: string | null,
  siteUrl?: string | null,
): Statement[] {
  const found = findQuotes(text, paragraphs);
  // 'told "Der Bund"': the outlet's name in marks is no one's words; read as if unmarked.
  const quotes = found.filter((q) => !quotesOutletToldTo(text, q));
  const masked = withoutMarksOf(
    maskDigitGroupCommas(
      maskQuotes(
        text,
        quotes.flatMap((q) => q.parts),
      ),
    ),
    found.filter((q) => !quotes.includes(q)),
  );
  const headings = new Set(paragraphs.filter((p) => isHeading(text, p)).map((p) => p.index));
  const d = newDiscourse(roleDate(timeline), text);
  d.outlet = documentOutlet(outletName, text, siteUrl);
  const statements: Statement[] = [];
  let previous: Previous | null = null;
  const units = buildUnits(sentences, quotes);

  let peopleRead = 0;
  d.readPeopleBefore = (upTo) => {
    for (; peopleRead < upTo; peopleRead++) {
      const u = units[peopleRead]!;
      const found = findPeople(text, u.start, u.end, d.surnames);
      learnGenders(text, u.start, u.end, found, d.genders);
      // A byline's, a time stamp's or a headline's names are no one a later "he" points back to.
      if (headings.has(u.firstParagraph)) continue;
      for (const p of found) d.people.push({ ...p, unit: peopleRead });
    }
  };
  let mentionsRead = 0;
  d.readMentionsBefore = (upTo) => {
    for (; mentionsRead < upTo; mentionsRead++) {
      const u = units[mentionsRead]!;
      d.mentions.push(...findEntityMentions(text, u.start, u.end));
    }
  };
  const notice = isCorrectionsNotice(text);
  const answered = new Set<number>();
  /** Who answers in each answered paragraph. */
  const answerers = new Map<number, string>();
  /** The last answer or labelled turn: an answer going on is its speaker's, whatever it relayed. */
  let lastAnswer: Statement | undefined;
  const consumed = new Set<number>();
  units.forEach((unit, unitIndex) => {
    d.unit = unitIndex;
    d.paragraph = unit.firstParagraph;
    d.unitStart = unit.start;
    d.speakerAt = -1;
    const turn = answered.has(unit.firstParagraph)
      ? null
      : (writtenAnswer(text, paragraphs, unit, d) ??
        briefingAnswer(text, paragraphs, unit, d) ??
        dashInterviewAnswer(text, paragraphs, unit, d) ??
        transcriptTurn(text, paragraphs, unit, d, answered, lastAnswer) ??
        labelledTurn(text, paragraphs, unit, d));
    // A question, a host's framing or the chair's line in a transcript: read as prose, no one's turn.
    const silent = turn === SILENT_TURN;
    const answer =
      turn === SILENT_TURN
        ? null
        : (turn ??
          (answered.has(unit.firstParagraph)
            ? null
            : answerGoesOn(text, paragraphs, unit, d, answered, lastAnswer)));
    if (answer) answered.add(unit.firstParagraph);
    // A headline is no labelled turn: "Blinken: Just and lasting peace …" is the outlet's (headline.ts).
    const labelled =
      answer || silent || answered.has(unit.firstParagraph) || headings.has(unit.firstParagraph)
        ? null
        : colonLabelled(text, paragraphs, unit, d);
    // A briefing answer or a labelled turn is its whole paragraph; a paragraph already answered is done.
    const whole = answer ?? labelled;
    if (answer || answered.has(unit.firstParagraph) || labelled) {
      const turnStart = paragraphs[unit.firstParagraph]?.start ?? unit.start;
      // A recorded conversation's turn tells of others as a reporter does: its "he" is never its
      // speaker (who says "I"), and what it names moves the discourse on.
      const timed = TIME_CODE.test(text.slice(turnStart, turnStart + 14));
      // A written answer tells of what others told the minister ("He assured me that …") as a report does.
      const reports = timed || writtenAnswersOf(text, paragraphs)?.has(unit.firstParagraph) === true;
      if (whole) {
        const statement = finish(text, docId, statements.length + 1, whole, timeline, null);
        statements.push(statement);
        lastAnswer = statement;
        previous = { statement, unitIndex, paragraph: unit.firstParagraph };
        if (!reports)
          remember(
            d,
            whole,
            { entity: whole.speaker, mention: whole.mention, viaDocument: false },
            false,
            unit.firstParagraph,
          );
      }
      if (whole) answerers.set(unit.firstParagraph, whole.speaker.id);
      const answerer = answerers.get(unit.firstParagraph);
      // "A - … Catherine Colonna has said that …": someone else's saying the answer relays is theirs too.
      if (answerer && answered.has(unit.firstParagraph)) {
        // The answer stays what the discourse points back to: reading inside it moves no focus.
        const { lastPerson, lastBody, activeStatement } = d;
        for (const draft of readUnit(
          text,
          masked,
          withoutTurnLabel(text, paragraphs, unit),
          d,
          null,
          unitIndex,
        )) {
          if (draft.speaker.id === answerer || !relayedInTurn(draft, reports)) continue;
          statements.push(finish(text, docId, statements.length + 1, draft, timeline, null));
        }
        if (!reports) Object.assign(d, { lastPerson, lastBody, activeStatement });
      }
    } else if (consumed.has(unitIndex)) {
      // The bare attribution of the quote before ("…?” | Clinton said.") was read with it.
    } else if (headings.has(unit.firstParagraph)) {
      for (const draft of headlineSays(text, masked, unit, d, unitIndex)) {
        const said = asHeadlineStatement(
          text,
          finish(text, docId, statements.length + 1, draft, timeline, null),
        );
        if (said) statements.push(said);
      }
    } else {
      const made = readUnit(text, masked, unit, d, previous, unitIndex, units, (count = 1) => {
        for (let k = 1; k <= count; k++) consumed.add(unitIndex + k);
      });
      // A quote that went on with the saying before ("“A,” he said. “My sister told me …”") hands
      // on the relative's words as the first piece would; the saying stays what later quotes continue.
      if (!made.length && previous?.unitIndex === unitIndex)
        for (const draft of kinInLaterPiece(text, unit, previous.statement))
          statements.push(finish(text, docId, statements.length + 1, draft, timeline, null));
      const relatives = new Set(relativeSayingDrafts(text, masked, unit, d, made));
      made.push(...relatives);
      const inRelative = relativeClauseSayingDraft(text, masked, unit, d, made);
      if (inRelative) {
        made.push(inRelative);
        relatives.add(inRelative);
      }
      const genre = made.length
        ? null
        : (genreSayingDraft(text, masked, unit, d) ?? openedByDraft(text, masked, unit, d));
      if (genre) made.push(genre);
      // "Aliyev announced this in an address", "The agency reports that this was announced by …":
      // the words are the sentence before; a clause read from the pointing sentence itself is a
      // misreading of its subject or of the outlet passing it on.
      const saysThis = made.length > 0 && onlyPointsBack(text, unit);
      const sourced =
        (made.length && !saysThis) || previous?.unitIndex === unitIndex - 1
          ? null
          : sourceOfBeforeDraft(text, units ?? NO_UNITS, unitIndex, d);
      if (sourced && saysThis) made.splice(0, made.length);
      if (sourced) {
        made.push(sourced);
        // "That was what the region's health ministry stated. According to the ministry, …": the
        // source named after the words is the one a later "the ministry" points back to.
        const outer = { entity: sourced.speaker, mention: sourced.mention, viaDocument: false };
        remember(d, sourced, outer, statementWords(masked, unit), unit.firstParagraph);
      }
      const dashed = made.length
        ? null
        : untaggedDashDraft(text, paragraphs, units ?? NO_UNITS, unitIndex, statements);
      if (dashed) {
        made.push(dashed);
        // The paragraph's other sentences are the same words.
        for (let k = unitIndex + 1; units?.[k]?.firstParagraph === unit.firstParagraph; k++) consumed.add(k);
      }
      const remark = notice ? remarkDraft(masked, paragraphs, unit, d) : null;
      if (remark) made.push(remark);
      const carried = quotedAsSayingDrafts(text, masked, unit, d);
      if (carried.length) {
        // "Respublika quotes Armenian media reports that …" is no saying of "Respublika quotes Armenian media".
        const kept = made.filter(
          (x) => !QUOTING_VERB.test(x.mention) && x.quote.start !== carried[0]!.quote.start,
        );
        made.splice(0, made.length, ...kept, ...carried);
      }
      let lastRead = unitIndex;
      while (consumed.has(lastRead + 1)) lastRead++;
      const tailUnit = lastRead > unitIndex ? units[lastRead] : undefined;
      for (const draft of made) {
        if (tailUnit) draft.context = { start: draft.context.start, end: tailUnit.end };
        const statement = finish(
          text,
          docId,
          statements.length + 1,
          draft,
          timeline,
          previousInParagraph(sentences, draft.sentence),
        );
        handBackOpenPart(text, paragraphs, previous, statement, unit, unitIndex);
        statements.push(statement);
        if (clauseAfterQuote.has(draft)) continue;
        // `“A,” said Lee, who noted that B. “C.”`: the relative's saying is told inside the
        // attribution of the quote A, which the next quote goes on with.
        if (relatives.has(draft) && previous?.unitIndex === lastRead && previous.statement.kind === 'direct')
          continue;
        previous = {
          statement,
          unitIndex: lastRead,
          paragraph: unit.firstParagraph,
        };
      }
    }
  });
  d.speakerAt = -1;
  const unlabelled = withDashQuotedParagraphs(text, paragraphs, d, statements).map((s) =>
    s.kind === 'reported' ? Object.assign(s, { quote: withoutItemLabel(text, s.quote) }) : s,
  );
  const resolvePhrase = speakerEntityIn(d);
  const citedWhere = citedWhereRead.get(d);
  const cited = withCitedTails(
    text,
    withCitedSources(text, unlabelled, (phrase, at) => {
      const read = citedWhere?.get(at);
      return read?.phrase === phrase ? read.entity : resolvePhrase(phrase);
    }),
    resolvePhrase,
  );
  const voiced = nameDescribedSpeakers(
    text,
    nameIntroducedCallings(
      text,
      nameUnnamedRoles(d.outlet ? withoutOwnVoice(text, cited, d.outlet, d) : cited),
    ),
  );
  const named = withWitnessNamed(
    text,
    withPapersNamed(text, notice ? withoutCorrectedPieces(text, voiced) : voiced),
  );
  const parties = withDefinitesBack(
    text,
    withCourtParties(text, named, (phrase) => resolveSpeaker(phrase, d)?.entity ?? null),
  );
  const kept = withoutUnresolvedDefinites(
    text,
    withoutWordlessActs(
      text,
      withSameSourceBack(text, parties).filter(
        (s) =>
          !isCorrespondentReport(text, s.mention, s.context) &&
          !spokenByAnAdjective(s) &&
          !spokenByADocument(s) &&
          !apposedNameDisowned(text, s) &&
          !saidByWhoseNoun(text, s),
      ),
    ),
    resolvePhrase,
  );
  return kept.length === parties.length && cited.length === unlabelled.length
    ? kept
    : kept.map((s, i) => ({ ...s, id: s.id.replace(/#s\d+$/, `#s${i + 1}`) }));
}

/**
 * The entity a phrase names as a speaker in the discourse, or null. Returned from here: a named
 * closure made per document costs the dev loader a naming call each time.
 */
function speakerEntityIn(d: Discourse): (phrase: string) => Entity | null {
  return (phrase) => resolveSpeaker(phrase, d)?.entity ?? null;
}

/**
 * The outlet's own voice ("…, Azernews reports", "Earlier, Sputnik Armenia reported that …") is the
 * writer's, no statement; when it cites a source ("As Caliber.Az reports with reference to the
 * ministry, …") the source said it.
 */
function withoutOwnVoice(
  text: string,
  statements: Statement[],
  outlet: DocumentOutlet,
  d: Discourse,
): Statement[] {
  const kept: Statement[] = [];
  let changed = false;
  for (const s of statements) {
    const at = text.indexOf(s.mention, s.context.start);
    const inContext = at >= 0 && at < s.context.end ? at : -1;
    if (
      !isOwnOutlet(s.speaker, s.mention, outlet) &&
      !isOwnLineOutlet(s.speaker, s.mention, text, inContext, outlet)
    ) {
      kept.push(s);
      continue;
    }
    changed = true;
    const cited = at >= 0 && at < s.context.end ? citedAfter(text, at + s.mention.length) : null;
    const source = cited ? resolveEntityAt(cited, d.at) : null;
    if (source && source.kind !== 'place') kept.push({ ...s, speaker: source, mention: cited! });
  }
  return !changed ? statements : kept.map((s, i) => ({ ...s, id: s.id.replace(/#s\d+$/, `#s${i + 1}`) }));
}

/** A headline or post title that attributes with "says": "Blinken “deeply concerned,” State Department says". */
const HEADLINE_SAYS = /\b(?:says|said)\b/;

/**
 * A headline, deck or live post's title that says who says what ("Armenia's prime minister says
 * …", "…, State Department says") is that speaker's statement, when the speaker is one the
 * gazetteer knows by those words: "rights official says" names no one. Other verbs
 * ("Kremlin urges …", "Blinken tells Baku …") stay headline copy. Reading it moves no focus.
 */
function headlineSays(text: string, masked: string, unit: Unit, d: Discourse, unitIndex: number): Draft[] {
  if (!HEADLINE_SAYS.test(masked.slice(unit.start, unit.end))) return [];
  const { lastPerson, lastBody, activeStatement } = d;
  // A headline stands apart from the text: its speaker must be known by its own words, not by
  // the discourse ("rights official" is not the last official who spoke).
  const drafts = readUnit(text, masked, unit, d, null, unitIndex).filter(
    (draft) => !draft.via && resolveEntityAt(draft.mention, d.at)?.id === draft.speaker.id,
  );
  Object.assign(d, { lastPerson, lastBody, activeStatement });
  return drafts;
}

/** Someone an answer may relay: a known person or body, or a person the text names in full ("Even my own folks" is not). */
function namedOther(e: Entity): boolean {
  return !e.id.startsWith('text:') || (e.kind === 'person' && e.name.includes(' '));
}

/** A body ("the Migration and Citizenship Service", "the health ministry"): someone else, whom an answer relays. */
function namedBody(e: Entity): boolean {
  return e.kind === 'organisation' || e.kind === 'government';
}

const OWN_PEOPLE = /^(?:my|our|your)\s/i;

/** "A woman told me …", "a doctor said": one person the speaker met, never the speaker. */
const INDEFINITE_ONE = /^(?:an?|one)\s+\p{Ll}+$/iu;

/** A pronoun inside an answer points back into the answer's own talk: no one else's saying. */
const RELAYED_PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;

/**
 * Someone else's saying inside an answer. A recorded conversation's turn (time-coded) tells of
 * others as a reporter does ("People told me …", "A source … told me"), and "he" there may be
 * the official the question named, when he resolves to one the gazetteer knows.
 */
function relayedInTurn(draft: Draft, timed: boolean): boolean {
  // "My son asked me …": the speaker's own people, told of in passing.
  if (OWN_PEOPLE.test(draft.mention)) return false;
  if (!RELAYED_PRONOUN.test(draft.mention))
    return (
      timed || namedOther(draft.speaker) || namedBody(draft.speaker) || INDEFINITE_ONE.test(draft.mention)
    );
  return timed && !draft.speaker.id.startsWith('text:');
}

/**
 * "– I built this house myself. No one will live in it, he says.": in copy that quotes with a
 * dash, the speech the dash opens is the speaker's own words, every sentence of it, up to the
 * attribution that closes it (dashSpeech.ts). A statement read from its last sentence then starts
 * at the dash. A pronoun's saying inside that speech ("– He called my mother and said they were
 * packing, she says.") tells of someone the speaker knows, not of the narration's last speaker:
 * it is dropped, and a relative's words handed on are read as the relative's (kinInQuote).
 */
function withDashQuotedParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  d: Discourse,
  statements: Statement[],
): Statement[] {
  if (!hasDashSpeech(text, paragraphs) && !DASH_AFTER_SENTENCE.test(text)) return statements;
  const interview = dashInterview(text, paragraphs, d);
  const speeches: Span[] = [];
  let added = false;
  const read = statements.flatMap((s): Statement[] => {
    if (s.kind !== 'reported' || s.continuation || s.line) return [s];
    const p = paragraphs.find((q) => q.start <= s.quote.start && s.quote.start < q.end);
    if (!p) return [s];
    const speech = dashSpeechOf(text, p, s.quote);
    if (!speech) return [s];
    // An interview's answer read whole is the interviewee's; a tag inside it is someone they quote.
    if (
      interview?.turns.has(p.index) &&
      statements.some((o) => o !== s && o.quote.start >= p.start && o.quote.start <= speech.start + 1)
    )
      return [s];
    speeches.push(speech);
    const direct: Statement = {
      ...s,
      kind: 'direct',
      quote: speech,
      context: { start: Math.min(s.context.start, p.start), end: s.context.end },
    };
    // "– She told me the shops were empty, she says.": a relative's words handed on in the dash
    // quote are the relative's, as in a quote in marks (CONVENTIONS row S).
    const kin = s.via
      ? null
      : kinInQuote(text, direct.quote, s.speaker, previousParagraphStart(text, p.start));
    if (!kin) return [direct];
    added = true;
    const { clause: _clause, ...plain } = direct;
    const relayed: Statement = {
      ...plain,
      speaker: kin.speaker.entity,
      mention: kin.speaker.mention,
      via: s.speaker,
      kind: 'reported',
      quote: kin.words,
    };
    return [direct, relayed];
  });
  if (!speeches.length) return statements;
  const kept = read.filter(
    (s) =>
      s.via ||
      !PRONOUN_MENTION.test(s.mention) ||
      !speeches.some((q) => q.start < s.quote.start && s.quote.start < q.end),
  );
  if (!added && kept.length === read.length) return kept;
  return kept.map((s, i) => ({ ...s, id: s.id.replace(/#s\d+$/, `#s${i + 1}`) }));
}

/** A dash after a finished sentence, opening speech mid-paragraph: "… this year. – We have …". */
const DASH_AFTER_SENTENCE = /[.!?…]["”»]?\s+[—–]\s+\p{Lu}/u;
/** A speaker named only by a third-person pronoun: inside someone's speech, a person they tell of. */
const PRONOUN_MENTION = /^(?:he|she|they|him|her|them)$/i;

const QUESTION_LABEL = /^(?:Q|Question|QUESTION)\s*(?:\([^)]*\))?\s*[:.—–-]\s*/;
const ASKER_LABEL = /^(?:Journalist|Reporter|Correspondent|Interviewer|Moderator)\b[^:]{0,40}:/;
const ANSWER_LABEL =
  /^(?:(?:A|Answer)\s*(?:\(([^)]{2,60})\))?\s*(?:[:—–-]|\.(?=\s+\p{Lu}))|(\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){0,3})\s*:)\s+(?:[-–—]\s+)?/u;

/**
 * A question-and-answer briefing: a paragraph labelled as a question (or ending with one),
 * then an answer labelled "A:", "Answer (Name):" or "Name:". The answer is the official's own
 * words, all of its paragraph; a bare "A:" is the person the briefing named last.
 */
function briefingAnswer(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | null {
  const p = paragraphs[unit.firstParagraph];
  if (!p || unit.start !== p.start) return null;
  const question = paragraphs[unit.firstParagraph - 1];
  // A briefing's first question may stand in the header, before the body's first paragraph.
  const asked = question
    ? text.slice(question.start, question.end).trim()
    : unit.firstParagraph === 0
      ? (text
          .slice(0, p.start)
          .trim()
          .split(/\n\s*\n/)
          .pop() ?? '')
      : '';
  const label = ANSWER_LABEL.exec(text.slice(p.start, p.end));
  if (!label) return null;
  const interview = interviewerAsked(asked, label[2]);
  if (!QUESTION_LABEL.test(asked) && !(asked.endsWith('?') && ASKER_LABEL.test(asked)) && !interview)
    return null;
  const labelled = label[1] ?? label[2];
  // A broadcast's correspondent answers the host in the outlet's voice, not as a source.
  if (label[2] && transcriptShape(text, paragraphs).staff.has(label[2])) return null;
  const named = labelled && CAPITALS_LABEL.test(`${labelled}: `) ? fromCapitals(labelled) : labelled;
  const speaker = named
    ? resolveSpeaker(named, d)
    : (headerSpokesperson(text, paragraphs, d) ??
      questionTaker(text, paragraphs, d) ??
      introducedAnswerer(text, paragraphs, unit, d) ??
      speakerBeforeQuestion(paragraphs, unit, d) ??
      openingPerson(text, paragraphs, d) ??
      headlinePerson(text, paragraphs));
  // "NOTE: The briefing ended …" is the transcript's, not a speaker's.
  if (!speaker || speaker.viaDocument) return null;
  // An interview's answer label must name a person ("Beglaryan:"), not a heading ("Background:").
  if (interview && speaker.entity.kind !== 'person') return null;
  return wholeParagraphSaid(speaker, restOfParagraph(text, p.start + label[0].length, p), p, unit);
}

/**
 * "… spokesperson Randhir Jaiswal said India had … | Q: …? | A: Our defence cooperation …": a news
 * story that prints one exchange of a briefing after quoting its official; the bare "A:" is the
 * person who spoke in the paragraph right before the question.
 */
function speakerBeforeQuestion(
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): ResolvedSpeaker | null {
  const before = paragraphs[unit.firstParagraph - 2];
  const person = d.lastPerson;
  if (!before || !person) return null;
  for (let i = d.people.length - 1; i >= 0; i--) {
    const named = d.people[i]!;
    if (named.start < before.start) break;
    if (named.entity === person && named.start < before.end)
      return { entity: person, mention: person.name, viaDocument: false };
  }
  return null;
}

const writtenAnswerers = new WeakMap<readonly Paragraph[], Map<string, ResolvedSpeaker | null>>();

/**
 * A written answer's paragraph (see writtenAnswers.ts) is the answering minister's statement, whole,
 * when the page names them in full or the gazetteer knows them ("Vice-President Borrell" by "Borrell").
 */
function writtenAnswer(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | null {
  const p = paragraphs[unit.firstParagraph];
  if (!p || unit.start !== p.start) return null;
  const answer = writtenAnswersOf(text, paragraphs)?.get(p.index);
  if (!answer) return null;
  const { name } = answer;
  let known = writtenAnswerers.get(paragraphs);
  if (!known) writtenAnswerers.set(paragraphs, (known = new Map()));
  let speaker = known.get(name);
  if (speaker === undefined) {
    // "Vice-President Borrell": a title before the name, dropped word by word; the gazetteer's person first.
    let named: ResolvedSpeaker | null = null;
    let gazetteer: ResolvedSpeaker | null = null;
    const words = name.split(' ');
    for (let i = 0; i < words.length && !gazetteer; i++) {
      const entity = resolveEntityAt(words.slice(i).join(' '), d.at);
      if (entity?.kind === 'person' && !entity.id.startsWith('text:'))
        gazetteer = { entity, mention: name, viaDocument: false };
      const found: ResolvedSpeaker | null = named ? null : resolveSpeaker(words.slice(i).join(' '), d);
      if (found?.entity.kind === 'person' && !found.viaDocument && found.entity.name.includes(' '))
        named = found;
    }
    speaker = gazetteer ?? named;
    known.set(name, speaker);
  }
  if (!speaker) return null;
  return wholeParagraphSaid(speaker, restOfParagraph(text, answer.from, p), p, unit);
}

/** A turn of an interview printed without names: "— Question? | — Answer." (Russian, French copy). */
const DASH_TURN = /^[—–-][ \t\u00a0]+\S/;

interface DashInterview {
  /** Paragraphs that answer (the second, fourth, … of each run of dash turns). */
  answers: ReadonlySet<number>;
  /** Every dash turn, questions included. */
  turns: ReadonlySet<number>;
  /** The one person the opening names who is not the outlet's interviewer. */
  interviewee: ResolvedSpeaker | null;
  /** Turns printed with no dash: a lead-in's questions and answers as plain paragraphs. */
  bare: boolean;
}

const dashInterviews = new WeakMap<readonly Paragraph[], DashInterview | null>();

/**
 * An interview whose turns open with a dash and carry no names: in each run of dash turns the
 * first asks (it ends with a question) and turns alternate, question then answer. The answers are
 * the interviewee's, the one person the text names before the first question, the outlet's own
 * correspondent ("questions from … correspondent Elena Chernenko") aside; none when it names several.
 */
function dashInterview(text: string, paragraphs: readonly Paragraph[], d: Discourse): DashInterview | null {
  let known = dashInterviews.get(paragraphs);
  if (known !== undefined) return known;
  const turns = new Set<number>();
  const answers = new Set<number>();
  let first = -1;
  let run = 0;
  let bare = false;
  paragraphs.forEach((p, i) => {
    const opening = text.slice(p.start, Math.min(p.end, p.start + 4));
    if (!DASH_TURN.test(opening)) {
      run = 0;
      return;
    }
    // A run opens with a question; a dash paragraph that does not is a list or an aside.
    if (run === 0 && !text.slice(p.start, p.end).trimEnd().endsWith('?')) return;
    if (first < 0) first = i;
    turns.add(i);
    if (run % 2 === 1) answers.add(i);
    run++;
  });
  if (answers.size < 2) {
    const run = bareTurns(text, paragraphs);
    if (run) {
      turns.clear();
      answers.clear();
      for (const i of run.turns) turns.add(i);
      for (const i of run.answers) answers.add(i);
      first = run.first;
      bare = true;
    }
  }
  known = null;
  if (answers.size >= 2 && first >= 0) {
    const named = new Map<string, Entity>();
    const leadIn = new Map<string, Entity>();
    // Who the opening titled with a role: "Prime Minister Irakli Garibashvili" is "the prime minister".
    const titled: { entity: Entity; before: string }[] = [];
    let roleAnswers: string | null = null;
    // Paragraph by paragraph (a name never runs across a break), prose only: a masthead or a
    // rubric ("Daily Courier", "Politics | Interview") ends with no stop and names no one.
    for (const p of paragraphs.slice(0, first)) {
      const said = text.slice(p.start, p.end).trimEnd();
      if (!/[.!?…"”»]$/.test(said)) continue;
      // "We asked the expert Viktor Lapshin what …", "Peskov answered questions from journalists.":
      // the paragraph right before the first question that says an exchange follows.
      const introduces = p.index === first - 1 && INTERVIEW_LEAD_IN.test(said);
      // Plain paragraphs are an interview only under a lead-in that hands over to someone.
      if (bare && !introduces) continue;
      if (introduces) roleAnswers = ROLE_TAKES_QUESTIONS.exec(said)?.[1]?.toLowerCase() ?? null;
      for (const m of findPeople(text, p.start, p.end, d.surnames)) {
        if (INTERVIEWER_BEFORE.test(text.slice(Math.max(p.start, m.start - 60), m.start))) continue;
        named.set(m.entity.id, m.entity);
        titled.push({ entity: m.entity, before: text.slice(Math.max(p.start, m.start - 60), m.start + 80) });
        // "a partner at the consulting company Caspian Advisory": a firm's name is no one who answers.
        // "Radio Caspian asked X …": who asks is no one who answers.
        if (
          introduces &&
          !FIRM_BEFORE.test(text.slice(Math.max(p.start, m.start - 30), m.start)) &&
          !ASKER.test(text.slice(m.start, m.start + 80))
        )
          leadIn.set(m.entity.id, m.entity);
      }
    }
    // "… the prime minister answered journalists' questions.": the one person the opening titled so.
    const byRole = roleAnswers
      ? new Map(
          titled
            .filter((t) => t.entity.kind === 'person' && titledAs(t.before, roleAnswers, t.entity.name))
            .map((t) => [t.entity.id, t.entity]),
        )
      : null;
    // A news story before the interview names others: the one its lead-in names answers.
    const entity = bare
      ? leadIn.size === 1
        ? leadIn.values().next().value!
        : null
      : named.size === 1
        ? named.values().next().value!
        : leadIn.size === 1
          ? leadIn.values().next().value!
          : !leadIn.size && byRole?.size === 1
            ? byRole.values().next().value!
            : null;
    known = {
      answers,
      turns,
      interviewee: entity && { entity, mention: entity.name, viaDocument: false },
      bare,
    };
  }
  dashInterviews.set(paragraphs, known);
  return known;
}

/** A question printed as a paragraph of its own, with no dash or label: "Could Russia have stopped it?". */
function bareQuestion(said: string): boolean {
  return (
    said.endsWith('?') &&
    said.length <= 200 &&
    !said.includes('\n') &&
    !/^[\p{P}\p{S}]/u.test(said) &&
    !COLON_LABEL.test(said) &&
    !QUESTION_LABEL.test(said) &&
    !/[.!?]\s+\p{Lu}/u.test(said.slice(0, -1))
  );
}

/**
 * "Expresso asked X what comes next. | Is this the end …? | It is very likely. … | Could Russia …? |
 * Russia chose not to. …": right after a lead-in, plain paragraphs that alternate a one-line question
 * and an answer that asks nothing. The run ends at the first paragraph that breaks the alternation.
 */
function bareTurns(
  text: string,
  paragraphs: readonly Paragraph[],
): { turns: number[]; answers: number[]; first: number } | null {
  const said = (i: number) => {
    const p = paragraphs[i];
    return p ? text.slice(p.start, p.end).trim() : '';
  };
  for (let i = 1; i < paragraphs.length - 1; i++) {
    if (!bareQuestion(said(i))) continue;
    const leadIn = said(i - 1);
    if (!/[.!…]$/.test(leadIn) || !INTERVIEW_LEAD_IN.test(leadIn)) continue;
    const turns: number[] = [];
    const answers: number[] = [];
    for (let q = i; q + 1 < paragraphs.length && bareQuestion(said(q)); q += 2) {
      const answer = said(q + 1);
      if (
        !/[.!…"”»]$/.test(answer) ||
        answer.endsWith('?') ||
        COLON_LABEL.test(answer) ||
        ANSWER_LABEL.test(answer)
      )
        break;
      turns.push(q, q + 1);
      answers.push(q + 1);
    }
    return answers.length >= 2 ? { turns, answers, first: i } : null;
  }
  return null;
}

/**
 * A paragraph that hands over to an exchange of questions and answers: "We asked him to explain.",
 * "Business FM asked X what …", "X answered journalists' questions", "in an interview with …".
 */
const INTERVIEW_LEAD_IN =
  /\b(?:asked|answered|questions?|interview(?:ed)?|(?:spoke|talked)\s+(?:to|with|about)|conversation)\b/i;

/**
 * A lead-in whose subject is a role: "At a briefing, the prime minister answered journalists'
 * questions.", "The minister then took questions from reporters."
 */
const ROLE_TAKES_QUESTIONS =
  /(?:^|,\s+)the\s+((?:\p{Ll}+\s+){0,2}(?:minister|president|premier|spokes(?:man|woman|person)|ambassador|governor|mayor|chancellor|secretary|ombudsman|commander|envoy))\s+(?:then\s+)?(?:answered|took|fielded)\s+(?:\p{L}+['’]?\s+){0,2}?questions\b/u;

/** "Prime Minister Irakli Garibashvili" in `around`: the role written right before the person's name. */
function titledAs(around: string, role: string, name: string): boolean {
  const first = name.split(/\s+/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${role.replace(/\s+/g, '\\s+')}\\s+${first}\\b`, 'iu').test(around);
}

/**
 * The noun of a firm or an outlet right before a name: "the consulting company Caspian Advisory",
 * or an institution's "of": "the Institute of International Relations".
 */
const FIRM_BEFORE =
  /\b(?:(?:company|firm|consultancy|bank|agency|group|fund|institute|cent(?:er|re)|channel|newspaper|magazine|station|radio)|(?:institute|university|cent(?:er|re)|school|academy|foundation|college|council)\s+(?:of|for))\s+$/i;

/** A name that asks: "Radio Caspian asked …". */
const ASKER = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+asked\b/u;

/** A dialogue's turn opens with a dash, or a hyphen where the keyboard had no dash ("- Question?"). */
const DASH_OPENING = /^[—–-]$/;

/** "— Question? | — Answer.": an answer turn is the whole paragraph after its dash, the interviewee's. */
function dashInterviewAnswer(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | null {
  const p = paragraphs[unit.firstParagraph];
  if (!p || unit.start !== p.start) return null;
  const dashed = DASH_OPENING.test(text[p.start] ?? '');
  const shape = dashInterview(text, paragraphs, d);
  if (!shape?.interviewee || !shape.answers.has(unit.firstParagraph) || dashed === shape.bare) return null;
  const said = text.slice(p.start, p.end);
  let start = p.start + (/^[—–-][ \t\u00a0]+/.exec(said)?.[0].length ?? 0);
  let end = p.start + said.trimEnd().length;
  // A plain answer may stand in quotation marks, all of it: the words are inside them.
  if (/^["“«]/.test(said) && /["”»]$/.test(said.trimEnd()) && !/["“”«»]/.test(said.trimEnd().slice(1, -1))) {
    start++;
    end--;
  }
  return wholeParagraphSaid(shape.interviewee, { start, end }, p, unit);
}

/** "Spokesperson: Anne-Claire Legendre" in a briefing's opening lines: who gives its unlabelled answers. */
const SPOKESPERSON_LINE =
  /^(?:Spokes(?:person|man|woman)|Deputy Spokes(?:person|man|woman))\s*:\s*(\p{Lu}[\p{L}.’'-]+(?:[\s-]+\p{Lu}[\p{L}.’'-]+){1,3})\s*$/mu;

function headerSpokesperson(
  text: string,
  paragraphs: readonly Paragraph[],
  d: Discourse,
): ResolvedSpeaker | null {
  const opening = text.slice(0, Math.min(text.length, (paragraphs[0]?.start ?? 0) + 600));
  const name = SPOKESPERSON_LINE.exec(opening)?.[1];
  if (!name) return null;
  const speaker = resolveSpeaker(name, d);
  return speaker?.entity.kind === 'person' ? speaker : null;
}

/**
 * Who the paragraph right before the first question says takes the questions: "At a press
 * conference, a Foreign Ministry official took questions from journalists." The subject of "took
 * (answered, fielded) questions" answers the bare "Answer:" turns after it, named or not.
 */
const TOOK_QUESTIONS =
  /^(?:[^,]*,\s+)?([^,]+?)\s+(?:took|takes|answered|answers|fielded|fields)\s+(?:\p{Ll}+\s+){0,2}?questions\b[^.]*\.$/u;

function questionTaker(text: string, paragraphs: readonly Paragraph[], d: Discourse): ResolvedSpeaker | null {
  const first = paragraphs.findIndex((p) => QUESTION_LABEL.test(text.slice(p.start, p.end)));
  const lead = first > 0 ? paragraphs[first - 1]! : null;
  if (!lead) return null;
  const said = text.slice(lead.start, lead.end).trim();
  const m = TOOK_QUESTIONS.exec(said);
  if (!m) return null;
  const at = d.speakerAt;
  d.speakerAt = lead.start + said.indexOf(m[1]!);
  const speaker = resolveSpeaker(m[1]!, d);
  d.speakerAt = at;
  if (!speaker || speaker.viaDocument || speaker.entity.kind === 'place') return null;
  // A person answers under their name, as the opening's person does ("Ani Badalyan", no title).
  return speaker.entity.kind === 'person' ? { ...speaker, mention: speaker.entity.name } : speaker;
}

/**
 * "Asked whether Romania would send observers, Iohannis answered briefly: | Question: … | Answer: …":
 * the paragraph before the question ends by naming who answers, a name and a verb of answering
 * before a colon. That name answers the bare "Answer:" turn; null when it ends otherwise.
 */
const ANSWER_INTRODUCED =
  /(?:^|[,;.]\s+)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:answered|replied|responded|said|told\s+[^:,.]{1,40}?)(?:\s+\p{Ll}+ly)?\s*:$/u;

function introducedAnswerer(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): ResolvedSpeaker | null {
  const lead = paragraphs[unit.firstParagraph - 2];
  if (!lead) return null;
  const said = text.slice(lead.start, lead.end).trimEnd();
  if (!said.endsWith(':')) return null;
  const m = ANSWER_INTRODUCED.exec(said.slice(-200));
  if (!m) return null;
  const at = d.speakerAt;
  d.speakerAt = lead.start + said.lastIndexOf(m[1]!);
  const speaker = resolveSpeaker(m[1]!, d);
  d.speakerAt = at;
  return speaker?.entity.kind === 'person' && !speaker.viaDocument
    ? { ...speaker, mention: speaker.entity.name }
    : null;
}

/** The person an interview's opening introduces: who answers its bare "A:" turns (see interviewee.ts). */
function openingPerson(text: string, paragraphs: readonly Paragraph[], d: Discourse): ResolvedSpeaker | null {
  const m = openingInterviewee(text, paragraphs, (said) => QUESTION_LABEL.test(said), d.surnames);
  return m && { entity: m.entity, mention: m.entity.name, viaDocument: false };
}

/** A paragraph from `from` to its last character that is not white space. */
function restOfParagraph(text: string, from: number, p: Paragraph): Span {
  let end = p.end;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return { start: from, end };
}

/** A labelled turn's paragraph, from `quote.start`, as its speaker's direct words. */
function wholeParagraphSaid(speaker: ResolvedSpeaker, quote: Span, p: Paragraph, unit: Unit): Draft | null {
  if (quote.end <= quote.start) return null;
  return {
    speaker: speaker.entity,
    mention: speaker.mention,
    kind: 'direct',
    quote,
    continuation: [],
    said: [quote],
    context: { start: p.start, end: p.end },
    sentence: unit.sentences[0]!,
  };
}

/** A question turn labelled with a name: "Le Monde: Will people go back?". */
const NAMED_QUESTION = /^(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s*:\s+\S.*\?$/su;

/**
 * An interview labels both turns with names: the interviewer's (often the outlet's) turn ends
 * with a question and the answer carries another name ("Outlet: …? | Surname: …").
 */
function interviewerAsked(asked: string, answerLabel: string | undefined): boolean {
  const asker = NAMED_QUESTION.exec(asked)?.[1];
  return !!asker && !!answerLabel && asker.toLowerCase() !== answerLabel.toLowerCase();
}

/** A paragraph opened by a speaker's name and a colon, after any bullet or emoji: "• Name, role: …". */
// A dash after the colon opens the turn in transcripts of some presidencies ("Name: - It is …").
const COLON_LABEL = /^[^\p{L}\p{N}"“«]*(\p{Lu}[^:"“«\n]{1,100}?):[ \t]+(?:[-–—][ \t]+)?/u;

/**
 * "Stated Stone: “…”", "Added Ruiz: “…”": a verb of saying set before its subject, the colon
 * opening what was said. The verb is no part of the name. A verb that asks ("Asked Ruiz: …")
 * opens a question, which states nothing: null.
 */
function withoutInvertedVerb(label: string): string | null {
  const space = label.indexOf(' ');
  if (space < 0) return label;
  const verb = label.slice(0, space).toLowerCase();
  if (!INVERTIBLE_VERB.test(verb) && !INVERTIBLE_AFTER_QUOTE.test(verb)) return label;
  return /^(?:asked|asks|wondered|wonders)$/.test(verb) ? null : label.slice(space + 1).trimStart();
}

/**
 * Digest and headline copy attributes by a colon: `Hikmet Hajiyev, aide to the president: “…”`,
 * `Armenia's Defence Ministry: one soldier wounded …`. The label must name a person or a body
 * the text or the gazetteer knows; words after it are theirs: the quote that opens there, or
 * else (only for a body or person the gazetteer knows) the rest of the sentence.
 * "Poll:", "Background:" or "Mine blast in Fuzuli: …" name no one.
 */
function colonLabelled(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | null {
  const p = paragraphs[unit.firstParagraph];
  if (!p || unit.start !== p.start) return null;
  const label = COLON_LABEL.exec(text.slice(unit.start, unit.end));
  if (!label) return null;
  const named = withoutInvertedVerb(label[1]!.trim());
  if (named === null) return null;
  // A clause before the colon ("Mine blast in Fuzuli district") holds lower-case words that are no role.
  if (
    !/^[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*(?:[’']s\s+[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*)?(?:,\s[^,]+)?$/u.test(
      named,
    )
  )
    return null;
  const from = unit.start + label[0].length;
  d.speakerAt = unit.start + label[0].length - label[0].trimStart().length + label[0].indexOf(named);
  // "Name, role": the name before the apposition is who speaks.
  const speaker = resolveSpeaker(named.split(', ')[0]!, d);
  if (!speaker || speaker.viaDocument) return null;
  const e = speaker.entity;
  const known = !e.id.startsWith('text:');
  if (e.kind === 'place') return null;
  // "Baku: At least 21 civilians …": a capital alone before the colon is the story's date line
  // (Gulf copy opens so), not its government speaking; "Azerbaijan:" still names the country's.
  if (e.kind === 'government' && !named.includes(' ') && !e.name.includes(named)) return null;
  const opening = unit.quotes[0];
  const quoted = opening && opening.parts[0]!.open === from;
  if (quoted) {
    if (!known && !(e.kind === 'person' && e.name.includes(' '))) return null;
    const spans = quoteSpans(opening);
    return {
      speaker: e,
      mention: speaker.mention,
      kind: 'direct',
      quote: spans[0]!,
      continuation: spans.slice(1),
      said: spans,
      context: { start: unit.start, end: unit.end },
      sentence: unit.sentences[0]!,
    };
  }
  // Unquoted words are only taken from one the gazetteer knows: a text name may be a topic label.
  if (!known || unit.quotes.length) return null;
  let end = unit.end;
  while (end > from && /[\s.]/.test(text[end - 1]!)) end--;
  // A question after the label is asked, not stated.
  if (end <= from || text[end - 1] === '?') return null;
  const quote = { start: from, end };
  return {
    speaker: e,
    mention: speaker.mention,
    kind: 'reported',
    quote,
    continuation: [],
    said: [quote],
    context: { start: unit.start, end: unit.end },
    sentence: unit.sentences[0]!,
  };
}

/** A turn label of a transcript, in capitals: "MR MILLER:", "MS. ZAKHAROVA:", "SECRETARY BLINKEN:". */
const CAPITALS_LABEL = /^(\p{Lu}{2,}\.?(?:\s+\p{Lu}[\p{Lu}'’-]+\.?){0,3})\s*:\s+/u;

/** Whether the text is a transcript, and the labels of its interviewers (their turns ask, they state nothing). */
interface TranscriptShape {
  transcript: boolean;
  askers: ReadonlySet<string>;
  /** A broadcast's own people ("LEILA FADEL, HOST:", then "FADEL:"): their turns are the outlet's voice. */
  staff: ReadonlySet<string>;
}

/** A broadcast transcript's label for its own host or correspondent: "PETER KENYON, BYLINE:". */
const STAFF_LABEL =
  /^(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,3}),\s+(?:HOST|BYLINE|ANCHOR|CORRESPONDENT|REPORTER)\s*:/u;

/** "(Through interpreter)" or "(Speaking Armenian)" before a turn's words: the transcript's note. */
const TURN_NOTE = /^\((?:through|via|speaking|in|translated)\b[^()]{0,40}\)[.\s]*/i;

const transcripts = new WeakMap<readonly Paragraph[], TranscriptShape>();

/**
 * A transcript labels its turns in capitals, the questions included ("QUESTION:" … "MR MILLER:"
 * …), or time-codes turns of two or more named speakers (a podcast, a recorded interview). A
 * speaker whose turns mostly end with a question hosts the talk: their framing is no statement.
 */
function transcriptShape(text: string, paragraphs: readonly Paragraph[]): TranscriptShape {
  let known = transcripts.get(paragraphs);
  if (known === undefined) {
    let timed = 0;
    const turns = new Map<string, { all: number; asking: number }>();
    const staff = new Set<string>();
    const labels = paragraphs.map((p) => {
      let said = text.slice(p.start, p.end);
      const own = STAFF_LABEL.exec(said)?.[1];
      if (own) staff.add(own).add(own.split(/\s+/).pop()!);
      const code = TIME_CODE.exec(said);
      if (code) said = said.slice(code[0].length);
      const label = CAPITALS_LABEL.exec(said)?.[1] ?? null;
      if (label && code) {
        timed++;
        const t = turns.get(label) ?? { all: 0, asking: 0 };
        t.all++;
        if (said.trimEnd().endsWith('?')) t.asking++;
        turns.set(label, t);
      }
      return label;
    });
    const questions = labels.filter((l) => l !== null && QUESTION_LABEL.test(`${l}:`)).length;
    const recorded = timed >= 2 && turns.size >= 2;
    const askers = new Set(
      [...turns].filter(([, t]) => recorded && t.all >= 2 && t.asking * 2 > t.all).map(([l]) => l),
    );
    known = {
      transcript:
        recorded ||
        staff.size > 0 ||
        (questions > 0 && labels.some((l) => l !== null && !QUESTION_LABEL.test(`${l}:`))),
      askers,
      staff,
    };
    transcripts.set(paragraphs, known);
  }
  return known;
}

const WORD_INITIAL_LETTER = /(^|[\s'’-])(\p{L})/gu;

/** "MR MILLER" → "Mr Miller": the gazetteer and the name rules read names as they are usually written. */
function fromCapitals(label: string): string {
  return label
    .toLowerCase()
    .replace(WORD_INITIAL_LETTER, (_, before: string, c: string) => before + c.toUpperCase());
}

/**
 * A transcript ("QUESTION: … | MR MILLER: …"): a turn labelled with a name in capitals is that
 * speaker's words, whether it opens the briefing or answers; it runs on through the unlabelled
 * paragraphs after it (their "she said …" is the speaker's own telling) until the next label.
 */
function transcriptTurn(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
  answered: ReadonlySet<number>,
  last: Statement | undefined,
): Draft | null {
  const p = paragraphs[unit.firstParagraph];
  if (!p || unit.start !== p.start) return null;
  const shape = transcriptShape(text, paragraphs);
  if (!shape.transcript) return null;
  const code = TIME_CODE.exec(text.slice(p.start, p.end))?.[0].length ?? 0;
  const said = text.slice(p.start + code, p.end);
  // The host's and the correspondent's turns are the outlet's voice, read as its prose is.
  if (STAGE_DIRECTION.test(said) || STAFF_LABEL.test(said)) return null;
  const label = CAPITALS_LABEL.exec(said);
  let speaker: ResolvedSpeaker | null = null;
  let from = p.start;
  if (label) {
    if (
      QUESTION_LABEL.test(`${label[1]}:`) ||
      (code && shape.askers.has(label[1]!)) ||
      shape.staff.has(label[1]!)
    )
      return null;
    speaker = resolveSpeaker(fromCapitals(label[1]!), d);
    // "NOTE:", "UPDATE:": a label is a turn only when it names a person.
    if (speaker?.entity.kind !== 'person' || (speaker.entity.id.startsWith('text:') && !/\s/.test(label[1]!)))
      return null;
    from = p.start + code + label[0].length;
    from += TURN_NOTE.exec(text.slice(from, p.end))?.[0].length ?? 0;
  } else if (last && answered.has(unit.firstParagraph - 1) && !/[?]\s*$/.test(said)) {
    speaker = { entity: last.speaker, mention: last.speaker.name, viaDocument: false };
  }
  if (!speaker) return null;
  return wholeParagraphSaid(speaker, { start: from, end: p.start + code + said.trimEnd().length }, p, unit);
}

/** A turn's first unit read from after its label: "Name, Outlet: According to X, …" opens with "According". */
function withoutTurnLabel(text: string, paragraphs: readonly Paragraph[], unit: Unit): Unit {
  const p = paragraphs[unit.firstParagraph];
  if (!p || unit.start !== p.start) return unit;
  const transcript = transcriptOf(text, paragraphs);
  const turn = transcript?.turnOf.get(p.index);
  const from = turn?.labelled === p.index && transcript!.spoken.has(p.index) ? turn.label.wordsFrom : -1;
  return from > unit.start && from < unit.end ? { ...unit, start: from } : unit;
}

/**
 * "Josep Borrell Fontelles": a label gives a full name with a second surname where the gazetteer
 * knows the person by two of its words ("Josep Borrell").
 */
function knownByShorterName(name: string, d: Discourse): ResolvedSpeaker | null {
  const words = name.split(/\s+/);
  if (words.length < 3) return null;
  for (const shorter of [words.slice(0, 2), words.slice(-2)]) {
    const e = resolveEntityAt(shorter.join(' '), d.at);
    if (e?.kind === 'person' && !e.id.startsWith('text:'))
      return { entity: e, mention: name, viaDocument: false };
  }
  return null;
}

/**
 * "Mr. Vinge (Norway):", "Senator Ortega:", "Chairman Whitfield:": a record names a speaker by title and
 * surname. The chair's office alone ("President Metsola. –" in a parliament) names the sitting's chair.
 */
const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Mx|Dr|Madam|Sir|Dame|Lord|Lady|Baroness|Baron|Sen|Senator|Rep|Representative|Congress(?:man|woman)|Ambassador|Minister|Secretary|Judge|Justice|Prof|Professor|Gen|General|Col|Colonel|Chairman|Chairwoman|Governor|Gov|Mayor|Commissioner)\.?\s+\p{Lu}/u;

/** A transcript's turn that states nothing: a question, a host's or correspondent's framing, the chair. */
const SILENT_TURN = Symbol('silent turn');

const turnSpeakers = new WeakMap<Turn, ResolvedSpeaker | null>();

const ANY_LOWER_CASE = /\p{Ll}/u;

/**
 * A labelled turn of a transcript (see turns.ts): a verbatim record's "Name, on behalf of the X
 * Group. – …", a press conference's "Nikol Pashinyan: …", a broadcast's "Name, Role (through
 * translator):" over its words. Each paragraph of a person's turn is one statement of theirs; a
 * turn goes on through the unlabelled paragraphs after it. Questions, hosts' and correspondents'
 * framing and the unnamed chair state nothing: their paragraphs are read as prose, so a source they
 * relay ("Armenia's government says …") keeps its statement.
 */
function labelledTurn(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | typeof SILENT_TURN | null {
  const p = paragraphs[unit.firstParagraph];
  if (!p || unit.start !== p.start) return null;
  const transcript = transcriptOf(text, paragraphs);
  const turn = transcript?.turnOf.get(p.index);
  if (!transcript) return null;
  if (!turn) {
    // A speaker's turn read here ends where the layer ends it: the page's own text follows, no answer going on.
    const before = transcript.turnOf.get(p.index - 1);
    return before && transcript.spoken.has(before.labelled) ? SILENT_TURN : null;
  }
  // A bare "A:" is read by the briefing reader, which knows whom the briefing names.
  if (turn.role === 'answers') return null;
  if (turn.role !== 'speaks') return SILENT_TURN;
  let speaker = turnSpeakers.get(turn);
  if (turn.labelled === p.index && speaker === undefined) {
    const name =
      nameByInitials(text, turn.fullName) ??
      (ANY_LOWER_CASE.test(turn.fullName) ? turn.fullName : fromCapitals(turn.fullName));
    const found = knownByShorterName(name, d) ?? resolveSpeaker(name, d);
    // A label is a turn only when it names a person: in full when the gazetteer lacks them.
    const person =
      found &&
      !found.viaDocument &&
      found.entity.kind === 'person' &&
      (!found.entity.id.startsWith('text:') || found.entity.name.includes(' ') || HONORIFIC.test(name));
    speaker = person ? { entity: found.entity, mention: turn.label.name, viaDocument: false } : null;
    turnSpeakers.set(turn, speaker);
    if (speaker) transcript.spoken.add(turn.labelled);
  }
  // A turn whose label an older reader took goes on as that reader says.
  if (speaker === undefined) return null;
  // A turn of someone the label does not name ("President Metsola. –"): no one's, never the last speaker's.
  if (!speaker) return SILENT_TURN;
  const words = turnWords(text, p, turn);
  return words ? wholeParagraphSaid(speaker, words, p, unit) : SILENT_TURN;
}

/**
 * "Answer of the Spokesperson … Ani Badalyan to the question of …": a briefing whose body names
 * no one answers in the voice of the one person its headline names (none when it names several).
 */
function headlinePerson(text: string, paragraphs: readonly Paragraph[]): ResolvedSpeaker | null {
  const header = text.slice(0, paragraphs[0]?.start ?? 0);
  const written = /^\s*(.*)/.exec(header)?.[1] ?? '';
  const headline = ANY_LOWER_CASE.test(written) ? written : titleCased(written);
  const named = new Map(
    findPeople(headline, 0, headline.length, new Map()).map((p) => [p.entity.id, p.entity]),
  );
  if (named.size !== 1) return null;
  const entity = named.values().next().value!;
  return { entity, mention: entity.name, viaDocument: false };
}

const CAPITALS_RUN = /\p{Lu}+/gu;

/**
 * A headline set in capitals as a headline is written, so that names read as names: "ANSWER OF
 * THE SPOKESPERSON … ANI BADALYAN TO …" as "Answer of the Spokesperson … Ani Badalyan to …".
 */
const titleCased = (capitals: string) =>
  capitals.replace(CAPITALS_RUN, (word, at: number) =>
    at > 0 && SMALL_WORDS.has(word) ? word.toLowerCase() : word[0]! + word.slice(1).toLowerCase(),
  );
const SMALL_WORDS = new Set([
  'OF',
  'THE',
  'TO',
  'AND',
  'IN',
  'ON',
  'FOR',
  'A',
  'AN',
  'AT',
  'BY',
  'WITH',
  'FROM',
]);

/**
 * "Maria Zakharova: We see … | Russian peacekeepers delivered …": a briefing answer goes on in
 * the paragraphs after it until the next question. A paragraph that is labelled, asks, quotes
 * or reports someone's saying is no part of the answer.
 */
function answerGoesOn(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
  answered: ReadonlySet<number>,
  last: Statement | undefined,
): Draft | null {
  const p = paragraphs[unit.firstParagraph];
  if (!p || !last || unit.start !== p.start || !answered.has(unit.firstParagraph - 1)) return null;
  const said = text.slice(p.start, p.end).trim();
  if (!said || said.endsWith('?') || QUESTION_LABEL.test(said) || ASKER_LABEL.test(said)) return null;
  if (STAGE_DIRECTION.test(said)) return null;
  // An unnamed interview's next dash turn is a question or the next answer, never this one going on.
  // Nor is its closing credit line ("Interviewed by …"), which ends with no stop.
  if ((DASH_TURN.test(said) || !/[.!?…"”»]$/.test(said)) && dashInterview(text, paragraphs, d)) return null;
  // Every turn of such an interview opens with its dash: prose after its last answer is the writer's again.
  if (dashInterview(text, paragraphs, d)?.turns.has(unit.firstParagraph - 1)) return null;
  // A time-coded turn is its own label's, never the last answer going on.
  if (TIME_CODE.test(said)) return null;
  // After the last question a page that goes on has turned back to its own story: a paragraph there
  // goes on with the answer only in the answerer's own voice. A transcript's last answer may run to
  // the page's end in the third person ("More than 7,000 people already live there."), so the
  // page's last paragraph keeps the answer.
  const asked = lastQuestion(text, paragraphs);
  if (
    asked >= 0 &&
    unit.firstParagraph > asked &&
    unit.firstParagraph < paragraphs.length - 1 &&
    !FIRST_PERSON.test(said)
  )
    return null;
  // A verb of saying may report someone else ("The minister said …"), unless the answerer says it ("We call on …").
  const ownVoice = /^(?:We|I|Our|My)\b/.test(said);
  if (ANSWER_LABEL.test(said) || /["“”«»]/.test(said) || (COMMUNICATION_VERB.test(said) && !ownVoice))
    return null;
  const quote = { start: p.start, end: p.start + text.slice(p.start, p.end).trimEnd().length };
  return {
    speaker: last.speaker,
    mention: last.speaker.name,
    kind: 'direct',
    quote,
    continuation: [],
    said: [quote],
    context: { start: p.start, end: p.end },
    sentence: unit.sentences[0]!,
  };
}

/** A word of the speaker's own voice, first person: an answer going on speaks as "I" or "we". */
const FIRST_PERSON =
  /(?<![\p{L}'’])(?:I|[Ww]e|[Oo]urs?|[Mm]y|[Uu]s|I['’]m|[Ww]e['’](?:re|ve|ll))(?![\p{L}'’])/u;

const lastQuestions = new WeakMap<readonly Paragraph[], number>();

/** The last paragraph labelled as a question ("Q:", "Question:", "Reporter:"), or -1. */
function lastQuestion(text: string, paragraphs: readonly Paragraph[]): number {
  let last = lastQuestions.get(paragraphs);
  if (last === undefined) {
    last = -1;
    for (const p of paragraphs) {
      const said = text.slice(p.start, Math.min(p.end, p.start + 80));
      if (QUESTION_LABEL.test(said) || ASKER_LABEL.test(said)) last = p.index;
    }
    lastQuestions.set(paragraphs, last);
  }
  return last;
}

/** Participle clauses read after a quote's attribution: a bare quote after them goes on with the quote. */
const clauseAfterQuote = new WeakSet<Draft>();

/** The last statement made, for a quote that goes on without a new attribution. */
interface Previous {
  statement: Statement;
  unitIndex: number;
  paragraph: number;
}

export function roleDate(timeline: DocumentTimeline): RoleDate {
  const ref = timeline.reference;
  if (!ref || ref.year === undefined || ref.yearStatus === 'unknown') return DEFAULT_ROLE_DATE;
  return ref.month ? { year: ref.year, month: ref.month } : { year: ref.year };
}

interface Draft {
  speaker: Entity;
  mention: string;
  via?: Entity;
  kind: StatementKind;
  quote: Span;
  continuation: Span[];
  /** The reported clause around the quote, when it says more than the quote: see clause.ts. */
  clause?: Span[];
  /** Everything the speaker is credited with saying (for dating: dates in it are not of the saying). */
  said: Span[];
  context: Span;
  sentence: number;
}

/** The sentence before, when it stands in the same paragraph: a narrative the statement may continue. */
function previousInParagraph(sentences: readonly Sentence[], index: number): Span | null {
  const here = sentences[index];
  const before = sentences[index - 1];
  return here && before && before.paragraph === here.paragraph ? before : null;
}

function finish(
  text: string,
  docId: string,
  n: number,
  draft: Draft,
  timeline: DocumentTimeline,
  previous: Span | null,
): Statement {
  const { date, dateBasis } = statementDate(text, timeline, draft.context, draft.said, previous);
  const statement: Statement = {
    id: `${docId}#s${n}`,
    docId,
    speaker: draft.speaker,
    mention: draft.mention,
    kind: draft.kind,
    quote: draft.quote,
    context: draft.context,
    sentence: draft.sentence,
    date,
    dateBasis,
  };
  if (draft.via) statement.via = draft.via;
  if (draft.continuation.length) statement.continuation = draft.continuation;
  if (draft.clause) statement.clause = draft.clause;
  return statement;
}

function quoteClose(q: Quote): number {
  const last = q.parts[q.parts.length - 1]!;
  return (last.close ?? last.end - 1) + 1;
}

/**
 * A quote ending in "?" or "!" ends its sentence, so its attribution may stand alone in the next
 * one ("“How many times?” Clinton said."): that next unit, when it is nothing but an attribution.
 */
function tailInNextUnit(
  text: string,
  masked: string,
  first: Quote,
  next: Unit | undefined,
): { speaker: Span; verbEnd: number } | null {
  if (!next || next.quotes.length || next.firstParagraph !== first.parts[first.parts.length - 1]!.paragraph)
    return null;
  const mark = /([?!.])\s*$/.exec(text.slice(quoteClose(first) - 3, quoteClose(first) - 1))?.[1];
  if (!mark) return null;
  if (!/^\s*$/.test(text.slice(quoteClose(first), next.start))) return null;
  const tail = parseAttributionTail(masked, next.start, next.end, true);
  // After a full stop, only a bare attribution ("…emails.” Trump said."), never a sentence of its own.
  if (tail && mark === '.' && !/^[\s.]*$/.test(masked.slice(tail.verbEnd, next.end))) return null;
  return tail;
}

/** A signature line: a name of two to four capitalised words, then maybe ", role", and no full stop. */
const SIGNATURE = /^(\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){1,3})(?:,\s+[^.!?\n"“”]{2,100})?$/u;

const ARTICLE_OPENER = /^(?:The|A|An)\s/;

/**
 * A press release's quote block: a paragraph that is one quote, then a line with the name (and
 * title) of who said it ("Janez Lenarčič, Commissioner for Crisis Management"). The name's span.
 */
function signatureAfter(text: string, unit: Unit, quote: Quote, next: Unit | undefined): Span | null {
  const last = quote.parts[quote.parts.length - 1]!;
  if (!next || next.quotes.length || next.firstParagraph !== last.paragraph + 1) return null;
  if (!/^\s*$/.test(text.slice(quoteClose(quote), unit.end))) return null;
  // "“We will come every day,” she said. “What else can a mother do?” | The Armenian Weekly": a
  // quote after a saying in its paragraph is no quote block, and a line opening with an article
  // names a paper or a body, never a person signing (an outlet's closing credit).
  const open = quote.parts[0]!.open;
  if (!/^\s*$/.test(text.slice(text.lastIndexOf('\n', open - 1) + 1, open))) return null;
  const line = text.slice(next.start, next.end);
  const m = SIGNATURE.exec(line.trim());
  if (!m || ARTICLE_OPENER.test(m[1]!)) return null;
  const start = next.start + line.indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

function readUnit(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  previous: Previous | null,
  unitIndex: number,
  units?: readonly Unit[],
  /** Marks the next `count` units (1 when left out) as read with this one. */
  consumeNext?: (count?: number) => void,
): Draft[] {
  const next = units?.[unitIndex + 1];
  const first = unit.quotes[0];
  const leadsWithQuote =
    first &&
    /^[\s—–-]*$/.test(text.slice(unit.start, first.parts[0]!.open)) &&
    !attributedAtEnd(text, masked, unit, first);
  // "A, X said, but Y insisted that B", "“A,” X said, while Y said B": each saying is read on its own.
  const split = coordinatedSaying(text, masked, unit, first && leadsWithQuote ? quoteClose(first) : null);
  const halves = split && splitUnit(unit, split.cut, split.next);
  if (halves) {
    const before = readUnit(text, masked, halves[0], d, previous, unitIndex);
    const after = readUnit(text, masked, halves[1], d, null, unitIndex);
    return [...before, ...postsRelayed(text, halves, before, after, d)];
  }
  if (first && leadsWithQuote) {
    const nextOpen = unit.quotes[1]?.parts[0]?.open ?? unit.end;
    const goesOn =
      unit.quotes.length === 1 ? tailAfterQuoteGoesOn(masked, quoteClose(first), nextOpen) : null;
    let tail = goesOn ?? parseAttributionTail(masked, quoteClose(first), nextOpen, true);
    if (!tail && unit.quotes.length === 1) {
      tail = tailInNextUnit(text, masked, first, next);
      if (tail) consumeNext?.();
    }
    const signed = !tail && unit.quotes.length === 1 ? signatureAfter(text, unit, first, next) : null;
    if (signed) {
      tail = { speaker: signed, verbEnd: unit.end };
      consumeNext?.();
    }
    if (!tail) {
      continueQuote(text, unit, previous, unitIndex);
      return [];
    }
    d.speakerAt = tail.speaker.start;
    // "“…,” said Sens. Ann Carver and Tom Beale": each person named says the quote.
    const together = signed ? null : namedTogetherIn(text.slice(tail.speaker.start, tail.speaker.end));
    if (together) {
      const spans = spokenQuotes(text, quotesOfTheSaying(masked, unit.quotes)).flatMap(quoteSpans);
      return together.map((person) => {
        const speaker = namedTogether(person, d);
        const draft = makeDraft(unit, speaker, undefined, 'direct', spans, spans);
        remember(d, draft, speaker, statementWords(masked, unit), unit.firstParagraph);
        return draft;
      });
    }
    // "“…,” the Administration of … and the Office of … said in a joint statement": each body
    // joined by "and" says the quote, as when the pair stands before its verb.
    const pair = signed ? null : jointAfterQuote(text.slice(tail.speaker.start, tail.speaker.end), d);
    if (pair) {
      if (!pair.length) return [];
      const spans = spokenQuotes(text, quotesOfTheSaying(masked, unit.quotes)).flatMap(quoteSpans);
      d.groups.spoke = { speakers: pair, paragraph: d.paragraph };
      if (/\b(?:statement|declaration|communiqu[eé])\b/i.test(text.slice(tail.speaker.start, unit.end)))
        d.groups.jointText = { speakers: pair, paragraph: d.paragraph };
      return pair.map((speaker) => {
        const draft = makeDraft(unit, speaker, undefined, 'direct', spans, spans);
        remember(d, draft, speaker, statementWords(masked, unit), unit.firstParagraph);
        return draft;
      });
    }
    // "“…,” the statement said", "“…,” they added" right after a text several put out: all of them.
    const authors = signed ? null : jointTextAgain(text.slice(tail.speaker.start, tail.speaker.end), d);
    if (authors) {
      const spans = spokenQuotes(text, quotesOfTheSaying(masked, unit.quotes)).flatMap(quoteSpans);
      return authors.map((speaker) => {
        const draft = makeDraft(unit, speaker, undefined, 'direct', spans, spans);
        remember(d, draft, speaker, statementWords(masked, unit), unit.firstParagraph);
        return draft;
      });
    }
    const outer = resolveSpeaker(text.slice(tail.speaker.start, tail.speaker.end), d);
    // A line under the quote that names no person ("REGIONAL WORRIES.") signs nothing: the quote goes on.
    if (signed && outer?.entity.kind !== 'person') continueQuote(text, unit, previous, unitIndex);
    if (!outer || (signed && outer.entity.kind !== 'person')) return [];
    const opening = first.parts[0]!;
    const principal = canRelay(outer)
      ? findPrincipal(text, { start: opening.start, end: opening.end }, d, outer.entity)
      : null;
    // "“A,” she said, adding, “B”": a second verb of saying makes the next quote a saying of its own.
    const second =
      unit.quotes.length > 1 && SECOND_SAYING_AFTER_VERB.test(masked.slice(tail.verbEnd, nextOpen).trimEnd());
    const groups = second ? [[first], unit.quotes.slice(1)] : [quotesOfTheSaying(masked, unit.quotes)];
    // "“A,” she said, adding that the plan “will fail.”": the second saying is the clause with its quote.
    const into = second ? clauseIntoQuote(masked, tail.verbEnd, nextOpen, unit.end) : null;
    // "“The president also stressed that …,” Peskov said": a spokesperson's own quoted words that
    // tell what the principal said are the spokesperson's statement, and the principal's from
    // their words on, when the verb has any (CONVENTIONS 14); a document's words ("the statement
    // read") stay the principal's.
    if (principal && outer.entity.kind === 'person' && !outer.viaDocument && groups.length === 1) {
      const spans = spokenQuotes(text, groups[0]!).flatMap(quoteSpans);
      const relayer = makeDraft(unit, outer, undefined, 'direct', spans, spans);
      remember(d, relayer, outer, statementWords(masked, unit), unit.firstParagraph);
      const words = spans.length === 1 ? principalWords(text, spans[0]!) : null;
      if (!words) return [relayer];
      const own = makeDraft(unit, principal, outer.entity, 'reported', [words], [words]);
      remember(d, own, outer, statementWords(masked, unit), unit.firstParagraph);
      return [relayer, own];
    }
    const drafts = groups.map((quotes, i) => {
      const spans = i && into ? [into] : spokenQuotes(text, quotes).flatMap(quoteSpans);
      const draft = makeDraft(
        unit,
        principal ?? outer,
        principal ? outer.entity : undefined,
        i && into ? 'reported' : 'direct',
        spans,
        spans,
      );
      remember(d, draft, outer, statementWords(masked, unit), unit.firstParagraph);
      return draft;
    });
    // "“I doubt it” that the ferry sails on time, said X": the quote's sentence goes on past its
    // closing mark, and what X said is that whole clause, shown with its marks.
    if (goesOn && !principal && drafts.length === 1)
      drafts[0]!.clause = [{ start: first.parts[0]!.open, end: goesOn.goesOnTo }];
    // "“A,” she said, adding that B": the participle's clause is a saying of its own.
    const added = unit.quotes.length === 1 ? participleAfterTail(masked, tail.verbEnd, unit.end) : null;
    if (added)
      drafts.push(
        makeDraft(
          unit,
          principal ?? outer,
          principal ? outer.entity : undefined,
          'reported',
          [added],
          [added],
        ),
      );
    // "“A,” she said, adding that B. “C.”": the quote after goes on with A, not with B.
    if (added && !endsInQuoteMark(text, added)) clauseAfterQuote.add(drafts.at(-1)!);
    // "“My mum told me they have sugar for two weeks,” Hovik said": the mother's words, handed on,
    // in any piece of the quote ("“A,” he said. “My sister told me …”").
    const direct = !principal && drafts[0]?.kind === 'direct' ? drafts[0] : null;
    const from = direct ? previousParagraphStart(text, unit.start) : 0;
    for (const [i, piece] of (direct ? [direct.quote, ...direct.continuation] : []).entries()) {
      const kin = kinInQuote(text, piece, outer.entity, from, i > 0);
      if (kin) drafts.push(makeDraft(unit, kin.speaker, outer.entity, 'reported', [kin.words], [kin.words]));
    }
    return drafts;
  }

  const block = introducedBlock(text, masked, unit, d, units ?? NO_UNITS, unitIndex + 1, consumeNext);
  if (block) return block;
  // "… said the following:" with no block after it to read: its words are not what was said.
  if (/:\s*$/.test(masked.slice(unit.start, unit.end))) return [];
  const found = findFrameAttribution(text, masked, unit.start, unit.end) ?? subjectBeforeQuote(text, unit);
  if (!found) return whatTheyCalled(text, masked, unit, d);
  const attribution = withListedSpeakers(text, masked, found);
  d.speakerAt = attribution.speaker.start;
  // "A, officials on both sides say, the deadliest …": the clause before the aside is said too.
  const saidFrom = attribution.lead
    ? Math.min(attribution.lead.start, attribution.content.start)
    : attribution.content.start;
  const speakers = speakersOf(
    text.slice(attribution.speaker.start, attribution.speaker.end),
    d,
    masked.slice(saidFrom, attribution.content.end),
    text.slice(saidFrom, attribution.content.end),
  );
  // "A, he said, adding that B": the clause before the attribution is a saying of its own (CONVENTIONS 12).
  const lead =
    speakers.length === 1 && attribution.form === 'verb'
      ? clauseBeforeAddedSaying(text, masked, unit, attribution)
      : null;
  if (lead)
    return [
      ...frameDrafts(text, masked, unit, d, { ...attribution, content: lead }, speakers[0]!),
      ...frameDrafts(text, masked, unit, d, attribution, speakers[0]!),
    ];
  const second =
    speakers.length === 1 && (attribution.form === 'verb' || attribution.form === 'participle')
      ? secondSaying(masked, attribution.content, unit.end)
      : null;
  if (!second) {
    // "X said that …, calling it “…”", "said …, and called it a “historic event”": a name given
    // after the saying is the speaker's words too; a naming joined by ", and" ends the saying.
    const namesAfter = namesAfterSaying(text, masked, attribution, unit.end);
    const namedAfter = speakers.length === 1 ? namesAfter.find((n) => n.cut !== null) : undefined;
    const nameQuote = namedAfter && unit.quotes.find((q) => q.parts[0]!.open === namedAfter.name.start);
    const framed =
      nameQuote && namedAfter.cut !== null
        ? {
            ...attribution,
            content: { ...attribution.content, end: Math.min(attribution.content.end, namedAfter.cut) },
          }
        : attribution;
    const drafts = speakers.flatMap((outer) => frameDrafts(text, masked, unit, d, framed, outer));
    if (nameQuote) {
      const spans = quoteSpans(nameQuote);
      drafts.push(makeDraft(unit, speakers[0]!, undefined, 'direct', spans, spans));
    }
    // "X called the charge “absurd” and said …": the name given before the verb is X's words too.
    const called = calledBeforeSaying(text, masked, attribution);
    const name = called && unit.quotes.find((q) => q.parts[0]!.open === called.start);
    if (name) {
      const spans = quoteSpans(name);
      drafts.unshift(...speakers.map((outer) => makeDraft(unit, outer, undefined, 'direct', spans, spans)));
    }
    const calledAfter = namesAfter.find((n) => n.cut === null)?.name;
    const namedQuote = calledAfter && unit.quotes.find((q) => q.parts[0]!.open === calledAfter.start);
    if (namedQuote && drafts.length > 0) {
      const spans = quoteSpans(namedQuote);
      drafts.push(...speakers.map((outer) => makeDraft(unit, outer, undefined, 'direct', spans, spans)));
    }
    // "…, in what both sides described as a “historic chance”": the aside names its own sayers.
    // "Baku announced the end of what it called “…”": so does the object of a verb whose subject it names.
    if (unit.quotes.length > 0 && masked.slice(unit.start, unit.end).includes('what ')) {
      // A name the frame itself already reads (its words start at the quote) is no second saying.
      const framed = { speakers, content: attribution.content };
      const aside = whatTheyCalled(text, masked, unit, d, drafts.length > 0, framed).filter(
        (a) =>
          !drafts.some((f) => f.speaker.id === a.speaker.id && Math.abs(f.quote.start - a.quote.start) <= 1),
      );
      // "announced the end of what it called “…”": the named thing is the saying, its phase the writer's.
      const kept = drafts.filter(
        (f) =>
          !aside.some(
            (a) =>
              a.speaker.id === f.speaker.id &&
              PHASE_OF_WHAT_CALLED.test(text.slice(f.quote.start, Math.max(f.quote.start, a.quote.start))),
          ),
      );
      if (aside.length) return [...kept, ...aside];
    }
    // Only a relayer (a spokesperson, a body) hands on another's saying; a leader who mentions one stays the speaker.
    if (attribution.form === 'according-to' && drafts.length === 1 && !drafts[0]!.via) {
      const told = tellerNamedBySource(text, unit, d, attribution, speakers[0]!);
      if (told) return [...drafts, told];
    }
    const inner =
      speakers.length === 1 && canRelay(speakers[0]!)
        ? innerSaying(masked, attribution.content, unit.end)
        : null;
    if (!inner || drafts.length !== 1 || drafts[0]!.via) return drafts;
    d.speakerAt = inner.speaker.start;
    const principal = resolveSpeaker(text.slice(inner.speaker.start, inner.speaker.end), d);
    if (
      !principal ||
      principal.entity.id === drafts[0]!.speaker.id ||
      principal.entity.id.startsWith('text:')
    )
      return drafts;
    drafts.push(
      makeDraft(unit, principal, speakers[0]!.entity, 'reported', [inner.content], [inner.content]),
    );
    return drafts;
  }
  // "X said A, telling B that C": two sayings, one speaker; "X said A, and Y said B": two speakers.
  const outer = speakers[0]!;
  // "wrote to investors, telling them …": the first verb's words may be only its setting.
  const firstSaysNothing =
    !second.speaker &&
    (saysNothing(masked, second.cut) || reactedToOnly(masked, attribution.frame, second.cut));
  const firstDraft = firstSaysNothing
    ? null
    : frameDrafts(text, masked, unit, d, { ...attribution, content: second.cut }, outer);
  // "…, telling drivers to turn back": an order ends the first saying's words and reports none.
  if (second.order) return firstDraft ?? [];
  const speaker = second.speaker ?? attribution.speaker;
  if (second.speaker) d.speakerAt = second.speaker.start;
  const secondOuter = second.speaker ? resolveSpeaker(text.slice(speaker.start, speaker.end), d) : outer;
  if (!secondOuter) return firstDraft ?? [];
  const secondAttribution: Attribution = {
    form: attribution.form,
    speaker,
    frame: speaker,
    content: second.content,
  };
  const secondDraft = frameDrafts(text, masked, unit, d, secondAttribution, secondOuter);
  return [...(firstDraft ?? []), ...secondDraft];
}

/**
 * A participle of saying right after an attribution: "he said, adding that", "Heidari, the
 * commander of the ground force, said on Tuesday, noting that" (one apposition set off by commas).
 */
const ADDED_SAYING = new RegExp(`^[^,]*(?:,[^,]*,[^,]*)?,\\s*${wordsExcept(SAYING_PARTICIPLE_WORDS)}\\b`);
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“]?\p{Lu})/gu;
/**
 * Words that open a setting, not a clause of what was said: "In Munich, he said, adding that".
 * "At least" or "at most" hedges a count that opens the clause: "At least 40 died, …".
 */
const SETTING_LEAD =
  /^(?:in|on|at(?!\s+(?:least|most)\b)|during|after|before|when|while|as|speaking|asked|answering|responding|later|earlier)\b/i;

/**
 * "Armenia was ready to open its communications …, he said, stressing that …": the clause the
 * sentence opens with, up to the comma before the attribution, when a participle of saying follows
 * the attribution. Null for a setting ("In Munich, he said, adding …") or a clause of few words.
 */
function clauseBeforeAddedSaying(text: string, masked: string, unit: Unit, a: Attribution): Span | null {
  if (!ADDED_SAYING.test(masked.slice(a.frame.start, a.frame.end))) return null;
  // The clause opens the sentence the attribution ends, not the unit (which may hold sentences before).
  let from = unit.start;
  for (const m of masked.slice(unit.start, a.speaker.start).matchAll(SENTENCE_END))
    from = unit.start + m.index + m[0].length;
  const before = masked.slice(from, a.speaker.start);
  if (SETTING_LEAD.test(before.trimStart())) return null;
  // The clause ends at its comma, or with a quote whose last word it closes ("… reciprocity,\u201d he said").
  const comma = /,\s*$/.exec(before);
  const closed = comma ? null : /(?<=\u2591)\s*$/.exec(before);
  const quotedComma = closed && /,["”’]$/.test(text.slice(from, from + closed.index));
  if (!comma && !quotedComma) return null;
  const span = trimSpan(masked, from, from + (comma ?? closed)!.index);
  const words = masked.slice(span.start, span.end);
  if (words.split(/\s+/).length < 5 || withoutInnerCommas(words).includes(',')) return null;
  return span;
}

/** A figure's thousands separator: "1,900 servicemen". */
const THOUSANDS_COMMA = /(\d),(?=\d{3}(?!\d))/g;
/** "The injured man, a resident of Barda, was taken": an apposition set off by commas after the subject, the verb after it. */
const SUBJECT_APPOSITION = /^((?:The|An?)\s[^,]+),\s+(?:an?|the)\s[^,]+,\s+(?=\p{Ll})/u;

/** A clause's words with the commas that do not end a clause taken out: a figure's and a subject's apposition's. */
function withoutInnerCommas(words: string): string {
  return words.replace(THOUSANDS_COMMA, '$1').replace(SUBJECT_APPOSITION, '$1 ');
}

/**
 * "Fidan told Bayramov that …, according to diplomatic sources", "According to a source, Mirzoyan
 * told his counterparts that …": the sources' words are theirs, and the one they name telling
 * said the that-clause, handed on by them. Only a named teller and a that-clause; null otherwise.
 */
function tellerNamedBySource(
  text: string,
  unit: Unit,
  d: Discourse,
  attribution: Attribution,
  source: ResolvedSpeaker,
): Draft | null {
  const content = attribution.content;
  const teller = findPrincipal(text, content, d, source.entity);
  if (teller?.entity.kind !== 'person') return null;
  let from = principalContentStart(text, content);
  // "According to Interfax, Lavrov said that …": the that-clause right after the verb.
  from += /^\s+that\b/.exec(text.slice(from, from + 8))?.[0].length ?? 0;
  if (!/\bthat\s*$/.test(text.slice(content.start, from))) return null;
  const start = from + (/^\s*/.exec(text.slice(from, from + 8))?.[0].length ?? 0);
  if (start >= content.end) return null;
  // `… stressed that “the talks must go on.”`: a quote that is the whole clause is the teller's own
  // words, shown inside its marks as after a plain "said that" (CONVENTIONS 16).
  const whole = wholeQuoteAt(text, unit, start, content.end);
  if (whole)
    return makeDraft(unit, teller, source.entity, 'direct', quoteSpans(whole), [
      content,
      ...quoteSpans(whole),
    ]);
  // `considered that “an atmosphere …” had been created`: a quote opening the clause starts the
  // words inside its marks (CONVENTIONS 16).
  const said = { start: start + (OPENING_MARK.test(text.slice(start, start + 2)) ? 1 : 0), end: content.end };
  return makeDraft(unit, teller, source.entity, 'reported', [said], [said]);
}

/** The one quote that opens at `start` and runs to `end`, only punctuation after it; null otherwise. */
function wholeQuoteAt(text: string, unit: Unit, start: number, end: number): Quote | null {
  const quote = unit.quotes.find((q) => q.parts[0]!.open === start);
  const part = quote?.parts[0];
  if (!quote || quote.parts.length > 1 || !part || part.close === null) return null;
  return /^[\s.,;:!?]*$/.test(text.slice(part.close + 1, end)) ? quote : null;
}

const NO_UNITS: readonly Unit[] = [];

/** The most sentences of a block read as one saying. */
const BLOCK_UNITS = 12;

/**
 * How many units of an unquoted block after "He said:" are what he said: its paragraph, up to a
 * sentence that quotes, names a saying of its own or opens a new paragraph.
 */
function blockSentences(text: string, masked: string, units: readonly Unit[], first: number): number {
  let read = 1;
  while (read < BLOCK_UNITS && first + read < units.length) {
    const unit = units[first + read]!;
    if (/\n/.test(text.slice(units[first + read - 1]!.end, unit.start)) || unit.quotes.length) break;
    if (COMMUNICATION_VERB.test(masked.slice(unit.start, unit.end))) break;
    read++;
  }
  return read;
}

/**
 * "He said:" closing a paragraph, then the paragraph after it: that paragraph's quotes (or, with
 * none, the paragraph's sentences up to one that quotes or tells of a saying) are what he said;
 * a quote running on continues the statement.
 */
function introducedBlock(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  units: readonly Unit[],
  nextAt: number,
  consumeNext: ((count?: number) => void) | undefined,
): Draft[] | null {
  const next = units[nextAt];
  if (!next || !/\n/.test(text.slice(unit.end, next.start))) return null;
  // Read first: most units end with no "said:", and the test of the next paragraph costs more.
  const intro = blockIntroduction(masked, unit.start, unit.end);
  if (!intro) return null;
  // A paragraph with an attribution of its own ("Sanders … said …"), or markup, is no one's block.
  const following = masked.slice(next.start, next.end);
  if (COMMUNICATION_VERB.test(following) || /^\s*</.test(following)) return null;
  d.speakerAt = intro.speaker.start;
  const outer = resolveSpeaker(text.slice(intro.speaker.start, intro.speaker.end), d);
  if (!outer) return [];
  const leadsWithQuote =
    next.quotes[0] && /^[\s—–-]*$/.test(text.slice(next.start, next.quotes[0].parts[0]!.open));
  const read = leadsWithQuote ? 1 : blockSentences(text, masked, units, nextAt);
  const last = units[nextAt + read - 1]!;
  const trimmed = text.slice(next.start, last.end).trimEnd();
  const spans = leadsWithQuote
    ? spokenQuotes(text, next.quotes).flatMap(quoteSpans)
    : [{ start: next.start, end: next.start + trimmed.length }];
  if (!spans.length) return [];
  consumeNext?.(read);
  const draft = makeDraft(unit, outer, undefined, leadsWithQuote ? 'direct' : 'reported', spans, spans);
  remember(d, draft, outer, statementWords(masked, unit), unit.firstParagraph);
  return [draft];
}

const SETTING_AFTER_SAID = /^\s*(?:in|on|at|during|after|before|to|per|via|through|from|with|last|this)\s/i;

/**
 * "a diplomatic source said it would …": "said" (or "says") ending the principal's words before
 * their clause, which opens at once, no setting ("said on Monday …") between them.
 */
function bareSaidClause(text: string, from: number, clauseStart: number): boolean {
  return (
    /\b(?:said|says)\s*$/.test(text.slice(from, clauseStart)) &&
    !SETTING_AFTER_SAID.test(text.slice(clauseStart, clauseStart + 12))
  );
}

/**
 * "Ted Cruz, who said A, …": the relative clause's saying, unless a statement of the unit holds it
 * already; "Aram and Lena Avakian of Fresno, who said …": each of the people named together.
 */
function relativeSayingDrafts(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  made: readonly Draft[],
): Draft[] {
  const found =
    relativeSaying(masked, unit.start, unit.end) ??
    relativeWhichSaying(masked, unit.start, unit.end) ??
    restrictiveSaying(masked, unit.start, unit.end);
  if (!found) return [];
  const { content } = found;
  if (made.some((m) => m.said.some((s) => s.start < content.end && content.start < s.end))) return [];
  d.speakerAt = found.speaker.start;
  const phrase = text.slice(found.speaker.start, found.speaker.end);
  const together = namedTogetherIn(phrase);
  const outers =
    together && together.length > 1
      ? together.map((person) => namedTogether(person, d))
      : [resolveSpeaker(phrase, d)].filter((o) => o !== null);
  if (outers.length === 0 || outers.some((o) => o.entity.kind === 'place')) return [];
  // A bare name before "which says" speaks only as a state: "Azerbaijan, which says it is …".
  if ('stateOnly' in found && found.stateOnly && outers.some((o) => o.entity.kind !== 'government'))
    return [];
  const frame = { start: found.speaker.start, end: content.start };
  // The mention is "who" as written, as a pronoun's is "he"; the speaker is the name it stands for.
  const mention = masked.slice(found.speaker.end, content.start).includes('which') ? 'which' : 'who';
  return outers.map((outer) =>
    frameDraft(
      text,
      masked,
      unit,
      d,
      { form: 'verb', speaker: found.speaker, frame, content },
      { ...outer, mention },
    ),
  );
}

/** "the checkpoints, which he said had cut smuggling": see relativeClauseSaying.ts. */
function relativeClauseSayingDraft(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  made: readonly Draft[],
): Draft | null {
  const found = relativeClauseSaying(masked, unit.start, unit.end);
  if (!found) return null;
  const { lead } = found;
  let { content } = found;
  if (made.some((m) => m.said.some((s) => s.start < content.end && lead.start < s.end))) return null;
  // "which she said had been run “with great care”": the quoted words are what was said.
  const quoted = unit.quotes.find((q) => q.parts[0]!.open >= content.start && q.parts[0]!.open < content.end);
  if (quoted) content = { start: quoted.parts[0]!.open, end: content.end };
  d.speakerAt = found.speaker.start;
  const outer = resolveSpeaker(text.slice(found.speaker.start, found.speaker.end), d);
  if (!outer || outer.entity.kind === 'place') return null;
  const frame = { start: lead.start, end: content.start };
  // What was said is the predicate as written ("had cut smuggling"); the relative word
  // stays in the frame, as the fixtures' golds read it.
  return frameDraft(text, masked, unit, d, { form: 'verb', speaker: found.speaker, frame, content }, outer);
}

/** "It was noted by several speakers that …", "In her view, …": see genreSaying.ts. */
function genreSayingDraft(text: string, masked: string, unit: Unit, d: Discourse): Draft | null {
  const found = genreSaying(masked, unit.start, unit.end);
  if (!found) return null;
  d.speakerAt = found.speaker.start;
  const outer = resolveSpeaker(found.speakerWords, d);
  if (!outer || outer.viaDocument || outer.entity.kind === 'place') return null;
  const frame = { start: found.speaker.start, end: found.content.start };
  const who = { ...outer, mention: text.slice(found.speaker.start, found.speaker.end) };
  return frameDraft(
    text,
    masked,
    unit,
    d,
    { form: 'verb', speaker: found.speaker, frame, content: found.content },
    who,
  );
}

/**
 * "… 32 people have been killed. This was informed by the ombudsman Gegham Stepanyan." (see
 * sourceOfBefore.ts): the sentence before, in the same paragraph and quoting no one, is what the
 * source said.
 */
function sourceOfBeforeDraft(text: string, units: readonly Unit[], at: number, d: Discourse): Draft | null {
  const unit = units[at]!;
  const before = units[at - 1];
  if (!before || before.quotes.length || !pointsInto(text, units, at)) return null;
  const source = sourceOfSentenceBefore(text, unit);
  if (!source) return null;
  d.speakerAt = source.start;
  const words = text.slice(source.start, source.end);
  const who = resolveSpeaker(words, d);
  if (!who || who.viaDocument || who.entity.kind === 'place') return null;
  const said = trimSpan(
    text,
    before.start,
    before.end - (/[.!]\s*$/.exec(text.slice(before.start, before.end))?.[0].length ?? 0),
  );
  if (said.end - said.start < 12) return null;
  const draft = makeDraft(unit, { ...who, mention: words }, undefined, 'reported', [said], [said]);
  draft.context = { start: before.start, end: unit.end };
  draft.sentence = before.sentences[0]!;
  return draft;
}

/** "– I will wait." after a tagged dash quote and a paragraph about its speaker (see dashGoesOn.ts). */
function untaggedDashDraft(
  text: string,
  paragraphs: readonly Paragraph[],
  units: readonly Unit[],
  at: number,
  statements: readonly Statement[],
): Draft | null {
  const unit = units[at]!;
  const p = paragraphs[unit.firstParagraph];
  if (!p || unit.start > p.start + 3 || units[at - 1]?.firstParagraph === unit.firstParagraph) return null;
  const found = untaggedDashWords(text, paragraphs, unit.firstParagraph, statements[statements.length - 1]);
  if (!found) return null;
  const { speaker, mention } = found.speaker;
  const draft = makeDraft(
    unit,
    { entity: speaker, mention, viaDocument: false },
    undefined,
    'direct',
    [found.words],
    [found.words],
  );
  draft.context = { start: p.start, end: p.end };
  return draft;
}

/**
 * The sentence a pointing sentence ("This was announced by …") may take: the one before it in its
 * paragraph, or, when it opens its paragraph, a lead paragraph of one sentence just before.
 */
function pointsInto(text: string, units: readonly Unit[], at: number): boolean {
  const unit = units[at]!;
  const before = units[at - 1]!;
  if (before.firstParagraph === unit.firstParagraph) return true;
  const earlier = units[at - 2];
  // A heading, a date line or a byline ends with no full stop: no sentence anyone said.
  return (
    before.firstParagraph === unit.firstParagraph - 1 &&
    earlier !== undefined &&
    earlier.firstParagraph !== before.firstParagraph &&
    /[.!]\s*$/.test(text.slice(before.start, before.end))
  );
}

/** Where the noun phrase after "made by" ends: its setting ("in a statement", "on Tuesday") or the clause. */
const AFTER_MAKER =
  /\s+(?:in|on|at|during|when|while|after|before|last|earlier|the\s+same|and)\s|[;:.\u2591]/;

const CAPITAL_START = /^\p{Lu}/u;

/**
 * A corrections notice's "The remark was made by X" (see correctionsNotice.ts): the quoted remark
 * is X's statement. An apposed name ("the ministry's spokeswoman, Ani Badalyan") names X.
 */
function remarkDraft(
  masked: string,
  paragraphs: readonly Paragraph[],
  unit: Unit,
  d: Discourse,
): Draft | null {
  const p = paragraphs[unit.firstParagraph];
  const found = remarkMadeBy(masked, unit.start, unit.end, p?.start ?? unit.start);
  if (!found) return null;
  const rest = masked.slice(found.speakerAt, unit.end);
  const phrase = rest.slice(0, rest.search(AFTER_MAKER) >>> 0).replace(/[\s,]+$/, '');
  d.speakerAt = found.speakerAt;
  let speaker: ResolvedSpeaker | null = null;
  for (const part of phrase.split(/,\s+/).reverse()) {
    const named = CAPITAL_START.test(part) ? resolveSpeaker(part, d) : null;
    if (named?.entity.kind === 'person' && !named.viaDocument) {
      speaker = named;
      break;
    }
  }
  speaker ??= resolveSpeaker(phrase, d);
  if (!speaker || speaker.viaDocument || speaker.entity.kind === 'place') return null;
  return {
    speaker: speaker.entity,
    mention: phrase,
    kind: 'direct',
    quote: found.quote,
    continuation: [],
    said: [found.quote],
    context: { start: unit.start, end: unit.end },
    sentence: unit.sentences[0]!,
  };
}

/** "Shaheen opened by describing the situation as “…”", "The minister responded by saying that …": see openedBy.ts. */
function openedByDraft(text: string, masked: string, unit: Unit, d: Discourse): Draft | null {
  const found = openedBy(masked, unit.start, unit.end);
  if (!found) return null;
  d.speakerAt = found.speaker.start;
  const outer = resolveSpeaker(text.slice(found.speaker.start, found.speaker.end), d);
  if (!outer || outer.viaDocument || outer.entity.kind === 'place') return null;
  const who = { ...outer, mention: text.slice(found.speaker.start, found.speaker.end) };
  const frame = { start: found.speaker.start, end: found.content.start };
  return frameDraft(
    text,
    masked,
    unit,
    d,
    { form: 'verb', speaker: found.speaker, frame, content: found.content },
    who,
  );
}

/** "the ministry quoted …": a government office named back by its kind, never the press. */
const DEFINITE_OFFICE = /^the\s+(?:ministry|office|service|administration|committee|embassy)$/i;
const NAMED_MEDIUM = /^(?!(?:It|They|He|She|The|This|That|These|Those|Its|Their)\b)\p{Lu}/u;
const QUOTING_VERB = /\s(?:quot|cit)(?:es|ed)\s/;

/**
 * "Interfax quoted Lavrov as saying that …" (see quotedAsSaying.ts): the one quoted said it, the
 * medium carried it and is named as its relayer.
 */
function quotedAsSayingDrafts(text: string, masked: string, unit: Unit, d: Discourse): Draft[] {
  const found = quotedAsSaying(masked, unit.start, unit.end);
  if (!found) return [];
  d.speakerAt = found.speaker.start;
  const outer = resolveSpeaker(text.slice(found.speaker.start, found.speaker.end), d);
  if (!outer || outer.viaDocument || outer.entity.kind === 'place') return [];
  // The medium as its relayer only when named: "It" or "The paper" may point back wrongly.
  const mediumWords = text.slice(found.medium.start, found.medium.end);
  const medium =
    NAMED_MEDIUM.test(mediumWords) || DEFINITE_OFFICE.test(mediumWords)
      ? resolveSpeaker(mediumWords, d)
      : null;
  const frame = { start: found.medium.start, end: found.content.start };
  const who = { ...outer, mention: text.slice(found.speaker.start, found.speaker.end) };
  const draft = frameDraft(
    text,
    masked,
    unit,
    d,
    { form: 'verb', speaker: found.speaker, frame, content: found.content },
    who,
  );
  if (
    !medium ||
    medium.viaDocument ||
    medium.entity.kind === 'place' ||
    medium.entity.id === draft.speaker.id
  )
    return [draft];
  if (!draft.via) draft.via = medium.entity;
  // "“…,” Uali quoted Tokayev as saying", "the ministry quoted its team leader as saying": a person
  // or an office of a government relaying a principal is a speaker too (CONVENTIONS 14); the press
  // only carries the words (CONVENTIONS 15), and a body of unknown kind may be the press.
  if (isNewsMedium(medium) || !quotesAsRelayer(medium.entity)) return [draft];
  const relayed = frameDraft(
    text,
    masked,
    unit,
    d,
    { form: 'verb', speaker: found.medium, frame, content: found.content },
    { ...medium, mention: mediumWords },
  );
  return [relayed, draft];
}

/** A named person, a government, or a body its name makes an office of one (a ministry, a service, an office). */
function quotesAsRelayer(e: Entity): boolean {
  return (
    (e.kind === 'person' && e.name.includes(' ')) ||
    e.kind === 'government' ||
    /\b(?:ministry|office|service|secretary|spokes\w+|administration|committee)\b/i.test(e.name)
  );
}

const OPENING_MARK = /^["“«]\p{L}/u;

/**
 * Where a relayed principal's own words start, when the principal's verb has any: its
 * that-clause ("Lavrov stressed that |the talks …", "told Aliyev in a call that |…") or the
 * clause after "told" and whom ("told Aliyev |the incident must …"; not "told him to …").
 */
function principalWords(text: string, content: Span): Span | null {
  const from = principalContentStart(text, content, true);
  // "believes that “|the parties must …”": a quote that opens the words starts inside its mark (CONVENTIONS 16).
  if (from < content.end && /\bthat\s*$/.test(text.slice(content.start, from)))
    return { start: wordsFrom(text, from, content.end), end: content.end };
  const appraised = appraisedWords(text, content) ?? directedWords(text, content);
  if (appraised) return appraised;
  const clause = text.slice(content.start, content.end);
  const told = TOLD_WHOM.exec(clause) ?? TOLD_WHOM_THAT.exec(clause);
  return told ? { start: content.start + told.index + told[0].length, end: content.end } : null;
}

/**
 * Does a quote opening at `from` hold all the words up to `end` ("that “the parties must …”"), so
 * they start inside its mark; not a quoted subject the clause goes on from ("that “a thorough
 * investigation” would be carried out").
 */
/** Where words starting at `from` begin: inside the mark of a quote that holds them all. */
function wordsFrom(text: string, from: number, end: number): number {
  return from + (quoteIsTheWords(text, from, end) ? 1 : 0);
}

function quoteIsTheWords(text: string, from: number, end: number): boolean {
  if (!/^[“"](?=\p{L})/u.test(text.slice(from, from + 2))) return false;
  const close = text.slice(from + 1, end).search(/[”"]/);
  return close >= 0 && /^[\s.,;:!?]*$/u.test(text.slice(from + 2 + close, end));
}

/** "had spoken with Aliyev and told him (in the call) that |…": the words told the one spoken with. */
const TOLD_WHOM_THAT =
  /(?<![\p{L}-])(?:told|assured|informed)\s+(?:him|her|them)\s+(?:[^,.;:"“”]{0,40}?\s)?that\s+(?=\S)/u;

const TOLD_WHOM =
  /(?<![\p{L}-])told\s+(?:(?:him|her|them)\s+|(?:the\s+)?(?:meeting|cabinet|parliament|conference|summit|session|audience|reporters|journalists|relatives|lawmakers)\s+|(?:\p{Lu}[\p{L}.’'-]*\s+){1,4})(?!(?:to|about|of|in|on|at|during|by|after|before|that|and|or)\s)(?=\p{L})/u;

/** After a verb, its setting up to a colon and an opening quote: "said in answer to a question: “…". */
const SETTING_THEN_COLON_QUOTE = /^[^.;:!?"“”«»]{0,120}:\s*["“«]/u;

function colonQuoteAfter(text: string, from: number, end: number): boolean {
  return from < end && SETTING_THEN_COLON_QUOTE.test(text.slice(from, Math.min(end, from + 130)));
}

/** A frame's statements: one, or a relay's two links (the relayer's and the principal's). */
const frameDrafts = (...frame: Parameters<typeof readFrame>): Draft[] => readFrame(...frame).links;

/** A frame's one statement, the principal's when it relays one (the forms read on their own). */
const frameDraft = (...frame: Parameters<typeof readFrame>): Draft => readFrame(...frame).draft;

function readFrame(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  attribution: Attribution,
  outer: ResolvedSpeaker,
): { draft: Draft; links: Draft[] } {
  const read = readFrameClause(text, masked, unit, d, attribution, outer);
  if (read.links.some((l) => l.kind === 'direct') || attribution.form === 'subject-quote') return read;
  if (!canRelay(outer) && !relaysByTitle(outer, d) && !relaysByApposedTitle(outer, d)) return read;
  if (isNewsMedium(outer)) return read;
  const second = principalInSecondConjunct(text, attribution.content, d, outer.entity);
  if (!second) return read;
  const told = makeDraft(
    unit,
    second.principal,
    outer.entity,
    'reported',
    [second.words],
    [attribution.content, second.words],
  );
  return { draft: read.draft, links: [...read.links, told] };
}

/** A post named bare: "the president", "the minister", "the head of state". */
const BARE_POST =
  /^the\s+(?:president|prime\s+minister|premier|foreign\s+minister|minister|head\s+of\s+state)$/i;

/**
 * "According to Peskov, Putin and Aliyev discussed …, and the president considers that “…”": the
 * clause after "and" still stands under "according to", so a post it names bare is the one the
 * relayer speaks for or named under that post (relay.ts), handed on by the relayer (CONVENTIONS
 * 14). Left as it was (a bare post no one holds) when no holder is found.
 */
function postsRelayed(
  text: string,
  halves: [Unit, Unit],
  before: Draft[],
  after: Draft[],
  d: Discourse,
): Draft[] {
  if (!/^\s*According\s+to\s/i.test(text.slice(halves[0].start, halves[0].start + 16))) return after;
  if (!/^[,;]?\s*and\s*$/.test(text.slice(halves[0].end, halves[1].start))) return after;
  const relayer = before.find(
    (b) => !b.via && canRelay({ entity: b.speaker, mention: b.mention, viaDocument: false }),
  )?.speaker;
  if (!relayer) return after;
  return after.map((a) => {
    if (a.via || !a.speaker.id.startsWith('text:') || !BARE_POST.test(a.mention.trim())) return a;
    const holder = postHolderBefore(a.mention.trim(), d, halves[1].start, relayer);
    return holder?.kind === 'person' ? { ...a, speaker: holder, via: relayer } : a;
  });
}

/**
 * "According to Zakharova, Lavrov urged both sides to …, and the minister is convinced that “…”":
 * a second conjunct with a subject and a verb of saying or belief of its own relays that
 * principal's words as well (CONVENTIONS 12 and 14), told by the same relayer. Only a person
 * the text names, and only words a that-clause or a quote marks off.
 */
function principalInSecondConjunct(
  text: string,
  content: Span,
  d: Discourse,
  outer: Entity,
): RelayedWords | null {
  const clause = text.slice(content.start, content.end);
  const and = /,\s+and\s+(?=\p{L})/u.exec(clause);
  if (and) return principalOfConjunct(text, content.start + and.index + and[0].length, content.end, d, outer);
  // "…was made jointly by Moscow and Baku and President Vladimir Putin considers that …": with no
  // comma, the conjunct is the one that opens on a title or name and holds the verb of belief.
  for (const bare of clause.matchAll(/\s+and\s+(?=\p{Lu})/gu)) {
    const start = content.start + bare.index + bare[0].length;
    if (!BELIEF_OR_SAYING.test(text.slice(start, Math.min(content.end, start + 80)))) continue;
    const relayed = principalOfConjunct(text, start, content.end, d, outer);
    if (relayed) return relayed;
  }
  // "…said Pashinyan had spoken with Putin and that Putin had promised that …": a second that-clause
  // opening on a name of its own is a second relayed clause under the same verb; its principal needs
  // a verb of saying of its own (findPrincipal) and a person the text names.
  for (const second of clause.matchAll(/\s+and\s+that\s+(?=\p{Lu})/gu)) {
    const start = content.start + second.index + second[0].length;
    const relayed = principalOfConjunct(text, start, content.end, d, outer);
    if (relayed) return relayed;
  }
  return null;
}

/** A verb of belief or saying right after a conjunct's subject of a few capitalised words. */
const BELIEF_OR_SAYING =
  /^(?:\p{Lu}[\p{L}’'-]*\s+){1,5}(?:considers|believes|thinks|is\s+convinced|said|says)\s+that\b/u;

function principalOfConjunct(
  text: string,
  start: number,
  end: number,
  d: Discourse,
  outer: Entity,
): RelayedWords | null {
  const conjunct = { start, end };
  const principal = findPrincipal(text, conjunct, d, outer);
  if (principal?.entity.kind !== 'person' || principal.entity.id.startsWith('text:')) return null;
  const words = principalWords(text, conjunct);
  return words && words.start < words.end ? { principal, words } : null;
}

function readFrameClause(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  attribution: Attribution,
  outer: ResolvedSpeaker,
): { draft: Draft; links: Draft[] } {
  {
    let principal: ResolvedSpeaker | null = null;
    let via: Entity | undefined;
    // "According to Fararu, Kanaani … said: …" in Fararu's own copy: its own name is a medium too.
    if (
      attribution.form === 'trailing' &&
      reportsAsOutlet(text.slice(attribution.frame.start, attribution.frame.end), outer)
    )
      d.reportingOutlets.add(outer.entity.id);
    const medium =
      attribution.form !== 'subject-quote' &&
      (isNewsMedium(outer) ||
        d.reportingOutlets.has(outer.entity.id) ||
        (d.outlet !== null && isOwnOutlet(outer.entity, outer.mention, d.outlet)));
    // "…, the ministry announced, according to Interfax.": the clause's own tail names its speaker.
    const tail =
      medium && attribution.form === 'according-to' && attribution.frame.start >= attribution.content.end
        ? principalInSayingTail(text, attribution.content, d, outer.entity)
        : null;
    if (
      tail &&
      !unit.quotes.some(
        (q) => q.parts[0]!.open >= attribution.content.start && q.parts[0]!.open < attribution.content.end,
      )
    ) {
      const draft = makeDraft(unit, tail.principal, outer.entity, 'reported', [tail.words], [tail.words]);
      remember(d, draft, outer, statementWords(masked, unit), unit.firstParagraph);
      return { draft, links: [draft] };
    }
    if (attribution.form === 'subject-quote') {
      // `Blinken "noted …"` while a statement about Blinken is being quoted: still that statement's words.
      const active = d.activeStatement;
      if (active?.principal?.id === outer.entity.id && unit.firstParagraph - active.paragraph <= 2)
        via = active.author;
    } else if (
      canRelay(outer) ||
      relaysByTitle(outer, d) ||
      relaysByApposedTitle(outer, d) ||
      OWNED_RELAYER.test(outer.mention) ||
      UNNAMED_SPOKESPERSON.test(outer.entity.id) ||
      medium
    ) {
      principal =
        findPrincipal(text, attribution.content, d, outer.entity) ??
        (attribution.lead
          ? principalBeforeAside(text, attribution.lead, attribution.content, d, outer.entity)
          : null);
      if (!principal && medium) principal = describedPrincipal(text, attribution.content, d);
      // "Its spokesman, Aykhan Hajizada, added that Azerbaijan had …": a person titled only by an
      // apposition relays the people they speak for, never a country or body they mention.
      if (principal?.entity.kind !== 'person' && !canRelay(outer) && !relaysByTitle(outer, d) && !medium)
        principal = null;
      // "According to Interfax, Lavrov said the talks …": a medium hands on a principal's words only
      const pastVerb = principal && medium ? principalContentStart(text, attribution.content, true) : 0;
      // when a that-clause marks them off, or a colon before their quote ("said at a briefing: “…”"),
      // or a bare "said" runs straight into their clause ("a diplomatic source said it would …").
      if (
        medium &&
        principal &&
        !/\bthat\s*$/.test(text.slice(attribution.content.start, pastVerb)) &&
        !bareSaidClause(text, attribution.content.start, pastVerb) &&
        !colonQuoteAfter(text, pastVerb, attribution.content.end)
      )
        principal = null;
      if (principal) via = outer.entity;
    }
    const inContent = unit.quotes.filter(
      (q) => q.parts[0]!.open >= attribution.content.start - 1 && q.parts[0]!.open < attribution.content.end,
    );
    const leadFrom = principal
      ? principalContentStart(text, attribution.content, attribution.form === 'according-to')
      : attribution.content.start;
    const firstQuoted = inContent[0];
    // "The mission, he said, was “not a peacekeeping force”": the clause opens before the
    // parenthetical attribution, so what was said runs from there, its quote inside it; a quote
    // that opens a sentence of its own after it ("After the vote, he said, “We …”") is the saying.
    const leads =
      firstQuoted !== undefined &&
      quoteLeads(text, leadFrom, firstQuoted.parts[0]!.open) &&
      !quotedSubjectOfClause(text, firstQuoted, attribution.content.end) &&
      !subjectOpensSentence(text, attribution, leadFrom, firstQuoted.parts[0]!.open);
    // `said it was “appalled” by …`: a quote after the clause's own subject stands in that clause,
    // and the clause is what was said (CONVENTIONS 16); the quote alone would drop its subject.
    const inClause =
      leads &&
      attribution.form !== 'subject-quote' &&
      leadFrom <= firstQuoted.parts[0]!.open &&
      clauseSubjectBeforeQuote(text, leadFrom, firstQuoted.parts[0]!.open);
    const direct =
      firstQuoted !== undefined &&
      (!attribution.lead || sentenceOfItsOwn(text, attribution.content.start, firstQuoted)) &&
      (attribution.form === 'subject-quote' ||
        leadFrom > firstQuoted.parts[0]!.open ||
        // "X ticked through the code: ''…,'' he said": a quote after a colon is what the tail's speaker said.
        (attribution.form === 'trailing' && /:\s*$/.test(text.slice(leadFrom, firstQuoted.parts[0]!.open))) ||
        // "According to the daily, Y said at a briefing: “…”": the medium hands on Y's quote.
        (medium && principal !== null && colonQuoteAfter(text, leadFrom, attribution.content.end)) ||
        (leads && !inClause));
    const spoken = direct ? quotesOfTheSaying(masked, spokenQuotes(text, inContent)) : [];
    // The clause ends where the quote's clause does: the writer's words after it are cut ("“…” - the third …").
    const subjectClause =
      inClause && !attribution.lead
        ? clauseOf(text, masked, attribution, quotesOfTheSaying(masked, spokenQuotes(text, inContent)))
        : null;
    // "Blinken told Aliyev in a call that there was …, the State Department said": the principal's words are the that-clause.
    // "Peskov said Putin had said the peacekeepers must …": a plain "said" opens the principal's clause
    // too, unless a setting follows it ("said at a conference that …").
    const before = text.slice(attribution.content.start, leadFrom);
    const relayed =
      principal &&
      !direct &&
      (/\bthat\s*$/.test(before) ||
        (/\b(?:said|says)\s*$/.test(before) &&
          !SETTING_AFTER_SAID.test(text.slice(leadFrom, leadFrom + 12))) ||
        // "the head of state believes the talks must …": a thought's clause, "that" left out.
        (/\b(?:believes|believed|thinks|hopes|hoped)\s*$/.test(before) &&
          !/^\s*that\s/.test(text.slice(leadFrom, leadFrom + 8))))
        ? {
            // "Peskov said that Putin had said that |the rights …": the principal's "that" is no word of
            // theirs; "believes that “|the parties …”": a quote that opens them starts inside its mark.
            start: wordsFrom(
              text,
              leadFrom +
                (/^\s*(?:that\s+(?=\S))?/.exec(text.slice(leadFrom, leadFrom + 12))?.[0].length ?? 0),
              attribution.content.end,
            ),
            end: attribution.content.end,
          }
        : null;
    const spans = direct
      ? spoken.flatMap(quoteSpans)
      : relayed
        ? [relayed]
        : attribution.lead
          ? [attribution.lead, attribution.content]
          : subjectClause?.length === 1
            ? subjectClause
            : [withoutOpeningConnective(text, attribution.content)];
    const draft = makeDraft(unit, principal ?? outer, via, direct ? 'direct' : 'reported', spans, [
      attribution.content,
      ...spans,
    ]);
    const clause = direct ? clauseOf(text, masked, attribution, spoken) : null;
    if (clause) draft.clause = clause;
    // Sources that hand on another's words are no document and no body "it" may stand for later.
    remember(d, draft, outer, statementWords(masked, unit), unit.firstParagraph);
    // A news outlet passes words on and says nothing itself: no later "He added" goes on with it.
    if (medium && d.activeStatement?.author === outer.entity) d.activeStatement = null;
    // "As Peskov told journalists, Putin believes that …. According to him, …", "According to Peskov,
    // Putin considers that …. Asked …, he replied": a thought handed on leaves its teller the one a
    // following "he" points back to.
    if (principal && outer.entity.kind === 'person' && THOUGHT_HANDED_ON.test(before))
      d.lastPerson = outer.entity;
    if (!principal) {
      // "Borg said both sides had told him they wanted …": each side's words, handed on by Borg.
      const joint =
        direct || attribution.form === 'subject-quote'
          ? null
          : jointTeller(text, attribution.content, d, outer.entity, (phrase, words) =>
              speakersOf(phrase, d, words),
            );
      if (joint) {
        const told = joint.speakers.map((member) =>
          makeDraft(
            unit,
            member,
            outer.entity,
            'reported',
            [joint.words],
            [attribution.content, joint.words],
          ),
        );
        return { draft, links: [draft, ...told] };
      }
      // "Ani said her cousin had told her that …": the cousin's words, handed on by Ani (CONVENTIONS 14).
      const kin =
        direct || attribution.form === 'subject-quote'
          ? null
          : kinTeller(text, attribution.content, d, outer.entity);
      if (!kin) return { draft, links: [draft] };
      const told = makeDraft(
        unit,
        kin.speaker,
        outer.entity,
        'reported',
        [kin.words],
        [attribution.content, kin.words],
      );
      return { draft, links: [draft, told] };
    }
    // "His spokesman said Guterres “strongly condemns …”": the principal's quote, and the
    // relayer's statement from the principal's name on (CONVENTIONS 14).
    // "According to the daily, Y said …": a news outlet passing the words on is the medium (CONVENTIONS 15).
    if (direct)
      return { draft, links: medium ? [draft] : [relayerFrom(text, unit, attribution, outer), draft] };
    // A relay names both links (CONVENTIONS 14): the relayer's statement starts at the principal's
    // name, the principal's at their own words. "Lavrov spoke with Mirzoyan and urged restraint,
    // the ministry said" gives no words of Lavrov's: the ministry's statement only. The principal
    // stays the one a following "He" or quote continues (remembered above).
    const words = relayed ?? principalWords(text, attribution.content);
    // "She added that 1,500 had left, according to the migration service": a source cited after
    // the clause gave the figures she passes on, so it says the that-clause too (CONVENTIONS 14).
    const cited = attribution.form === 'according-to' && attribution.frame.start >= attribution.content.end;
    const relayer = makeDraft(
      unit,
      outer,
      undefined,
      'reported',
      cited && words
        ? [words]
        : attribution.lead
          ? [attribution.lead, attribution.content]
          : [withoutOpeningConnective(text, attribution.content)],
      [attribution.content],
    );
    if (!words) return { draft, links: [relayer] };
    const own = relayed
      ? draft
      : makeDraft(unit, principal, outer.entity, 'reported', [words], [attribution.content, words]);
    return { draft, links: medium ? [own] : [relayer, own] };
  }
}

/**
 * "Government spokesman Gabriel Attal said … The head of state, he added, …": a person named
 * without a role where they speak now ("he") relays when the text titled them a spokesperson,
 * aide or representative right before their name.
 */
function relaysByTitle(outer: ResolvedSpeaker, d: Discourse): boolean {
  const e = outer.entity;
  // A gazetteer post not held at the story's date ("Gabriel Attal" in 2020) is no role of theirs then.
  if (e.kind !== 'person' || roleAt(e, d.at)) return false;
  // "Government spokesman Gabriel Attal said that …": the title the mention itself writes counts too.
  const own = e.id.startsWith('text:') ? '' : (trailingProperName(outer.mention)?.role.trim() ?? '');
  return [...(own ? [own] : []), ...titlesBefore(e.name, d.text, d.unitStart)].some((title) =>
    canRelay({ ...outer, entity: { ...e, role: title } }),
  );
}

const THOUGHT_HANDED_ON =
  /\b(?:believes|believed|thinks|considers|considered|hopes|hoped|is\s+convinced|was\s+convinced)\b/;

/** The relayer's link of a relay whose principal's words are quoted: the clause from the principal's name. */
function relayerFrom(text: string, unit: Unit, attribution: Attribution, outer: ResolvedSpeaker): Draft {
  const spans = attribution.lead
    ? [attribution.lead, attribution.content]
    : [withoutOpeningConnective(text, attribution.content)];
  return makeDraft(unit, outer, undefined, 'reported', spans, [attribution.content]);
}

/** "Pashinyan's spokeswoman, Nazeli Baghdasaryan, said …": a person the text titles a relayer by an apposition. */
function relaysByApposedTitle(outer: ResolvedSpeaker, d: Discourse): boolean {
  const e = outer.entity;
  return e.kind === 'person' && !roleAt(e, d.at) && relayerTitleApposed(e.name, d.text, d.unitStart + 400);
}

/**
 * "A State Department spokesperson", "the Chancellor's spokesman": a spokesperson the text names
 * by the post alone speaks for someone as a titled one does, so a person named in their clause is
 * relayed (CONVENTIONS 14); only a person, as for a relayer titled by an apposition.
 */
const UNNAMED_SPOKESPERSON = /^text:(?:[a-z0-9-]+-)?(?:spokes(?:man|woman|person)|press-secretary)$/;

/**
 * "His press secretary Berik Uali", "Her spokeswoman Ani Avetisyan": a relayer's post is written
 * as someone's before the name, and the name alone is kept without it; the one named speaks for
 * that someone as a titled spokesperson does.
 */
const OWNED_RELAYER =
  /^(?:his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:spokes(?:man|woman|person)|press\s+secretary|aide|adviser|advisor|representative)\s+\p{Lu}/iu;

/**
 * "The Prime Minister, she said, had stressed that …": the clause's subject stands before the
 * parenthetical attribution and its verb after it, so the principal is read from the two halves
 * joined as one clause.
 */
function principalBeforeAside(
  text: string,
  lead: Span,
  content: Span,
  d: Discourse,
  outer: Entity,
): ResolvedSpeaker | null {
  const clause = `${text.slice(lead.start, lead.end).trimEnd()} ${text.slice(content.start, content.end).trimStart()}`;
  return findPrincipal(clause, { start: 0, end: clause.length }, d, outer);
}

const CAPITAL_AFTER_SPACES = /^\s*\p{Lu}/u;

/** A quote that opens the content with a capital letter: a sentence of its own, not the rest of a clause. */
function sentenceOfItsOwn(text: string, contentStart: number, quote: Quote): boolean {
  const part = quote.parts[0]!;
  return (
    /^\s*$/.test(text.slice(contentStart, part.open)) &&
    CAPITAL_AFTER_SPACES.test(text.slice(part.start, part.end))
  );
}

const CAPITALISED_WORD_THEN_WORD = /^\p{Lu}[\p{L}'’-]*\s+\p{L}/u;

/**
 * `Russian peacekeepers “did not fulfill their mission,” Pashinyan said`: the sentence before a
 * trailing attribution is what was said, its own subject with the quoted predicate; the writer's
 * words open it, so it is reported whole, never cut to the quoted half. Read from where the words
 * start (`from`): in a relay, after the principal's verb (`Lavrov stressed that “force is no
 * answer,” the ministry said`: the quote is the principal's whole saying, as it is after "said that").
 */
function subjectOpensSentence(
  text: string,
  attribution: Attribution,
  from: number,
  quoteOpen: number,
): boolean {
  if (attribution.form !== 'trailing' || attribution.lead) return false;
  const subject = text.slice(from, quoteOpen).trim();
  return CAPITALISED_WORD_THEN_WORD.test(subject) && !/[,:—–-]$/.test(subject);
}

/** A name in Title Case ("Shusha Declaration", "Platform of Peace") or a figure ("5,000"). */
const QUOTED_TERM = /^(?:\p{Lu}[\p{L}’'-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}’'-]*))*|\d[\d,.]*)$/u;

const SPACES_THEN_LOWER_CASE = /^\s+\p{Ll}/u;
const FINITE_VERB_AHEAD =
  /^\s+(?:(?:\p{L}+\s+){0,6}?(?:is|are|was|were|had|has|have|will|would)|\p{Ll}{3,}ed)\s/u;

const SPACE_RUN = /\s+/g;

/**
 * Does a trimmed text hold more than `n` words, as `split(/\s+/).length > n` says? Read only as far
 * as the answer needs: a long quote is not split word by word to learn it has more than a few.
 */
function moreWordsThan(trimmed: string, n: number): boolean {
  SPACE_RUN.lastIndex = 0;
  let words = 1;
  while (SPACE_RUN.exec(trimmed)) if (++words > n) return true;
  return false;
}

/**
 * "said that the “reintegration centres” it had set up were open": a few quoted words that open
 * a clause going on with its own verb are a name inside what was said, not the saying itself.
 */
function quotedSubjectOfClause(text: string, quote: Quote, contentEnd: number): boolean {
  const part = quote.parts[0]!;
  if (quote.parts.length > 1 || part.close === null) return false;
  const words = text.slice(part.start, part.end).trim();
  if (moreWordsThan(words, 4) || /[.!?,;:]$/.test(words)) return false;
  const after = text.slice(part.close + 1, contentEnd);
  // `the “Shusha Declaration” commits …`, `the “5,000” figure first appeared …`: a name or a
  // number in quotes after "the" is a term the clause goes on to tell about, not words said.
  if (
    /(?:^|\s)the\s*$/i.test(text.slice(Math.max(0, part.open - 5), part.open)) &&
    QUOTED_TERM.test(words) &&
    SPACES_THEN_LOWER_CASE.test(after)
  )
    return true;
  // `posted that he “warmly” welcomed the statement`: a quoted adverb or adjective before the clause's own verb.
  if (FINITE_VERB_AHEAD.test(after)) return true;
  // `said the “illegal formations” must lay down their arms`: a determiner, the quoted noun, a modal.
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, part.open - 8), part.open)) && MODAL_AHEAD.test(after);
}

const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|this|these|those|such)\s*$/i;
const MODAL_AHEAD = /^\s+(?:must|should|could|can|cannot|might|may|shall)\s+(?:not\s+)?\p{Ll}/u;

const LOWER_CASE_AFTER_SPACES = /^\s*\p{Ll}/u;

/** The reported clause the spoken quotes stand in (`said he was “…”`), for a frame's direct statement. */
function clauseOf(
  text: string,
  masked: string,
  attribution: Attribution,
  spoken: readonly Quote[],
): Span[] | null {
  const first = spoken[0]?.parts[0];
  if (!first || attribution.form === 'subject-quote') return null;
  const quoted = spoken.flatMap((q) =>
    q.parts.map((p) => ({ start: p.open, end: (p.close ?? p.end - 1) + 1 })),
  );
  return quoteClause(
    masked,
    attribution.content,
    [attribution.speaker, attribution.frame],
    quoted,
    attribution.lead,
    LOWER_CASE_AFTER_SPACES.test(text.slice(first.start, first.end)),
    lastRunsOn(text, spoken),
  );
}

/** Does the last quote end in a word, with no punctuation of its own before its closing mark? */
function lastRunsOn(text: string, spoken: readonly Quote[]): boolean {
  const part = spoken.at(-1)?.parts.at(-1);
  // Trimmed first: "\s*$" after a letter would be tried at every letter of a long quote.
  return !!part && /[\p{L}\p{N}]$/u.test(text.slice(part.start, part.end).trimEnd());
}

/**
 * A quote that opens its sentence with no attribution right after it, and one at the sentence's
 * end: "''…,'' since most cases were close, said Lee Epstein, who teaches law." Read as a frame.
 */
function attributedAtEnd(text: string, masked: string, unit: Unit, first: Quote): boolean {
  if (first.parts.length !== 1) return false;
  // "“A” but necessary “B,” he said": when the first quote's own tail names no one, the sentence's
  // last attribution may cover it and the quotes after it.
  const tailEnd = unit.quotes[1]?.parts[0]?.open ?? unit.end;
  if (parseAttributionTail(masked, quoteClose(first), tailEnd, true)) return false;
  // A cheap test first: with several quotes, an attribution must follow the last one.
  const last = unit.quotes.at(-1)!;
  if (last !== first && !parseAttributionTail(masked, quoteClose(last), unit.end, true)) return false;
  const late = findFrameAttribution(text, masked, unit.start, unit.end);
  return (
    !!late &&
    (late.form === 'trailing' || late.form === 'according-to') &&
    late.speaker.start > quoteClose(unit.quotes.at(-1)!) &&
    late.content.start <= first.parts[0]!.open + 1
  );
}

/** The unit's words before `cut` and from `next` on, each with its quotes; null when a quote spans the cut. */
function splitUnit(unit: Unit, cut: number, next: number): [Unit, Unit] | null {
  const before = unit.quotes.filter((q) => quoteClose(q) <= cut);
  const after = unit.quotes.filter((q) => q.parts[0]!.open >= next);
  if (before.length + after.length !== unit.quotes.length) return null;
  return [
    { ...unit, end: cut, quotes: before },
    { ...unit, start: next, quotes: after },
  ];
}

/** Where the paragraph before the one holding `at` starts (0 at the text's start). */
function previousParagraphStart(text: string, at: number): number {
  const own = text.lastIndexOf('\n\n', at - 1);
  if (own < 0) return 0;
  const before = text.lastIndexOf('\n\n', own - 1);
  return before < 0 ? 0 : before + 2;
}

function makeDraft(
  unit: Unit,
  speaker: ResolvedSpeaker,
  via: Entity | undefined,
  kind: StatementKind,
  spans: Span[],
  said: Span[],
): Draft {
  const [quote, ...continuation] = spans;
  const draft: Draft = {
    speaker: speaker.entity,
    mention: speaker.mention,
    kind,
    quote: quote!,
    continuation,
    said,
    context: { start: unit.start, end: unit.end },
    sentence: unit.sentences[0]!,
  };
  if (via) draft.via = via;
  return draft;
}

/** Does the unit, outside its quotes, speak of a written statement ("said in a statement", "the statement says")? */
function statementWords(masked: string, unit: Unit): boolean {
  return /\b(?:statement|readout|communiqu[eé]|press release)\b/i.test(masked.slice(unit.start, unit.end));
}

/** A person who speaks for a body, named only by that role: "the representative of France", "Armenia's delegate". */
const BODY_VOICE =
  /^(?:(?:the|an?)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:representative|delegate|spokes(?:person|man|woman)|press secretary)(?:\s+(?:of|for)\s.+)?$/iu;

const CAPITAL_AFTER_FIRST_CHARACTER = /^.\P{Lu}*\p{Lu}/u;

/** One capitalised word and nothing more, as a person's given name is written alone: "Gayane". */
const GIVEN_NAME_ALONE = /^\p{Lu}\p{Ll}+$/u;

/** One person out of a group of people: "One of the protesters", "another of the mothers". */
const ONE_OF_PEOPLE =
  /^(?:one|another)\s+of\s+(?:the|those|these)\s+(?:\p{Ll}+\s+)?(?:\p{Ll}+s|women|men|people)$/iu;

/**
 * One unnamed person, introduced with "a" and set off by a comma or a relative: "A member of the
 * committee, who asked not to be named", "A resident who gave no name", "A Polish observer, who …"
 * (a nationality before the noun). A "he" after points to them.
 */
const ONE_UNNAMED_PERSON =
  /^[Aa]n?\s+(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+\s+){0,2}?(?:member|resident|official|diplomat|source|officer|soldier|witness|volunteer|doctor|nurse|teacher|neighbou?r|relative|villager|refugee|observer|monitor|woman|man)(?:\s+(?:of|from|in|at)\s+[^,]{1,80})?(?:,?\s+who\s+[^,]{1,80})?,?$/u;

/** A possessive determiner opening a mention: "his" in "his sister Sesegma". */
const POSSESSIVE = /^(?:his|her|their|its)$/i;

function remember(
  d: Discourse,
  draft: Draft,
  outer: ResolvedSpeaker,
  aboutAStatement: boolean,
  paragraph: number,
): void {
  if (draft.speaker.kind === 'person') {
    d.lastPerson = draft.speaker;
    // A speaker is named where they speak, even as "the senator"; "she" tells their gender.
    d.people.push({
      entity: draft.speaker,
      start: draft.context.start,
      // "his sister Sesegma": a possessive tells the owner's gender, the noun after it the speaker's.
      gender:
        genderOf(
          draft.mention.split(/\s+/).filter((w, i, all) => i > 0 || all.length === 1 || !POSSESSIVE.test(w)),
        ) ?? knownGender(draft.speaker),
      unit: d.unit,
    });
  } else if (draft.speaker.kind !== 'place') {
    // "said Gayane, a nurse. She said …": a given name alone is of no known kind, but a pronoun
    // after it points to them, never past them to a person named further back.
    // "One of the protesters said …. “…,” she said": one of a group of people is one person too.
    if (
      (draft.speaker.kind === 'unknown' && GIVEN_NAME_ALONE.test(draft.mention)) ||
      ((draft.speaker.kind === 'group' || draft.speaker.kind === 'unknown') &&
        (ONE_OF_PEOPLE.test(draft.mention) || ONE_UNNAMED_PERSON.test(draft.mention)))
    )
      d.people.push({ entity: draft.speaker, start: draft.context.start, gender: null, unit: d.unit });
    d.lastBody = draft.speaker;
    const spoke = d.bodySpeeches.get(draft.speaker.id);
    const names = spoke?.names ?? [];
    if (CAPITAL_AFTER_FIRST_CHARACTER.test(draft.mention) && !names.includes(draft.mention))
      names.push(draft.mention);
    d.bodySpeeches.set(draft.speaker.id, {
      entity: draft.speaker,
      count: (spoke?.count ?? 0) + 1,
      last: draft.context.start,
      names,
    });
    d.spokenAs.set(draft.speaker, draft.mention);
    // "The representative of the Russian Federation said … | …, she said": the person who spoke
    // for the body is the "she" after, and the body speaks again through her.
    if (/representative|delegate|spokes|secretary/i.test(draft.mention) && BODY_VOICE.test(draft.mention))
      d.people.push({
        entity: draft.speaker,
        start: draft.context.start,
        gender: genderOf(draft.mention.split(/\s+/)),
        unit: d.unit,
      });
  }
  // Someone else speaking ends a joint text: a later "It said" is no longer all of its authors.
  if (d.groups.jointText && !d.groups.jointText.speakers.some((s) => s.entity.id === outer.entity.id))
    d.groups.jointText = null;
  if (outer.entity.kind !== 'person' && outer.entity !== draft.speaker) {
    d.lastBody = outer.entity;
    // "Foreign Minister X spoke with Y, the ministry in Moscow said": the body that relays its
    // principal spoke there too; a later "the ministry added" finds it there, not further back.
    if (outer.entity.kind !== 'place' && draft.speaker.kind === 'person') {
      const spoke = d.bodySpeeches.get(outer.entity.id);
      d.bodySpeeches.set(outer.entity.id, {
        entity: outer.entity,
        count: (spoke?.count ?? 0) + 1,
        last: draft.context.start,
        names: spoke?.names ?? [],
      });
      if (!d.spokenAs.has(outer.entity)) d.spokenAs.set(outer.entity, outer.mention);
    }
  }
  const at = draft.context.start;
  if (draft.via) d.activeStatement = { author: draft.via, principal: draft.speaker, paragraph, at };
  else if (aboutAStatement || outer.viaDocument)
    d.activeStatement = { author: outer.entity, principal: null, paragraph, at };
}

/**
 * The quotes a quote-led saying goes on with: each one set off by punctuation from the words
 * before it (`“A,” he said, “B.” “C.”`, `“A,” said Ann Lee, a lawyer, “B”`). A quote the writer's
 * words run into (`“A,” he said, calling the plan “rushed”`) is no longer this saying, nor any after it.
 */
function quotesOfTheSaying(masked: string, quotes: readonly Quote[]): Quote[] {
  const out = quotes.slice(0, 1);
  for (const q of quotes.slice(1)) {
    const before = masked.slice(quoteClose(out[out.length - 1]!), q.parts[0]!.open);
    if (!/(?:^|[,:;.!?—–-])\s*$/.test(before)) break;
    out.push(q);
  }
  return out;
}

/** The quotes that are speech: after the first, a show's or book's title ("on “This Week”") is left out. */
function spokenQuotes(text: string, quotes: readonly Quote[]): Quote[] {
  return quotes.filter((q, i) => i === 0 || !quotesATitle(text, q.parts[0]!));
}

/**
 * Does the statement end in the speaker's own words: a direct statement, or a reported clause
 * whose last words are a quote (`Farmers are “losing patience,” Reyes said.`)?
 */
function endsInQuote(text: string, s: Statement): boolean {
  if (s.kind === 'direct') return true;
  return endsInQuoteMark(text, s.continuation?.at(-1) ?? s.quote);
}

function endsInQuoteMark(text: string, last: Span): boolean {
  return /["”’'»][\s,.;:!?]*$/.test(text.slice(Math.max(last.start, last.end - 4), last.end));
}

/**
 * `“A,” Lee said. “B …¶“C,” Lee said.`: a quote left open at the end of its paragraph runs on into
 * the next paragraph's quote (the newspaper convention), and is read with the attribution there.
 * But its first part opens right after the saying before it, in the same paragraph and by the same
 * speaker: it goes on with that saying, which it completes (`A … B`), and the later statement
 * starts where its own paragraph does. Only a quote-led unit, so an open quote with an attribution
 * of its own before it (`Then she said: “B …`) stays whole.
 */
function handBackOpenPart(
  text: string,
  paragraphs: readonly Paragraph[],
  previous: Previous | null,
  s: Statement,
  unit: Unit,
  unitIndex: number,
): void {
  if (!previous || previous.unitIndex !== unitIndex - 1 || previous.paragraph !== unit.firstParagraph) return;
  const before = previous.statement;
  if (s.kind !== 'direct' || s.clause || before.kind !== 'direct' || before.clause) return;
  if (before.speaker.id !== s.speaker.id || before.via?.id !== s.via?.id) return;
  const paragraph = paragraphs.find((p) => p.index === unit.firstParagraph);
  const [first, ...rest] = [s.quote, ...(s.continuation ?? [])];
  const [next, ...after] = rest;
  if (!paragraph || !first || !next || first.end > paragraph.end || next.start < paragraph.end) return;
  // The open part runs to its paragraph's end, and the unit opens with it.
  if (/\S/.test(text.slice(first.end, paragraph.end))) return;
  if (!/^[\s"“'‘]*$/.test(text.slice(unit.start, first.start))) return;
  before.continuation = [...(before.continuation ?? []), first];
  before.context = { start: before.context.start, end: Math.max(before.context.end, paragraph.end) };
  s.quote = next;
  if (after.length) s.continuation = after;
  else delete s.continuation;
}

/** The relatives whose words open a quote that continued a person's direct saying (CONVENTIONS row S). */
function kinInLaterPiece(text: string, unit: Unit, said: Statement): Draft[] {
  if (said.kind !== 'direct' || said.via) return [];
  const from = previousParagraphStart(text, unit.start);
  return unit.quotes.flatMap(quoteSpans).flatMap((piece) => {
    const kin = kinInQuote(text, piece, said.speaker, from, true);
    return kin ? [makeDraft(unit, kin.speaker, said.speaker, 'reported', [kin.words], [kin.words])] : [];
  });
}

/**
 * A quote-led unit with no attribution of its own ("…," the statement says. "…") continues the
 * previous direct statement when it comes right after it, in the same or the next paragraph.
 */
function continueQuote(text: string, unit: Unit, previous: Previous | null, unitIndex: number): void {
  if (!previous || !endsInQuote(text, previous.statement) || unitIndex - previous.unitIndex > 1) return;
  if (unit.firstParagraph - previous.paragraph > 1 || isQuotedSubheading(text, unit, previous.statement))
    return;
  if (quotedNameOpensSentence(text, unit)) return;
  const s = previous.statement;
  if (repeatsSaid(text, s, unit.quotes.flatMap(quoteSpans))) return;
  s.continuation = [...(s.continuation ?? []), ...unit.quotes.flatMap(quoteSpans)];
  s.context = { start: s.context.start, end: Math.max(s.context.end, unit.end) };
  previous.unitIndex = unitIndex;
  previous.paragraph = unit.firstParagraph;
}

const wordsOf = (text: string, spans: readonly Span[]): string =>
  spans
    .map((sp) => text.slice(sp.start, sp.end))
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Are the quotes words the statement already holds, or all of them again (a pull quote, an
 * embedded post repeating what was quoted)? Repeated, they are no more of what was said.
 */
function repeatsSaid(text: string, s: Statement, spans: readonly Span[]): boolean {
  const added = wordsOf(text, spans);
  const said = wordsOf(text, [s.quote, ...(s.continuation ?? [])]);
  if (added.split(' ').length < 5 || said.split(' ').length < 5) return false;
  return said.includes(added) || added.includes(said);
}

const LOWER_CASE_AFTER_COMMAS_OR_SPACES = /^[\s,]*\p{Ll}/u;

/**
 * "''Hawaii Five-0,'' the 1960s procedural, is …": a short quote the writer's own sentence runs on
 * from in lower case is a name (a show, a slogan) in that sentence, not more of what was said.
 */
function quotedNameOpensSentence(text: string, unit: Unit): boolean {
  const quote = unit.quotes[0];
  const part = quote?.parts[0];
  if (!quote || !part || quote.parts.length > 1 || part.close === null) return false;
  if (moreWordsThan(text.slice(part.start, part.end).trim(), 5)) return false;
  return LOWER_CASE_AFTER_COMMAS_OR_SPACES.test(
    text.slice(part.close + 1, Math.min(unit.end, part.close + 40)),
  );
}

/** A line that is one short quote and nothing else: `'Legend in the Coal Fields.'`. */
const QUOTE_ONLY_LINE = /^\s*["“‘'](?:[^\n"“”‘’']|['’](?=\p{L}))+["”’']?\.?["”’']?\s*$/u;

const WORD_TOKEN = /\p{L}[\p{L}'’]*/gu;
const TITLE_CASE_START = /^\p{Lu}\p{Ll}/u;

/** The words of a paragraph that is one short quote and nothing else, or null. */
function quoteOnlyParagraphWords(text: string, unit: Unit): string[] | null {
  const line = text.slice(unit.start, unit.end);
  if (line.includes('\n') || !QUOTE_ONLY_LINE.test(line) || /[.!?]\s+\S/.test(line)) return null;
  // The quote is its whole paragraph.
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, unit.start - 80), unit.start))) return null;
  if (!/^[ \t]*(?:\n|$)/.test(text.slice(unit.end, unit.end + 80))) return null;
  const words = line.match(WORD_TOKEN) ?? [];
  return words.length < 2 || words.length > 8 ? null : words;
}

/** A double mark right before a quoted piece: `"`, `“`, `„`, `«`, or the typewriter's `''`. */
const DOUBLE_MARK_BEFORE = /(?:["“„«]|'')\s*$/u;
/** A line opened by one single mark (`'…`, `‘…`), not the typewriter's double `''`. */
const SINGLE_MARK_OPENING = /^\s*['‘](?!')/u;

/**
 * Is a line that is one short quote a subheading set in quotes (`'All Bets Are Off.'`), not more
 * of what was said? Title case gives it away: a word past the first capitalised here that the
 * same text writes in lower case elsewhere ("Coal" here, "coal" in the story). So do its marks:
 * single ones (`'Pretty cool working there.'`) after a saying the outlet quoted in double marks.
 */
function isQuotedSubheading(text: string, unit: Unit, previous: Statement): boolean {
  const words = quoteOnlyParagraphWords(text, unit);
  if (!words) return false;
  const lastPiece = previous.continuation?.at(-1) ?? previous.quote;
  const before = text.slice(Math.max(0, lastPiece.start - 3), lastPiece.start);
  if (SINGLE_MARK_OPENING.test(text.slice(unit.start, unit.end)) && DOUBLE_MARK_BEFORE.test(before))
    return true;
  return words
    .slice(1)
    .some(
      (w) =>
        TITLE_CASE_START.test(w) && new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(text),
    );
}

/** `Also, Blinken "noted …"`, `He also "underscored …"`: the verb is inside the quote. */
function subjectBeforeQuote(text: string, unit: Unit): Attribution | null {
  const first = unit.quotes[0];
  if (!first) return null;
  const open = first.parts[0]!.open;
  const before = text.slice(unit.start, open);
  const np = before
    .replace(LEADING_CONNECTIVE, '')
    .replace(/\s+(?:also|again|then|further|later)\s*$/i, '')
    .trim();
  if (!np || np.split(/\s+/).length > 8 || /[,;:]/.test(np)) return null;
  const verb = COMMUNICATION_VERB.exec(text.slice(first.parts[0]!.start, first.parts[0]!.start + 30));
  if (verb?.index !== 0) return null;
  const npStart = unit.start + before.indexOf(np);
  const content = { start: first.parts[0]!.start, end: first.parts[0]!.end };
  return {
    form: 'subject-quote',
    speaker: { start: npStart, end: npStart + np.length },
    frame: { start: unit.start, end: open },
    content,
  };
}

/**
 * "launched what it called “…”", "dismissed what he called “…”": the name a speaker gave, in quotes.
 * A body named by its owner's pronoun names it too: "what its Defence Ministry called “…”"; so does
 * a body the text describes by its head noun ("in what the Azerbaijani foreign ministry called an “…”"),
 * with a word that says which, or alone when the head is the ministry or government the story names
 * ("what the department called" could be any department, and is left).
 */
const WHAT_CALLED =
  /\bwhat\s+(he|she|it|they|(?:both|the\s+two)\s+\p{Ll}+|(?:(?:its|his|her|their)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|the\s+(?:ministry|government|authorities)|the\s+(?:[\p{L}.'’-]+\s+){1,3}?(?:ministry|department|side|government|authorities|army|office|service|agency|administration|committee|commission|embassy|presidency))\s+(?:has\s+|have\s+|had\s+)?(?:called|calls|call|described\s+as|describes\s+as|describe\s+as|termed|terms|term|dubbed)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?=\u2591)/u;

/**
 * "an operation which the Azerbaijani side called “…”", "the measures that Baku termed “…”": a
 * relative clause naming a thing, its subject a noun phrase (a pronoun's antecedent is the thing).
 */
const WHICH_CALLED =
  /\b(?:which|that)\s+((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:\p{Ll}{3,}|\p{Lu}[\p{L}.'’-]*))\s+(?:has\s+|had\s+)?(?:called|calls|described\s+as|describes\s+as|termed|terms|dubbed)\s+(?:an?\s+|the\s+)?(?=\u2591)/u;

/** "thanked Tehran for |what …", "congratulated Azerbaijan on |what …": a past verb, a short object, a preposition. */
const VERB_OBJECT_PREPOSITION =
  /\b(\p{Ll}{3,}ed)\s+(?:[^,;:\u2591]{1,40}?\s)?(?:on|for|about|over|against|with|to|at|by)\s+$/u;

/** "announced the end of| what it called …": a phase of the thing named is the verb's object, "what" its complement. */
const VERB_PHASE_OF =
  /\b(\p{Ll}{3,}(?:ed|s))\s+the\s+(?:end|start|launch|beginning|resumption|completion|suspension|conclusion)\s+of\s+$/u;

/** A reported content that is only a phase of the thing named: "the end of what it called “". */
const PHASE_OF_WHAT_CALLED =
  /^the\s+(?:end|start|launch|beginning|resumption|completion|suspension|conclusion)\s+of\s+what\s+[^\s"“]+\s+(?:called|calls)\s*["“«]?$/u;

const PREPOSITION_BEFORE =
  /(?<![\p{L}-])(?:of|in|to|for|on|at|by|with|from|about|against|over|under|into|through|despite|amid|after|before|as|than|like)\s+$/iu;

const WRITER_RECAP = /^\s*(?:Recall(?:\s+that|,)|It (?:will|should) be recalled(?:\s+that)?|As a reminder,)/;

/**
 * "Azerbaijan launched what it called “local anti-terrorist measures”": the quoted name is the
 * speaker's words. "it"/"they" is the clause's subject; "he"/"she" is read as a pronoun.
 */
/**
 * Words opening a clause of time before its subject: "a day after", "hours before", "when", "less
 * than 24 hours after", "just two weeks before".
 */
const TIME_OPENER = /^(?:[\p{L}\p{N}-]+\s+){0,4}?(?:after|before|since|when|while|until|once)\s+(?=\S)/iu;

/** A time clause's opener with no subject after it: "less than 24 hours after" (then "launching"). */
const OPENER_ONLY = /^(?:[\p{L}\p{N}-]+\s+){0,4}?(?:after|before|since|when|while|until|once|upon|by)\s*$/iu;
/** The main clause's subject right after a fronted clause: "…”, Azerbaijan obtained …". */
const MAIN_SUBJECT_AFTER =
  /^["”’]?\s*,\s*((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,4})(?=\s+(?:has\s+|had\s+|have\s+)?\p{Ll}+(?:ed|s)\b)/u;

/** The saying whose reported words hold an aside "what it called": its speakers and its words. */
interface FramingSaying {
  speakers: readonly ResolvedSpeaker[];
  content: Span;
}

/**
 * "The ministry said the soldiers died in what it called “a provocation”", "Baku maintains that the
 * protesters demand an end to what it calls “…”": an "it" after a preposition, with no verb subject
 * of its own, inside the words of a body's saying, is that body; "they" is a group's. A person's
 * saying, or a saying by several, leaves the pronoun unresolved (who it is, the text does not say).
 */
function pronounOfFramingBody(
  pronoun: string,
  at: number,
  framing: FramingSaying | undefined,
): ResolvedSpeaker | null {
  if (framing?.speakers.length !== 1) return null;
  if (at < framing.content.start || at >= framing.content.end) return null;
  const speaker = framing.speakers[0]!;
  if (speaker.viaDocument) return null;
  const kind = speaker.entity.kind;
  if (/^it$/i.test(pronoun)) return kind === 'organisation' || kind === 'government' ? speaker : null;
  return kind === 'group' ? speaker : null;
}

function whatTheyCalled(
  text: string,
  masked: string,
  unit: Unit,
  d: Discourse,
  aside = false,
  framing?: FramingSaying,
): Draft[] {
  if (unit.quotes.length === 0) return [];
  const namedAfter = asTheyCallIt(text, unit, d);
  if (namedAfter) return [namedAfter];
  const region = masked.slice(unit.start, unit.end);
  // A writer's recap of background ("Recall that …", "It will be recalled that …") reports no new saying.
  if (!/\b(?:what|which|that) /.test(region) || WRITER_RECAP.test(region)) return [];
  const m = WHAT_CALLED.exec(region) ?? (aside ? null : WHICH_CALLED.exec(region));
  if (!m) return [];
  // Beside another saying, an aside "in what X called" names a saying of its own; so does "what X
  // called" with X a name, or a pronoun standing for the subject of the verb "what" is the object of.
  const inAside = /\bin\s+$/.test(region.slice(Math.max(0, m.index - 4), m.index));
  const open = unit.start + m.index + m[0].length;
  const quote = unit.quotes.find((q) => q.parts[0]!.open === open);
  if (!quote) return [];
  let phrase = m[1]!;
  d.speakerAt = unit.start + m.index + m[0].indexOf(phrase);
  // A pronoun is the clause's subject: "Hajizada dismissed what he called …".
  if (/^(?:he|she|it|they)$/i.test(phrase)) {
    // "congratulated Baku on what he called …": the subject of the verb before the object and its preposition.
    const before = masked.slice(unit.start, unit.start + m.index);
    const object = VERB_OBJECT_PREPOSITION.exec(before) ?? VERB_PHASE_OF.exec(before);
    const verbEnd = object ? unit.start + object.index + object[1]!.length : unit.start + m.index;
    // "killed as a result of what it called …": a preposition before "what" is no verb with a subject.
    const afterPreposition = !object && PREPOSITION_BEFORE.test(masked.slice(unit.start, verbEnd));
    const subject = afterPreposition ? null : subjectOfVerbBefore(masked, unit.start, verbEnd);
    if (aside && !subject && /^(?:it|they)$/i.test(phrase)) {
      const body = pronounOfFramingBody(phrase, unit.start + m.index, framing);
      if (body) return [makeDraft(unit, body, undefined, 'direct', quoteSpans(quote), quoteSpans(quote))];
    }
    if (aside && !inAside && !subject) return [];
    const bareOpener = subject && OPENER_ONLY.test(text.slice(subject.start, subject.end));
    if (bareOpener) {
      // "Hours after launching what it calls “…”, Azerbaijan obtained …": a participle's clause
      // set before its sentence has no subject of its own; the pronoun is the main clause's subject.
      const main = MAIN_SUBJECT_AFTER.exec(text.slice(quote.parts.at(-1)!.end, unit.end));
      if (!main) return [];
      phrase = main[1]!;
      d.speakerAt = quote.parts.at(-1)!.end + main[0].length - main[1]!.length;
    } else if (subject) {
      // "a day after Azerbaijan launched what it called …": the time clause's subject, not its opener.
      const opener = TIME_OPENER.exec(text.slice(subject.start, subject.end))?.[0].length ?? 0;
      phrase = text.slice(subject.start + opener, subject.end);
      d.speakerAt = subject.start + opener;
    } else if (/^(?:it|they)$/i.test(phrase)) return [];
  }
  // "Azerbaijan launched what its Defence Ministry called …": the owner is the subject of the verb
  // "what" is the object of, as a pronoun's antecedent is.
  const owned = /^(?:its|their)\s+/.exec(phrase);
  if (owned) {
    const verbEnd = unit.start + m.index;
    const subject = PREPOSITION_BEFORE.test(masked.slice(unit.start, verbEnd))
      ? null
      : subjectOfVerbBefore(masked, unit.start, verbEnd);
    // "The fighting began on Tuesday when Azerbaijan launched …": the time clause's own subject.
    const owner = subject
      ? text
          .slice(subject.start, subject.end)
          .replace(/^.*\b(?:when|after|before|since|while|once|until)\s+/su, '')
      : '';
    // Only a name owns it: "the army" has no ministry of its own to name, and no owner, no namer.
    if (!/^\p{Lu}/u.test(owner) || /^the\s+\p{Ll}/iu.test(owner)) return [];
    phrase = `${owner}'s ${phrase.slice(owned[0].length)}`;
  }
  const spans = quoteSpans(quote);
  // "both sides", "the two countries": the group that spoke last, each of it.
  if (/^(?:both|the\s+two)\s/i.test(phrase)) {
    // No group spoke before: the sentence's subject, when it names two ("Armenia and Azerbaijan agreed …").
    const subject = d.groups.spoke ? null : NAMES_TOGETHER_FIRST.exec(region)?.[1];
    const named = subject ? speakersNamed(subject, d) : [];
    const group = named.length > 1 ? named : groupAgain(phrase, d);
    return (group ?? []).map((speaker) => makeDraft(unit, speaker, undefined, 'direct', spans, spans));
  }
  const speaker = resolveSpeaker(phrase, d);
  if (!speaker || speaker.entity.kind === 'place') return [];
  return [makeDraft(unit, speaker, undefined, 'direct', spans, spans)];
}

/** After a quoted name: "as Baku calls it", "as the Kremlin called it" (CONVENTIONS 10, a quoted name). */
const AS_CALLED_IT =
  /^["”’']?\s*,?\s+as\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:calls|called|call|terms|termed|dubs|dubbed)\s+it(?![\p{L}])/u;

/** "the so-called “Zangezur corridor” as Baku calls it": the quoted name is the namer's words. */
function asTheyCallIt(text: string, unit: Unit, d: Discourse): Draft | null {
  if (!text.slice(unit.start, unit.end).includes(' as ')) return null;
  for (const quote of unit.quotes) {
    const last = quote.parts.at(-1)!;
    if (last.close === null) continue;
    const m = AS_CALLED_IT.exec(text.slice(last.end, Math.min(unit.end, last.end + 80)));
    if (!m) continue;
    d.speakerAt = last.end + m[0].indexOf(m[1]!, m[0].indexOf(' as ') + 4);
    const speaker = resolveSpeaker(m[1]!, d);
    if (!speaker || speaker.entity.kind === 'place') return null;
    const spans = quoteSpans(quote);
    return makeDraft(unit, speaker, undefined, 'direct', spans, spans);
  }
  return null;
}

/**
 * ", adding," or ", saying in a statement," between a saying's verb and its next quote; or ",
 * adding that" and a clause of any length that runs into the quote ("adding that the route to
 * the south, which both sides use, “must stay open”"): the "that" says where the second saying
 * starts, however far its quote stands from it.
 */
const SECOND_SAYING_AFTER_VERB = new RegExp(
  `^${TOLD_WHOM_BEFORE_COMMA},\\s*${SECOND_SAYING_PARTICIPLE}\\b(?:\\s+that\\s[^\u2591]*|[^\u2591]{0,40})$`,
);
