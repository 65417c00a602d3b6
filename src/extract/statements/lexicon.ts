import { OWNER_DEMONYM } from '../entities/demonyms.ts';
import { SAYING_PARTICIPLE_WORDS, wordsExcept } from '../wordLists.ts';
import { REPORTING_THAT_STEMS } from './reportingVerbs.ts';

export { SAYING_PARTICIPLE_WORDS, wordsExcept };

/**
 * The participles of saying after a form of "be": "Clinton is stressing that …", "He’s predicting
 * …". Left out are those whose progressive mostly takes something other than words: an object
 * ("was adding troops", "is admitting patients", "was recalling the war", "was writing a book"),
 * a question asked of the speaker ("was answering questions", "was asking questions"), a reaction
 * or topic ("was responding to the attack", "was commenting on"), or a "that" they need
 * ("mentioned that").
 */
const PROGRESSIVE_OF_SAYING = wordsExcept(SAYING_PARTICIPLE_WORDS, [
  'adding',
  'admitting',
  'recalling',
  'writing',
  'answering',
  'asking',
  'responding',
  'replying',
  'commenting',
  'tweeting',
  'joking',
  'mentioning',
]);

/**
 * Words of attribution. A speech verb introduces what someone said ("said", "urged", "called
 * for"); a communication verb only tells that someone spoke (it also counts when deciding that
 * a spokesperson relays another person's words: "Miller said that Blinken spoke to …").
 */

// Base forms that are also common nouns ("a state", "the report", "a claim") are left out; the
// -s forms stay (plural nouns are told apart by the determiner before them, see attribution.ts).
const SPEECH_STEMS = [
  // "The text says nothing of a new ceasefire: …": what is not said is no one's words ("said
  // nothing would change" still says something).
  'say|says|said (?=(?!\\s+nothing(?:\\s+(?:of|about|on|more|else|further|publicly)\\b|\\s*[.,;:])))',
  'tell|tells|told',
  'states|stated',
  'stresses|stressed',
  'urge|urges|urged',
  'notes|noted',
  // The base form is a noun too ("a diplomatic note"): a verb only where its content or the close of
  // a parenthetical follows ("Analysts note that …", "This time, they note, …").
  'note (?=,|\\s+that\\s)',
  'accuse|accuses|accused',
  'confirm|confirms|confirmed',
  'deny|denies|denied',
  'assure|assures|assured',
  'emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed',
  'reiterate|reiterates|reiterated',
  'announce|announces|announced',
  'reports|reported',
  'add|adds|added',
  'declare|declares|declared',
  'warn|warns|warned',
  'insist|insists|insisted',
  'claims|claimed',
  'underscore|underscores|underscored',
  'underline|underlines|underlined',
  'explain|explains|explained',
  'argue|argues|argued',
  'affirm|affirms|affirmed',
  'reaffirm|reaffirms|reaffirmed',
  'acknowledge|acknowledges|acknowledged',
  'pledges|pledged',
  'promises|promised',
  'vows|vowed',
  // "thanked Paris for its “constant support”": words only in its quote (speechAct.ts); "thanks to" is no verb.
  'thanked',
  'write|writes|wrote',
  'tweeted',
  'commented',
  'remarked',
  'recalls|recalled',
  'replies|replied',
  'respond|responds|responded',
  'demands|demanded',
  'suggest|suggests|suggested',
  'admit|admits|admitted',
  'ask|asks|asked',
  'express|expresses|expressed',
  // "voiced "grave concern"": the same act as "expressed"; the base form is a noun ("a voice").
  'voices|voiced',
  'condemn|condemns|condemned',
  'welcome|welcomes|welcomed',
  // "concluded that …", "…, he concluded."; "concluded two days of negotiations" ends talks, no words.
  'conclude|concludes|concluded (?=[,:.!?]|\\s+(?:[^\\s,.;:!?]+\\s+){0,3}?that\\b|\\s*$)',
  'highlight|highlights|highlighted',
  'allege|alleges|alleged',
  'threaten|threatens|threatened',
  'predict|predicts|predicted',
  'read|reads',
  'describe|describes|described',
  'assert|asserts|asserted',
  // Magazine copy: "a diplomat in Baku reckons the two sides are far apart".
  'reckon|reckons|reckoned',
  'contend|contends|contended',
  'concede|concedes|conceded',
  'complain|complains|complained',
  'joked|jokes',
  'testify|testifies|testified',
  // Base forms that are nouns too ("a quip") are left out.
  'quips|quipped',
  // Agency copy: "…, the ombudsman's office clarified."
  'clarifies|clarified',
];

