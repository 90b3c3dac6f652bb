/*
 * The import layers of AulaVirt, checked by `npm run check:layers` (and by
 * `npm test`). Read it as the architecture: data flows one way,
 *
 *   MDX file → mdx/ (build-time plugins) → lesson module → lessons/ registry
 *   → app/ routes → deck and reading views → quiz components → store → progress views
 *
 * and every folder is one of five kinds. Lower kinds never import higher ones.
 *
 *   pure      plain TypeScript: no React, no DOM framework, no app code. Unit-tested in Node.
 *   binding   thin React bindings of one pure folder (hooks, contexts): deck-react/ for deck/.
 *   content   components lessons use through the MDX components map (slides, steps,
 *             callouts, diagrams, questions). They never import app chrome.
 *   chrome    ui/: the app's own buttons, dialogs, header. Never used by content.
 *   app       app/: composition only (entry, shell, pages). Nothing imports it.
 *
 * Tests, fixtures and test helpers are imported only by tests (and may import anything
 * themselves). No two folders import
 * each other, directly or through others (scripts/layers/folder-graph.mjs checks that).
 *
 * A new concern (the terminal lab, the live classroom, study tools) gets a pure folder
 * listed in PURE and, when it needs React, a sibling binding folder `<name>-react/`.
 */

/** Pure folders (and the build-time code under mdx/ and lms/). */
const PURE = [
  '^src/deck/',
  '^src/quiz/',
  '^src/routing/',
  '^src/store/',
  '^src/i18n/',
  '^src/lms/',
  '^src/lessons/',
  '^src/lib/',
  '^src/lab/',
  '^src/live/',
  '^src/study/',
  '^mdx/',
  '^lms/',
]

/** React bindings of pure folders. */
const BINDING = ['^src/[^/]+-react/']

/** Components lessons use (the MDX components map and what it renders). */
const CONTENT = ['^src/lesson-components/', '^src/diagrams/']

const CHROME = ['^src/ui/']
const APP = ['^src/app/']

/** What only tests may import. */
const TEST_ONLY = [
  '\\.test\\.tsx?$',
  '^tests/',
  '/testing/',
  '^src/quiz/components/(test-utils|question-fixtures)\\.tsx$',
  '^src/store/slices/slice-test-store\\.ts$',
  '^mdx/test-helpers\\.ts$',
]

const REACT_PACKAGES = '^node_modules/(react|react-dom|scheduler|@testing-library)/'

/*
 * Imports that break a rule today, each with its reason. Every entry is debt: fix it by
 * moving the thing where it belongs, then delete the entry (the check fails on an entry
 * that no longer matches anything). `from` and `to` are patterns; no `to` means any.
 */
const EXCEPTIONS = [
  { rule: 'pure-imports-no-react', from: '^src/quiz/components/', reason: "quiz's React components sit inside the pure quiz folder" },
  { rule: 'pure-imports-only-pure', from: '^src/quiz/components/', reason: "quiz's React components sit inside the pure quiz folder" },
  { rule: 'pure-imports-no-react', from: '^src/i18n/lang-context\\.ts$', reason: 'the React context of the page language shares a file with the Lang type' },
  { rule: 'pure-imports-no-react', from: '^src/lessons/lesson-module\\.ts$', to: '^node_modules/react/', reason: "a lesson module's component is typed with React's ComponentType" },
  { rule: 'pure-imports-only-pure', from: '^mdx/remark-(diagram-imports|slides)\\.ts$', to: '^src/diagrams/diagram-(names|steps)\\.ts$', reason: 'the diagram names and step counts the build needs live beside the diagram components' },
  { rule: 'pure-imports-only-pure', from: '^src/i18n/strings(-en)?\\.ts$', to: '^src/ui/display-preferences\\.ts$', reason: 'the theme and font-size names are typed in ui' },
  { rule: 'content-imports-no-chrome', from: '^src/diagrams/diagram-figure\\.tsx$', to: '^src/ui/icons\\.tsx$', reason: 'the icons content and chrome share live in ui' },
  { rule: 'ui-imports-no-app', from: '^src/ui/(language-switch|route-link|site-header)\\.tsx$', to: '^src/app/route-context\\.ts$', reason: "the current page's React context lives in app" },
  { rule: 'ui-imports-no-app', from: '^src/ui/(site-header|offline-badge)\\.tsx$', to: '^src/app/(app-shell|use-offline-status)\\.tsx?$', reason: 'the offline status and its context live in app' },
  // Folder cycles: `from` and `to` match the two folders of an import between folders.
  { rule: 'no-folder-cycle', from: '^src/ui$', to: '^src/app$', reason: 'ui imports the route and offline contexts from app' },
  { rule: 'no-folder-cycle', from: '^src/i18n$', to: '^src/(ui|store|deck)$', reason: 'the strings are typed with names from deck, store and ui' },
  { rule: 'no-folder-cycle', from: '^src/quiz$', to: '^src/(store|store-react|deck-react)$', reason: "quiz's components sit inside the pure quiz folder" },
]

