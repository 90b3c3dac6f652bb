import type { Lang } from '../i18n/lang'
import { type DiagramEnv, defineDiagram } from './diagram-registry'
import { DiagramSvg, Layer, type BuildProps } from './frame'
import { Arrow, Box, TextBlock, lines, wrapLines } from './primitives'

interface ContainerLabels {
  title: string
  desc: string
  hardware: string
  kernel: string
  namespaces: string
  namespacesSub: string
  cgroups: string
  cgroupsSub: string
  container: string
  processes: string
  processesSub: string
  filesystem: string
  filesystemSub: string
  network: string
  networkSub: string
  oneKernel: string
  syscalls: string
}

const LABELS = {
  es: {
    title: 'Contenedores: un solo kernel compartido',
    desc: 'Tres contenedores, cada uno con sus propios procesos, su sistema de ficheros y su interfaz de red, se ejecutan sobre un único kernel Linux del anfitrión, que los aísla con namespaces y limita sus recursos con cgroups. Debajo está el hardware, que no necesita VT-x ni AMD-V.',
    hardware: 'Hardware · no necesita VT-x / AMD-V',
    kernel: 'Kernel Linux del anfitrión',
    namespaces: 'namespaces',
    namespacesSub: 'aíslan: pid, net, mnt, uts, user…',
    cgroups: 'cgroups',
    cgroupsSub: 'limitan: CPU, memoria, E/S',
    container: 'Contenedor',
    processes: 'Procesos',
    processesSub: 'su propio PID 1',
    filesystem: 'Sistema de ficheros',
    filesystemSub: 'su propia raíz /',
    network: 'Red',
    networkSub: 'eth0 · 10.0.3.',
    oneKernel: 'un solo kernel',
    syscalls: 'llamadas al sistema',
  },
  en: {
    title: 'Containers: one shared kernel',
    desc: 'Three containers, each with its own processes, filesystem and network interface, run on one single host Linux kernel, which isolates them with namespaces and limits their resources with cgroups. Below is the hardware, which needs no VT-x or AMD-V.',
    hardware: 'Hardware · no VT-x / AMD-V needed',
    kernel: 'Host Linux kernel',
    namespaces: 'namespaces',
    namespacesSub: 'isolate: pid, net, mnt, uts, user…',
    cgroups: 'cgroups',
    cgroupsSub: 'limit: CPU, memory, I/O',
    container: 'Container',
    processes: 'Processes',
    processesSub: 'its own PID 1',
    filesystem: 'Filesystem',
    filesystemSub: 'its own root /',
    network: 'Network',
    networkSub: 'eth0 · 10.0.3.',
    oneKernel: 'one single kernel',
    syscalls: 'system calls',
  },
} satisfies Record<Lang, ContainerLabels>

const GAP = 30
const COL_W = (1120 - 2 * GAP) / 3
const COLS = [0, 1, 2].map((i) => 40 + i * (COL_W + GAP))
const CONT = { y: 12, h: 366 }
const KERNEL = { y: 425, h: 160 }
const ROW_H = 88
const ROW_GAP = 12

/** Label and detail of the three parts of container `n`: processes, filesystem, network. */
function containerParts(t: ContainerLabels, n: number): [string, string][] {
  return [
    [t.processes, t.processesSub],
    [t.filesystem, t.filesystemSub],
    [t.network, `${t.networkSub}${n + 1}`],
  ]
}

function Container({ x, n, t }: { x: number; n: number; t: ContainerLabels }) {
  const rows = containerParts(t, n)
  return (
    <Box x={x} y={CONT.y} w={COL_W} h={CONT.h} tone="container" label={`${t.container} ${n}`} place="top">
      {rows.map(([label, sub], i) => (
        <Box
          key={label}
          x={x + 18}
          y={CONT.y + 56 + i * (ROW_H + ROW_GAP)}
          w={COL_W - 36}
          h={ROW_H}
          tone="module"
          label={label}
          sub={sub}
          size="md"
          subSize="md"
          subMono={i === 2}
        />
      ))}
    </Box>
  )
}