/** Verbs that take a particle before their content: "called for", "called on", "pointed out". */
const PHRASAL = [
  'call|calls|called (?:for|on|upon)',
  'point|points|pointed out',
  'spell|spells|spelled out',
  // The progressive: "Clinton is stressing that …", "The White House is saying …".
  `is|are|was|were (?:${PROGRESSIVE_OF_SAYING}|calling for|calling on|accusing)`,
  // Agency copy: "Peskov was quoted as saying …", "was quoted by the agency as telling …": the
  // subject said the words, the outlet only carried them.
  "is|are|was|were|been quoted (?:by\\s+(?:[\\p{L}’'.-]+\\s+){1,4}?)?as (?:saying|telling)",
  // "She went on to say: …".
  'went|goes|go on to (?:say|add|note|tell)',
  // "Armenian media report, citing the council's secretary, that …": the plural press's present;
  // the noun ("a report, citing …") never takes a "that" clause after what it cites.
  'report (?=,\\s+citing\\s+[^,;:.!?"“”()]{3,80},\\s+that\\s)',
  // "Republicans continue to warn that …", "Trump was quick to add that …": the saying goes on, or
  // comes at once; the one who continues or is quick says it.
  'continue|continues|continued to (?:say|insist|argue|claim|suggest|warn|assert|complain|stress|maintain|deny|tell|emphasi[sz]e|predict)',
  'is|are|was|were (?:continuing|quick) to (?:say|add|note|insist|argue|claim|suggest|warn|assert|stress|point out|deny|tell|emphasi[sz]e)',
  // "mentioned that …" reports a saying; "mentioned the talks" only names a topic.
  'mentions|mentioned that',
  // "The ministry repeated that France “calls for …”" says it again; "repeated the number" names a thing.
  'repeats|repeated that',
  // Agency and official copy: "The ministry informs that …", "informed me this morning that …";
  // "informed the decision" is no saying.
  // "informed the deputies that …", "informed his colleagues that …": whom is no part of what;
  // nor are where, how and when ("informed our daily on Monday that …", "informed his colleagues
  // in Brussels that …", "informed in a joint statement that …", "informed later that …").
  'inform|informs|informed ' +
    '(?:(?:me|us|him|her|them|reporters|journalists|(?:the|his|her|their|its|our)\\s+(?:deputies|lawmakers|legislators|members|senators|council|committee|commission|parliament|assembly|court|public|press|media|audience|participants|delegates|colleagues|counterparts?|interlocutors?|partners|guests|residents|families|daily|newspaper|paper|agency|correspondent))\\s+)?' +
    '(?:(?:in|at|during)\\s+(?:(?:a|an|the|his|her|its|their)\\s+)?(?:joint\\s+|written\\s+|brief\\s+|official\\s+)?(?:statement|letter|message|briefing|release|interview|call|conversation|\\p{Lu}[\\p{L}-]+)\\s+)?' +
    '(?:(?:this|last|on|late|early|earlier)\\s+\\p{L}+\\s+(?:(?:morning|afternoon|evening|night)\\s+)?|(?:today|yesterday|later|earlier)\\s+|in\\s+the\\s+(?:morning|afternoon|evening)\\s+)?that',
  // "Azerbaijan maintains that …" (court and think-tank copy); "maintained the talks" is no saying.
  'maintain|maintains|maintained that',
  // "reminded her followers that …", "reminds readers that …": the reminding is a saying.
  'remind|reminds|reminded (?:(?:me|us|him|her|them|(?:his|her|their|its|our)\\s+\\p{Ll}+|\\p{Ll}+ers)\\s+)?that',
  // Obituaries: "remembered her as “strict …”"; "remembered the war" is no saying.
  'remembers|remembered (?:him|her|them|\\p{Lu}[\\p{L}.’-]+) as',
  // "Trump had written on Twitter that …": the perfect of "wrote"; "written" alone is mostly an
  // adjective ("a written statement"), so only with what was written after it ("had written a
  // letter" names no words).
  'had|has|have (?:also\\s+|already\\s+|earlier\\s+|previously\\s+)?written' +
    '(?=\\s+that\\b|\\s*[:"“.!?]|\\s+(?:on|in|to)\\s+[^.;:"“\u2591]{1,60}?\\s+that\\b)',
  // Social-media copy: "Klaar posted on X that …", "posted on his Telegram channel that …";
  // "posted a video" is no saying.
  'post|posts|posted (?:on\\s+(?:X|Twitter|Facebook|Telegram|Instagram|LinkedIn|social media|' +
    '(?:his|her|its|their)\\s+(?:official\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:page|account|channel|blog|website))\\s+' +
    // "posted on Facebook in the evening that …": when, as after "informed".
    '(?:in\\s+the\\s+(?:morning|afternoon|evening)\\s+|(?:late\\s+|early\\s+)?on\\s+\\p{Lu}\\p{Ll}+\\s+)?)?that',
  // Legal copy: "The applicant Government submitted that …"; "submitted its observations" is no saying.
  'submits|submitted that',
  // "Analysts caution that …", "the agency cautioned that …"; "cautioned against" is no saying.
  'caution|cautions|cautioned that',
  // Base forms that are nouns too, only before "that" and after a plural subject ("critics note
  // that …", "they claim that …"); "the claim that", "Trump's claim that" are nouns (see BASE_FORM_THAT).
  'claim|note|report|vow|pledge|state|demand|recall that',
  // "R. Avagyan answered that …"; "answered questions", "how he answers that" are no saying.
  'answered that',
  ...REPORTING_THAT_STEMS,
];

