import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestProgressStore } from '../store/testing/test-progress-store.ts'
import { ProgressNotice } from '../ui/progress-notice.tsx'
import { ProgressProvider, useProgress } from './progress-context.tsx'

afterEach(cleanup)

function SlidesSeen({ lessonId }: { lessonId: string }) {
  const seen = useProgress((state) => state.visits[lessonId]?.length ?? 0)
  return <p>{seen} vistas</p>
}

describe('the progress store reached through context', () => {
  it('each tree sees its own store, and re-renders when that store changes', () => {
    const first = createTestProgressStore()
    const second = createTestProgressStore()
    render(<>
      <ProgressProvider store={first}><SlidesSeen lessonId="tipos" /></ProgressProvider>
      <ProgressProvider store={second}><SlidesSeen lessonId="tipos" /></ProgressProvider>
    </>)
    act(() => {
      first.getState().markVisited('tipos', 0)
      first.getState().markVisited('tipos', 1)
      second.getState().markVisited('tipos', 4)
    })
    expect(screen.getAllByText(/vistas/).map((line) => line.textContent)).toEqual(['2 vistas', '1 vistas'])
  })

  it('a component can be tested with a store in a given state: the notice, and dismissing it', () => {
    const store = createTestProgressStore()
    store.setState({ notice: { kind: 'repaired', count: 3 } })
    render(<ProgressProvider store={store}><ProgressNotice /></ProgressProvider>)
    expect(screen.getByRole('alert').textContent).toContain('3 datos se han apartado')
    fireEvent.click(screen.getByRole('button', { name: 'Entendido' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(store.getState().notice).toBeNull()
  })

  it('without a provider, says which one is missing', () => {
    expect(() => render(<SlidesSeen lessonId="tipos" />)).toThrow('no <ProgressProvider> above this component')
  })
})
