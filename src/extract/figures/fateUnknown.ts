/**
 * "the fate of 243 servicemen and 21 civilians remains unknown", "the whereabouts of 24 others are still
 * unknown": people whose fate no one knows are missing. The words before the number open the phrase; the
 * clause after it must say the fate is unknown ("decided the fate of 5,000 refugees" counts no one missing).
 */
const FATE_OF = /\b(?:fate|fates|whereabouts)\s+of\s+(?:(?:another|a\s+further|the|some|all)\s+)*$/i;
const UNKNOWN_AFTER =
  /^[^.;:!?"“”]{0,120}?\s(?:remains?|remained|is|are|was|were|has\s+been|have\s+been)\s+(?:(?:still|now|also|yet)\s+)?(?:unknown|unclear|not\s+known|undetermined|unestablished)\b/i;

/** Whether a count right after `before` is of people whose fate is unknown. `after` starts at the number's end. */
export function fateUnknown(before: string, after: string): boolean {
  return FATE_OF.test(before) && UNKNOWN_AFTER.test(after);
}