/** A finite lexical verb: a third person in -s ("wants", not "process", "status", "crisis"), a past in -ed. */
const LEXICAL_FINITE = '\\p{Ll}{2,}(?:s(?<![sui]s)|ed)';
/** What a finite verb's object or complement opens with: an article, a pronoun, "to", "that", a wh-word. */
const GOVERNED_OPENING =
  '(?:the|a|an|to|that|how|why|what|whether|its|his|her|their|our|it|them|him|us|no|more|this|these|those)';
/** Countries' adjectives, which open a noun phrase where a name would open a clause. */
const DEMONYMS = `(?:${Object.values(OWNER_DEMONYM).join('|')})`;

/** A clause's opening: its subject, then its finite verb or auxiliary within a few words. */
const CLAUSE_AFTER =
  '(?:(?:the|a|an|this|these|those|his|her|its|their|our)\\s+(?:[^\\s.;:!?]+\\s+){0,7}?(?:is|are|was|were|will|would|can|could|has|have|had|must|should|may|might)|' +
  '(?:it|he|she)\\s+(?:\\p{Ll}+s|is|was|has|will|would|can|could|must|should|may|might)|' +
  '(?:they|we)\\s+(?:are|were|have|had|will|would|can|could|must|should|may|might)|' +
  // "believes Russia is the big winner", "fear Baku will …": a name as the clause's subject.
  "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){0,2}\\s+(?:is|are|was|were|will|would|can|could|has|have|had|must|should|may|might)|" +
  // "believes Baku wants to …", "believes Moscow's reaction shows how …", "believes the checkpoint
  // changes the …": a subject, then a finite verb of its own (a third person in -s, a past in -ed)
  // and the first word of what that verb governs. A country's adjective opens a noun phrase
  // ("believes Armenian claims the …"), no subject.
  `(?:(?!${DEMONYMS}\\s)\\p{Lu}[\\p{Ll}-]+(?:\\s+\\p{Lu}[\\p{Ll}-]+){0,2}(?:['’]s\\s+\\p{Ll}+)?\\s+|` +
  '(?:the|this|his|her|its|their|our)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,3})' +
  `${LEXICAL_FINITE}\\s+${GOVERNED_OPENING})\\s`;

/** A noun phrase's subject with a masked quote right after it: the quote opens its predicate. */
const SUBJECT_THEN_QUOTE =
  '(?:the|this|these|those|his|her|its|their|our)\\s+(?:[^\\s.,;:!?\u2591]+\\s+){1,4}\u2591';

/**
 * When, between a verb and its "that": "estimated on Tuesday that …", "estimated earlier this month
 * that …", "feared last week that …". The time belongs to the saying, not to what was said.
 */
const WHEN_BEFORE_THAT =
  '(?:(?:(?:on|last|this|late|early)\\s+\\p{L}+|earlier(?:\\s+(?:this|on)\\s+\\p{L}+)?|later|today|yesterday|in\\s+\\p{Lu}\\p{Ll}+)\\s+)?';

/**
 * Thinking and reckoning with a that-clause (CONVENTIONS 9): "Western officials fear that …",
 * "The Red Cross estimates that …", "Experts believe that …". Without "that" these name a feeling
 * or a figure ("fear for their lives", "estimated 5,000"), no words. They introduce content but
 * tell of no speaking: a paragraph with "the greatest fear that I have seen" is still a block.
 */
const THINKING = [
  `believe|believes|believed|fear|fears|feared|hope|hopes|hoped|estimate|estimates|estimated|think|thinks|thought ${WHEN_BEFORE_THAT}that`,
  // "An analyst, Dimas Hartono, assessed that …": translated copy's judging verb ("assess the damage" is no content).
  `assess|assesses|assessed ${WHEN_BEFORE_THAT}that`,
  // "Analysts believe the real toll is far higher", "residents fear it leaves them exposed": with
  // no "that", only a clause after the verb (a subject, then a finite verb or an auxiliary) is what
  // was thought; "believe the reports", "fear for their lives" are not.
  `believe|believes|believed|fear|fears|feared|hope|hopes|hoped|think|thinks|thought (?=\\s+${CLAUSE_AFTER})`,
  // "believes the world “will wake up too late”": a subject, then the quote its predicate opens.
  `believe|believes|believed|fear|fears|feared|think|thinks|thought (?=\\s+${SUBJECT_THEN_QUOTE})`,
];

/** A thinking verb with its "that", or "answered that": the forms a question or a condition asks about. */
export const THINKING_THAT = new RegExp(
  `^(?:believe|believes|believed|fear|fears|feared|hope|hopes|hoped|estimate|estimates|estimated|think|thinks|thought|answered)\\s+${WHEN_BEFORE_THAT}that$`,
  'u',
);

/** A sentence adverb set off by commas between a verb and its "that": ", however,", ", in turn,". */
const ADVERB_SET_OFF =
  ',\\s+(?:however|though|too|also|again|moreover|nevertheless|nonetheless|in\\s+turn|at\\s+the\\s+same\\s+time),';

