/**
 * A list whose length is known up front and whose items are built the first time they are read,
 * then kept: a reply reads a few pages of an answer that may count tens of thousands of items.
 */
export interface LazyList<T> extends Iterable<T> {
  readonly length: number;
}

export function lazyList<T>(length: number, build: (index: number) => T): LazyList<T> {
  const built: T[] = [];
  return {
    length,
    *[Symbol.iterator]() {
      for (let i = 0; i < length; i++) yield (built[i] ??= build(i));
    },
  };
}
