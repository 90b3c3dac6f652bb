import { compile } from '@mdx-js/mdx'
import { describe, expect, it } from 'vitest'
import { DIAGRAM_MODULES } from '../src/diagrams/diagram-names.ts'
import { remarkDiagramImports } from './remark-diagram-imports.ts'

const compiled = async (source: string) => String(await compile(source, { remarkPlugins: [remarkDiagramImports] }))

describe('remarkDiagramImports', () => {
  it('imports the drawing of each diagram the lesson uses, once, and no other', async () => {
    const code = await compiled('# Uno\n\n<ArchitectureStack kind="type1" />\n\n<LibvirtDiagram build />\n\n<ArchitectureStack kind="type2" />\n')
    expect(code).toContain(`import "${DIAGRAM_MODULES.ArchitectureStack}"`)
    expect(code).toContain(`import "${DIAGRAM_MODULES.LibvirtDiagram}"`)
    expect(code.split(DIAGRAM_MODULES.ArchitectureStack)).toHaveLength(2)
    expect(code).not.toContain(DIAGRAM_MODULES.KvmQemuDiagram)
    expect(code).not.toContain(DIAGRAM_MODULES.ContainerKernelDiagram)
  })

  it('adds nothing to a lesson without diagrams', async () => {
    expect(await compiled('# Texto\n\nSin diagramas: <Callout>no</Callout>\n')).not.toMatch(/import "\/src\/diagrams/)
  })
})

describe('DIAGRAM_MODULES', () => {
  it('names modules that register the drawing of that diagram', async () => {
    const { diagramDefinition } = await import('../src/diagrams/diagram-registry.ts')
    for (const [name, path] of Object.entries(DIAGRAM_MODULES)) {
      await import(/* @vite-ignore */ path)
      expect(diagramDefinition(name as keyof typeof DIAGRAM_MODULES), name).toBeDefined()
    }
  })
})
