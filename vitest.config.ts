import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname, 'src'),
  // `server-only` throws outside React Server Components; tests are server code.
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          // next-intl's ESM imports `next/navigation` without an extension, which only a bundler
          // resolves; inlining lets tests call code that redirects through @/i18n/navigation.
          server: { deps: { inline: ['next-intl'] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one file per core keeps PGlite instances from starving each other.
          maxWorkers: 2,
          // Runs after the unit tests, so its worker limit does not clash with theirs.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
