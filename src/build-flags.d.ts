/** True only in the SCORM package's build (`vite build --mode scorm`): course pages look for the launch page's LMS bridge. */
declare const __AULAVIRT_SCORM__: boolean
/** The SCORM package's pass mark, 0–100 (AULAVIRT_SCORM_PASS_PERCENT at build time, default 50); the teachers' page states it. */
declare const __AULAVIRT_PASS_PERCENT__: number
/** package.json's version: it names the SCORM package the teachers' page offers. */
declare const __AULAVIRT_VERSION__: string
