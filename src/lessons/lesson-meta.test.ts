import { describe, expect, it } from 'vitest'
import { type LessonMeta, findMetaProblems } from './lesson-meta.ts'

const VALID: LessonMeta = {
  id: 'qemu-kvm',
  title: 'QEMU y KVM',
  order: 3,
  summary: 'Crear y arrancar máquinas virtuales con QEMU y KVM.',
  minutes: 60,
  goals: ['Crear una MV con qemu-system-x86_64.', 'Comprobar que KVM acelera la MV.'],
}

function without(field: keyof LessonMeta): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...VALID }
  delete copy[field]
  return copy
}

const fieldsOf = (value: unknown) => findMetaProblems(value).map((problem) => problem.field)

describe('findMetaProblems', () => {
  it('a valid frontmatter has no problems', () => {
    expect(findMetaProblems(VALID)).toEqual([])
  })

  it.each<[string, Partial<Record<keyof LessonMeta, unknown>>]>([
    ['single-word id', { id: 'introduccion' }],
    ['id with digits', { id: 'lxc-lxd-2' }],
    ['order 1', { order: 1 }],
    ['fractional minutes', { minutes: 12.5 }],
    ['600 minutes', { minutes: 600 }],
    ['one goal', { goals: ['Uno.'] }],
    ['extra unknown keys', { extra: true } as Record<string, unknown>],
  ])('also valid: %s', (_name, change) => {
    expect(findMetaProblems({ ...VALID, ...change })).toEqual([])
  })

  it.each(['id', 'title', 'order', 'summary', 'minutes', 'goals'] as const)('missing %s is reported for that field', (field) => {
    expect(fieldsOf(without(field))).toEqual([field])
  })

  it.each<[string, Partial<Record<keyof LessonMeta, unknown>>, keyof LessonMeta]>([
    ['id with capitals', { id: 'Qemu-KVM' }, 'id'],
    ['id with spaces', { id: 'qemu kvm' }, 'id'],
    ['id with underscore', { id: 'qemu_kvm' }, 'id'],
    ['id with a trailing dash', { id: 'qemu-' }, 'id'],
    ['id with a double dash', { id: 'qemu--kvm' }, 'id'],
    ['id with an accent', { id: 'introducción' }, 'id'],
    ['empty id', { id: '' }, 'id'],
    ['numeric id', { id: 3 }, 'id'],
    ['blank title', { title: '   ' }, 'title'],
    ['numeric title', { title: 42 }, 'title'],
    ['empty summary', { summary: '' }, 'summary'],
    ['order 0', { order: 0 }, 'order'],
    ['order 1.5', { order: 1.5 }, 'order'],
    ['negative order', { order: -2 }, 'order'],
    ['order as a string', { order: '3' }, 'order'],
    ['order NaN', { order: Number.NaN }, 'order'],
    ['negative minutes', { minutes: -10 }, 'minutes'],
    ['zero minutes', { minutes: 0 }, 'minutes'],
    ['minutes as a string', { minutes: '60' }, 'minutes'],
    ['minutes Infinity', { minutes: Number.POSITIVE_INFINITY }, 'minutes'],
    ['minutes NaN', { minutes: Number.NaN }, 'minutes'],
    ['more than 600 minutes', { minutes: 601 }, 'minutes'],
    ['empty goals', { goals: [] }, 'goals'],
    ['goals not a list', { goals: 'Aprender QEMU' }, 'goals'],
    ['a non-string goal', { goals: ['Uno.', 2] }, 'goals'],
    ['a blank goal', { goals: ['Uno.', '  '] }, 'goals'],
    ['goals null', { goals: null }, 'goals'],
  ])('%s → one problem, naming %s', (_name, change, field) => {
    const problems = findMetaProblems({ ...VALID, ...change })
    expect(problems.map((problem) => problem.field)).toEqual([field])
    expect(problems[0]!.reason).not.toBe('')
  })

  it('the id problem quotes the bad id so the author can find it', () => {
    expect(findMetaProblems({ ...VALID, id: 'Qemu KVM' })[0]!.reason).toContain('Qemu KVM')
  })

  it('reports every problem at once', () => {
    expect(fieldsOf({ id: 'X', title: '', order: 0, summary: 1, minutes: -1, goals: [] }).sort())
      .toEqual(['goals', 'id', 'minutes', 'order', 'summary', 'title'])
    expect(fieldsOf({}).sort()).toEqual(['goals', 'id', 'minutes', 'order', 'summary', 'title'])
  })

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'id: x'],
    ['a number', 3],
    ['an array', [VALID]],
  ])('not an object (%s) → a single frontmatter problem', (_name, value) => {
    expect(fieldsOf(value)).toEqual(['frontmatter'])
  })
})
