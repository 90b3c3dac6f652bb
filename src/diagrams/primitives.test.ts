import { describe, expect, it } from 'vitest'
import { lines, wrapLines } from './primitives'

describe('wrapLines (labels of the narrow layouts)', () => {
  it('breaks a line at spaces so each piece fits the width, keeping the line style', () => {
    const wrapped = wrapLines(lines('SO anfitrión: un solo kernel Linux', 'lg', true), 300)
    expect(wrapped.map((line) => line.text)).toEqual(['SO anfitrión: un', 'solo kernel Linux'])
    expect(wrapped.every((line) => line.size === 'lg' && line.bold)).toBe(true)
  })

  it('never leaves a one- or two-character word alone on the last line', () => {
    expect(wrapLines(lines('su propio PID 1', 'sm'), 150).map((line) => line.text)).toEqual(['su propio', 'PID 1'])
  })

  it('leaves lines that fit, keeps given breaks, and never splits a word', () => {
    expect(wrapLines(lines('Hardware\nCPU', 'md'), 500).map((line) => line.text)).toEqual(['Hardware', 'CPU'])
    expect(wrapLines(lines('virtualización', 'xl', true), 50).map((line) => line.text)).toEqual(['virtualización'])
  })
})
