import './diagrams.css'

export { ArchitectureStack, type ArchitectureStackProps, type StackKind } from './architecture-stack'
export { DIAGRAM_BUILD_STEPS, diagramBuildSteps } from './diagram-steps'
export type { BuildProps } from './frame'
export { KvmQemuDiagram } from './kvm-qemu-diagram'
export { LibvirtDiagram } from './libvirt-diagram'
export { ContainerKernelDiagram } from './container-kernel-diagram'
