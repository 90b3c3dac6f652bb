/** The diagram components of the authoring API (docs/authoring.md), and the module that draws each. */
export const DIAGRAM_MODULES = {
  ArchitectureStack: '/src/diagrams/architecture-stack.tsx',
  KvmQemuDiagram: '/src/diagrams/kvm-qemu-diagram.tsx',
  LibvirtDiagram: '/src/diagrams/libvirt-diagram.tsx',
  ContainerKernelDiagram: '/src/diagrams/container-kernel-diagram.tsx',
} as const

export type DiagramComponent = keyof typeof DIAGRAM_MODULES
