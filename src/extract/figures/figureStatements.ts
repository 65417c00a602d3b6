import type { Span, Statement } from '../types.ts';

/** "…, he said that", "According to him, …": a verb or "according to" that reports what follows. */
const SAYING_BEFORE =
  /\b(?:said|says|saying|told|tells|reported|reports|announced|stated|added|noted|wrote|estimated|confirmed)(?:\s+(?:\p{Ll}+|\p{Lu}\p{L}*)){0,3}?\s+(?:that\s+)?$|\b[Aa]ccording\s+to\s+(?:him|her|them)\s*,\s*$/u;

/**
 * "Analysts point out that …", "the ministry warned that …": a reported statement whose words are a content
 * clause after its verb (and a particle) reports what the clause holds, whatever the verb; a denial does not
 * stand behind its clause's count.
 */
const CONTENT_CLAUSE_BEFORE =
  /(?<![\p{L}'’-])(?!(?:deny|denies|denied|denying|reject|rejects|rejected|dispute|disputes|disputed|doubt|doubts|doubted)\s)\p{Ll}{3,}(?:\s+(?:out|up|clear))?\s+that\s+$/u;

/** "the minister", "the ombudsman": a role named alone, standing for one who held it earlier in the text. */
const DEFINITE_ROLE =
  /^the\s+(minister|ombuds(?:man|person)|spokes(?:man|woman|person)|governor|mayor|ambassador|commander|envoy|prosecutor)$/i;

/** The role word of DEFINITE_ROLE, as a whole word: one pattern per role (and its capitalisation). */
const roleWords = new Map<string, RegExp>();

function roleWord(role: string): RegExp {
  let word = roleWords.get(role);
  if (!word) roleWords.set(role, (word = new RegExp(String.raw`\b${role}\b`, 'i')));
  return word;
}

/**
 * A document's statements as its figures look them up. Which statements can source a figure does
 * not depend on the figure: each is tested once per document, when first asked, not once per figure.
 */
export class FigureStatements {
  private quotable: readonly Statement[] | undefined;
  private readonly rolesNamed = new Map<string, readonly Statement[]>();

  constructor(
    private readonly text: string,
    private readonly statements: readonly Statement[],
  ) {}

  /** The direct statement whose words hold the span, when its speaker is named (not "he", "she"). */
  quotedBy(span: Span): Statement | null {
    this.quotable ??= this.statements.filter((st) => this.mayQuote(st));
    for (const st of this.quotable)
      if (holds(st.quote, span) || st.continuation?.some((q) => holds(q, span))) return st;
    return null;
  }

  private mayQuote(st: Statement): boolean {
    if (!st.mention) return false;
    // Reported speech counts only under a verb that reports: "accused Azerbaijan of …" tells no figure.
    // A headline's "Papikyan: …" is the agency's own form of attribution.
    return (
      st.kind !== 'reported' ||
      st.line === 'headline' ||
      SAYING_BEFORE.test(this.text.slice(Math.max(0, st.quote.start - 60), st.quote.start)) ||
      CONTENT_CLAUSE_BEFORE.test(this.text.slice(Math.max(0, st.quote.start - 40), st.quote.start))
    );
  }

  /**
   * Who "the minister" reporting stands for: the one person an earlier statement (quoted before
   * `before`) named with that role word ("Defense Minister Suren Papikyan said …"). Two such
   * people, or none: the role stays as written.
   */
  roleHolder(reporter: string, before: number): Statement | null {
    const role = DEFINITE_ROLE.exec(reporter)?.[1];
    if (!role) return null;
    let named = this.rolesNamed.get(role);
    if (!named) {
      const word = roleWord(role);
      named = this.statements.filter((st) => st.speaker.kind === 'person' && word.test(st.mention));
      this.rolesNamed.set(role, named);
    }
    let holder: Statement | null = null;
    for (const st of named) {
      if (st.quote.start >= before) continue;
      if (holder && holder.speaker.id !== st.speaker.id) return null;
      holder = st;
    }
    return holder;
  }
}

/** A module function, not a closure per statement: each closure costs a naming call under the dev loader. */
function holds(q: Span, span: Span): boolean {
  return q.start <= span.start && span.end <= q.end;
}
