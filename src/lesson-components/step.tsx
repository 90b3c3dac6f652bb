import type { ReactNode } from 'react'
import { useStepVisible } from '../deck-react/step-context.ts'

/** Content revealed at reveal step `step` (numbered per slide by the build). */
export function Step({ step, children }: { step: number; children?: ReactNode }) {
  const visible = useStepVisible(step)
  return (
    <div className="step" data-step={step} data-visible={visible} aria-hidden={visible ? undefined : true}>
      {children}
    </div>
  )
}
