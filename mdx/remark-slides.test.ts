import { describe, expect, it } from 'vitest'
import { compileError, compileLesson, VALID_FRONTMATTER } from './test-helpers.ts'

describe('remarkSlides', () => {
  it('splits at top-level --- and exports the count, titles and steps per slide', async () => {
    const lesson = await compileLesson(`${VALID_FRONTMATTER}
# Portada

Texto

---

## Segunda

<Step>

- uno

</Step>

<Step>

- dos

</Step>

---

## Tercera
`)
    expect(lesson.slideCount).toBe(3)
    expect(lesson.slideTitles).toEqual(['Portada', 'Segunda', 'Tercera'])
    expect(lesson.slideSteps).toEqual([0, 2, 0])
  })

  it('treats text directly followed by --- as a setext heading, not a break (authoring trap)', async () => {
    const lesson = await compileLesson(`${VALID_FRONTMATTER}
# Uno
Texto pegado
---

## Dos
`)
    expect(lesson.slideCount).toBe(1)
  })

  it.each(['***', '___'])('also splits at %s', async (rule) => {
    const lesson = await compileLesson(`${VALID_FRONTMATTER}
# Uno

${rule}

## Dos
`)
    expect(lesson.slideCount).toBe(2)
  })

  it('does not split at --- inside code blocks or nested blocks', async () => {
    const lesson = await compileLesson(`${VALID_FRONTMATTER}
# Uno

\`\`\`yaml
---
clave: valor
\`\`\`

> cita
>
> ---
`)
    expect(lesson.slideCount).toBe(1)
  })

  it('drops empty slides made by a trailing or doubled separator', async () => {
    const lesson = await compileLesson(`${VALID_FRONTMATTER}
# Uno

---

---

## Dos

---
`)
    expect(lesson.slideTitles).toEqual(['Uno', 'Dos'])
  })

  it('counts diagram build steps after the <Step>s before them', async () => {
    const lesson = await compileLesson(`${VALID_FRONTMATTER}
# Uno

<Step>

Primero

</Step>

<ArchitectureStack kind="type1" build />
`)
    expect(lesson.slideSteps).toEqual([1 + 3])
  })

  it('fails when a component that cannot build is given build', async () => {
    const message = await compileError(`${VALID_FRONTMATTER}
# Uno

<Callout build>x</Callout>
`)
    expect(message).toMatch(/es\.mdx:13:1.*Callout build/)
  })
})

describe('lesson metadata', () => {
  it.each([
    ['missing frontmatter', '# Sin metadatos\n', /es\.mdx:1:1.*faltan los metadatos/],
    ['missing title', VALID_FRONTMATTER.replace('title: Lección de prueba\n', '') + '\n# x\n', /es\.mdx:1:1.*title/],
    ['bad order', VALID_FRONTMATTER.replace('order: 1', 'order: primero') + '\n# x\n', /order/],
    ['empty goals', VALID_FRONTMATTER.replace('goals:\n  - Probar el compilador.', 'goals: []') + '\n# x\n', /goals/],
    ['invalid YAML', VALID_FRONTMATTER.replace('minutes: 10', 'minutes: [10') + '\n# x\n', /YAML no válidos/],
  ])('%s fails with file, line and reason', async (_name, source, pattern) => {
    expect(await compileError(source)).toMatch(pattern)
  })

  it('rejects lesson files not named after a language', async () => {
    expect(await compileError(`${VALID_FRONTMATTER}\n# x\n`, 'content/lessons/00-prueba/leccion.mdx')).toMatch(/es\.mdx o en\.mdx/)
  })
})
