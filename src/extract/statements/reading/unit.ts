import { findFrameAttribution } from '../attribution/frames.ts';
import { type Attribution, parseAttributionTail, tailAfterQuoteGoesOn } from '../attribution/tail.ts';
import { innerSaying, participleAfterTail, secondSaying } from '../attribution/verbForm.ts';
import { calledBeforeSaying, namesAfterSaying } from '../calledQuote.ts';
import { clauseIntoQuote } from '../clauseIntoQuote.ts';
import { saysNothing } from '../contentTail.ts';
import { coordinatedSaying } from '../coordinated.ts';
import { resolveSpeaker } from '../discourse/resolveSpeaker.ts';
import type { Discourse } from '../discourse/state.ts';
import { jointAfterQuote, jointTextAgain, namedTogether, speakersOf } from '../groupSpeakers.ts';
import { kinInQuote } from '../kinTeller.ts';
import { withListedSpeakers } from '../listedSpeakers.ts';
import { namedTogetherIn } from '../people.ts';
import { pronounTellerInQuote, withPronounTellers } from '../pronounTellerInQuote.ts';
import { quoteSpans } from '../quotes.ts';
import { canRelay, findPrincipal } from '../relay.ts';
import { reactedToOnly } from '../topicObject.ts';
import type { Unit } from '../units.ts';
import { type Draft, type Previous, quoteClose, signatureAfter, tailInNextUnit } from './draft.ts';
import { attributedAtEnd, postsRelayed, principalWords } from './frame.ts';
import {
  continueQuote,
  endsInQuoteMark,
  makeDraft,
  previousParagraphStart,
  quotesOfTheSaying,
  remember,
  splitUnit,
  spokenQuotes,
  statementWords,
} from './remember.ts';
import {
  clauseBeforeAddedSaying,
  frameDrafts,
  introducedBlock,
  NO_UNITS,
  tellerNamedBySource,
} from './sayingDrafts.ts';
import { clauseAfterQuote } from './transcripts.ts';
import {
  PHASE_OF_WHAT_CALLED,
  SECOND_SAYING_AFTER_VERB,
  subjectBeforeQuote,
  whatTheyCalled,
} from './whatTheyCalled.ts';

export function readUnit(
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
      // "He told me …" with no kin of the speaker's to stand for: the one person the quote named.
      const tellings = withPronounTellers(
        kin,
        pronounTellerInQuote(text, piece, direct!.quote, outer.entity),
      );
      for (const t of tellings)
        drafts.push(makeDraft(unit, t.speaker, outer.entity, 'reported', [t.words], [t.words]));
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
    // ", a move Baku called “…”" (whatTheyCalled's contact clause) is such an aside too.
    if (
      unit.quotes.length > 0 &&
      /\b(?:what|which|whom) |,\s+an?\s/.test(masked.slice(unit.start, unit.end))
    ) {
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
