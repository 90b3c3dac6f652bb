import { describe, expect, it } from 'vitest'
import { es } from '../../src/i18n/strings.ts'
import { en } from '../../src/i18n/strings-en.ts'
import type { LessonModule } from '../../src/lessons/lesson-module.ts'
import type { QuestionSpec } from '../../src/quiz/model.ts'

const FILES = import.meta.glob<LessonModule>('/content/lessons/*/*.mdx', { eager: true })

function byFolder(lang: 'es' | 'en'): Map<string, LessonModule> {
  return new Map(Object.entries(FILES).filter(([path]) => path.endsWith(`/${lang}.mdx`)).map(([path, module]) => [path.split('/').at(-2)!, module]))
}

/** What must be identical across languages for progress to be shared: everything but the words. */
function answerKey(question: QuestionSpec): unknown {
  if (question.type === 'short') {
    const { accept: _accept, ...rest } = question
    return rest
  }
  return question
}

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${prefix}:${typeof value}`]
  return Object.keys(value).sort().flatMap((key) => keysOf((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key))
}

describe('the English course mirrors the Spanish one', () => {
  const spanish = byFolder('es')
  const english = byFolder('en')

  it('has every lesson in both languages', () => {
    expect([...english.keys()].sort()).toEqual([...spanish.keys()].sort())
    expect(spanish.size).toBe(5)
  })

  describe.each([...spanish.keys()])('%s', (folder) => {
    const es = spanish.get(folder)!
    const en = english.get(folder)!

    it('has the same id, order and duration, translated title and summary', () => {
      expect(en.frontmatter.id).toBe(es.frontmatter.id)
      expect(en.frontmatter.order).toBe(es.frontmatter.order)
      expect(en.frontmatter.minutes).toBe(es.frontmatter.minutes)
      expect(en.frontmatter.title === es.frontmatter.title && en.frontmatter.summary === es.frontmatter.summary).toBe(false)
      expect(en.frontmatter.goals).toHaveLength(es.frontmatter.goals.length)
    })

    it('has the same slides and the same steps on each slide', () => {
      expect(en.slideCount).toBe(es.slideCount)
      expect(en.slideSteps).toEqual(es.slideSteps)
    })

    it('has the same questions, types and answer keys, so progress is shared', () => {
      expect(en.questions.map(answerKey)).toEqual(es.questions.map(answerKey))
    })
  })
})

describe('interface dictionaries', () => {
  it('have the same keys (and the same kinds of values) in Spanish and English', () => {
    expect(keysOf(en)).toEqual(keysOf(es))
  })

  it('are really translated', () => {
    expect(en.courseTitle).not.toBe(es.courseTitle)
    expect(en.quiz.check).toBe('Check')
  })
})
