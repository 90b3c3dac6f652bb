// Every diagram with its drawing registered (tests; the app registers drawings per lesson).
import './architecture-stack'
import './container-kernel-diagram'
import './kvm-qemu-diagram'
import './libvirt-diagram'

export type { ArchitectureStackProps, StackKind } from './architecture-stack'
export { ArchitectureStack, ContainerKernelDiagram, KvmQemuDiagram, LibvirtDiagram } from './diagram-components'
export { DIAGRAM_BUILD_STEPS, diagramBuildSteps } from './diagram-steps'
export type { BuildProps } from './frame'
export { NarrowLayoutContext } from './narrow-layout'
