/**
 * The extraction's version, part of the persisted index's key: records made under another
 * version are redone. Kept by hand, so the bot needs no source files at run time (it runs from
 * compiled JavaScript). Whenever a file under src/extract or src/corpus changes, bump
 * EXTRACTOR_VERSION and set EXTRACTOR_SOURCES_HASH to the hash test/index/versions.test.ts
 * prints: that test fails until both are done, so a rule change cannot keep stale records.
 */
export const EXTRACTOR_VERSION = 133;

/** Hash of src/extract/** and src/corpus/** (this file left out) when EXTRACTOR_VERSION was set. */
export const EXTRACTOR_SOURCES_HASH = '866718390575209e';
