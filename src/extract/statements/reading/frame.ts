import { roleAt } from '../../entities/resolve.ts';
import { trailingProperName } from '../../entities/textEntity.ts';
import type { Entity, Span } from '../../types.ts';
import { relayerTitleApposed } from '../apposedTitle.ts';
import { clauseSubjectBeforeQuote, findFrameAttribution, quoteLeads } from '../attribution/frames.ts';
import { type Attribution, parseAttributionTail } from '../attribution/tail.ts';
import { quoteClause } from '../clause.ts';
import { withoutOpeningConnective } from '../contentTail.ts';
import { titlesBefore } from '../discourse/roleBack.ts';
import type { Discourse, ResolvedSpeaker } from '../discourse/state.ts';
import { postHolderBefore } from '../groupMembers.ts';
import { speakersOf } from '../groupSpeakers.ts';
import { jointTeller } from '../jointTeller.ts';
import { kinTeller } from '../kinTeller.ts';
import { isOwnOutlet } from '../ownOutlet.ts';
import { type Quote, quoteSpans } from '../quotes.ts';
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
} from '../relay.ts';
import { relaysTelling } from '../toldRelay.ts';
import type { Unit } from '../units.ts';
import { type Draft, quoteClose } from './draft.ts';
import {
  makeDraft,
  moreWordsThan,
  quotesOfTheSaying,
  remember,
  spokenQuotes,
  statementWords,
} from './remember.ts';

const COMMA_AND = /,\s+and\s+(?=\p{L})/u;
const AND_BEFORE_A_CAPITAL = /\s+and\s+(?=\p{Lu})/gu;
const AND_THAT_BEFORE_A_CAPITAL = /\s+and\s+that\s+(?=\p{Lu})/gu;

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
 * Where a relayed principal's own words start, when the principal's verb has any: its
 * that-clause ("Lavrov stressed that |the talks …", "told Aliyev in a call that |…") or the
 * clause after "told" and whom ("told Aliyev |the incident must …"; not "told him to …").
 */
export function principalWords(text: string, content: Span): Span | null {
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

/**
 * "had told ministers |the government would …", "had told his colleagues |the protocol was …",
 * "had told foreign leaders |Baku would not stop": a group the principal told, named by a plural
 * noun (after a possessive or an article and one modifier), when a clause with a finite verb
 * follows at once. The lookahead keeps "told his colleagues stories" and "told ministers in
 * Brussels" out: their words, if any, are not marked off.
 */
const TOLD_GROUP =
  String.raw`(?:(?:his|her|their|its|the|both|all|fellow)\s+)?(?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}{3,}s\s+` +
  String.raw`(?=(?:the|a|an|his|her|its|their|it|he|she|they|we|Baku|Yerevan|Moscow|\p{Lu}\p{Ll}+)\s+(?:[\p{L}-]+\s+){0,3}?(?:is|are|was|were|would|will|could|can|must|should|had|has|have)\s)`;

const TOLD_WHOM = new RegExp(
  String.raw`(?<![\p{L}-])told\s+(?:(?:him|her|them)\s+|(?:the\s+)?(?:meeting|cabinet|parliament|conference|summit|session|audience|reporters|journalists|relatives|lawmakers)\s+|(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}|${TOLD_GROUP})` +
    String.raw`(?!(?:to|about|of|in|on|at|during|by|after|before|that|and|or)\s)(?=\p{L})`,
  'u',
);

/** After a verb, its setting up to a colon and an opening quote: "said in answer to a question: “…". */
const SETTING_THEN_COLON_QUOTE = /^[^.;:!?"“”«»]{0,120}:\s*["“«]/u;

function colonQuoteAfter(text: string, from: number, end: number): boolean {
  return from < end && SETTING_THEN_COLON_QUOTE.test(text.slice(from, Math.min(end, from + 130)));
}

export function readFrame(
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
export function postsRelayed(
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
  const and = COMMA_AND.exec(clause);
  if (and) return principalOfConjunct(text, content.start + and.index + and[0].length, content.end, d, outer);
  // "…was made jointly by Moscow and Baku and President Vladimir Putin considers that …": with no
  // comma, the conjunct is the one that opens on a title or name and holds the verb of belief.
  for (const bare of clause.matchAll(AND_BEFORE_A_CAPITAL)) {
    const start = content.start + bare.index + bare[0].length;
    if (!BELIEF_OR_SAYING.test(text.slice(start, Math.min(content.end, start + 80)))) continue;
    const relayed = principalOfConjunct(text, start, content.end, d, outer);
    if (relayed) return relayed;
  }
  // "…said Pashinyan had spoken with Putin and that Putin had promised that …": a second that-clause
  // opening on a name of its own is a second relayed clause under the same verb; its principal needs
  // a verb of saying of its own (findPrincipal) and a person the text names.
  for (const second of clause.matchAll(AND_THAT_BEFORE_A_CAPITAL)) {
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
      relaysTelling(text, attribution.content, outer) ||
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
      if (
        principal?.entity.kind !== 'person' &&
        !canRelay(outer) &&
        !relaysByTitle(outer, d) &&
        !medium &&
        !relaysTelling(text, attribution.content, outer)
      )
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
export function attributedAtEnd(text: string, masked: string, unit: Unit, first: Quote): boolean {
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
