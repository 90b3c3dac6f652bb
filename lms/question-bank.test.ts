import { describe, expect, test } from 'vitest'
import { VALID_FRONTMATTER } from '../mdx/test-helpers.ts'
import { COURSE_LESSONS } from '../tests/unit/course-lessons.ts'
import { type BankQuestion, readCourseQuestions, readLessonQuestions } from './question-bank.ts'

const FIXTURE_DIR = 'tests/fixtures/lms/lessons'
const [fixture] = readCourseQuestions(FIXTURE_DIR, 'es')

function question(id: string): BankQuestion {
  const found = fixture!.questions.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no question ${id} in the fixture`)
  return found
}

describe('question model of a fixture lesson', () => {
  test('reads one question of each type, in source order, with its lesson', () => {
    expect(fixture!.lesson).toEqual({ id: 'prueba-lms', order: 1, title: 'KVM/QEMU de prueba' })
    expect(fixture!.questions.map((item) => [item.id, item.spec.type])).toEqual([
      ['p-unica', 'single'],
      ['p-multiple', 'multiple'],
      ['p-vf', 'truefalse'],
      ['p-corta', 'short'],
      ['p-corta-mayusculas', 'short'],
      ['p-relacionar', 'matching'],
      ['p-ordenar', 'ordering'],
    ])
    expect(question('p-unica').assessment).toBeUndefined()
    expect(question('p-ordenar').assessment).toBe('prueba-auto')
    expect(question('p-unica').place).toBe(`${FIXTURE_DIR}/00-prueba/es.mdx:13:1`)
  })

  test('keeps inline code and emphasis in prompts, options and their feedback', () => {
    const single = question('p-unica')
    expect(single.promptHtml).toBe('<p>¿Qué orden lista <strong>todas</strong> las MV, también las apagadas? Pista: <code>a]]>b</code> no es una orden.</p>')
    expect(single.promptText).toBe('¿Qué orden lista todas las MV, también las apagadas? Pista: a]]>b no es una orden.')
    expect(single.options).toEqual([
      { key: '0', html: '<code>virsh list --all</code>', correct: true },
      { key: '1', html: '<code>virsh list</code>', feedbackHtml: 'Sin <code>--all</code> solo salen las <em>activas</em>.', correct: false },
      { key: '2', html: '<code>lxc-ls</code>', feedbackHtml: 'Es de <code>lxc</code>: {llaves}, ~virgulilla, =igual, #almohadilla y dos:puntos.', correct: false },
    ])
    expect(single.hintsHtml).toEqual(['<p>Busca la opción que incluye las <em>apagadas</em>.</p>'])
  })

  test('keeps a code block of the explanation as plain <pre><code>', () => {
    expect(question('p-unica').explanationHtml).toBe(
      '<p>La opción <code>--all</code> incluye las MV apagadas. Por ejemplo:</p>\n'
      + `<pre><code class="language-bash">virsh list --all | grep -c 'apagado'\n</code></pre>`,
    )
  })

  test('marks the correct options of a multiple choice and keeps pairs and items in order', () => {
    expect(question('p-multiple').options.map((option) => option.correct)).toEqual([true, true, true, false, false])
    expect(question('p-relacionar').pairs[3]).toEqual({ left: 'a -> b & <c>', right: 'Flecha, ampersand y menor que' })
    expect(question('p-ordenar').itemsHtml).toEqual([
      '<code>virsh define web.xml</code>', '<code>virsh start web</code>', '<code>virsh shutdown web</code>', '<code>virsh undefine web</code>',
    ])
    expect(question('p-corta-mayusculas').spec).toMatchObject({ accept: ['net-autostart  default', 'Virsh net-autostart default'], ignoreCase: true })
  })

  test('a component inside a question fails with file:line and the reason', () => {
    const source = `${VALID_FRONTMATTER}
<TrueFalse id="roto-vf" answer={true}>
<Prompt>Algo.</Prompt>
<Explanation>

<Callout type="tip">Una caja.</Callout>

</Explanation>
</TrueFalse>
`
    expect(() => readLessonQuestions(source, 'content/lessons/09-roto/es.mdx')).toThrow(
      'content/lessons/09-roto/es.mdx:15:1: <TrueFalse id="roto-vf">, explicación: <Callout> no se puede exportar a Moodle; usa solo Markdown dentro de las preguntas',
    )
  })
})

describe('question model of the course', () => {
  const course = { es: readCourseQuestions('content/lessons', 'es'), en: readCourseQuestions('content/lessons', 'en') }

  test('holds all 72 questions in each language, in lesson order, with the same ids', () => {
    for (const lang of ['es', 'en'] as const) {
      expect(course[lang].map((lesson) => lesson.lesson.order)).toEqual([1, 2, 3, 4, 5])
      expect(course[lang].flatMap((lesson) => lesson.questions)).toHaveLength(72)
    }
    const ids = (lang: 'es' | 'en') => course[lang].flatMap((lesson) => lesson.questions.map((item) => item.id))
    expect(ids('en')).toEqual(ids('es'))
  })

  test('has the answer keys the app grades with', () => {
    for (const lang of ['es', 'en'] as const) {
      for (const lesson of course[lang]) {
        const app = COURSE_LESSONS.find((candidate) => candidate.lang === lang && candidate.module.frontmatter.id === lesson.lesson.id)!
        expect(lesson.questions.map((item) => item.spec)).toEqual(app.module.questions)
      }
    }
  })

  test('gives every question a prompt, an explanation and non-empty choices', () => {
    for (const item of [...course.es, ...course.en].flatMap((lesson) => lesson.questions)) {
      expect(item.promptHtml, item.id).toMatch(/^<p>.+<\/p>$/s)
      expect(item.explanationHtml, item.id).toMatch(/^<(p|ul|ol|pre)>/)
      for (const option of item.options) expect(option.html, item.id).not.toBe('')
      for (const html of item.itemsHtml) expect(html, item.id).not.toBe('')
      for (const pair of item.pairs) expect(pair.left && pair.right, item.id).toBeTruthy()
    }
  })
})
