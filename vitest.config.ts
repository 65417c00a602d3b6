import { defineConfig } from 'vitest/config';
import { NODE_FLAGS } from './src/runtime.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fastCheckSeed.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Test processes start as the product's do (src/runtime.ts). The pool must stay `forks`
    // (child processes): a worker-thread pool may not pass V8 options to its workers.
    pool: 'forks',
    execArgv: [...NODE_FLAGS],
  },
});
