import type { ReactNode } from 'react'
import { useRoute } from '../../../routing-react/route-context.ts'
import { LANGS, type Lang } from '../../../i18n/lang.ts'
import { DOWNLOADS_FOLDER, type QuestionFormat, questionFileName, scormPackageName } from '../../../lms/download-names.ts'
import { rootPrefix } from '../../../routing/routes.ts'
import { SiteHeader } from '../../../ui/site-header.tsx'
import { useHydrated } from '../../../ui/use-hydrated.ts'
import { teachersText } from './teachers-text.ts'

export { teachersText } from './teachers-text.ts'

const FORMATS: QuestionFormat[] = ['moodle-xml', 'moodle-xml-4.1', 'gift']

/**
 * For teachers: the course's files for Moodle (the SCORM package and the
 * question bank exports, built with the course) and how to set them up.
 */
export function TeachersPage() {
  const route = useRoute()
  const text = teachersText(route.lang)
  const file = (name: string) => `${rootPrefix(route)}${DOWNLOADS_FOLDER}/${name}`
  const packageName = scormPackageName(__AULAVIRT_VERSION__)
  return (
    <>
      <SiteHeader />
      <main id="contenido" className="page teachers-page" tabIndex={-1} data-ready={useHydrated() || undefined}>
        <h1>{text.title}</h1>
        <p className="tagline">{text.intro}</p>

        <section aria-labelledby="descargas">
          <h2 id="descargas">{text.downloadsTitle}</h2>
          <p>{text.downloadsNote}</p>
          <h3>{text.packageTitle}</h3>
          <p>{text.packageWhat}</p>
          <p>
            <a className="button" href={file(packageName)} download>{text.downloadFile(packageName)}</a>
          </p>
          <h3>{text.questionsTitle}</h3>
          <p>{text.questionsWhat}</p>
          <ul className="download-list">
            {FORMATS.map((format) => (
              <li key={format}>
                <span>{text.formats[format]}:</span>{' '}
                {LANGS.map((lang: Lang, index) => (
                  <span key={lang}>
                    {index > 0 && ' · '}
                    <a href={file(questionFileName(lang, format))} download aria-label={text.download(text.formats[format], text.langNames[lang])}>
                      {text.langNames[lang]}
                    </a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>

        <GuideSection id="pasos" title={text.stepsTitle} items={text.steps} ordered />

        <section aria-labelledby="ajustes">
          <h2 id="ajustes">{text.settingsTitle}</h2>
          <p>{text.settingsNote}</p>
          <div className="table-scroll">
            <table className="settings-table">
              <thead>
                <tr>
                  <th scope="col">{text.settingHeader}</th>
                  <th scope="col">{text.valueHeader}</th>
                </tr>
              </thead>
              <tbody>
                {text.settings.map(({ setting, value, why }) => (
                  <tr key={setting}>
                    {/* Two columns, the reason under the setting's name: readable on a phone too. */}
                    <th scope="row">
                      {setting}
                      <span className="setting-why">{why}</span>
                    </th>
                    <td><strong>{value}</strong></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <GuideSection id="nota" title={text.gradeTitle} items={text.grade}>
          <p><strong>{text.passMark(__AULAVIRT_PASS_PERCENT__)}</strong> {text.passMarkHow}</p>
        </GuideSection>

        <GuideSection id="banco" title={text.questionsHowTitle} items={text.questionsHow} ordered />
      </main>
    </>
  )
}

function GuideSection({ id, title, items, ordered = false, children }: { id: string; title: string; items: string[]; ordered?: boolean; children?: ReactNode }) {
  const List = ordered ? 'ol' : 'ul'
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <List>
        {items.map((item) => <li key={item}>{item}</li>)}
      </List>
      {children}
    </section>
  )
}
