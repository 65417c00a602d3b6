import { findEntityMentions } from '../entities/mentions.ts';
import type { DocumentTimeline, Paragraph, Sentence, Statement } from '../types.ts';
import { spokenByAnAdjective } from './adjectiveSpeaker.ts';
import { apposedNameDisowned } from './apposedOther.ts';
import { maskQuotes } from './attribution/tail.ts';
import { withCitedBeforeThat } from './citedBeforeThat.ts';
import { withCitedTails } from './citedTail.ts';
import { citedWhereRead } from './citedWhereRead.ts';
import { withCitedSources } from './citing.ts';
import { withoutItemLabel } from './contentTail.ts';
import { isCorrectionsNotice, withoutCorrectedPieces } from './correctionsNotice.ts';
import { withCourtParties } from './courtParties.ts';
import { withDefinitesBack } from './definiteBack.ts';
import { nameDescribedSpeakers } from './describedThenNamed.ts';
import { resolveSpeaker } from './discourse/resolveSpeaker.ts';
import { newDiscourse } from './discourse/state.ts';
import { spokenByADocument } from './documentSpeaker.ts';
import { asHeadlineStatement } from './headingLine.ts';
import { withWitnessNamed } from './hearingWitness.ts';
import { maskDigitGroupCommas, maskNameListCommas } from './mask.ts';
import { quotesOutletToldTo, withoutMarksOf } from './outletTitle.ts';
import { documentOutlet, isCorrespondentReport } from './ownOutlet.ts';
import { findPeople } from './people.ts';
import { learnGenders } from './personGender.ts';
import { saysOnlyWhereOrWhen } from './placeOrTimeOnly.ts';
import { withPapersNamed } from './pressReview.ts';
import { firstMetInQuote } from './quotedNames.ts';
import { findQuotes } from './quotes.ts';
import { finish, type Previous, previousInParagraph, roleDate } from './reading/draft.ts';
import {
  briefingAnswer,
  colonLabelled,
  dashInterviewAnswer,
  withDashQuotedParagraphs,
  writtenAnswer,
} from './reading/interviews.ts';
import { handBackOpenPart, kinInLaterPiece, remember, statementWords } from './reading/remember.ts';
import {
  genreSayingDraft,
  NO_UNITS,
  openedByDraft,
  QUOTING_VERB,
  quotedAsSayingDrafts,
  relativeClauseSayingDraft,
  relativeSayingDrafts,
  remarkDraft,
  sourceOfBeforeDraft,
  untaggedDashDraft,
} from './reading/sayingDrafts.ts';
import {
  answerGoesOn,
  clauseAfterQuote,
  labelledTurn,
  SILENT_TURN,
  transcriptTurn,
  withoutTurnLabel,
} from './reading/transcripts.ts';
import { readUnit } from './reading/unit.ts';
import { headlineSays, relayedInTurn, speakerEntityIn, withoutOwnVoice } from './reading/voices.ts';
import { spokenByARelativeClause } from './relativeClauseMention.ts';
import { withSameSourceBack } from './sameSource.ts';
import { onlyPointsBack } from './sourceOfBefore.ts';
import { withoutWordlessActs } from './speechAct.ts';
import { TIME_CODE } from './turns.ts';
import { buildUnits, isHeading } from './units.ts';
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
    maskNameListCommas(
      maskDigitGroupCommas(
        maskQuotes(
          text,
          quotes.flatMap((q) => q.parts),
        ),
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
      for (const p of found) if (!firstMetInQuote(p, u, d.people)) d.people.push({ ...p, unit: peopleRead });
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
  const cited = withCitedBeforeThat(
    text,
    withCitedTails(
      text,
      withCitedSources(text, unlabelled, (phrase, at) => {
        const read = citedWhere?.get(at);
        return read?.phrase === phrase ? read.entity : resolvePhrase(phrase);
      }),
      resolvePhrase,
    ),
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
          !saidByWhoseNoun(text, s) &&
          !saysOnlyWhereOrWhen(text, s) &&
          !spokenByARelativeClause(text, s),
      ),
    ),
    resolvePhrase,
  );
  return kept.length === parties.length && cited.length === unlabelled.length
    ? kept
    : kept.map((s, i) => ({ ...s, id: s.id.replace(/#s\d+$/, `#s${i + 1}`) }));
}
