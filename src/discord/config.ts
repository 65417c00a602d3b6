/** The configuration module moved to src/config.ts (the console and the scripts read it too). */
export * from '../config.ts';
