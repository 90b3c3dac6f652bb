import type { ReactElement } from 'react'
import type { Strings } from '../i18n/strings.ts'
import type { LessonModule } from '../lessons/lesson-module.ts'
import type { LessonEntry } from '../lessons/registry-core.ts'
import type { LessonPage, Route } from '../routing/routes.ts'

/** What a page shows, and the words before « · course title » in the browser's tab ('' for the course title alone). */
export interface RenderedPage {
  element: ReactElement
  title: string
}

export interface PageModule<Input> {
  /** The page's module from the project folder: the prerender finds its chunk by this key in Vite's manifest. */
  source: string
  /** A literal import() of the same module, so Vite gives the page a chunk of its own. */
  load: () => Promise<unknown>
  render: (module: unknown, input: Input) => RenderedPage
}

export interface SitePageInput {
  route: Route
  t: Strings
}

export interface LessonPageInput {
  lesson: LessonEntry
  module: LessonModule
  t: Strings
}

type SitePage = Exclude<Route['page'], LessonPage>

/** Checks `render` against what `load` gives, then forgets the module's type so pages fit one table. */
function page<Module, Input>(entry: { source: string; load: () => Promise<Module>; render: (module: Module, input: Input) => RenderedPage }): PageModule<Input> {
  return entry as PageModule<Input>
}

/**
 * Every page of the course: its module (each is a chunk of its own) and how it is rendered
 * and titled. loadPage renders from it in the browser and in the prerender, and the
 * prerender preloads each page's chunk by its `source`. A page this build leaves out has
 * no row: the teachers' guide in the SCORM package (there are no downloads there).
 */
export const PAGES: { readonly [P in Exclude<SitePage, 'teachers'>]: PageModule<SitePageInput> }
  & { readonly teachers?: PageModule<SitePageInput> }
  & { readonly [P in LessonPage]: PageModule<LessonPageInput> } = {
  home: page({
    source: 'src/app/routes/home-page.tsx',
    load: () => import('./routes/home-page.tsx'),
    render: ({ HomePage }) => ({ element: <HomePage />, title: '' }),
  }),
  progress: page({
    source: 'src/app/routes/progress-page.tsx',
    load: () => import('./routes/progress-page.tsx'),
    render: ({ ProgressPage }, { t }: SitePageInput) => ({ element: <ProgressPage />, title: t.progress.title }),
  }),
  // The constant drops the page's code from the SCORM build.
  ...(__AULAVIRT_SCORM__ ? {} : {
    teachers: page({
      source: 'src/app/routes/teachers/teachers-page.tsx',
      load: () => import('./routes/teachers/teachers-page.tsx'),
      render: ({ TeachersPage, teachersText }, { route }: SitePageInput) => ({ element: <TeachersPage />, title: teachersText(route.lang).title }),
    }),
  }),
  'not-found': page({
    source: 'src/app/routes/not-found-page.tsx',
    load: () => import('./routes/not-found-page.tsx'),
    render: ({ NotFoundPage }, { t }: SitePageInput) => ({ element: <NotFoundPage />, title: t.notFoundTitle }),
  }),
  lesson: page({
    source: 'src/app/routes/reading-page.tsx',
    load: () => import('./routes/reading-page.tsx'),
    render: ({ ReadingPage }, { lesson, module }: LessonPageInput) => ({ element: <ReadingPage lesson={lesson} module={module} />, title: lesson.meta.title }),
  }),
  present: page({
    source: 'src/app/routes/present-page.tsx',
    load: () => import('./routes/present-page.tsx'),
    render: ({ PresentPage }, { lesson, module }: LessonPageInput) => ({ element: <PresentPage lesson={lesson} module={module} />, title: lesson.meta.title }),
  }),
  presenter: page({
    source: 'src/app/routes/presenter/presenter-page.tsx',
    load: () => import('./routes/presenter/presenter-page.tsx'),
    render: ({ PresenterPage }, { lesson, module, t }: LessonPageInput) => ({ element: <PresenterPage lesson={lesson} module={module} />, title: `${t.presenter.title} · ${lesson.meta.title}` }),
  }),
  print: page({
    source: 'src/app/routes/print/print-page.tsx',
    load: () => import('./routes/print/print-page.tsx'),
    render: ({ PrintPage }, { lesson, module, t }: LessonPageInput) => ({ element: <PrintPage lesson={lesson} module={module} />, title: `${t.print.title} · ${lesson.meta.title}` }),
  }),
}
