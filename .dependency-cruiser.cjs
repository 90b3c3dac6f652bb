/*
 * The import layers of AulaVirt, checked by `npm run check:layers` (and by
 * `npm test`). Read it as the architecture: data flows one way,
 *
 *   MDX file → mdx/ (build-time plugins) → lesson module → lessons/ registry
 *   → app/ pages → deck and reading views → quiz components → store → progress views
 *
 * and every folder is one of six kinds. Lower kinds never import higher ones.
 *
 *   pure       plain TypeScript: no React, no DOM framework, no app code. Unit-tested in
 *              Node. i18n/ is the bottom: its dictionaries import no other folder, and
 *              each folder checks its own ids against them (see lib/labels-for.ts).
 *   binding    the React side of one pure folder, in a sibling `<name>-react/`: hooks,
 *              contexts, and for quiz the question components (deck-react/ for deck/,
 *              store-react/ for store/, quiz-react/ for quiz/, i18n-react/ for i18n/).
 *   primitive  React leaves any component may use, knowing nothing of the app (icons/).
 *   content    components lessons use through the MDX components map (slides, steps,
 *              callouts, diagrams). They never import app chrome.
 *   chrome     ui/: the app's own header, buttons and dialogs. Never used by content.
 *   app        app/: composition only (entry, shell, pages). Nothing imports it.
 *
 * Outside those: mdx/ and lms/ (build time) are pure; scripts/ (build and test tools) may
 * import anything, and only tests import it.
 *
 * Tests, fixtures and test helpers are imported only by tests (and may import anything
 * themselves). No two folders import each other, directly or through others
 * (scripts/layers/folder-graph.mjs finds such cycles).
 *
 * A new concern (the terminal lab, the live classroom, study tools) gets a pure folder
 * listed in PURE and, when it needs React, a sibling binding folder `<name>-react/`.
 */

/**
 * Pure folders, the build-time code under mdx/ and lms/, and the pure files of two mixed
 * folders: the diagram names, steps and labels the build and the viewer use (diagrams/ is
 * otherwise content) and the display preferences index.html's inline script mirrors (ui/).
 */
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
  '^src/diagrams/(architecture-stack-labels|diagram-names|diagram-steps|diagram-ui-labels|zoom-pan)\\.ts$',
  '^src/ui/display-preferences\\.ts$',
]

const BINDING = ['^src/[^/]+-react/']
const PRIMITIVE = ['^src/icons/']
const CONTENT = ['^src/lesson-components/', '^src/diagrams/']
const CHROME = ['^src/ui/']
const APP = ['^src/app/']

/** What only tests may import. */
const TEST_ONLY = [
  '\\.test\\.(ts|tsx|mjs)$',
  '^tests/',
  '/testing/',
  '^src/quiz-react/(test-utils|question-fixtures)\\.tsx$',
  '^src/store/slices/slice-test-store\\.ts$',
  '^mdx/test-helpers\\.ts$',
]

const REACT_PACKAGES = '^node_modules/(react|react-dom|scheduler|@testing-library)/'

/*
 * Imports that break a rule, each with its reason: none today. An entry is debt: fix it by
 * moving the thing where it belongs, then delete it (the check fails on an entry that no
 * longer matches anything). `from` and `to` are patterns, no `to` means any; for the rule
 * 'no-folder-cycle' they match the two folders of an import between folders.
 */
const EXCEPTIONS = []

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
      to: { path: [...BINDING, ...PRIMITIVE, ...CONTENT, ...CHROME, ...APP], pathNot: [...TEST_ONLY, ...PURE] },
    },
    {
      name: 'i18n-imports-no-other-folder',
      comment: 'The dictionaries are the bottom layer: every folder may use them, so they import no other folder. A folder checks its ids against them (lib/labels-for.ts).',
      severity: 'error',
      from: { path: '^src/i18n/', pathNot: TEST_ONLY },
      to: { path: '^(src/(?!i18n/)|mdx/|lms/)' },
    },
    {
      name: 'binding-imports-no-chrome-or-app',
      comment: 'A binding serves its pure folder: it imports pure folders, other bindings and primitives, never content, ui or app.',
      severity: 'error',
      from: { path: BINDING, pathNot: TEST_ONLY },
      to: { path: [...CONTENT, ...CHROME, ...APP], pathNot: PURE },
    },
    {
      name: 'primitive-imports-no-project-folder',
      comment: 'A primitive (an icon) knows nothing of the app: it imports no other folder of src/.',
      severity: 'error',
      from: { path: PRIMITIVE, pathNot: TEST_ONLY },
      to: { path: '^src/', pathNot: PRIMITIVE },
    },
    {
      name: 'content-imports-no-chrome',
      comment: 'Lesson content (slides, steps, diagrams) never imports app chrome or app code: a lesson renders the same on every page and in print.',
      severity: 'error',
      from: { path: CONTENT, pathNot: TEST_ONLY },
      to: { path: [...CHROME, ...APP], pathNot: PURE },
    },
    {
      name: 'ui-imports-no-app',
      comment: 'ui/ is the chrome app/ composes; it never imports app/. What both need lives in a binding or a pure folder.',
      severity: 'error',
      from: { path: CHROME, pathNot: TEST_ONLY },
      to: { path: APP },
    },
    {
      name: 'scripts-only-from-tests',
      comment: 'scripts/ holds build and test tools: the app and the build-time code never import them.',
      severity: 'error',
      from: { path: '^(src|mdx|lms)/', pathNot: TEST_ONLY },
      to: { path: '^scripts/' },
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
  aulavirtLayers: { roots: ['src', 'mdx', 'scripts', 'lms', 'tests'], PURE, BINDING, PRIMITIVE, CONTENT, CHROME, APP, TEST_ONLY, EXCEPTIONS },
}