function alternation(stems: readonly string[]): string {
  return stems
    .map((s) => {
      const [forms, particle] = s.includes(' ')
        ? [s.slice(0, s.indexOf(' ')), s.slice(s.indexOf(' ') + 1)]
        : [s, ''];
      // A look-ahead alone ("(?=…)") checks what follows the verb without taking it.
      if (particle.startsWith('(?=')) return `(?:${forms})${particle}`;
      // "He cautioned, however, that …": a sentence adverb set off by commas may stand before "that".
      if (particle === 'that') return `(?:${forms})(?:${ADVERB_SET_OFF})?\\s+that`;
      return particle ? `(?:${forms})\\s+${particle}` : `(?:${forms})`;
    })
    .join('|');
}

const speechAlternation = alternation([...PHRASAL, ...THINKING, ...SPEECH_STEMS]);
const communicationAlternation = alternation([...PHRASAL, ...SPEECH_STEMS]);

/**
 * The letters the verb forms start with: a look-ahead for them lets the scan skip most positions
 * before it tries the look-behind and the alternation; it holds for every match, so it changes none
 * (a form that starts with anything but a letter leaves the look-ahead out).
 */
const speechInitials = [
  ...new Set(
    [...PHRASAL, ...THINKING, ...SPEECH_STEMS].flatMap((s) =>
      s
        .split(' ')[0]!
        .split('|')
        .map((form) => form[0]!),
    ),
  ),
].join('');
const speechLead = /^[a-z]+$/.test(speechInitials) ? `(?=[${speechInitials}'’])` : '';

/**
 * Every first word a verb form of SPEECH_VERB's alternation starts with, written out ("emphasise",
 * "emphasize"): a scan can look words up instead of trying the alternation at every word. Null
 * when a form is more than lower-case letters and letter classes, so nothing can be missed.
 */
export const SPEECH_FIRST_WORDS: ReadonlySet<string> | null = (() => {
  const words = new Set<string>();
  for (const s of [...PHRASAL, ...THINKING, ...SPEECH_STEMS])
    for (const form of s.split(' ')[0]!.split('|')) {
      if (!/^(?:[a-z]|\[[a-z]+\])+$/.test(form)) return null;
      let spelled = [''];
      for (const [, letter, choices] of form.matchAll(/([a-z])|\[([a-z]+)\]/g))
        spelled = spelled.flatMap((w) => [...(letter ?? choices!)].map((c) => w + c));
      for (const w of spelled) words.add(w);
    }
  return words;
})();

/** A speech verb as a whole word, particle included; lower case, so "Secretary of State" is no verb. */
export const SPEECH_VERB = new RegExp(
  `${speechLead}(?:` +
    `(?<![\\p{L}-])(?:${speechAlternation})(?![\\p{L}-])|` +
    // "He’s predicting that …": the progressive after a contracted "is".
    `(?<=(?:^|[^\\p{L}])(?:[Hh]e|[Ss]he))['’]s\\s+${PROGRESSIVE_OF_SAYING}(?![\\p{L}-]))`,
  'gu',
);

/** Say-verbs that may stand before their subject, in either tense: "…,” said the minister." */
export const INVERTIBLE_VERB =
  /^(?:said|says|added|adds|continued|explained|explains|recalled|wrote|writes|noted|notes|stressed|stresses|insisted|warned)$/;

/**
 * Say-verbs, in either tense, that stand before their subject only right after a quote, where the quote is what was
 * said: "“Why now?” asked the senator", "“We will win,” declared Ruiz". Elsewhere the noun phrase
 * after them is their object ("…, argued the case before the court").
 */
export const INVERTIBLE_AFTER_QUOTE =
  /^(?:asked|asks|replied|replies|answered|answered|responded|declared|declares|argued|argues|tweeted|acknowledged|conceded|suggested|claimed|remarked|quipped|joked|predicted|announced|confirmed|admitted|recalls|stated|states|claims|suggests|remarks|predicts|announces|confirms|admits|concedes|acknowledges|tweets|responds|insists|warns|continues|answers|countered|counters|retorted|retorts|cautioned|cautions|observed|observes|wondered|wonders|mused|muses|maintained|maintains|repeated|repeats|exclaimed|interjected|boasted|boasts|regretted|regrets|lamented|laments|deplored|deplores|bemoaned|bemoans)$/;

/**
 * Verbs that report a saying only as the attribution right after a quote ("“Denver,” he answered",
 * "“Not so fast,” countered Ruiz"): elsewhere they take other objects ("answered questions",
 * "observed the vote", "continued the talks"), so they are no verbs of saying in the lexicon.
 * Agency copy closes an expert's quote with a thought ("“…,” the expert believes"): the quote is
 * the belief's words, as a that-clause would be (CONVENTIONS 9).
 */
export const QUOTE_TAIL_VERB =
  /(?<![\p{L}-])(?:answered|answers|countered|counters|retorted|retorts|cautioned|cautions|observed|observes|wondered|wonders|mused|muses|maintained|maintains|continued|continues|repeated|repeats|exclaimed|interjected|boasted|boasts|shot back|fired back|chimed in|believes|believed|thinks|regretted|regrets|lamented|laments|deplored|deplores|bemoaned|bemoans)(?![\p{L}-])/gu;

