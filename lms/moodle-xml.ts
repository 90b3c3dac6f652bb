import { EXPORT_LABELS } from './export-labels.ts'
import { categoryPath, checkMatching, escapeHtml, multipleChoiceGrades, questionName, shortAnswerVariants } from './moodle-rules.ts'
import type { BankQuestion, Lang, LessonQuestions } from './question-bank.ts'

/**
 * Moodle XML question bank: one category per lesson, every text as HTML in
 * CDATA. `ordering: 'matching'` is for Moodle 4.1–4.3, which have no native
 * ordering question: each ordering becomes "Step n → item" matching.
 */
export interface MoodleXmlOptions {
  lang: Lang
  ordering: 'native' | 'matching'
}

const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** CDATA cannot hold `]]>`: it is split across two sections, as Moodle's own exporter does. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(XML_ILLEGAL, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
}

export function escapeXml(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function text(value: string): string {
  return value === '' ? '<text></text>' : `<text>${cdata(value)}</text>`
}

function htmlField(tag: string, html: string, indent = '    '): string {
  return `${indent}<${tag} format="html">${text(html)}</${tag}>`
}

function answer(fraction: string, format: string, body: string, feedbackHtml = ''): string {
  return [
    `    <answer fraction="${fraction}" format="${format}">`,
    `      ${text(body)}`,
    `      <feedback format="html">${text(feedbackHtml)}</feedback>`,
    '    </answer>',
  ].join('\n')
}

function combinedFeedback(lang: Lang, shownumcorrect: string): string[] {
  const labels = EXPORT_LABELS[lang]
  return [
    htmlField('correctfeedback', `<p>${labels.correct}</p>`),
    htmlField('partiallycorrectfeedback', `<p>${labels.partiallyCorrect}</p>`),
    htmlField('incorrectfeedback', `<p>${labels.incorrect}</p>`),
    `    ${shownumcorrect}`,
  ]
}

function matchingBody(pairs: { leftHtml: string; right: string }[]): string[] {
  return [
    '    <shuffleanswers>true</shuffleanswers>',
    ...pairs.map((pair) => [
      '    <subquestion format="html">',
      `      ${text(pair.leftHtml)}`,
      `      <answer>${text(pair.right)}</answer>`,
      '    </subquestion>',
    ].join('\n')),
  ]
}

/** The elements after the common header, per type; the Moodle type name first. */
function typeBody(question: BankQuestion, options: MoodleXmlOptions): [string, string[]] {
  const { spec } = question
  switch (spec.type) {
    case 'single':
    case 'multiple': {
      const grades = spec.type === 'single'
        ? question.options.map((option) => (option.correct ? '100' : '0'))
        : multipleChoiceGrades(question)
      return ['multichoice', [
        `    <single>${spec.type === 'single'}</single>`,
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>abc</answernumbering>',
        '    <showstandardinstruction>1</showstandardinstruction>',
        ...combinedFeedback(options.lang, '<shownumcorrect/>'),
        ...question.options.map((option, index) => answer(grades[index]!, 'html', option.html, option.feedbackHtml)),
      ]]
    }
    case 'truefalse':
      return ['truefalse', [
        answer(spec.answer ? '100' : '0', 'moodle_auto_format', 'true'),
        answer(spec.answer ? '0' : '100', 'moodle_auto_format', 'false'),
      ]]
    case 'short':
      return ['shortanswer', [
        `    <usecase>${spec.ignoreCase ? 0 : 1}</usecase>`,
        ...shortAnswerVariants(question).map((variant) => answer('100', 'moodle_auto_format', variant)),
      ]]
    case 'matching':
      checkMatching(question, question.pairs.map((pair) => pair.right))
      return ['matching', [
        ...matchingBody(question.pairs.map((pair) => ({ leftHtml: escapeHtml(pair.left), right: pair.right }))),
        ...combinedFeedback(options.lang, '<shownumcorrect/>'),
      ]]
    case 'ordering':
      if (options.ordering === 'matching') {
        const labels = EXPORT_LABELS[options.lang]
        checkMatching(question, question.itemsText)
        return ['matching', [
          ...matchingBody(question.itemsText.map((item, index) => ({ leftHtml: labels.stepLabel(index + 1), right: item }))),
          ...combinedFeedback(options.lang, '<shownumcorrect/>'),
        ]]
      }
      return ['ordering', [
        '    <layouttype>VERTICAL</layouttype>',
        '    <selecttype>ALL</selecttype>',
        `    <selectcount>${question.itemsHtml.length}</selectcount>`,
        '    <gradingtype>ALL_OR_NOTHING</gradingtype>',
        '    <showgrading>SHOW</showgrading>',
        '    <numberingstyle>none</numberingstyle>',
        ...combinedFeedback(options.lang, '<shownumcorrect>1</shownumcorrect>'),
        ...question.itemsHtml.map((item, index) => answer(String(index + 1), 'html', item)),
      ]]
  }
}

function questionXml(question: BankQuestion, options: MoodleXmlOptions): string {
  const labels = EXPORT_LABELS[options.lang]
  const [type, body] = typeBody(question, options)
  const asMatching = question.spec.type === 'ordering' && options.ordering === 'matching'
  const promptHtml = asMatching ? `${question.promptHtml}\n<p><em>${labels.orderingAsMatching}</em></p>` : question.promptHtml
  const tags = [labels.lessonTag(question.lesson.order), ...(question.assessment ? [labels.assessmentTag] : [])]
  return [
    `  <question type="${type}">`,
    `    <name>${text(questionName(question))}</name>`,
    htmlField('questiontext', promptHtml),
    htmlField('generalfeedback', question.explanationHtml),
    '    <defaultgrade>1</defaultgrade>',
    `    <penalty>${question.spec.type === 'truefalse' ? '1' : '0.3333333'}</penalty>`,
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(question.id)}</idnumber>`,
    ...body,
    ...question.hintsHtml.map((hint) => htmlField('hint', hint)),
    `    <tags>${tags.map((tag) => `<tag>${text(tag)}</tag>`).join('')}</tags>`,
    '  </question>',
  ].join('\n')
}

function categoryXml(lesson: LessonQuestions, lang: Lang): string {
  const labels = EXPORT_LABELS[lang]
  const path = categoryPath(labels.courseTitle, labels.lessonName(lesson.lesson.order, lesson.lesson.title))
  return [
    '  <question type="category">',
    `    <category>${text(path)}</category>`,
    htmlField('info', `<p>${escapeHtml(labels.lessonInfo(lesson.lesson.title))}</p>`),
    `    <idnumber>${escapeXml(`aulavirt-${lang}-${lesson.lesson.id}`)}</idnumber>`,
    '  </question>',
  ].join('\n')
}

/** The whole bank as one Moodle XML file (UTF-8, declaration on the first line). */
export function moodleXml(lessons: readonly LessonQuestions[], options: MoodleXmlOptions): string {
  const target = options.ordering === 'native'
    ? 'Moodle 4.4 or later (native ordering questions)'
    : 'Moodle 4.1 to 4.3: ordering questions converted to matching (one "Step n" per item, partial credit per step)'
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- AulaVirt question bank for ${target}. Generated by npm run build:lms; edit the lessons, not this file. -->`,
    '<quiz>',
  ]
  for (const lesson of lessons) {
    parts.push(categoryXml(lesson, options.lang))
    for (const question of lesson.questions) parts.push(questionXml(question, options))
  }
  parts.push('</quiz>', '')
  return parts.join('\n')
}
