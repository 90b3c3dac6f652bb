import { describe, expect, it } from 'vitest'
import type { LessonMeta } from './lesson-meta.ts'
import { type LessonSources, buildRegistry, findLesson, lessonsFor } from './registry-core.ts'

const meta = (id: string, order: number, title = `Lección ${id}`): LessonMeta => ({
  id,
  title,
  order,
  summary: `Resumen de ${id}`,
  minutes: 30,
  goals: ['Aprender algo.'],
})

interface FakeFile {
  path: string
  frontmatter: unknown
  slideSteps?: number[]
  questions?: unknown[]
  withBody?: boolean
}

const bodyOf = (path: string) => () => Promise.resolve({ default: path })

function sources(files: FakeFile[]): LessonSources {
  const result: LessonSources = { frontmatter: {}, slideSteps: {}, questions: {}, bodies: {} }
  for (const file of files) {
    result.frontmatter[file.path] = file.frontmatter
    if (file.slideSteps) result.slideSteps[file.path] = file.slideSteps
    if (file.questions) result.questions[file.path] = file.questions
    if (file.withBody !== false) result.bodies[file.path] = bodyOf(file.path)
  }
  return result
}

const P = (folder: string, lang: 'es' | 'en') => `/content/lessons/${folder}/${lang}.mdx`

describe('buildRegistry', () => {
  it('sorts lessons by order, whatever order the files come in', () => {
    const entries = buildRegistry(sources([
      { path: P('03-qemu', 'es'), frontmatter: meta('qemu', 3) },
      { path: P('01-intro', 'es'), frontmatter: meta('intro', 1) },
      { path: P('02-tipos', 'es'), frontmatter: meta('tipos', 2) },
    ]))
    expect(entries.map((entry) => entry.meta.id)).toEqual(['intro', 'tipos', 'qemu'])
  })

  it('sorts by order, not by folder name', () => {
    const entries = buildRegistry(sources([
      { path: P('a-ultima', 'es'), frontmatter: meta('ultima', 9) },
      { path: P('z-primera', 'es'), frontmatter: meta('primera', 1) },
    ]))
    expect(entries.map((entry) => entry.meta.id)).toEqual(['primera', 'ultima'])
  })

  it('keeps what the build extracted for each file and its language and folder', async () => {
    const [entry] = buildRegistry(sources([
      { path: P('01-intro', 'en'), frontmatter: meta('intro', 1), slideSteps: [0, 2], questions: [{ id: 'q' }] },
      { path: P('01-intro', 'es'), frontmatter: meta('intro', 1) },
    ]))
    expect(entry).toMatchObject({ lang: 'en', folder: '01-intro', slideSteps: [0, 2], questions: [{ id: 'q' }] })
    expect(await entry!.load()).toEqual({ default: P('01-intro', 'en') })
  })

  it('missing slide data defaults to empty lists', () => {
    const [entry] = buildRegistry(sources([{ path: P('01-intro', 'es'), frontmatter: meta('intro', 1) }]))
    expect(entry).toMatchObject({ slideSteps: [], questions: [] })
  })

  it('no lessons → an empty list', () => {
    expect(buildRegistry(sources([]))).toEqual([])
  })

  it('throws when one lesson id is used in two folders, naming both', () => {
    const build = () => buildRegistry(sources([
      { path: P('01-intro', 'es'), frontmatter: meta('intro', 1) },
      { path: P('02-otra', 'es'), frontmatter: meta('intro', 2) },
    ]))
    expect(build).toThrow(/intro/)
    expect(build).toThrow(/01-intro/)
    expect(build).toThrow(/02-otra/)
  })

  it('throws when the languages of one folder use different ids', () => {
    const build = () => buildRegistry(sources([
      { path: P('01-intro', 'es'), frontmatter: meta('introduccion', 1) },
      { path: P('01-intro', 'en'), frontmatter: meta('introduction', 1) },
    ]))
    expect(build).toThrow(/01-intro/)
    expect(build).toThrow(/introduccion/)
    expect(build).toThrow(/introduction/)
  })

  it('the same id in both languages of one folder is fine', () => {
    const entries = buildRegistry(sources([
      { path: P('01-intro', 'es'), frontmatter: meta('intro', 1) },
      { path: P('01-intro', 'en'), frontmatter: meta('intro', 1, 'Introduction') },
    ]))
    expect(entries).toHaveLength(2)
  })

  it.each<[string, unknown, RegExp]>([
    ['missing order', { ...meta('intro', 1), order: undefined }, /order/],
    ['bad id', meta('Intro Uno', 1), /Intro Uno/],
    ['no frontmatter', undefined, /metadatos/],
  ])('throws on invalid meta (%s) with the file path in the message', (_name, frontmatter, reason) => {
    const path = P('01-intro', 'es')
    const build = () => buildRegistry(sources([{ path, frontmatter }]))
    expect(build).toThrow(path)
    expect(build).toThrow(reason)
  })

  it.each(['/content/lessons/01-intro/fr.mdx', 'es.mdx', '/content/lessons/01-intro/leccion.mdx'])(
    'throws on a file that is not <folder>/es.mdx or en.mdx: %s',
    (path) => {
      expect(() => buildRegistry(sources([{ path, frontmatter: meta('intro', 1) }]))).toThrow(path)
    },
  )

  it('throws when a lesson has no Spanish file, naming its folder', () => {
    expect(() => buildRegistry(sources([
      { path: P('01-intro', 'es'), frontmatter: meta('intro', 1) },
      { path: P('02-solo-ingles', 'en'), frontmatter: meta('only-english', 2) },
    ]))).toThrow(/02-solo-ingles: falta la versión en español/)
  })

  it('throws when a lesson has no body', () => {
    const path = P('01-intro', 'es')
    expect(() => buildRegistry(sources([{ path, frontmatter: meta('intro', 1), withBody: false }]))).toThrow(path)
  })
})

