import { buildRegistry } from './registry-core.ts'

/*
 * One eager glob per named export, each with ?meta so the lesson bodies stay
 * in their own lazy chunks (see TOOLCHAIN notes on INEFFECTIVE_DYNAMIC_IMPORT).
 */
export const LESSONS = buildRegistry({
  frontmatter: import.meta.glob('@lessons/*/*.mdx', { eager: true, query: '?meta', import: 'frontmatter' }),
  slideSteps: import.meta.glob('@lessons/*/*.mdx', { eager: true, query: '?meta', import: 'slideSteps' }),
  questions: import.meta.glob('@lessons/*/*.mdx', { eager: true, query: '?meta', import: 'questions' }),
  bodies: import.meta.glob('@lessons/*/*.mdx'),
})
