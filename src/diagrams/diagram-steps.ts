/**
 * Number of build steps each diagram adds to its slide when written with the
 * `build` attribute (one layer revealed per step). Read by the remark slide
 * plugin at build time and by the diagram components at run time, so the two
 * never disagree. Keys are the MDX component names (plus `:kind` where the
 * component draws several variants).
 */
export const DIAGRAM_BUILD_STEPS: Record<string, number> = {
  // hardware → host OS → emulator → guest OS → apps
  'ArchitectureStack:emulation': 4,
  // hardware → type 1 hypervisor → guest OS → apps
  'ArchitectureStack:type1': 3,
  // hardware → host OS → type 2 hypervisor (+ other host apps) → guest OS → apps
  'ArchitectureStack:type2': 4,
  // hardware → hypervisor (paravirtual interface) → modified guest OS → apps
  'ArchitectureStack:paravirtualization': 3,
  // hardware → shared host kernel → container engine → containers → apps
  'ArchitectureStack:containers': 4,
  // hardware → Linux kernel with KVM + /dev/kvm → QEMU processes → guest OS
  KvmQemuDiagram: 3,
  // hypervisors → drivers → libvirt (API + daemon) → clients + URI
  LibvirtDiagram: 3,
  // hardware → host kernel (namespaces, cgroups) → containers → "one kernel" callout
  ContainerKernelDiagram: 3,
}

export function diagramBuildSteps(component: string, kind?: string): number | undefined {
  return DIAGRAM_BUILD_STEPS[kind ? `${component}:${kind}` : component] ?? DIAGRAM_BUILD_STEPS[component]
}