describe('lessonsFor and findLesson', () => {
  const entries = buildRegistry(sources([
    { path: P('02-tipos', 'es'), frontmatter: meta('tipos', 2, 'Tipos de virtualización') },
    { path: P('01-intro', 'en'), frontmatter: meta('intro', 1, 'Introduction') },
    { path: P('01-intro', 'es'), frontmatter: meta('intro', 1, 'Introducción') },
    { path: P('03-qemu', 'en'), frontmatter: meta('qemu', 3, 'QEMU and KVM') },
    { path: P('03-qemu', 'es'), frontmatter: meta('qemu', 3, 'QEMU y KVM') },
  ]))

  it('Spanish gets every lesson in Spanish, in order', () => {
    expect(lessonsFor(entries, 'es').map((entry) => [entry.meta.title, entry.lang])).toEqual([
      ['Introducción', 'es'],
      ['Tipos de virtualización', 'es'],
      ['QEMU y KVM', 'es'],
    ])
  })

  it('English gets translated lessons in English and falls back to Spanish for the others', () => {
    expect(lessonsFor(entries, 'en').map((entry) => [entry.meta.title, entry.lang])).toEqual([
      ['Introduction', 'en'],
      ['Tipos de virtualización', 'es'],
      ['QEMU and KVM', 'en'],
    ])
  })

  it('the choice does not depend on the order of the files', () => {
    const reversed = [...entries].reverse()
    expect(lessonsFor(reversed, 'en').map((entry) => entry.lang)).toEqual(['en', 'es', 'en'])
    expect(lessonsFor(reversed, 'es').map((entry) => entry.lang)).toEqual(['es', 'es', 'es'])
  })

  it('findLesson finds by id in the language, with the same fallback', () => {
    expect(findLesson(entries, 'tipos', 'en')?.lang).toBe('es')
    expect(findLesson(entries, 'intro', 'en')?.meta.title).toBe('Introduction')
    expect(findLesson(entries, 'intro', 'es')?.meta.title).toBe('Introducción')
    expect(findLesson(entries, 'nope', 'es')).toBeUndefined()
  })
})
