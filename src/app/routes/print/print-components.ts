import type { MDXComponents } from 'mdx/types'
import { MDX_COMPONENTS } from '../../../lesson-components/mdx-components.tsx'
import { PRINT_QUESTION_COMPONENTS } from './print-question.tsx'
import { PrintSlide } from './print-slide.tsx'

/** The lesson's components map with slides and questions laid out for paper. */
export const PRINT_MDX_COMPONENTS: MDXComponents = { ...MDX_COMPONENTS, Slide: PrintSlide, ...PRINT_QUESTION_COMPONENTS } as MDXComponents
