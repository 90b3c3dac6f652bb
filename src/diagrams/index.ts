// The diagram components as lessons use them (tests; the app maps them in lesson-components/mdx-components.tsx),
// with every drawing registered.
import type { ArchitectureStackProps } from './architecture-stack'
import './architecture-stack'
import './container-kernel-diagram'
import './kvm-qemu-diagram'
import './libvirt-diagram'
import { diagramComponent } from './diagram-host'
import type { BuildProps } from './frame'

export type { ArchitectureStackProps, StackKind } from './architecture-stack'
export { DIAGRAM_BUILD_STEPS, diagramBuildSteps } from './diagram-steps'
export type { BuildProps } from './frame'
export { NarrowLayoutContext } from './narrow-layout'

export const ArchitectureStack = diagramComponent<ArchitectureStackProps>('ArchitectureStack')
export const KvmQemuDiagram = diagramComponent<BuildProps>('KvmQemuDiagram')
export const LibvirtDiagram = diagramComponent<BuildProps>('LibvirtDiagram')
export const ContainerKernelDiagram = diagramComponent<BuildProps>('ContainerKernelDiagram')
