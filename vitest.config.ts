import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

/**
 * Three Vitest projects: `unit`, pure modules in Node (`*.test.ts`);
 * `components`, React components in jsdom with Testing Library
 * (`*.test.tsx`); `build`, tests that run the real build (bundle sizes,
 * lesson errors, the LMS export) in tests/build. While working:
 * `npm run test:unit` runs the first two, in seconds.
 */
export default defineConfig((env) => mergeConfig(viteConfig(env), defineConfig({
  test: {
    setupFiles: ['tests/setup-dom.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts', 'mdx/**/*.test.ts', 'lms/**/*.test.ts', 'scripts/**/*.test.mjs', 'tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'components', environment: 'jsdom', include: ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx'] } },
      { extends: true, test: { name: 'build', environment: 'node', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
})))
