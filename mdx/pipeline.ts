import type { CompileOptions } from '@mdx-js/mdx'
import rehypeShiki from '@shikijs/rehype'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdxFrontmatter from 'remark-mdx-frontmatter'
import { QuizIdRegistry } from './quiz-id-registry.ts'
import { remarkLessonMeta } from './remark-lesson-meta.ts'
import { remarkQuiz } from './remark-quiz.ts'
import { remarkSlides } from './remark-slides.ts'

/** Languages highlighted at build time; other fences are left as plain text. */
export const HIGHLIGHTED_LANGUAGES = ['bash', 'shell', 'xml', 'yaml', 'ini', 'json', 'text']

/** The MDX options every lesson is compiled with, in the app build and in tests. */
export function lessonCompileOptions(registry = new QuizIdRegistry()): CompileOptions {
  return {
    remarkPlugins: [
      remarkFrontmatter,
      remarkLessonMeta,
      [remarkMdxFrontmatter, { name: 'frontmatter' }],
      remarkGfm,
      remarkSlides,
      [remarkQuiz, { registry }],
    ],
    rehypePlugins: [
      [rehypeShiki, {
        themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
        defaultColor: false,
        langs: HIGHLIGHTED_LANGUAGES,
        lazy: true,
      }],
    ],
  }
}
