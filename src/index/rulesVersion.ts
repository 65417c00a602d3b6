/**
 * The version of the code that builds the persisted word indexes and item orders: when it
 * changes, those files are rebuilt (the extraction records are kept). Kept by hand, so the bot
 * needs no source files at run time. Whenever one of INDEX_RULES_SOURCES changes, bump
 * INDEX_RULES_VERSION and set INDEX_RULES_SOURCES_HASH to the hash test/index/versions.test.ts prints.
 */
export const INDEX_RULES_VERSION = 9;

/** The files under src/index whose changes change the persisted index files. */
export const INDEX_RULES_SOURCES = [
  'build/itemTexts.ts',
  'build/parts.ts',
  'build/speakerMerges.ts',
  'orders.ts',
  'figureGroups.ts',
  'termIndex.ts',
] as const;

/** Hash of INDEX_RULES_SOURCES when INDEX_RULES_VERSION was set. */
export const INDEX_RULES_SOURCES_HASH = '95213b2d459055ae';
