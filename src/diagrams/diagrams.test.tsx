import { cleanup, render, screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { StepContext } from '../deck-react/step-context'
import { LangContext } from '../i18n-react/lang-context'
import type { Lang } from '../i18n/lang'
import { NarrowLayoutContext } from './narrow-layout'
import {
  ArchitectureStack,
  ContainerKernelDiagram,
  DIAGRAM_BUILD_STEPS,
  KvmQemuDiagram,
  LibvirtDiagram,
  type BuildProps,
  type StackKind,
} from './index'

afterEach(cleanup)

interface Case {
  /** Key in DIAGRAM_BUILD_STEPS. */
  key: string
  make: (p: BuildProps) => ReactElement
  esName: RegExp
  enName: RegExp
  /** A label that only the English dictionary has. */
  enText: string
  /** A label of the last (top) build layer, in Spanish. */
  topText: string
}

const stackCase = (kind: StackKind, esName: RegExp, enName: RegExp, enText: string): Case => ({
  key: `ArchitectureStack:${kind}`,
  make: (p) => <ArchitectureStack kind={kind} {...p} />,
  esName,
  enName,
  enText,
  topText: 'App',
})

const CASES: Case[] = [
  stackCase('emulation', /emulación/i, /emulation/i, 'Host OS'),
  stackCase('type1', /hipervisor de tipo 1/i, /type 1.*hypervisor/i, 'Type 1 hypervisor'),
  stackCase('type2', /hipervisor de tipo 2/i, /type 2.*hypervisor/i, 'Other host'),
  stackCase('paravirtualization', /paravirtualización/i, /paravirtualization/i, 'PV drivers'),
  stackCase('containers', /contenedores/i, /container/i, 'Container engine'),
  {
    key: 'KvmQemuDiagram',
    make: (p) => <KvmQemuDiagram {...p} />,
    esName: /QEMU y KVM/,
    enName: /QEMU and KVM/,
    enText: 'kernel space',
    topText: 'SO invitado + apps',
  },
  {
    key: 'LibvirtDiagram',
    make: (p) => <LibvirtDiagram {...p} />,
    esName: /libvirt/,
    enName: /from clients to hypervisors/,
    enText: 'Daemon',
    topText: 'virsh',
  },
  {
    key: 'ContainerKernelDiagram',
    make: (p) => <ContainerKernelDiagram {...p} />,
    esName: /un solo kernel/,
    enName: /one shared kernel/,
    enText: 'one single kernel',
    topText: 'un solo kernel',
  },
]

function renderAt(el: ReactElement, revealed: number, lang: Lang = 'es') {
  return render(
    <LangContext.Provider value={lang}>
      <StepContext.Provider value={{ revealed, all: false }}>{el}</StepContext.Provider>
    </LangContext.Provider>,
  )
}

/** The build layer (<g data-layer>) that holds the first element showing `text`. */
function layerOf(text: string): Element {
  const [node] = screen.getAllByText(text)
  const layer = node?.closest('[data-layer]')
  if (!layer) throw new Error(`no layer around "${text}"`)
  return layer
}

describe.each(CASES)('$key', (c) => {
  const steps = DIAGRAM_BUILD_STEPS[c.key] ?? -1

  it('is an img named by its <title> and <desc>', () => {
    render(c.make({}))
    const svg = screen.getByRole('img', { name: c.esName })
    const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ')
    expect(ids).toHaveLength(2)
    const [title, desc] = ids.map((id) => document.getElementById(id))
    expect(title?.tagName.toLowerCase()).toBe('title')
    expect(desc?.tagName.toLowerCase()).toBe('desc')
    expect(desc?.textContent?.length ?? 0).toBeGreaterThan(40)
    expect(svg.getAttribute('viewBox')).toBe('0 0 1200 675')
  })

  it('uses unique ids when drawn twice on a page', () => {
    render(
      <>
        {c.make({})}
        {c.make({})}
      </>,
    )
    const ids = screen.getAllByRole('img').flatMap((s) => (s.getAttribute('aria-labelledby') ?? '').split(' '))
    expect(new Set(ids).size).toBe(4)
  })

  it('has a control that opens it full screen, named after the diagram', () => {
    render(c.make({}))
    const title = screen.getByRole('img', { name: c.esName }).querySelector('title')?.textContent ?? ''
    expect(screen.getByRole('button', { name: `Ampliar a pantalla completa: ${title}` }).getAttribute('aria-haspopup')).toBe('dialog')
  })

  it('shows English labels under LangContext "en"', () => {
    renderAt(c.make({}), 0, 'en')
    expect(screen.getByRole('img', { name: c.enName })).toBeTruthy()
    expect(screen.getAllByText(new RegExp(c.enText)).length).toBeGreaterThan(0)
  })

  it('declares its build steps: one per layer above the base', () => {
    expect(steps).toBeGreaterThan(0)
    const { container } = render(c.make({ build: true }))
    expect(container.querySelectorAll('[data-layer]')).toHaveLength(steps + 1)
  })

  it('builds up layer by layer from stepStart', () => {
    const first = renderAt(c.make({ build: true }), 0)
    expect(layerOf(c.topText).getAttribute('aria-hidden')).toBe('true')
    expect(layerOf(c.topText).getAttribute('visibility')).toBe('hidden')
    const base = first.container.querySelector('[data-layer]')
    expect(base?.hasAttribute('aria-hidden')).toBe(false)
    cleanup()

    renderAt(c.make({ build: true }), steps - 1)
    expect(layerOf(c.topText).getAttribute('aria-hidden')).toBe('true')
    cleanup()

    renderAt(c.make({ build: true }), steps)
    expect(layerOf(c.topText).hasAttribute('aria-hidden')).toBe(false)
    expect(layerOf(c.topText).hasAttribute('visibility')).toBe(false)
    cleanup()

    renderAt(c.make({ build: true, stepStart: 3 }), steps + 1)
    expect(layerOf(c.topText).getAttribute('aria-hidden')).toBe('true')
    cleanup()

    renderAt(c.make({ build: true, stepStart: 3 }), steps + 2)
    expect(layerOf(c.topText).hasAttribute('aria-hidden')).toBe(false)
  })

  it('shows every layer without build, and with build when all steps are expanded', () => {
    const { container } = renderAt(c.make({}), 0)
    expect(container.querySelectorAll('[data-layer][aria-hidden]')).toHaveLength(0)
    cleanup()
    const expanded = render(
      <StepContext.Provider value={{ revealed: 0, all: true }}>{c.make({ build: true })}</StepContext.Provider>,
    )
    expect(expanded.container.querySelectorAll('[data-layer][aria-hidden]')).toHaveLength(0)
  })
})

describe.each(CASES)('$key in a narrow column', (c) => {
  const steps = DIAGRAM_BUILD_STEPS[c.key] ?? -1
  const renderReading = (el: ReactElement, revealed = 0) =>
    render(
      <NarrowLayoutContext.Provider value>
        <StepContext.Provider value={{ revealed, all: false }}>{el}</StepContext.Provider>
      </NarrowLayoutContext.Provider>,
    )

  it('is drawn twice where it may narrow: the 16:9 drawing and a 600-unit-wide one, both named alike', () => {
    renderReading(c.make({}))
    const [wide, narrow] = screen.getAllByRole('img', { name: c.esName })
    expect(wide?.getAttribute('viewBox')).toBe('0 0 1200 675')
    expect(narrow?.getAttribute('viewBox')).toMatch(/^0 0 600 \d+(\.\d+)?$/)
    expect(narrow?.classList.contains('diagram--narrow')).toBe(true)
    expect(narrow?.closest('.diagram-adaptive')).not.toBeNull()
  })

  it('has the same layers, labels and reveal steps in both drawings', () => {
    const { container } = renderReading(c.make({ build: true }), steps - 1)
    const [wide, narrow] = [...container.querySelectorAll('svg')].filter((svg) => svg.getAttribute('role') === 'img')
    const layers = (svg: Element | undefined) => [...(svg?.querySelectorAll('[data-layer]') ?? [])].map((g) => `${g.getAttribute('data-layer')}:${g.getAttribute('aria-hidden') ?? 'shown'}`)
    expect(layers(narrow)).toEqual(layers(wide))
    expect(layers(narrow).at(-1)).toMatch(/:true$/)
    // The narrow layout breaks lines differently, but says the same words.
    const words = (svg: Element | undefined) => [...(svg?.querySelectorAll('tspan') ?? [])].map((line) => line.textContent).join(' ').split(/\s+/).filter(Boolean).sort()
    expect(words(narrow)).toEqual(words(wide))
  })

  it('keeps only the 16:9 drawing outside the reading page (slides, print)', () => {
    renderAt(c.make({}), 0)
    expect(screen.getAllByRole('img', { name: c.esName })).toHaveLength(1)
  })
})
