import type { MDXComponents } from 'mdx/types'
import { ArchitectureStack, ContainerKernelDiagram, KvmQemuDiagram, LibvirtDiagram } from '../diagrams/diagram-components.ts'
import {
  Explanation, Hint, Item, Matching, MultipleChoice, Option, OptionFeedback, Ordering, Pair, Prompt, SelfAssessment, ShortAnswer, SingleChoice, TrueFalse,
} from '../quiz-react/index.ts'
import { Callout } from './callout.tsx'
import { Notes } from './notes.tsx'
import { Slide } from './slide.tsx'
import { Step } from './step.tsx'
import { Table } from './table.tsx'

/**
 * The one components map lessons are rendered with: the whole authoring API
 * (docs/authoring.md). App chrome is never exposed to content.
 */
export const MDX_COMPONENTS = {
  Slide,
  Notes,
  Step,
  Callout,
  table: Table,
  SingleChoice,
  MultipleChoice,
  TrueFalse,
  ShortAnswer,
  Matching,
  Ordering,
  Prompt,
  Option,
  OptionFeedback,
  Hint,
  Explanation,
  Pair,
  Item,
  SelfAssessment,
  // Drawn by the code each lesson imports (mdx/remark-diagram-imports.ts).
  ArchitectureStack,
  KvmQemuDiagram,
  LibvirtDiagram,
  ContainerKernelDiagram,
} as unknown as MDXComponents
