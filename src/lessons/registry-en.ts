/** The English lessons' metadata, fetched only by English pages (see registry.ts). */
export const ENGLISH_LESSONS = {
  frontmatter: import.meta.glob('@lessons/*/en.mdx', { eager: true, query: '?meta', import: 'frontmatter' }),
  slideSteps: import.meta.glob('@lessons/*/en.mdx', { eager: true, query: '?meta', import: 'slideSteps' }),
  questions: import.meta.glob('@lessons/*/en.mdx', { eager: true, query: '?meta', import: 'questions' }),
}