/** A word before a speech-verb form that makes it a noun: "the remarks", "his calls for". */
export const DETERMINER_BEFORE =
  /(?<![\p{L}\p{N}])(?:the|a|an|his|her|its|their|our|my|your|these|those|this|that|such|any|no|some|many|several|new|recent|further|repeated|earlier|latest|intensified|renewed|similar|public|official|whose)\s+$/iu;

/** A base form with "that" which is a verb only after a plural subject: "critics note that". */
export const BASE_FORM_THAT =
  /^(?:claim|note|report|vow|pledge|state|demand|recall|fear|hope|estimate)\s+that$/i;

/**
 * The word before such a base form when it is a subject: a plural pronoun, or a plural noun in -s
 * (not "his", "this", "was", "its", "famous", "less"), with an adverb maybe: "experts rightly note".
 * Or the named agent of a reduced relative on such a subject, whatever the name ends in: "experts
 * interviewed by Steppe.kz note that" (the window holds the last three words only).
 */
export const PLURAL_SUBJECT_BEFORE =
  /(?<![\p{L}'’])(?!(?:was|has|does|yes|whereas|news)\s)(?:they|we|I|you|\p{L}*[a-hj-rtv-z]s)\s+(?:\p{Ll}+ly\s+|also\s+|still\s+|now\s+|often\s+)?$|(?:^|\s)(?:interviewed|quoted|cited|polled|surveyed|contacted|consulted|questioned)\s+by\s+[\p{Lu}\d][\p{L}\d.'’-]*\s+$/u;

/**
 * Speech-verb forms that are never a noun or an adjective, so a word before them is a subject
 * however it looks: "a local official said" ("official" is an adjective in "official claims").
 */
export const ONLY_VERB = /^(?:said|says|told|tells)$/i;

/** Verbs that only take a statement-like subject: "the statement read". */
export const DOCUMENT_ONLY_VERBS = new Set(['read', 'reads']);

const PARTICIPLES_OF_SAYING = wordsExcept(SAYING_PARTICIPLE_WORDS);
/** "adding", "pointing out": a participle that introduces words, not one that tells how they were said. */
export const PARTICIPLE_OF_SAYING = new RegExp(`^${PARTICIPLES_OF_SAYING}(?![\\p{L}-])`, 'iu');

/**
 * How or when a participle of saying was said, between the comma and the participle: "…, falsely
 * suggesting that …", "…, again saying …", "…, publicly insisting that …". A closed list: an
 * adverb in -ly is not always one ("…, the family saying …").
 */
const MANNER_BEFORE_PARTICIPLE =
  '(?:(?:also|again|then|later|once\\s+again|repeatedly|publicly|privately|falsely|wrongly|rightly|correctly|' +
  'essentially|effectively|simply|bluntly|flatly|openly|explicitly|implicitly|angrily|firmly|strongly|' +
  'clearly|directly|baselessly|erroneously|mistakenly|sarcastically|jokingly|reportedly|apparently|' +
  'further|even|still|quickly|immediately|pointedly|separately|emphatically|ominously)\\s+)?';

/**
 * "…, saying that …", "…, while saying …", "… by saying …": a participle that hangs an
 * attribution on the main clause's subject. "Before" orders the saying after the main clause's
 * act, with or without a comma ("called him a hero before explaining why …", "replied, before
 * adding that …"); "while also saying" is "while saying".
 */
export const PARTICIPLE_ATTRIBUTION = new RegExp(
  // "…, answering questions from the media": questions are asked of the speaker, no words of theirs.
  `(?:,\\s+(?:(?:while|before)\\s+(?:also\\s+)?|by\\s+)?|\\s+(?:by|before)\\s+)${MANNER_BEFORE_PARTICIPLE}${PARTICIPLES_OF_SAYING}\\b(?!\\s+(?:to\\s+)?(?:(?:an?|the|one|two|several|more|further|follow-up|reporters['’]|journalists['’])\\s+)*(?:questions?|queries)\\b)(?:\\s+that\\b)?|` +
    // "…, painting others as weak and suggesting that …", "…the “king of debt,” noting that …" (the
    // comma inside the quote): without a comma of their own, only with "that" after them.
    `(?:\\s+and|(?<=\u2591))\\s+${MANNER_BEFORE_PARTICIPLE}${PARTICIPLES_OF_SAYING}\\s+that\\b|` +
    // `rejected the term “ethnic cleansing,” saying people were …`: the comma inside the quote;
    // "saying" and "writing" take nothing but what was said.
    `(?<=\u2591)\\s+(?:saying|writing)\\b(?!\\s+(?:that\\b|nothing\\b))|` +
    // "closed the event by observing that …": observing, with "that", is saying.
    `(?:,\\s+|\\s+by\\s+)(?:observing|maintaining)\\s+that\\b`,
  'giu',
);

/**
 * "…hailed the vote as “historic,” telling reporters on Friday that …": a participle right after a
 * quote, read as after a comma only when the quote's closing mark holds one (the caller checks the
 * text); the mask hides that comma.
 */
export const PARTICIPLE_AFTER_QUOTE = new RegExp(
  `(?<=\u2591)\\s+${PARTICIPLES_OF_SAYING}\\b(?!\\s+(?:to\\s+)?(?:(?:an?|the|one|two|several|more|further|follow-up|reporters['’]|journalists['’])\\s+)*(?:questions?|queries)\\b)(?:\\s+that\\b)?`,
  'giu',
);

/**
 * "“A,” he stressed, and repeated that B": after a saying's attribution, "and" and a second finite
 * verb of saying with no subject of its own share the first one's subject, as a participle does
 * ("adding that B"). Only with "that": "and warned the talks …" may tell whom, not what.
 */
export const AND_SAYING_THAT =
  /,\s+and\s+(?:(?:also|then|again|later)\s+)?(?:repeated|reiterated|added|stressed|insisted|noted|warned|argued|claimed|explained|emphasi[sz]ed|confirmed|promised|vowed|recalled|said|pointed\s+out)\s+that\b/gu;

/** Telling that someone spoke, without introducing what: "spoke to", "talked with". */
export const COMMUNICATION_VERB = new RegExp(
  `(?<![\\p{L}-])(?:${communicationAlternation}|spoke|speaks|talked|talks to|underscored)(?![\\p{L}-])`,
  'u',
);

/**
 * Auxiliaries and adverbs that may stand between a subject and its verb: "Blinken has also said".
 * Matched by case: "Kelly" and "Early" are names, and nouns that end in -ly ("a Pashinyan ally",
 * "her family", "the weekly") are the subject's head, no adverbs. A quantifier floated off a
 * plural subject ("the two leaders have both said", "they each warned") and the focus particle
 * "even" stand there too.
 */
export const BETWEEN_SUBJECT_AND_VERB =
  /(?:\s+(?:has|have|had|also|both|each|even|again|then|later|earlier|once|previously|reportedly|repeatedly|publicly|further|already|will|would|could|did|does|do|not|never|(?:on\s+|later\s+|earlier\s+)?(?:\p{Lu}\p{Ll}+day|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?|tonight|(?:earlier\s+|later\s+)?(?:this|last)\s+(?:week|weekend|month|year)|(?:(?:less|more)\s+than\s+)?(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|in\s+turn|so\s+far|thus\s+far|yet|still|now|just|only|meanwhile|himself|herself|itself|themselves|however|too|separately|likewise|similarly|firmly|strongly|openly|explicitly|specifically|(?!(?:ally|family|assembly|rally|supply|monopoly|anomaly|bully|weekly|daily|monthly|quarterly|elderly|homily)(?!\p{L}))\p{Ll}+ly))+$/u;

/** A verb just after a form of "be" is passive ("was stressed", "were reported"): no speaker named. */
const PASSIVE_BEFORE =
  /(?<![\p{L}\p{N}])(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\p{L}+ly\s+)?$/iu;
/** How the last word must end for PASSIVE_BEFORE to match: an auxiliary or an adverb in -ly. */
const PASSIVE_LAST_WORD = /(?:is|are|was|were|be|been|being|get|got|gets|ly)$/;
/** A page, channel or account that may carry a name in quotes: "the Telegram channel “…”". */
export const PAGE_NOUN = '(?:page|channel|account|blog|website|site|group|movement|outlet|newspaper|network)';
/** A claim named as such, which its denier is the subject of: "a charge Ankara denies". */
export const CLAIM_NOUN = '(?:charge|claim|accusation|allegation|assertion|contention|version)';

/** A possessive determiner as a word: "his", "their", "our". */
export const POSSESSIVE = /^(?:his|her|their|its|our|my|your)$/i;

/** Between the conjuncts of a list: "A, B and C", "A, B, and C", "A and B". */
export const LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/;

/** A finite verb, read generously: an auxiliary or modal, a past form in -ed, a present form in -s. */
export const FINITE_VERB =
  /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|\p{Ll}+ed|\p{Ll}{3,}s)(?![\p{L}])/u;

/** A character outside ASCII: copy in ASCII needs no folding of marks, and its word classes are simple. */
export const NOT_ASCII = /[^\0-\x7f]/;

/**
 * Do the words before a verb end with a form of "be" (PASSIVE_BEFORE)? The pattern is anchored
 * at the end but tried from every position; only words that end in white space after an
 * auxiliary or an -ly word can match, which a look at the last few characters tells first.
 * Outside ASCII (a letter whose case folds to "s") the pattern itself decides.
 */
export function passiveBefore(words: string): boolean {
  const trimmed = words.trimEnd();
  if (trimmed.length === words.length || !trimmed) return false;
  const last = trimmed.slice(-6);
  return (NOT_ASCII.test(last) || PASSIVE_LAST_WORD.test(last.toLowerCase())) && PASSIVE_BEFORE.test(words);
}

export const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;
export const THING_PRONOUN = /^(?:it)$/i;
export const GROUP_PRONOUN = /^(?:they|them)$/i;

/**
 * One closed list per word class, for every rule that reads that class: a word one rule learns,
 * all of them read. A rule that must not read a word of its class subtracts it by name
 * (`wordsExcept`, in ../wordLists.ts with the lists other stages read too), with why.
 */

/**
 * Participles that tell by themselves that a text or a figure was made public, and before "by"
 * who did it: "figures released by", "a list compiled by", "data provided by".
 */
export const PUBLISHED_BY_WORDS: readonly string[] = [
  'released',
  'published',
  'issued',
  'compiled',
  'provided',
  'put out',
  'posted',
  'circulated',
];

/**
 * Participles by which a text names who put it out, in a reduced relative before "by" after a
 * noun of a text: "a statement issued by", "the report made by", "a letter signed by", "a note
 * posted … by". Without that noun most of them name no author ("the attack conducted by").
 */
export const PUT_OUT_BY_WORDS: readonly string[] = [
  ...PUBLISHED_BY_WORDS,
  'prepared',
  'written',
  'produced',
  'commissioned',
  'conducted',
  'made',
  'distributed',
  'sent',
  'signed',
  'delivered',
  'read out',
  'presented',
  'submitted',
  'filed',
];

/**
 * Participles by which figures name who gave them, before "by" after a noun of figures: "data
 * collected by", "the figure given by", "numbers cited by".
 */
export const DATA_BY_WORDS: readonly string[] = [
  ...PUBLISHED_BY_WORDS,
  'collected',
  'gathered',
  'given',
  'cited',
  'reported',
  'announced',
  'quoted',
];

/** PUT_OUT_BY_WORDS as an alternation, for the readers of a paper's author (discourse.ts). */
export const PUT_OUT_BY = wordsExcept(PUT_OUT_BY_WORDS);

/** Nouns for a written statement as the grammatical speaker: "the statement says", "it added". */
export const DOCUMENT_NOUN =
  /^(?:(?:the|a|this|that|his|her|its|their)\s+)?(?:[\p{L}'’.-]+\s+){0,3}(?:statement|readout|communiqu[eé]|declaration|release|press release|report|document|text|message|letter|post|notice|note|bulletin)$/iu;

/**
 * Openings of a clause that is not its subject: "In a separate statement,", "Friday,", "Asked about…,",
 * "The day before,", "The next morning,".
 * "Late Saturday,", "Early on Tuesday afternoon,", "Late last night,": "late" or "early" before a
 * time word sets a time as "earlier" does ("the late president" is no opening of this kind).
 */
export const ADVERBIAL_SEGMENT =
  /^(?:(?:late|early)\s+(?:(?:on|in|last|this|that)\s+)?(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|day|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december|\d+)|the\s+(?:(?:next|previous|following|same|other)\s+(?:day|morning|afternoon|evening|night|week)|(?:day|night|evening|morning|week)\s+(?:before|after|earlier|later))|prior to|(?:back|here|there|out|down)\s+(?:in|at|on|home|inside|near)|in|on|at|between|until|across|along|near|around|inside|outside|beyond|throughout|within|elsewhere|during|after|before|since|with|without|for|from|by|amid|despite|following|under|over|while|when|as|earlier|later|meanwhile|also|however|separately|additionally|moreover|still|yet|then|now|today|yesterday|tonight|instead|thus|therefore|furthermore|in turn|speaking|asked|responding|answering|addressing|commenting|writing|referring|according|last|this|next|once|again|previously|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|sept?|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug|\d+|\p{L}+ly)(?![\p{L}])/iu;

/**
 * A time told by a noun phrase set off before the subject, never the subject itself: "A day
 * earlier,", "Two weeks later,", "The day before,", "The next morning,", "That evening,".
 */
export const TIME_NOUN_SEGMENT =
  /^(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d{1,3})\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:earlier|later|before|after|on|ago))|(?:the\s+)?(?:day|night|week|month|year|morning|evening)\s+(?:before|after|earlier|later)|the\s+(?:next|following|previous|same)\s+(?:day|night|week|month|year|morning|afternoon|evening)|that\s+(?:day|night|week|month|year|morning|afternoon|evening))$/iu;

/**
 * A relative or subordinate clause segment, never a subject: ", who asked not to be named,". An
 * all-caps acronym is a name ("WHO said", "IF officials"), never the pronoun or conjunction.
 */
export const RELATIVE_SEGMENT =
  /^(?:[Ww](?:ho|hom|hose|hich|here)|[Tt]hat|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ii]f|[Uu]nless|[Ww]hereas|[Ll]ike|[Uu]nlike|[Aa]s well as|[Ii]ncluding|\d+$)(?![\p{L}])/u;

