import type { Lang } from '../i18n/lang'

export type StackKind = 'emulation' | 'type1' | 'type2' | 'paravirtualization' | 'containers'

export interface StackLabels {
  title: Record<StackKind, string>
  desc: Record<StackKind, string>
  callout: Record<StackKind, string>
  hardware: string
  hardwareX86: string
  hardwareVt: string
  hardwareNoVt: string
  hardwareSub: string
  hostOs: string
  hostOsSub: string
  hostKernel: string
  hostKernelSub: string
  emulator: string
  emulatorSub: string
  hyp1: string
  hyp1Sub: string
  hyp2: string
  hyp2Sub: string
  hypPv: string
  hypPvSub: string
  engine: string
  engineSub: string
  hostApps: string
  guestOs: string
  guestSub: string
  guestArm: string
  guestPv: string
  guestPvSub: string
  container: string
  containerSub: string
  app: string
}

export const STACK_LABELS = {
  es: {
    title: {
      emulation: 'Arquitectura de la emulación',
      type1: 'Arquitectura con hipervisor de tipo 1 (nativo)',
      type2: 'Arquitectura con hipervisor de tipo 2 (alojado)',
      paravirtualization: 'Arquitectura de la paravirtualización',
      containers: 'Arquitectura de los contenedores',
    },
    desc: {
      emulation:
        'De abajo arriba: hardware x86-64, sistema operativo anfitrión, un emulador (QEMU con TCG) que traduce las instrucciones ARM a x86-64 y tres máquinas virtuales con un SO invitado para ARM y sus aplicaciones.',
      type1:
        'De abajo arriba: hardware con VT-x o AMD-V, el hipervisor de tipo 1 directamente sobre el hardware, sin sistema operativo anfitrión, y tres máquinas virtuales con su SO invitado y sus aplicaciones.',
      type2:
        'De abajo arriba: hardware, sistema operativo anfitrión, el hipervisor de tipo 2 como una aplicación más del anfitrión, junto a otras aplicaciones, y tres máquinas virtuales con su SO invitado y sus aplicaciones.',
      paravirtualization:
        'De abajo arriba: hardware, un hipervisor que ofrece una interfaz paravirtual (hiperllamadas) y tres máquinas virtuales cuyo SO invitado está modificado o usa drivers paravirtuales, con sus aplicaciones.',
      containers:
        'De abajo arriba: hardware, el kernel Linux del anfitrión, compartido por todos, un motor de contenedores y tres contenedores con sus bibliotecas y aplicaciones, sin SO invitado propio.',
    },
    callout: {
      emulation: 'Traduce las\ninstrucciones\nARM → x86-64:\nfunciona, pero\nes lento',
      type1: 'Directamente\nsobre el hardware:\nsin SO anfitrión',
      type2: 'Es una\naplicación más\ndel SO anfitrión',
      paravirtualization: 'El invitado sabe\nque está\nvirtualizado: usa\nhiperllamadas',
      containers: 'Sin SO invitado:\ntodos comparten\nel kernel del\nanfitrión',
    },
    hardware: 'Hardware',
    hardwareX86: 'Hardware x86-64',
    hardwareVt: 'CPU con VT-x / AMD-V',
    hardwareNoVt: 'no necesita VT-x / AMD-V',
    hardwareSub: 'CPU, memoria, discos, red',
    hostOs: 'SO anfitrión (host)',
    hostOsSub: 'Linux, Windows, macOS…',
    hostKernel: 'SO anfitrión: un solo kernel Linux',
    hostKernelSub: 'namespaces + cgroups',
    emulator: 'Emulador: QEMU (TCG)',
    emulatorSub: 'imita por software una máquina ARM',
    hyp1: 'Hipervisor de tipo 1',
    hyp1Sub: 'Xen · KVM · Hyper-V · VMware ESXi',
    hyp2: 'Hipervisor de tipo 2',
    hyp2Sub: 'VirtualBox · VMware Workstation',
    hypPv: 'Hipervisor (p. ej. Xen)',
    hypPvSub: 'interfaz paravirtual: hiperllamadas',
    engine: 'Motor de contenedores',
    engineSub: 'LXC · Docker · Podman',
    hostApps: 'Otras apps\ndel anfitrión',
    guestOs: 'SO invitado',
    guestSub: 'sin modificar',
    guestArm: 'SO invitado\npara ARM',
    guestPv: 'SO invitado\nmodificado',
    guestPvSub: 'drivers PV',
    container: 'Contenedor',
    containerSub: 'binarios y\nbibliotecas',
    app: 'App',
  },
  en: {
    title: {
      emulation: 'Emulation architecture',
      type1: 'Type 1 (native) hypervisor architecture',
      type2: 'Type 2 (hosted) hypervisor architecture',
      paravirtualization: 'Paravirtualization architecture',
      containers: 'Container architecture',
    },
    desc: {
      emulation:
        'Bottom to top: x86-64 hardware, host operating system, an emulator (QEMU with TCG) that translates ARM instructions into x86-64, and three virtual machines with an ARM guest OS and their apps.',
      type1:
        'Bottom to top: hardware with VT-x or AMD-V, the type 1 hypervisor running directly on the hardware with no host operating system, and three virtual machines with their guest OS and apps.',
      type2:
        'Bottom to top: hardware, host operating system, the type 2 hypervisor as just another host application next to other apps, and three virtual machines with their guest OS and apps.',
      paravirtualization:
        'Bottom to top: hardware, a hypervisor offering a paravirtual interface (hypercalls), and three virtual machines whose guest OS is modified or uses paravirtual drivers, with their apps.',
      containers:
        'Bottom to top: hardware, the host Linux kernel shared by all, a container engine, and three containers with their libraries and apps, with no guest OS of their own.',
    },
    callout: {
      emulation: 'Translates\nARM → x86-64\ninstructions:\nit works, but\nit is slow',
      type1: 'Runs directly\non the hardware:\nno host OS',
      type2: 'Just another\napplication of\nthe host OS',
      paravirtualization: 'The guest knows\nit is virtualized:\nit makes\nhypercalls',
      containers: 'No guest OS:\nall of them share\nthe host kernel',
    },
    hardware: 'Hardware',
    hardwareX86: 'x86-64 hardware',
    hardwareVt: 'CPU with VT-x / AMD-V',
    hardwareNoVt: 'no VT-x / AMD-V needed',
    hardwareSub: 'CPU, memory, disks, network',
    hostOs: 'Host OS',
    hostOsSub: 'Linux, Windows, macOS…',
    hostKernel: 'Host OS: one Linux kernel',
    hostKernelSub: 'namespaces + cgroups',
    emulator: 'Emulator: QEMU (TCG)',
    emulatorSub: 'imitates an ARM machine in software',
    hyp1: 'Type 1 hypervisor',
    hyp1Sub: 'Xen · KVM · Hyper-V · VMware ESXi',
    hyp2: 'Type 2 hypervisor',
    hyp2Sub: 'VirtualBox · VMware Workstation',
    hypPv: 'Hypervisor (e.g. Xen)',
    hypPvSub: 'paravirtual interface: hypercalls',
    engine: 'Container engine',
    engineSub: 'LXC · Docker · Podman',
    hostApps: 'Other host\napps',
    guestOs: 'Guest OS',
    guestSub: 'unmodified',
    guestArm: 'Guest OS\nfor ARM',
    guestPv: 'Modified\nguest OS',
    guestPvSub: 'PV drivers',
    container: 'Container',
    containerSub: 'binaries and\nlibraries',
    app: 'App',
  },
} satisfies Record<Lang, StackLabels>
