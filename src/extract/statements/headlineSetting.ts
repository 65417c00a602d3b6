/**
 * "Putin in Bishkek: …", "Erdoğan at the UN: …", "Japarov at CSTO summit in Yerevan: …": a
 * headline's name part with the setting the words were said in. The name alone is the speaker;
 * the setting is where or when, and its words would otherwise make the part a phrase no one is
 * named by. The caller still asks that what is left be a name ("Talks in Almaty" names no one).
 */
const SETTING_AFTER_NAME =
  /\s+(?:in|at|after)\s+(?:the\s+)?[\p{L}\p{M}\d.’'-]+(?:\s+[\p{L}\p{M}\d.’'-]+){0,5}$/u;

/** The name part without its setting, or null when it gives no setting. */
export function withoutPlace(part: string): string | null {
  // The first "in", "at" or "after" opens the setting: "at CSTO summit in Yerevan" is one.
  const first = /\s+(?:in|at|after)\s/u.exec(part);
  if (!first || first.index === 0) return null;
  const setting = SETTING_AFTER_NAME.exec(part.slice(first.index));
  return setting && setting.index === 0 ? part.slice(0, first.index) : null;
}
