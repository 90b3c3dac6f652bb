import type { ReactNode } from 'react'
import { useStrings } from '../../../i18n-react/use-strings.ts'
import type { QuestionSpec } from '../../../quiz/model.ts'
import type { PrintChoices } from './print-choices.ts'

/** A box to tick or write in; filled with the answer on the answer key. Ticks are decoration: the text says "correct". */
function Box({ shape = 'square', children }: { shape?: 'square' | 'round' | 'wide'; children?: ReactNode }) {
  return <span className={`pq-box pq-box-${shape}`} aria-hidden={shape === 'wide' && children !== null ? undefined : true}>{children}</span>
}

function Tick({ filled, correct }: { filled: boolean; correct: boolean }) {
  return filled && correct ? '✔' : null
}

function joinCodes(values: string[]): ReactNode[] {
  return values.flatMap((value, index) => [index > 0 ? ', ' : '', <code key={value}>{value}</code>])
}

/**
 * The part of a printed question the student fills in: boxes, lines and
 * columns; with `filled`, the same with the right answers in them.
 */
export function PrintAnswerBody({ spec, choices, filled }: { spec: QuestionSpec; choices: PrintChoices; filled: boolean }) {
  const t = useStrings()
  const correctLabel = <strong className="pq-correct"> · ✔ {t.print.correctMark}</strong>
  switch (choices.type) {
    case 'choice': {
      const shape = spec.type === 'single' ? 'round' : 'square'
      return (
        <>
          <ul className="pq-options">
            {choices.options.map((option) => (
              <li key={option.letter} data-correct={filled && option.correct ? true : undefined}>
                <Box shape={shape}><Tick filled={filled} correct={option.correct} /></Box>
                <span className="pq-letter">{option.letter})</span>
                <span className="pq-option-text">{option.content}{filled && option.correct && correctLabel}</span>
              </li>
            ))}
          </ul>
          {filled && (
            <p className="pq-answer">{t.print.answer}: {choices.options.filter((option) => option.correct).map((option) => option.letter).join(', ')}</p>
          )}
        </>
      )
    }
    case 'truefalse': {
      const values = [{ value: true, label: t.quiz.trueLabel }, { value: false, label: t.quiz.falseLabel }]
      return (
        <>
          <ul className="pq-options pq-options-inline">
            {values.map(({ value, label }) => (
              <li key={label} data-correct={filled && value === choices.answer ? true : undefined}>
                <Box shape="round"><Tick filled={filled} correct={value === choices.answer} /></Box>
                <span className="pq-option-text">{label}</span>
              </li>
            ))}
          </ul>
          {filled && <p className="pq-answer">{t.print.answer}: {choices.answer ? t.quiz.trueLabel : t.quiz.falseLabel}</p>}
        </>
      )
    }
    case 'short':
      return filled ? (
        <p className="pq-answer">
          {t.quiz.acceptedAnswers}: {joinCodes(choices.accept)}{choices.ignoreCase && ` (${t.print.ignoreCase})`}
        </p>
      ) : (
        <p className="pq-write">{t.print.answer}: <span className="pq-line" aria-hidden="true" /></p>
      )
    case 'matching':
      return (
        <div className="pq-matching">
          <ol className="pq-lefts">
            {choices.lefts.map((left) => (
              <li key={left.number}>
                <span className="pq-number-label">{left.number}.</span>
                <Box shape="wide">{filled ? left.letter : null}</Box>
                <span>{left.label}</span>
              </li>
            ))}
          </ol>
          <ul className="pq-rights">
            {choices.rights.map((right) => (
              <li key={right.letter}><span className="pq-letter">{right.letter}.</span> {right.label}</li>
            ))}
          </ul>
        </div>
      )
    case 'ordering':
      return (
        <>
          <ul className="pq-order">
            {choices.items.map((item) => (
              <li key={item.position}>
                <Box shape="wide">{filled ? item.position : null}</Box>
                <span>{item.content}</span>
              </li>
            ))}
          </ul>
          {filled && (
            <>
              <p className="pq-answer">{t.print.answer}:</p>
              <ol className="pq-correct-order">{choices.correctOrder.map((content, index) => <li key={index}>{content}</li>)}</ol>
            </>
          )}
        </>
      )
  }
}
