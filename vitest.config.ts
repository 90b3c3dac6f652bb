import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default defineConfig((env) => mergeConfig(viteConfig(env), defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'mdx/**/*.test.ts', 'lms/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup-dom.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})))
