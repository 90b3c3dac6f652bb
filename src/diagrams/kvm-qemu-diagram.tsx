import type { Lang } from '../i18n/lang-context'
import { type DiagramEnv, defineDiagram } from './diagram-registry'
import { DiagramSvg, Layer, type BuildProps } from './frame'
import { Arrow, Box, TextBlock, lines } from './primitives'

interface KvmLabels {
  title: string
  desc: string
  hardware: string
  kernel: string
  kernelSpace: string
  userSpace: string
  devKvm: string
  kvm: string
  kvmSub: string
  kvmCpu: string
  kvmCpuSub: string
  process: string
  vcpu: string
  vcpuSub: string
  emulated: string
  emulatedSub: string
  virtio: string
  virtioSub: string
  guest: string
  guestSub: string
  ioctl: string
}

const LABELS = {
  es: {
    title: 'QEMU y KVM: quién hace cada cosa',
    desc: 'Abajo, el hardware con VT-x o AMD-V. Encima, el kernel Linux con los módulos kvm.ko y kvm-intel.ko o kvm-amd.ko, que lo convierten en hipervisor y ofrecen el dispositivo /dev/kvm. En el espacio de usuario hay un proceso QEMU por máquina virtual, con sus hilos de vCPU (que usan /dev/kvm), sus dispositivos emulados y virtio, y dentro el SO invitado.',
    hardware: 'Hardware · CPU con VT-x / AMD-V',
    kernel: 'Kernel Linux = hipervisor',
    kernelSpace: 'espacio del kernel',
    userSpace: 'espacio\nde usuario',
    devKvm: '/dev/kvm',
    kvm: 'kvm.ko',
    kvmSub: 'infraestructura común,\ncrea /dev/kvm',
    kvmCpu: 'kvm-intel.ko | kvm-amd.ko',
    kvmCpuSub: 'uno según la CPU: Intel VT-x o AMD-V',
    process: 'Proceso QEMU · MV',
    vcpu: 'vCPU',
    vcpuSub: 'hilo del proceso',
    emulated: 'Emulados',
    emulatedSub: 'e1000, IDE\n(lentos)',
    virtio: 'virtio',
    virtioSub: 'net, blk\n(rápidos)',
    guest: 'SO invitado + apps',
    guestSub: 'Linux, Windows, BSD…',
    ioctl: 'ioctl()',
  },
  en: {
    title: 'QEMU and KVM: who does what',
    desc: 'At the bottom, hardware with VT-x or AMD-V. Above it, the Linux kernel with the kvm.ko and kvm-intel.ko or kvm-amd.ko modules, which turn it into a hypervisor and expose the /dev/kvm device. In user space there is one QEMU process per virtual machine, with its vCPU threads (which use /dev/kvm), its emulated and virtio devices, and the guest OS inside.',
    hardware: 'Hardware · CPU with VT-x / AMD-V',
    kernel: 'Linux kernel = hypervisor',
    kernelSpace: 'kernel space',
    userSpace: 'user\nspace',
    devKvm: '/dev/kvm',
    kvm: 'kvm.ko',
    kvmSub: 'common infrastructure,\ncreates /dev/kvm',
    kvmCpu: 'kvm-intel.ko | kvm-amd.ko',
    kvmCpuSub: 'one per CPU vendor: Intel VT-x or AMD-V',
    process: 'QEMU process · VM',
    vcpu: 'vCPU',
    vcpuSub: 'process thread',
    emulated: 'Emulated',
    emulatedSub: 'e1000, IDE\n(slow)',
    virtio: 'virtio',
    virtioSub: 'net, blk\n(fast)',
    guest: 'Guest OS + apps',
    guestSub: 'Linux, Windows, BSD…',
    ioctl: 'ioctl()',
  },
} satisfies Record<Lang, KvmLabels>

const PROC_W = 470
const PROCS = [40, 1160 - PROC_W] as const
const PROC_Y = 15
const PROC_H = 365
const KERNEL_Y = 420
const DEV = { x: 520, y: 392, w: 160, h: 56 }

function QemuProcess({ x, n, t }: { x: number; n: number; t: KvmLabels }) {
  const inner = PROC_W - 40
  const half = (inner - 16) / 2
  return (
    <Box x={x} y={PROC_Y} w={PROC_W} h={PROC_H} tone="host" label={`${t.process} ${n}`} place="top">
      {[0, 1].map((i) => (
        <Box key={i} x={x + 20 + i * (half + 16)} y={170} w={half} h={66} tone="module" label={`${t.vcpu} ${i}`} sub={t.vcpuSub} size="md" />
      ))}
      <Box x={x + 20} y={252} w={half} h={112} tone="module" label={t.emulated} sub={t.emulatedSub} size="md" subSize="md" dashed />
      <Box x={x + 36 + half} y={252} w={half} h={112} tone="driver" label={t.virtio} sub={t.virtioSub} size="md" subSize="md" mono />
    </Box>
  )
}

/** KVM in the kernel, one QEMU process per VM in user space, VT-x/AMD-V hardware below. */
function WideKvmQemuDiagram({ build, stepStart, env }: BuildProps & { env: DiagramEnv }) {
  const t = LABELS[env.lang]
  const layer = { build, stepStart, env }
  const devTop = DEV.y
  return (
    <DiagramSvg title={t.title} desc={t.desc} variant="kvm-qemu" env={env}>
      <Layer index={0} name="hardware" {...layer}>
        <Box x={40} y={595} w={1120} h={62} tone="hw" label={t.hardware} size="xl" />
      </Layer>
      <Layer index={1} name="kernel" {...layer}>
        <Box x={40} y={KERNEL_Y} w={1120} h={162} tone="kernel" />
        <TextBlock x={62} top={KERNEL_Y + 8} lines={lines(t.kernel, 'lg', true)} anchor="start" />
        <TextBlock x={1140} top={KERNEL_Y + 10} lines={lines(t.kernelSpace, 'md')} anchor="end" />
        <Box x={62} y={478} w={420} h={92} tone="module" label={t.kvm} sub={t.kvmSub} mono />
        <Box x={500} y={478} w={638} h={92} tone="module" label={t.kvmCpu} sub={t.kvmCpuSub} mono />
        <Box x={DEV.x} y={DEV.y} w={DEV.w} h={DEV.h} tone="driver" label={t.devKvm} mono focus />
      </Layer>
      <Layer index={2} name="qemu" {...layer}>
        <TextBlock x={600} top={PROC_Y + 8} lines={lines(t.userSpace, 'md')} />
        {PROCS.map((x, i) => (
          <QemuProcess key={x} x={x} n={i + 1} t={t} />
        ))}
        <Arrow x1={PROCS[0] + PROC_W} y1={203} x2={DEV.x + 40} y2={devTop} />
        <Arrow x1={PROCS[1]} y1={203} x2={DEV.x + DEV.w - 40} y2={devTop} />
        <g className="diagram-pill">
          <rect x={532} y={258} width={136} height={44} rx={8} ry={8} />
          <TextBlock x={600} top={265.6} lines={lines(t.ioctl, 'md', true, true)} />
        </g>
      </Layer>
      <Layer index={3} name="guest" {...layer}>
        {PROCS.map((x) => (
          <Box key={x} x={x + 20} y={62} w={PROC_W - 40} h={94} tone="guest" label={t.guest} sub={t.guestSub} subSize="md" />
        ))}
      </Layer>
    </DiagramSvg>
  )
}

defineDiagram<BuildProps>('KvmQemuDiagram', {
  title: (_props, lang) => LABELS[lang].title,
  wide: (props, env) => <WideKvmQemuDiagram {...props} env={env} />,
})
