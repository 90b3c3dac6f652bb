import type { Lang } from '../i18n/lang'
import { type DiagramEnv, defineDiagram } from './diagram-registry'
import { DiagramSvg, Layer, type BuildProps } from './frame'
import { Arrow, Box, TextBlock, lines, wrapLines } from './primitives'

interface LibvirtLabels {
  title: string
  desc: string
  clients: readonly (readonly [string, string])[]
  uriLabel: string
  uri: string
  uriOthers: string
  libvirt: string
  api: string
  apiSub: string
  daemon: string
  daemonSub: string
  drivers: readonly string[]
  hypervisors: readonly (readonly [string, string])[]
}

const LABELS = {
  es: {
    title: 'libvirt: de los clientes a los hipervisores',
    desc: 'Los clientes (virsh, virt-manager, virt-install, GNOME Boxes y otras aplicaciones a través de la API) se conectan a libvirt con una URI, por ejemplo qemu:///system. libvirt ofrece una API y un demonio (libvirtd o virtqemud) y usa un driver por tecnología (qemu, lxc, xen…) para gestionar cada hipervisor: QEMU/KVM, LXC, Xen y otros.',
    clients: [
      ['virsh', 'terminal'],
      ['virt-manager', 'gráfico'],
      ['virt-install', 'crear MV'],
      ['GNOME Boxes', 'escritorio'],
      ['Otras apps', 'vía la API'],
    ],
    uriLabel: 'URI de\nconexión',
    uri: 'qemu:///system',
    uriOthers: 'qemu:///session\nqemu+ssh://host/system',
    libvirt: 'libvirt',
    api: 'API (libvirt.so)',
    apiSub: 'C · Python · Go · Perl…',
    daemon: 'Demonio',
    daemonSub: 'libvirtd o virtqemud',
    drivers: ['driver qemu', 'driver lxc', 'driver xen', 'más drivers…'],
    hypervisors: [
      ['QEMU/KVM', 'máquinas virtuales'],
      ['LXC', 'contenedores'],
      ['Xen', 'máquinas virtuales'],
      ['Otros', 'bhyve, ESXi…'],
    ],
  },
  en: {
    title: 'libvirt: from clients to hypervisors',
    desc: 'Clients (virsh, virt-manager, virt-install, GNOME Boxes and other apps through the API) connect to libvirt with a URI, for example qemu:///system. libvirt offers an API and a daemon (libvirtd or virtqemud) and uses one driver per technology (qemu, lxc, xen…) to manage each hypervisor: QEMU/KVM, LXC, Xen and others.',
    clients: [
      ['virsh', 'terminal'],
      ['virt-manager', 'graphical'],
      ['virt-install', 'create VMs'],
      ['GNOME Boxes', 'desktop'],
      ['Your apps', 'via the API'],
    ],
    uriLabel: 'connection\nURI',
    uri: 'qemu:///system',
    uriOthers: 'qemu:///session\nqemu+ssh://host/system',
    libvirt: 'libvirt',
    api: 'API (libvirt.so)',
    apiSub: 'C · Python · Go · Perl…',
    daemon: 'Daemon',
    daemonSub: 'libvirtd or virtqemud',
    drivers: ['qemu driver', 'lxc driver', 'xen driver', 'more drivers…'],
    hypervisors: [
      ['QEMU/KVM', 'virtual machines'],
      ['LXC', 'containers'],
      ['Xen', 'virtual machines'],
      ['Others', 'bhyve, ESXi…'],
    ],
  },
} satisfies Record<Lang, LibvirtLabels>

const X0 = 40
const X1 = 1160

function cols(n: number, gap: number): number[] {
  const w = (X1 - X0 - gap * (n - 1)) / n
  return Array.from({ length: n }, (_, i) => X0 + i * (w + gap))
}
const COL4_W = (X1 - X0 - 24 * 3) / 4
const COL4 = cols(4, 24)
const COL5_W = (X1 - X0 - 20 * 4) / 5
const COL5 = cols(5, 20)

