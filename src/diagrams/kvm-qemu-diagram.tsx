import type { Lang } from '../i18n/lang'
import { type DiagramEnv, defineDiagram } from './diagram-registry'
import { DiagramSvg, Layer, NARROW_W, type BuildProps } from './frame'
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

/** Narrow column: the two QEMU processes side by side, their parts stacked; the kernel and hardware under them. */
const N = {
  procs: [12, 306] as const,
  procW: 282,
  procY: 48,
  procH: 582,
  dev: { x: 220, y: 710, w: 160, h: 52 },
  kernelY: 736,
  kernelH: 322,
  hardwareY: 1070,
  height: 1166,
}

function NarrowQemuProcess({ x, n, t }: { x: number; n: number; t: KvmLabels }) {
  const inner = { x: x + 14, w: N.procW - 28 }
  const y = N.procY
  return (
    <Box x={x} y={y} w={N.procW} h={N.procH} tone="host" label={`${t.process} ${n}`} place="top" wrap>
      {[0, 1].map((i) => (
        <Box key={i} {...inner} y={y + 202 + i * 80} h={72} tone="module" label={`${t.vcpu} ${i}`} sub={t.vcpuSub} size="md" wrap />
      ))}
      <Box {...inner} y={y + 362} h={100} tone="module" label={t.emulated} sub={t.emulatedSub} size="md" dashed wrap />
      <Box {...inner} y={y + 470} h={100} tone="driver" label={t.virtio} sub={t.virtioSub} size="md" mono wrap />
    </Box>
  )
}

function NarrowKvmQemuDiagram({ build, stepStart, env }: BuildProps & { env: DiagramEnv }) {
  const t = LABELS[env.lang]
  const layer = { build, stepStart, env }
  const procBottom = N.procY + N.procH
  return (
    <DiagramSvg title={t.title} desc={t.desc} variant="kvm-qemu" env={env} layout="narrow" height={N.height}>
      <Layer index={0} name="hardware" {...layer}>
        <Box x={12} y={N.hardwareY} w={576} h={84} tone="hw" label={t.hardware} size="xl" wrap />
      </Layer>
      <Layer index={1} name="kernel" {...layer}>
        <Box x={12} y={N.kernelY} w={576} h={N.kernelH} tone="kernel" />
        <TextBlock x={30} top={N.kernelY + 34} lines={lines(t.kernel, 'lg', true)} anchor="start" />
        <TextBlock x={30} top={N.kernelY + 68} lines={lines(t.kernelSpace, 'md')} anchor="start" />
        <Box x={30} y={N.kernelY + 106} w={540} h={96} tone="module" label={t.kvm} sub={t.kvmSub} mono wrap />
        <Box x={30} y={N.kernelY + 212} w={540} h={96} tone="module" label={t.kvmCpu} sub={t.kvmCpuSub} mono wrap />
        <Box {...N.dev} tone="driver" label={t.devKvm} mono focus />
      </Layer>
      <Layer index={2} name="qemu" {...layer}>
        <TextBlock x={NARROW_W / 2} top={10} lines={lines(t.userSpace.replace('\n', ' '), 'md')} />
        {N.procs.map((x, i) => (
          <NarrowQemuProcess key={x} x={x} n={i + 1} t={t} />
        ))}
        <Arrow x1={N.procs[0] + N.procW / 2} y1={procBottom} x2={N.dev.x + 40} y2={N.dev.y} />
        <Arrow x1={N.procs[1] + N.procW / 2} y1={procBottom} x2={N.dev.x + N.dev.w - 40} y2={N.dev.y} />
        <g className="diagram-pill">
          <rect x={240} y={procBottom + 16} width={120} height={44} rx={8} ry={8} />
          <TextBlock x={NARROW_W / 2} top={procBottom + 23.6} lines={lines(t.ioctl, 'md', true, true)} />
        </g>
      </Layer>
      <Layer index={3} name="guest" {...layer}>
        {N.procs.map((x) => (
          <Box key={x} x={x + 14} y={N.procY + 82} w={N.procW - 28} h={110} tone="guest" label={t.guest} sub={t.guestSub} size="md" wrap />
        ))}
      </Layer>
    </DiagramSvg>
  )
}

defineDiagram<BuildProps>('KvmQemuDiagram', {
  title: (_props, lang) => LABELS[lang].title,
  wide: (props, env) => <WideKvmQemuDiagram {...props} env={env} />,
  narrow: (props, env) => <NarrowKvmQemuDiagram {...props} env={env} />,
})
