import { reportedContent } from './attribution/content.ts';
import { subjectOfVerbBefore } from './attribution/subject.ts';
import type { Attribution } from './attribution/tail.ts';
import { trimSpan } from './attribution/tail.ts';
import { saysNothing } from './contentTail.ts';
import { PUT_OUT_BY_WORDS, SAYING_PARTICIPLE_WORDS, wordsExcept } from './lexicon.ts';

/** The past forms of verbs that put out a text (PUT_OUT_BY_WORDS). */
const PUT_OUT_VERB = wordsExcept(PUT_OUT_BY_WORDS, [
  // A participle only: its past form is "wrote", which SPEECH_VERB reads.
  'written',
  // Who commissions a study does not write it: its findings are not their words.
  'commissioned',
]);
/** A cheap pre-test on literal words: a verb that puts out a text, and "that". */
const PUTS_OUT = new RegExp(`\\b${PUT_OUT_VERB}\\s`);

/**
 * "Human Rights Watch released a report on Tuesday concluding that …", "The ministry issued a
 * statement saying …", "X published an expert opinion arguing that …": a text put out by the
 * subject says, through its participle, what its author says. The author is the subject of the
 * verb that put it out; only a noun of a written text, then at most a short setting before the
 * participle ("on Tuesday", "last week").
 */
const DOCUMENT_SAYING = new RegExp(
  `\\b${PUT_OUT_VERB}(?:\\s+out)?\\s+` +
    '(?:an?|the|its|his|her|their|a\\s+new)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?' +
    '(?:report|statement|opinion|study|analysis|assessment|review|paper|letter|findings|memo|brief|survey|' +
    'communiqu[eé]|press release|declaration|document|post|e-?mail|tweet|(?:text|video)\\s+message|op-ed)' +
    '(?:\\s+(?:on|in|at|last|this|earlier|late|early)\\s+[^,;:\\u2591]{1,30}?' +
    '|\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\\s+(?:morning|afternoon|evening|night))?)?' +
    `\\s+(?:${wordsExcept(SAYING_PARTICIPLE_WORDS)}|concluding|finding|accusing)` +
    // "saying: “…”", "stating, “…”": a colon or comma may set off a quote after the participle.
    '(?:\\s+that|[,:](?=\\s*\\u2591))?\\s+(?=\\S)',
  'u',
);

export function documentSaying(masked: string, from: number, to: number): Attribution | null {
  const region = masked.slice(from, to);
  if (!PUTS_OUT.test(region)) return null;
  const m = DOCUMENT_SAYING.exec(region);
  if (!m) return null;
  const verbAt = from + m.index;
  // The subject of the verb that put the text out ("published" right after it).
  const speaker = subjectOfVerbBefore(masked, from, verbAt + m[0].search(/\s/));
  if (!speaker) return null;
  // "accusing" takes its object first ("accusing Baku of …"): only with "that" is it a clause said.
  if (/accusing\s+(?!that)/.test(m[0])) return null;
  const content = reportedContent(masked, trimSpan(masked, verbAt + m[0].length, to));
  if (content.end <= content.start || saysNothing(masked, content)) return null;
  return { form: 'verb', speaker, frame: { start: speaker.start, end: content.start }, content };
}
