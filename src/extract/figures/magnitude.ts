import type { NumberMatch } from './numbers.ts';

/**
 * "tens of thousands", "hundreds of thousands", "millions": an order of magnitude, not a count. No
 * outlet's count is written so, and no writer has taken one as a figure (CONVENTIONS.md 22), while
 * "several dozen" or a plain "thousands" leading a wire story sometimes is.
 */
const MAGNITUDE = /^(?:(?:tens|hundreds)\s+of\s+thousands|millions)$/i;

export function isOrderOfMagnitude(number: NumberMatch): boolean {
  return number.kind === 'vague' && MAGNITUDE.test(number.text.trim());
}