/** Several containers on one shared host kernel (namespaces + cgroups), on hardware. */
function WideContainerKernelDiagram({ build, stepStart, env }: BuildProps & { env: DiagramEnv }) {
  const t = LABELS[env.lang]
  const layer = { build, stepStart, env }
  const half = (1120 - 44 - 20) / 2
  const modY = KERNEL.y + 62
  const badgeW = 300
  return (
    <DiagramSvg title={t.title} desc={t.desc} variant="container-kernel" env={env}>
      <Layer index={0} name="hardware" {...layer}>
        <Box x={40} y={597} w={1120} h={62} tone="hw" label={t.hardware} size="lg" />
      </Layer>
      <Layer index={1} name="kernel" {...layer}>
        <Box x={40} y={KERNEL.y} w={1120} h={KERNEL.h} tone="kernel" />
        <TextBlock x={62} top={KERNEL.y + 12} lines={lines(t.kernel, 'xl', true)} anchor="start" />
        <Box x={62} y={modY} w={half} h={86} tone="module" label={t.namespaces} sub={t.namespacesSub} mono subSize="md" />
        <Box x={62 + half + 20} y={modY} w={half} h={86} tone="module" label={t.cgroups} sub={t.cgroupsSub} mono subSize="md" />
      </Layer>
      <Layer index={2} name="containers" {...layer}>
        {COLS.map((x, i) => (
          <Container key={x} x={x} n={i + 1} t={t} />
        ))}
      </Layer>
      <Layer index={3} name="one-kernel" {...layer}>
        {COLS.map((x) => (
          <Arrow key={x} x1={x + COL_W / 2} y1={CONT.y + CONT.h} x2={x + COL_W / 2} y2={KERNEL.y} />
        ))}
        <TextBlock x={600 + 14} top={CONT.y + CONT.h + 8} lines={lines(t.syscalls, 'sm')} anchor="start" />
        <g className="diagram-pill diagram-pill--strong">
          <rect x={1138 - badgeW} y={KERNEL.y + 10} width={badgeW} height={46} rx={23} ry={23} />
          <TextBlock x={1138 - badgeW / 2} top={KERNEL.y + 16} lines={lines(t.oneKernel, 'lg', true)} />
        </g>
      </Layer>
    </DiagramSvg>
  )
}

/** Narrow column: the three containers side by side, their parts stacked; the shared kernel and the hardware under them. */
const N = { colW: 180, cols: [12, 210, 408], contY: 12, contH: 422, rowH: 116, kernelY: 523, kernelH: 205, height: 836 }

function NarrowContainer({ x, n, t }: { x: number; n: number; t: ContainerLabels }) {
  const rows = containerParts(t, n)
  return (
    <Box x={x} y={N.contY} w={N.colW} h={N.contH} tone="container" label={`${t.container} ${n}`} size="sm" place="top">
      {rows.map(([label, sub], i) => (
        <Box key={label} x={x + 10} y={N.contY + 46 + i * (N.rowH + 8)} w={N.colW - 20} h={N.rowH} tone="module" label={label} sub={sub}
          size="md" subMono={i === 2} wrap />
      ))}
    </Box>
  )
}

function NarrowContainerKernelDiagram({ build, stepStart, env }: BuildProps & { env: DiagramEnv }) {
  const t = LABELS[env.lang]
  const layer = { build, stepStart, env }
  const contBottom = N.contY + N.contH
  const pill = { x: 140, y: N.kernelY - 23, w: 320, h: 46 }
  return (
    <DiagramSvg title={t.title} desc={t.desc} variant="container-kernel" env={env} layout="narrow" height={N.height}>
      <Layer index={0} name="hardware" {...layer}>
        <Box x={12} y={N.kernelY + N.kernelH + 12} w={576} h={84} tone="hw" label={t.hardware} size="lg" wrap />
      </Layer>
      <Layer index={1} name="kernel" {...layer}>
        <Box x={12} y={N.kernelY} w={576} h={N.kernelH} tone="kernel" />
        <TextBlock x={300} top={N.kernelY + 33} lines={lines(t.kernel, 'xl', true)} />
        <Box x={30} y={N.kernelY + 81} w={260} h={110} tone="module" label={t.namespaces} sub={t.namespacesSub} mono wrap />
        <Box x={310} y={N.kernelY + 81} w={260} h={110} tone="module" label={t.cgroups} sub={t.cgroupsSub} mono wrap />
      </Layer>
      <Layer index={2} name="containers" {...layer}>
        {N.cols.map((x, i) => (
          <NarrowContainer key={x} x={x} n={i + 1} t={t} />
        ))}
      </Layer>
      <Layer index={3} name="one-kernel" {...layer}>
        {N.cols.map((x, i) => (
          <Arrow key={x} x1={x + N.colW / 2} y1={contBottom} x2={x + N.colW / 2} y2={i === 1 ? pill.y : N.kernelY} />
        ))}
        <TextBlock x={312} top={contBottom + 8} lines={wrapLines(lines(t.syscalls, 'sm'), 160)} anchor="start" />
        <g className="diagram-pill diagram-pill--strong">
          <rect x={pill.x} y={pill.y} width={pill.w} height={pill.h} rx={23} ry={23} />
          <TextBlock x={300} top={pill.y + 6} lines={lines(t.oneKernel, 'lg', true)} />
        </g>
      </Layer>
    </DiagramSvg>
  )
}

defineDiagram<BuildProps>('ContainerKernelDiagram', {
  title: (_props, lang) => LABELS[lang].title,
  wide: (props, env) => <WideContainerKernelDiagram {...props} env={env} />,
  narrow: (props, env) => <NarrowContainerKernelDiagram {...props} env={env} />,
})