/** Leading words that are not part of a subject: "Also, Blinken", "But he". */
export const LEADING_CONNECTIVE =
  /^(?:and|but|also|meanwhile|separately|however|still|yet|so|then|now|moreover|furthermore|in addition|in turn|in a separate statement|earlier|later|later on)\b[,\s]*/iu;

/** Head nouns that make a description a speaker even when the gazetteer does not know it. */
export const SPEAKER_NOUN = new RegExp(
  `\\b(?:${[
    'officials? officers? workers? residents? witness(?:es)? spokes(?:person|man|woman|people)',
    'representatives? diplomats? sources? man woman men women mother father doctors? nurses?',
    'soldiers? journalists? reporters? analysts? experts? activists? volunteers? refugees? drivers?',
    'teachers? priests? students? farmers? commanders? ministers? ministry ambassadors? envoys?',
    'advis[eo]rs? aides? lawmakers? mps? deputies deputy leaders? heads? chief directors?',
    'coordinators? correspondents? survivors? villagers? pensioners? neighbou?rs? guards? president',
    'premier secretary service office department agency committee council government administration',
    'embassy mission organi[sz]ation commission party parliament army military forces media channel',
    'website newspaper union group authorities side people locals evacuees observers families',
    'protesters statement press radio television broadcaster outlet agency monitors? mediators?',
    'ombuds(?:man|men|person) governors? mayors? prosecutors? investigators? police troops',
    'peacekeepers separatists organi[sz]ers?',
  ]
    .join(' ')
    .split(' ')
    .join('|')})\\b`,
  'iu',
);

