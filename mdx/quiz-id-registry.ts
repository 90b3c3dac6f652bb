import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { stringifyPosition } from 'unist-util-stringify-position'

/**
 * Remembers which file uses each question id, so the build fails when two
 * lessons use the same id. Translations of a lesson (es.mdx, en.mdx in one
 * folder) share ids on purpose and do not clash.
 */
export class QuizIdRegistry {
  private owners = new Map<string, { file: string; folder: string; place: string }>()

  forgetFile(path: string | undefined): void {
    for (const [id, owner] of this.owners) if (owner.file === (path ?? '')) this.owners.delete(id)
  }

  claim(id: string, file: VFile, node: Node): void {
    const path = file.path ?? ''
    const folder = path.replace(/[\\/][^\\/]*$/, '')
    const owner = this.owners.get(id)
    if (owner && owner.folder !== folder) {
      file.fail(`id «${id}» repetido: ya se usa en ${owner.file}:${owner.place}`, node)
    }
    if (!owner) this.owners.set(id, { file: path, folder, place: stringifyPosition(node.position?.start) })
  }

  clear(): void {
    this.owners.clear()
  }
}
