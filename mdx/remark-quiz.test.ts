import { readFileSync } from 'node:fs'
import { createElement, Fragment, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { QuizIdRegistry } from './quiz-id-registry.ts'
import { compileError, compileLesson, VALID_FRONTMATTER } from './test-helpers.ts'

const FIXTURES = 'tests/fixtures/broken-lessons'

function fixture(name: string): { path: string; source: string } {
  const path = `${FIXTURES}/${name}/es.mdx`
  return { path, source: readFileSync(path, 'utf8') }
}

describe('quiz validation at build time', () => {
  // Every question in these fixtures starts on line 17.
  it.each([
    ['missing-id', /missing-id\/es\.mdx:17:1.*falta el atributo id/],
    ['no-correct-option', /:17:1.*ninguna opción está marcada como correct/],
    ['two-correct-in-single', /:17:1.*2 opciones correctas/],
    ['one-option', /:17:1.*al menos dos opciones/],
    ['empty-explanation', /:19:3.*explicación.*vacía/],
    ['missing-explanation', /:17:1.*falta la explicación/],
    ['matching-missing-right', /:20:3.*falta el atributo right/],
    ['matching-repeated-left', /:20:3.*«Xen» aparece en dos parejas/],
    ['truefalse-without-answer', /:17:1.*answer debe ser \{true\} o \{false\}/],
    ['short-answer-without-accept', /:17:1.*accept debe ser una lista/],
    ['duplicate-id-in-lesson', /:22:1.*id repetido/],
    ['unclosed-jsx-tag', /unclosed-jsx-tag\/es\.mdx:17:1.*Callout/],
    ['feedback-not-inline', /feedback-not-inline\/es\.mdx:20:3.*feedback de la opción 2 no se puede mostrar/],
  ])('%s fails with file:line and the reason', async (name, pattern) => {
    const { path, source } = fixture(name)
    expect(await compileError(source, path)).toMatch(pattern)
  })

  it('renders option feedback as inline Markdown (code, emphasis), moved into an OptionFeedback part', async () => {
    const lesson = await compileLesson(`${VALID_FRONTMATTER}
# Uno

<SingleChoice id="q-feedback">
  <Prompt>¿Qué flag indica Intel VT-x?</Prompt>
  <Option correct>\`vmx\`</Option>
  <Option feedback="\`svm\` es el flag de *AMD-V*, no de **Intel**.">\`svm\`</Option>
  <Option>\`lm\`</Option>
  <Explanation>Porque sí.</Explanation>
</SingleChoice>
`)
    const Pass = ({ children }: { children?: ReactNode }) => createElement(Fragment, null, children)
    const html = renderToStaticMarkup(createElement(lesson.default, {
      components: {
        Slide: Pass, SingleChoice: Pass, Prompt: Pass, Explanation: Pass, Option: Pass,
        OptionFeedback: ({ children }: { children?: ReactNode }) => createElement('span', { className: 'feedback' }, children),
      },
    } as never))
    expect(html).toContain('<span class="feedback"><code>svm</code> es el flag de <em>AMD-V</em>, no de <strong>Intel</strong>.</span>')
    expect(html).not.toContain('`')
    expect(html.match(/class="feedback"/g)).toHaveLength(1)
  })

  it.each([
    ['a link', 'Mira [esto](https://example.org).'],
    ['a heading', '# Título'],
    ['a list', '- uno\n- dos'],
    ['raw HTML', 'Es <b>falso</b>.'],
    ['an unpaired backtick', 'El flag \`vmx es de Intel.'],
    ['two paragraphs', 'Uno.\n\nDos.'],
  ])('fails on feedback with %s, with file:line', async (_name, feedback) => {
    const source = `${VALID_FRONTMATTER}
# Uno

<SingleChoice id="q-feedback-malo">
  <Prompt>¿Pregunta?</Prompt>
  <Option correct>Sí</Option>
  <Option feedback={${JSON.stringify(feedback)}}>No</Option>
  <Explanation>Porque sí.</Explanation>
</SingleChoice>
`
    expect(await compileError(source)).toMatch(/00-prueba\/es\.mdx:16:3: .*feedback de la opción 2 no se puede mostrar/)
  })

  it('fails when two lessons use the same question id, naming the first one', async () => {
    const registry = new QuizIdRegistry()
    const question = `<TrueFalse id="compartida" answer={true}>
  <Prompt>Afirmación.</Prompt>
  <Explanation>Porque sí.</Explanation>
</TrueFalse>
`
    await compileLesson(`${VALID_FRONTMATTER}\n# Uno\n\n${question}`, 'content/lessons/01-a/es.mdx', registry)
    const message = await compileError(`${VALID_FRONTMATTER}\n# Dos\n\n${question}`, 'content/lessons/02-b/es.mdx', registry)
    expect(message).toMatch(/02-b\/es\.mdx:13:1.*«compartida» repetido: ya se usa en content\/lessons\/01-a\/es\.mdx:13:1/)
  })

  it('lets the translations of one lesson share ids', async () => {
    const registry = new QuizIdRegistry()
    const question = `<TrueFalse id="traducida" answer={true}>
  <Prompt>Texto.</Prompt>
  <Explanation>Porque sí.</Explanation>
</TrueFalse>
`
    await compileLesson(`${VALID_FRONTMATTER}\n# Uno\n\n${question}`, 'content/lessons/01-a/es.mdx', registry)
    await expect(compileLesson(`${VALID_FRONTMATTER}\n# One\n\n${question}`, 'content/lessons/01-a/en.mdx', registry)).resolves.toBeDefined()
  })

  it('exports the answer key of every question type with its slide and self-assessment', async () => {
    const lesson = await compileLesson(`${VALID_FRONTMATTER}
# Uno

<SingleChoice id="q-single" solutionAfter={3}>
  <Prompt>¿Cuál?</Prompt>
  <Option>A</Option>
  <Option correct>B</Option>
  <Explanation>B.</Explanation>
</SingleChoice>

---

## Dos

<SelfAssessment id="auto">
  <MultipleChoice id="q-multiple">
    <Prompt>¿Cuáles?</Prompt>
    <Option correct>A</Option>
    <Option>B</Option>
    <Option correct>C</Option>
    <Explanation>A y C.</Explanation>
  </MultipleChoice>
  <TrueFalse id="q-tf" answer={false}>
    <Prompt>Falso.</Prompt>
    <Explanation>Lo es.</Explanation>
  </TrueFalse>
  <ShortAnswer id="q-short" accept={["qemu:///system"]} ignoreCase>
    <Prompt>URI</Prompt>
    <Explanation>Esa.</Explanation>
  </ShortAnswer>
  <Matching id="q-match">
    <Prompt>Relaciona</Prompt>
    <Pair left="Xen" right="Tipo 1" />
    <Pair left="VirtualBox" right="Tipo 2" />
    <Pair left="ESXi" right="Tipo 1" />
    <Explanation>Así.</Explanation>
  </Matching>
  <Ordering id="q-order">
    <Prompt>Ordena</Prompt>
    <Item>Primero</Item>
    <Item>Segundo</Item>
    <Explanation>En orden.</Explanation>
  </Ordering>
</SelfAssessment>
`)
    expect(lesson.questions).toEqual([
      { id: 'q-single', type: 'single', slide: 0, solutionAfter: 3, options: ['0', '1'], correct: '1' },
      { id: 'q-multiple', type: 'multiple', slide: 1, solutionAfter: 2, assessment: 'auto', options: ['0', '1', '2'], correct: ['0', '2'] },
      { id: 'q-tf', type: 'truefalse', slide: 1, solutionAfter: 2, assessment: 'auto', answer: false },
      { id: 'q-short', type: 'short', slide: 1, solutionAfter: 2, assessment: 'auto', accept: ['qemu:///system'], ignoreCase: true },
      { id: 'q-match', type: 'matching', slide: 1, solutionAfter: 2, assessment: 'auto', lefts: ['0', '1', '2'], rights: ['0', '1', '0'] },
      { id: 'q-order', type: 'ordering', slide: 1, solutionAfter: 2, assessment: 'auto', items: ['0', '1'] },
    ])
  })
})
