import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateXML } from 'xmllint-wasm'
import { SCORM_SCHEMAS } from '../scorm-package.ts'

const SCHEMAS_DIR = 'lms/scorm12-schemas'

/**
 * libxml2 (xmllint, compiled to WebAssembly) validates a manifest against the
 * SCORM 1.2 schemas: adlcp_rootv1p2.xsd imports the content packaging schema,
 * which imports ims_xml.xsd. Returns libxml2's errors about the manifest, none
 * when valid (libxml2 also warns about ims_xml.xsd's default namespace, which is
 * harmless and left out).
 */
export async function manifestSchemaErrors(manifest: string): Promise<string[]> {
  const schemas = SCORM_SCHEMAS.map((fileName) => ({ fileName, contents: readFileSync(join(SCHEMAS_DIR, fileName), 'utf8') }))
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: manifest }],
    schema: schemas.find((schema) => schema.fileName === 'adlcp_rootv1p2.xsd')!,
    preload: schemas.filter((schema) => schema.fileName !== 'adlcp_rootv1p2.xsd'),
  })
  if (result.valid) return []
  const messages = result.errors.map((error) => error.rawMessage)
  const aboutManifest = messages.filter((message) => message.startsWith('imsmanifest.xml'))
  return aboutManifest.length > 0 ? aboutManifest : messages
}
