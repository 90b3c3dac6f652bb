// Folder-level views of a dependency-cruiser result: which folder imports which,
// and the cycles between folders. Pure functions; scripts/layers/check.mjs uses them.

/**
 * The folder a project file belongs to: `src/<name>` under src (its direct files are
 * `src`), the top folder elsewhere (`mdx`, `lms`, `scripts`, `tests`).
 * @param {string} path a path relative to the project, with forward slashes
 */
export function folderOf(path) {
  const parts = path.split('/')
  if (parts[0] === 'src' && parts.length > 2) return `src/${parts[1]}`
  return parts[0]
}

/**
 * Folder → folder imports of the shipped and build code under `roots`, each with the
 * file-level imports behind it (packages left out). Tests (files matching one of
 * `testOnly`) are left out too: they may import anything.
 * @param {{ source: string, dependencies: { resolved: string, coreModule?: boolean, couldNotResolve?: boolean }[] }[]} modules
 * @param {{ roots: string[], testOnly: string[] }} layers the cruised folders; patterns of test files, fixtures and helpers
 * @returns {Map<string, string[]>} 'a -> b' → ['a/x.ts -> b/y.ts', …], sorted by key
 */
export function folderEdges(modules, { roots, testOnly }) {
  const isTest = (path) => testOnly.some((pattern) => new RegExp(pattern).test(path))
  const isProjectFile = (path) => roots.some((root) => path.startsWith(`${root}/`))
  const edges = new Map()
  for (const module of modules) {
    if (!isProjectFile(module.source) || isTest(module.source)) continue
    for (const dependency of module.dependencies) {
      if (dependency.coreModule || dependency.couldNotResolve || !isProjectFile(dependency.resolved)) continue
      const from = folderOf(module.source)
      const to = folderOf(dependency.resolved)
      if (from === to) continue
      const key = `${from} -> ${to}`
      if (!edges.has(key)) edges.set(key, [])
      edges.get(key).push(`${module.source} -> ${dependency.resolved}`)
    }
  }
  return new Map([...edges].sort(([a], [b]) => a.localeCompare(b)))
}

/**
 * Groups of folders that import each other, directly or through others (strongly
 * connected components of more than one folder), each sorted, largest first.
 * @param {Iterable<string>} edgeKeys 'a -> b' strings
 * @returns {string[][]}
 */
export function folderCycles(edgeKeys) {
  const next = new Map()
  for (const key of edgeKeys) {
    const [from, to] = key.split(' -> ')
    if (!next.has(from)) next.set(from, new Set())
    if (!next.has(to)) next.set(to, new Set())
    next.get(from).add(to)
  }
  // Tarjan's algorithm, iterative depth-first search.
  const index = new Map()
  const low = new Map()
  const onStack = new Set()
  const stack = []
  const groups = []
  let counter = 0
  for (const start of next.keys()) {
    if (index.has(start)) continue
    const work = [{ node: start, children: [...next.get(start)] }]
    index.set(start, counter); low.set(start, counter); counter += 1
    stack.push(start); onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]
      const child = frame.children.shift()
      if (child !== undefined) {
        if (!index.has(child)) {
          index.set(child, counter); low.set(child, counter); counter += 1
          stack.push(child); onStack.add(child)
          work.push({ node: child, children: [...next.get(child)] })
        } else if (onStack.has(child)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(child)))
        }
        continue
      }
      work.pop()
      if (work.length > 0) {
        const parent = work[work.length - 1].node
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)))
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const group = []
        let member
        do {
          member = stack.pop()
          onStack.delete(member)
          group.push(member)
        } while (member !== frame.node)
        if (group.length > 1) groups.push(group.sort())
      }
    }
  }
  return groups.sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]))
}
