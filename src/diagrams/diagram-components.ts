import type { ArchitectureStackProps } from './architecture-stack'
import { diagramComponent } from './diagram-host'
import type { BuildProps } from './frame'

/*
 * The diagram components as lessons write them. They draw what the lesson's
 * imports registered (mdx/remark-diagram-imports.ts); this module imports no
 * drawing, so a page gets only the drawings its lesson uses.
 */
export const ArchitectureStack = diagramComponent<ArchitectureStackProps>('ArchitectureStack')
export const KvmQemuDiagram = diagramComponent<BuildProps>('KvmQemuDiagram')
export const LibvirtDiagram = diagramComponent<BuildProps>('LibvirtDiagram')
export const ContainerKernelDiagram = diagramComponent<BuildProps>('ContainerKernelDiagram')
