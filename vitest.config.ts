import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Inlined dependencies whose source maps point at unshipped files would each print a warning.
  logLevel: 'error',
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // @actions/workflow-parser imports its schema JSON without `with { type: 'json' }`, which
    // Node refuses; transformed by Vite instead, the import works.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