module.exports = {
  forbidden: [
    {
      name: 'pure-imports-no-react',
      comment: 'A pure folder imports no React: its logic runs and is tested without a DOM. Put hooks and contexts in the sibling <folder>-react/.',
      severity: 'error',
      from: { path: PURE, pathNot: TEST_ONLY },
      to: { path: [REACT_PACKAGES, '^node_modules/zustand/esm/(index|react)', '\\.tsx$'] },
    },
    {
      name: 'pure-imports-only-pure',
      comment: 'A pure folder imports only pure folders: never bindings, content components, ui or app. Move the constant or type it needs into a pure module.',
      severity: 'error',
      from: { path: PURE, pathNot: TEST_ONLY },
      to: { path: [...BINDING, ...CONTENT, ...CHROME, ...APP], pathNot: TEST_ONLY },
    },
    {
      name: 'binding-imports-no-chrome-or-app',
      comment: 'A binding serves its pure folder: it imports pure folders and other bindings, never content, ui or app.',
      severity: 'error',
      from: { path: BINDING, pathNot: TEST_ONLY },
      to: { path: [...CONTENT, ...CHROME, ...APP] },
    },
    {
      name: 'content-imports-no-chrome',
      comment: 'Lesson content (slides, diagrams, questions) never imports app chrome or app code: a lesson renders the same on every page and in print.',
      severity: 'error',
      from: { path: CONTENT, pathNot: TEST_ONLY },
      to: { path: [...CHROME, ...APP] },
    },
    {
      name: 'ui-imports-no-app',
      comment: 'ui/ is the chrome app/ composes; it never imports app/. What both need lives in a binding or a pure folder.',
      severity: 'error',
      from: { path: CHROME, pathNot: TEST_ONLY },
      to: { path: APP },
    },
    {
      name: 'tests-only-from-tests',
      comment: 'Tests, fixtures and test helpers are imported only by tests, so none of them ships.',
      severity: 'error',
      from: { pathNot: TEST_ONLY },
      to: { path: TEST_ONLY },
    },
    {
      name: 'no-circular',
      comment: 'No module imports itself through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // The check's script patches @swc/core to parse .tsx with JSX (dependency-cruiser 17's
    // swc parser never enables tsx; fixed upstream in 18.3, which needs Node 22).
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.d\\.m?ts$', '^dist'] },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
      conditionNames: ['import', 'module', 'types', 'default'],
    },
    skipAnalysisNotInRules: true,
    // Paths as written, also when node_modules is a link (the check's tests cruise a copy).
    preserveSymlinks: true,
  },
  /** Read by scripts/layers: the folders cruised and the kinds above, for the folder report. */
  aulavirtLayers: { roots: ['src', 'mdx', 'scripts', 'lms', 'tests'], PURE, BINDING, CONTENT, CHROME, APP, TEST_ONLY, EXCEPTIONS },
}
