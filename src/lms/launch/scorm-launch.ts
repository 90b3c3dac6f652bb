import { courseShape } from '../course-shape.ts'
import { COURSE_QUESTIONS } from './course-questions.ts'
import { launchCourse } from './launch-course.ts'

launchCourse({
  page: window,
  frame: document.querySelector<HTMLIFrameElement>('#course')!,
  noticeBar: document.querySelector<HTMLElement>('#lms-notice')!,
  shape: courseShape(COURSE_QUESTIONS),
  passPercent: __AULAVIRT_PASS_PERCENT__,
})
