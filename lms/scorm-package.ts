import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync, type Zippable } from 'fflate'
import { es } from '../src/i18n/strings.ts'
import { scormPackageName } from '../src/lms/download-names.ts'

/**
 * The SCORM 1.2 package: the course built for the LMS (its launch page is
 * scorm.html), one SCO, the manifest and its four schemas at the zip's root.
 * The same course gives the same bytes on any machine, in any time zone.
 */

export const SCORM_LAUNCH = 'scorm.html'
export const SCORM_SCHEMAS = ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd']
const MANIFEST = 'imsmanifest.xml'
const IDENTIFIER = 'aulavirt.virtualizacion-en-linux'

export interface PackageFile {
  /** POSIX path inside the package, relative. */
  path: string
  bytes: Uint8Array
}

export interface ScormPackage {
  name: string
  zip: Uint8Array
  /** The course's files listed in the manifest (the manifest and its schemas not counted). */
  courseFiles: number
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function byPath(a: PackageFile, b: PackageFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/** Every file under `dir`, sorted; dot files and folders are build leftovers, not the course. */
export function readCourseFiles(dir: string, prefix = ''): PackageFile[] {
  const files: PackageFile[] = []
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...readCourseFiles(dir, path))
    else files.push({ path, bytes: readFileSync(join(dir, path)) })
  }
  return files.sort(byPath)
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export interface ManifestOptions {
  title: string
  version: string
  /** The course's files, launch page included. */
  files: string[]
}

/**
 * imsmanifest.xml for one SCO. No adlcp:masteryscore: Moodle would then set
 * passed/failed itself and override the status the course reports. The literal
 * `adlcp:` prefix matters: Moodle's parser is not namespace-aware.
 */
export function scormManifest({ title, version, files }: ManifestOptions): string {
  if (!files.includes(SCORM_LAUNCH)) throw new Error(`El paquete SCORM no tiene su página de inicio ${SCORM_LAUNCH}`)
  const fileLines = [...files].sort().map((path) => `      <file href="${escapeXml(encodeURI(path))}"/>`)
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${IDENTIFIER}" version="${escapeXml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-aulavirt">
    <organization identifier="ORG-aulavirt">
      <title>${escapeXml(title)}</title>
      <item identifier="ITEM-curso" identifierref="RES-curso" isvisible="true">
        <title>${escapeXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-curso" type="webcontent" adlcp:scormtype="sco" href="${SCORM_LAUNCH}">
${fileLines.join('\n')}
    </resource>
  </resources>
</manifest>
`
}

/** Deflating these again gains nothing. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz)$/i

/**
 * A deterministic zip: entries in the given order, no folder entries, one
 * fixed date. The date is local time on purpose: zip stores DOS local time,
 * and fflate reads a Date's local fields, so a local 1980-01-01 is the same
 * bytes in every time zone (a UTC date would not be).
 */
export function deterministicZip(files: PackageFile[]): Uint8Array {
  const mtime = new Date(1980, 0, 1, 0, 0, 0)
  const entries: Zippable = {}
  for (const { path, bytes } of files) {
    if (path in entries) throw new Error(`Entrada repetida en el zip: ${path}`)
    entries[path] = [bytes, { level: STORED.test(path) ? 0 : 9, mtime }]
  }
  return zipSync(entries)
}

/** The package from the SCORM build in `courseDir` and the schemas in `schemasDir`, titled as the course (in Spanish, its first language). */
export function scormPackage(courseDir: string, schemasDir: string, version: string): ScormPackage {
  const options = { title: es.courseTitle, version }
  const course = readCourseFiles(courseDir)
  if (course.some((file) => file.path === MANIFEST || SCORM_SCHEMAS.includes(file.path))) {
    throw new Error(`La compilación SCORM no debe traer su propio ${MANIFEST} ni esquemas`)
  }
  const manifest = scormManifest({ ...options, files: course.map((file) => file.path) })
  const control: PackageFile[] = [
    { path: MANIFEST, bytes: new TextEncoder().encode(manifest) },
    ...SCORM_SCHEMAS.map((name) => ({ path: name, bytes: readFileSync(join(schemasDir, name)) })),
  ]
  return {
    name: scormPackageName(version),
    zip: deterministicZip([...control, ...course]),
    courseFiles: course.length,
  }
}