const CLIENT = { y: 18, h: 92 }
const BUS_Y = 138
const LIBVIRT = { y: 250, h: 140 }
const DRIVER = { y: 440, h: 70 }
const HYP = { y: 566, h: 90 }

/** Clients → connection URI → libvirt (API + daemon) → drivers → hypervisors. */
function WideLibvirtDiagram({ build, stepStart, env }: BuildProps & { env: DiagramEnv }) {
  const t = LABELS[env.lang]
  const layer = { build, stepStart, env }
  const last = COL4.length - 1
  const innerW = (X1 - X0 - 60 - 80) / 2
  return (
    <DiagramSvg title={t.title} desc={t.desc} variant="libvirt" env={env}>
      <Layer index={0} name="hypervisors" {...layer}>
        {COL4.map((x, i) => {
          const [label, sub] = t.hypervisors[i] ?? ['', '']
          return <Box key={x} x={x} y={HYP.y} w={COL4_W} h={HYP.h} tone="hyp" label={label} sub={sub} subSize="md" dashed={i === last} />
        })}
      </Layer>
      <Layer index={1} name="drivers" {...layer}>
        {COL4.map((x, i) => (
          <g key={x}>
            <Box x={x} y={DRIVER.y} w={COL4_W} h={DRIVER.h} tone="driver" label={t.drivers[i]} size="md" dashed={i === last} />
            <Arrow x1={x + COL4_W / 2} y1={DRIVER.y + DRIVER.h} x2={x + COL4_W / 2} y2={HYP.y} />
          </g>
        ))}
      </Layer>
      <Layer index={2} name="libvirt" {...layer}>
        <Box x={X0} y={LIBVIRT.y} w={X1 - X0} h={LIBVIRT.h} tone="host" label={t.libvirt} size="xl" mono place="top" focus />
        <Box x={X0 + 30} y={LIBVIRT.y + 52} w={innerW} h={74} tone="module" label={t.api} sub={t.apiSub} size="md" />
        <Box x={X1 - 30 - innerW} y={LIBVIRT.y + 52} w={innerW} h={74} tone="module" label={t.daemon} sub={t.daemonSub} size="md" subMono />
        <Arrow x1={X0 + 30 + innerW} y1={LIBVIRT.y + 89} x2={X1 - 30 - innerW} y2={LIBVIRT.y + 89} />
        {COL4.map((x) => (
          <Arrow key={x} x1={x + COL4_W / 2} y1={LIBVIRT.y + LIBVIRT.h} x2={x + COL4_W / 2} y2={DRIVER.y} />
        ))}
      </Layer>
      <Layer index={3} name="clients" {...layer}>
        {COL5.map((x, i) => {
          const [label, sub] = t.clients[i] ?? ['', '']
          return (
            <g key={x}>
              <Box x={x} y={CLIENT.y} w={COL5_W} h={CLIENT.h} tone="client" label={label} sub={sub} size="md" mono={i < 3} />
              <line className="diagram-line" x1={x + COL5_W / 2} y1={CLIENT.y + CLIENT.h} x2={x + COL5_W / 2} y2={BUS_Y} />
            </g>
          )
        })}
        <line className="diagram-line" x1={X0 + COL5_W / 2 - 2} y1={BUS_Y} x2={X1 - COL5_W / 2 + 2} y2={BUS_Y} />
        <Arrow x1={600} y1={BUS_Y} x2={600} y2={LIBVIRT.y} />
        <TextBlock x={430} top={166} lines={lines(t.uriLabel, 'md')} anchor="end" />
        <g className="diagram-pill">
          <rect x={450} y={172} width={300} height={50} rx={10} ry={10} />
          <TextBlock x={600} top={180} lines={lines(t.uri, 'md', true, true)} />
        </g>
        <TextBlock x={772} top={166} lines={lines(t.uriOthers, 'sm', false, true)} anchor="start" />
      </Layer>
    </DiagramSvg>
  )
}

