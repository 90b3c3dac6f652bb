import { useContext } from 'react'
import { StepContext } from '../deck-react/step-context'
import { useLang } from '../i18n-react/lang-context'
import { DiagramFigure } from './diagram-figure'
import type { DiagramComponent } from './diagram-names'
import { type DiagramEnv, diagramDefinition } from './diagram-registry'
import { NarrowLayoutContext } from './narrow-layout'

/**
 * The component lessons write (`<ArchitectureStack kind="type1" build />`):
 * it reads the page's language, reveal steps and layout, and draws the
 * registered diagram, wide and (on the reading page) narrow, in its figure.
 */
export function diagramComponent<P extends object>(name: DiagramComponent) {
  function Diagram(props: P) {
    const lang = useLang()
    const steps = useContext(StepContext)
    const narrow = useContext(NarrowLayoutContext)
    const definition = diagramDefinition<P>(name)
    if (!definition) throw new Error(`<${name}>: its drawing was not loaded with the lesson (see mdx/remark-diagram-imports.ts)`)
    const env = (id: string): DiagramEnv => ({ lang, id, stepVisible: (step) => steps.all || step <= steps.revealed })
    return (
      <DiagramFigure
        title={definition.title(props, lang)}
        wide={(id) => definition.wide(props, env(id))}
        narrow={narrow ? (id) => definition.narrow(props, env(id)) : undefined}
      />
    )
  }
  Diagram.displayName = name
  return Diagram
}