/** A word that opens what may follow the verb of an attribution that stands alone (isAttributionTailRest). */
const ATTRIBUTION_TAIL_REST_WORD =
  /^(?:in|on|at|during|after|before|to|via|through|by|from|for|while|when|as|late|earlier|later|today|yesterday|tonight|this|last|again|also|too|then|afterwards|recently|previously|separately|publicly|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\p{L}+ly|(?:[\p{L}\d]+\s+){0,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago)\b/iu;

/**
 * What may follow the verb of an attribution that stands alone: "said in a statement", "added on
 * Friday", nothing, or a comma. The same test as the pattern
 * `^(?:(?:in|on|…|\p{L}+ly)\b[^,]*)?(?:,.*)?$` read it, without scanning the rest to its end:
 * once one of the words opens it, any rest matches.
 */
export function isAttributionTailRest(rest: string): boolean {
  return rest === '' || rest.charCodeAt(0) === 0x2c || ATTRIBUTION_TAIL_REST_WORD.test(rest);
}

/** Where a reported clause begins after its verb: past "that", a colon or an object such as "reporters". */
export const CONTENT_OPENER = /^(?:\s*(?:that|:|,|—|–|-)\s*)+/iu;

/** Audiences after "told": "told reporters that …", "told a joint news conference on Friday", "told Mehr's correspondent", "told the Monitor",
 * "told Armenian media" (an audience named by its country), "told a Reuters reporter on the scene"
 * (one of the press, named by no name), "told the agency Armenpress" (a newsroom noun, then its name),
 * "told tagesschau.de" (a site's address, in whatever case the site writes it). */
export const AUDIENCE =
  /^\s*(?:(?:\p{Ll}+\s+){1,2}(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?=\s+(?:on|in|at|that|how|why|what|whether|about)\b)|(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:senators|deputies|legislators|diplomats|ambassadors|delegates|students|supporters|voters|colleagues|troops|mourners|residents|investors|donors|media|television|radio|newspapers|broadcasters|outlets)(?=\s+(?:on|in|at|during|late|earlier|this|last|that|how|why|what|whether|about|by|via|over)\b|\s*[,.]|$)|(?:an?|the|his|her|its|their)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:panel|committee|subcommittee|hearing|audience|crowd|rally|gathering|forum|assembly|congregation)(?=\s|,|\.|$)(?!\s+that\b)|(?:\p{Lu}[\p{L}.'’-]*\s+)*(?:reporters|journalists|the press|the media|us|me|him|her|them|parliament|lawmakers|(?:an?|the|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:briefing|news conference|press conference|conference)|(?:\p{Lu}[\p{L}.-]*['’]s\s+)(?:own\s+)?(?:correspondent|reporter)s?|(?:an?|one)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}(?:(?:visiting|local|foreign|television|TV|radio|news)\s+)?(?:reporter|journalist|correspondent)(?!\s+that\b)|the cabinet|his cabinet|her cabinet|the (?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}|Reuters|AFP|TASS|AP|the (?:\p{L}+\s+){0,3}(?:agency|newspaper|channel|radio|broadcaster|outlet|service)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|\p{Ll}[\p{L}\p{N}-]*\.\p{Ll}{2,4}(?=[\s,.]|$))|(?:\p{Lu}[\p{L}.'’-]*\s*){1,5})(?=\s|,|\.|$)/u;

/** Words that tie a statement to a conversation, whose date is then the statement's date. */
export const CONVERSATION_WORD =
  /\b(?:call|calls|conversation|conversations|spoke|speak|talks|talked|met|meeting|meetings|told|briefing|press conference|news conference|interview|phone)\b/i;

const BOTH_BEFORE_A_NOUN = /^both\s+(?:the\s+)?(?=\p{Ll})/iu;

/**
 * "Both leaders", "both the ministers": a pair counted as "the two" counts it, so one reading of
 * counted people serves both words. Other phrases come back as they were.
 */
export const bothAsTheTwo = (phrase: string): string => phrase.replace(BOTH_BEFORE_A_NOUN, 'the two ');
