import { unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { deterministicZip, scormManifest, type PackageFile } from './scorm-package.ts'
import { manifestSchemaErrors } from './testing/validate-manifest.ts'

const text = (path: string, content: string): PackageFile => ({ path, bytes: new TextEncoder().encode(content) })

describe('the SCORM manifest', () => {
  const files = ['scorm.html', 'index.html', 'lesson/tipos.html', 'assets/index-abc.js']

  it('is valid against the SCORM 1.2 schemas', async () => {
    expect(await manifestSchemaErrors(scormManifest({ title: 'Virtualización en Linux', version: '0.1.0', files }))).toEqual([])
  })

  it('is reported invalid when it breaks the schemas (the validator is really validating)', async () => {
    const manifest = scormManifest({ title: 'Curso', version: '1', files })
    const wrongCase = await manifestSchemaErrors(manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="SCO"'))
    expect(wrongCase.join('\n')).toContain("The value 'SCO' is not an element of the set {'asset', 'sco'}")
    const noResource = await manifestSchemaErrors(manifest.replace(/<resources>[\s\S]*<\/resources>/, ''))
    expect(noResource.join('\n')).toContain('resources')
  })

  it('has one SCO launched by scorm.html that lists every file, sorted, under the literal adlcp prefix Moodle reads', () => {
    const manifest = scormManifest({ title: 'Redes & <sistemas>', version: '2.0.0', files })
    expect(manifest).toContain('adlcp:scormtype="sco" href="scorm.html"')
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>')
    expect(manifest).not.toContain('masteryscore')
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'file' || name === 'resource' }).parse(manifest)
    const resources = parsed.manifest.resources.resource as { file: { href: string }[] }[]
    expect(resources).toHaveLength(1)
    expect(resources[0]!.file.map((file) => file.href)).toEqual(['assets/index-abc.js', 'index.html', 'lesson/tipos.html', 'scorm.html'])
    expect(parsed.manifest.organizations.organization.title).toBe('Redes & <sistemas>')
    expect(parsed.manifest.version).toBe('2.0.0')
  })

  it('refuses a course without its launch page', () => {
    expect(() => scormManifest({ title: 'Curso', version: '1', files: ['index.html'] })).toThrow('scorm.html')
  })
})

describe('the deterministic zip', () => {
  const files = [text('imsmanifest.xml', '<manifest/>'), text('a/b.html', '<p>hola</p>'.repeat(50)), { path: 'icon.png', bytes: new Uint8Array([137, 80, 78, 71, 1, 2, 3]) }]

  it('gives back every file, in the given order, with no folder entries', () => {
    const entries = unzipSync(deterministicZip(files))
    expect(Object.keys(entries)).toEqual(['imsmanifest.xml', 'a/b.html', 'icon.png'])
    expect(new TextDecoder().decode(entries['a/b.html'])).toBe('<p>hola</p>'.repeat(50))
  })

  it('is the same bytes every time, stamped 1980-01-01 00:00 whatever the time zone, deflating text but storing images', () => {
    const zone = process.env.TZ
    try {
      process.env.TZ = 'UTC'
      const utc = deterministicZip(files)
      process.env.TZ = 'Pacific/Kiritimati'
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-14 * 60)
      expect(deterministicZip(files)).toEqual(utc)
      const header = new DataView(utc.buffer, utc.byteOffset)
      // Local file header: method at 8, DOS time at 10, DOS date at 12 (1980-01-01 = 0x0021).
      expect(header.getUint32(0, true)).toBe(0x04034b50)
      expect([header.getUint16(10, true), header.getUint16(12, true)]).toEqual([0, 0x21])
      const methods = [...localHeaders(utc)].map(({ name, method }) => [name, method])
      expect(methods).toEqual([['imsmanifest.xml', 8], ['a/b.html', 8], ['icon.png', 0]])
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('refuses the same path twice', () => {
    expect(() => deterministicZip([files[0]!, files[0]!])).toThrow('imsmanifest.xml')
  })
})

function* localHeaders(zip: Uint8Array): Generator<{ name: string; method: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset)
  let offset = 0
  while (view.getUint32(offset, true) === 0x04034b50) {
    const size = view.getUint32(offset + 18, true)
    const nameLength = view.getUint16(offset + 26, true)
    const extraLength = view.getUint16(offset + 28, true)
    yield { name: new TextDecoder().decode(zip.subarray(offset + 30, offset + 30 + nameLength)), method: view.getUint16(offset + 8, true) }
    offset += 30 + nameLength + extraLength + size
  }
}