/**
 * Narrow column: the clients two by two, the URI on the arrow down to libvirt
 * (API over daemon), then one row per technology, driver → hypervisor, fed by
 * a line down the left margin.
 */
const N = { clientW: 282, clientH: 80, libvirtY: 390, libvirtH: 250, rowY: 664, rowH: 76, rowPitch: 88, height: 1016 }

function NarrowLibvirtDiagram({ build, stepStart, env }: BuildProps & { env: DiagramEnv }) {
  const t = LABELS[env.lang]
  const layer = { build, stepStart, env }
  const last = t.drivers.length - 1
  const rows = t.drivers.map((_, i) => N.rowY + i * N.rowPitch)
  const centre = (y: number) => y + N.rowH / 2
  const lastRow = rows[last] ?? N.rowY
  return (
    <DiagramSvg title={t.title} desc={t.desc} variant="libvirt" env={env} layout="narrow" height={N.height}>
      <Layer index={0} name="hypervisors" {...layer}>
        {rows.map((y, i) => {
          const [label, sub] = t.hypervisors[i] ?? ['', '']
          return <Box key={y} x={330} y={y} w={258} h={N.rowH} tone="hyp" label={label} sub={sub} size="md" dashed={i === last} wrap />
        })}
      </Layer>
      <Layer index={1} name="drivers" {...layer}>
        {rows.map((y, i) => (
          <g key={y}>
            <Box x={72} y={y} w={210} h={N.rowH} tone="driver" label={t.drivers[i]} size="md" dashed={i === last} wrap />
            <Arrow x1={282} y1={centre(y)} x2={330} y2={centre(y)} />
          </g>
        ))}
      </Layer>
      <Layer index={2} name="libvirt" {...layer}>
        <Box x={12} y={N.libvirtY} w={576} h={N.libvirtH} tone="host" label={t.libvirt} size="xl" mono place="top" focus />
        <Box x={42} y={N.libvirtY + 54} w={516} h={74} tone="module" label={t.api} sub={t.apiSub} size="md" wrap />
        <Arrow x1={300} y1={N.libvirtY + 128} x2={300} y2={N.libvirtY + 158} />
        <Box x={42} y={N.libvirtY + 158} w={516} h={74} tone="module" label={t.daemon} sub={t.daemonSub} size="md" subMono wrap />
        <polyline className="diagram-line" points={`36,${N.libvirtY + N.libvirtH} 36,${centre(lastRow)}`} />
        {rows.map((y) => (
          <Arrow key={y} x1={36} y1={centre(y)} x2={72} y2={centre(y)} />
        ))}
      </Layer>
      <Layer index={3} name="clients" {...layer}>
        {t.clients.map(([label, sub], i) => (
          <Box key={label} x={i % 2 === 0 ? 12 : 306} y={12 + Math.floor(i / 2) * (N.clientH + 10)} w={N.clientW} h={N.clientH} tone="client"
            label={label} sub={sub} size="md" mono={i < 3} wrap />
        ))}
        <Arrow x1={150} y1={280} x2={150} y2={N.libvirtY} />
        <g className="diagram-pill">
          <rect x={30} y={304} width={240} height={50} rx={10} ry={10} />
          <TextBlock x={150} top={312} lines={lines(t.uri, 'md', true, true)} />
        </g>
        <TextBlock x={290} top={290} anchor="start"
          lines={[...wrapLines(lines(t.uriLabel.replace('\n', ' '), 'md'), 298), ...lines(t.uriOthers, 'sm', false, true)]} />
      </Layer>
    </DiagramSvg>
  )
}

defineDiagram<BuildProps>('LibvirtDiagram', {
  title: (_props, lang) => LABELS[lang].title,
  wide: (props, env) => <WideLibvirtDiagram {...props} env={env} />,
  narrow: (props, env) => <NarrowLibvirtDiagram {...props} env={env} />,
})
