// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { findMetaProblems } from '../../src/lessons/lesson-meta.ts'
import type { QuestionType } from '../../src/quiz/model.ts'
import { COURSE_LESSONS, lessonTree, renderWithNotes } from './course-lessons.ts'

const lessons = COURSE_LESSONS.filter(({ lang }) => lang === 'es')

describe('the course content', () => {
  it('has the five lessons of the lecture, in order', () => {
    expect(lessons.map(({ module }) => module.frontmatter.order)).toEqual([1, 2, 3, 4, 5])
  })

  describe.each(COURSE_LESSONS.map(({ folder, lang, module }) => [`${folder}/${lang}.mdx`, folder, lang, module] as const))('%s', (_file, folder, lang, module) => {
    const document = renderWithNotes(module, lang)
    const source = readFileSync(`content/lessons/${folder}/${lang}.mdx`, 'utf8')
    const slides = [...document.querySelectorAll('section.reading-slide')]

    it('has complete metadata', () => {
      expect(findMetaProblems(module.frontmatter)).toEqual([])
      expect(module.frontmatter.goals.length).toBeGreaterThanOrEqual(3)
    })

    it('has 15 to 25 slides, each with a title', () => {
      expect(module.slideCount).toBeGreaterThanOrEqual(15)
      expect(module.slideCount).toBeLessThanOrEqual(25)
      expect(slides).toHaveLength(module.slideCount)
      module.slideTitles.forEach((title, index) => expect(title, `slide ${index + 1}`).not.toBe(''))
    })

    it('has speaker notes on every slide', () => {
      const withoutNotes = slides
        .map((slide, index) => ({ index: index + 1, notes: slide.querySelector('.speaker-notes')?.textContent?.trim() ?? '' }))
        .filter(({ notes }) => notes.length < 80)
        .map(({ index }) => index)
      expect(withoutNotes, 'slides without real notes').toEqual([])
    })

    it('builds ideas up with steps', () => {
      expect(module.slideSteps.filter((steps) => steps > 0).length).toBeGreaterThanOrEqual(4)
    })

    it('has at least 4 embedded questions and a self-assessment of at least 8, each with an explanation', () => {
      const embedded = module.questions.filter((question) => !question.assessment)
      const assessment = module.questions.filter((question) => question.assessment)
      expect(embedded.length).toBeGreaterThanOrEqual(4)
      expect(assessment.length).toBeGreaterThanOrEqual(8)
      expect(module.questions.length).toBeGreaterThanOrEqual(12)
      const explanations = [...source.matchAll(/<Explanation>([\s\S]*?)<\/Explanation>/g)].filter((match) => match[1]!.trim().length > 20)
      expect(explanations).toHaveLength(module.questions.length)
    })

    it('gives every diagram an accessible name', () => {
      for (const svg of document.querySelectorAll('svg[role="img"]')) {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
        const name = ids.map((id) => svg.querySelector(`[id="${id}"]`)?.textContent?.trim() ?? '').join(' ').trim()
        expect(name.length, svg.outerHTML.slice(0, 120)).toBeGreaterThan(10)
      }
    })

    it('starts with the learning goals and ends with a recap and sources', () => {
      expect(slides[0]!.querySelectorAll('li').length, 'goals listed on the first slide').toBeGreaterThanOrEqual(3)
      const last = (slides.at(-1)!.textContent ?? '').toLowerCase()
      expect(last).toMatch(lang === 'es' ? /fuentes/ : /sources/)
      expect(last).toMatch(/https?:\/\//)
    })
  })

  it('uses every question type across the course, and never reuses a question id', () => {
    const questions = lessons.flatMap(({ module }) => module.questions)
    const types = new Set<QuestionType>(questions.map((question) => question.type))
    expect([...types].sort()).toEqual(['matching', 'multiple', 'ordering', 'short', 'single', 'truefalse'])
    const ids = questions.map((question) => question.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('uses every architecture diagram of the lecture', () => {
    const markup = lessons.map(({ module }) => renderToStaticMarkup(lessonTree(module, 'es'))).join('')
    const diagrams = new DOMParser().parseFromString(markup, 'text/html').querySelectorAll('svg[role="img"]')
    expect(diagrams.length).toBeGreaterThanOrEqual(8)
  })
})
