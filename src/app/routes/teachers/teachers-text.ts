import type { Lang } from '../../../i18n/lang.ts'
import type { QuestionFormat } from '../../../lms/download-names.ts'

/**
 * The teachers' guide to the course in Moodle, in both languages. Kept with
 * the page (not in the interface strings) so students never download it.
 * The settings follow Moodle 4.x's SCORM activity form; the names in English
 * are the ones Moodle shows when its interface is in English.
 */

export interface Setting {
  setting: string
  value: string
  why: string
}

const es = {
  title: 'El curso en tu Moodle',
  intro: 'Dos formas de usar AulaVirt en un curso de Moodle: el curso entero como una actividad SCORM, que guarda el progreso de cada alumno y pone su nota en el libro de calificaciones, y sus 72 preguntas para el banco de preguntas, para tus propios cuestionarios.',
  downloadsTitle: 'Descargas',
  downloadsNote: 'Se generan con cada versión del curso, de las mismas lecciones que ves aquí.',
  packageTitle: 'Paquete SCORM 1.2',
  packageWhat: 'El curso entero como una actividad de Moodle. Súbelo tal cual, sin descomprimirlo.',
  questionsTitle: 'Preguntas para el banco de preguntas',
  questionsWhat: 'Las 72 preguntas del curso, en su categoría por lección.',
  formats: {
    'moodle-xml': 'Moodle XML, Moodle 4.4 o posterior',
    'moodle-xml-4.1': 'Moodle XML, Moodle 4.1 a 4.3 (la pregunta de ordenar pasa a ser de relacionar)',
    gift: 'GIFT (pierde las pistas y la distinción de mayúsculas)',
  } satisfies Record<QuestionFormat, string>,
  langNames: { es: 'Español', en: 'Inglés' } satisfies Record<Lang, string>,
  downloadFile: (name: string) => `Descargar ${name}`,
  download: (what: string, lang: string) => `Descargar ${what} (${lang})`,
  stepsTitle: 'La actividad SCORM en cinco pasos',
  steps: [
    'Descarga el paquete SCORM de arriba. No lo descomprimas: Moodle espera el zip.',
    'En tu curso, con la edición activada: «Añadir una actividad o un recurso» → «Paquete SCORM». Dale un nombre y arrastra el zip a «Paquete».',
    'Ajusta lo que dice la tabla de abajo y guarda.',
    'Compruébalo como lo verá un alumno («Cambiar rol a…» → «Estudiante», o con una cuenta de prueba): entra, avanza unas diapositivas, sal y vuelve a entrar: el curso sigue donde lo dejaste.',
    'Sigue el avance en los «Informes» de la actividad (estado, nota e intentos de cada alumno) y la nota en el libro de calificaciones.',
  ],
  settingsTitle: 'Los ajustes de Moodle que importan',
  settingsNote: 'En el formulario de la actividad SCORM (los nombres pueden cambiar un poco de una versión de Moodle a otra). Lo que no aparece aquí puede quedarse como esté.',
  settingHeader: 'Ajuste, y por qué',
  valueHeader: 'Valor',
  settings: [
    { setting: 'Apariencia → Mostrar el paquete', value: 'En la ventana actual', why: 'El curso ocupa la página y tiene su propia navegación y pantalla completa.' },
    { setting: 'Apariencia → Mostrar la estructura del curso en el reproductor', value: 'Oculto (o No)', why: 'Es un solo objeto SCORM: el índice de Moodle no aporta nada y quita espacio.' },
    { setting: 'Apariencia → Mostrar la navegación', value: 'No', why: 'Los botones anterior/siguiente de Moodle no tienen a dónde ir: la navegación es la del curso.' },
    { setting: 'Calificación → Método de calificación', value: 'Calificación más alta', why: 'Toma la nota que el curso envía (de 0 a 100).' },
    { setting: 'Calificación → Calificación máxima', value: '100', why: 'La nota del curso va de 0 a 100. Si prefieres verla sobre 10, cámbialo en el libro de calificaciones, no aquí.' },
    { setting: 'Gestión de intentos → Número de intentos', value: 'Intentos ilimitados', why: 'Quien suspenda puede empezar otro intento y mejorar su nota.' },
    { setting: 'Gestión de intentos → Calificación de intentos', value: 'Intento más alto', why: 'Un intento nuevo no baja la nota conseguida.' },
    { setting: 'Gestión de intentos → Forzar nuevo intento', value: 'No', why: 'Con «Sí», cada entrada empieza un intento en blanco y el alumno pierde lo que llevaba.' },
    { setting: 'Configuración de compatibilidad → Auto-continuar y Auto-guardar', value: 'No', why: 'El curso ya guarda solo: un segundo después de cada cambio y en cuanto se entrega una autoevaluación.' },
    { setting: 'Finalización de actividad → Requerir estado', value: 'Aprobado', why: 'El curso dice «aprobado» cuando el alumno ha entregado las cinco autoevaluaciones con la nota de aprobado. Nunca envía «completado», así que marcarlo no cambia nada.' },
  ] satisfies Setting[],
  gradeTitle: 'Qué nota y qué estado verá Moodle, y cuándo',
  grade: [
    'Al entrar por primera vez, el estado es «Incompleto» y la nota, 0.',
    'Cada vez que el alumno entrega una autoevaluación, el curso envía la nota en ese momento: la media de la mejor nota de cada una de las cinco lecciones × 10, de 0 a 100; una lección sin autoevaluar cuenta 0, así que la nota sube a medida que avanza. Por ejemplo, un 8 y un 6 en las dos primeras y nada más dan 28.',
    'El estado sigue «Incompleto» hasta que entrega las cinco. Entonces pasa a «Aprobado» si la nota llega al aprobado y a «Suspenso» si no.',
    'Con el intento terminado, Moodle abre las entradas siguientes en modo revisión: el alumno repasa el curso y sus notas, el curso se lo dice y no envía nada. Para mejorar la nota, marca «Comenzar un nuevo intento» al entrar: el intento nuevo empieza en blanco y Moodle se queda con el más alto.',
    'Moodle guarda las respuestas de las preguntas de las diapositivas, las diapositivas vistas y, de cada autoevaluación, los intentos y la mejor y la última nota, no las respuestas de cada intento. Por eso el progreso sigue al alumno de un equipo a otro.',
  ],
  passMark: (percent: number) => `Aprobado de este paquete: ${percent} de 100.`,
  passMarkHow: 'Quien construye el curso lo cambia con AULAVIRT_SCORM_PASS_PERCENT (véase el README).',
  questionsHowTitle: 'Las preguntas en tu banco de preguntas',
  questionsHow: [
    'En el curso de Moodle: «Banco de preguntas» → «Importar», formato «Moodle XML» (o «GIFT»), y sube el fichero.',
    'Marca «Obtener categoría desde archivo» y «Obtener contexto desde archivo»: cada lección llega en su categoría, con las etiquetas leccion-N y autoevaluacion.',
    'Moodle corrige como el curso, con una diferencia: no junta los espacios repetidos en las respuestas cortas («virsh\u00a0 list», con dos espacios, vale en el curso y no en Moodle).',
  ],
}

export type TeachersText = typeof es

const en: TeachersText = {
  title: 'The course in your Moodle',
  intro: 'Two ways to use AulaVirt in a Moodle course: the whole course as one SCORM activity, which keeps each student’s progress and puts their grade in the gradebook, and its 72 questions for the question bank, for your own quizzes.',
  downloadsTitle: 'Downloads',
  downloadsNote: 'Built with every version of the course, from the same lessons you see here.',
  packageTitle: 'SCORM 1.2 package',
  packageWhat: 'The whole course as one Moodle activity. Upload it as it is, without unzipping it.',
  questionsTitle: 'Questions for the question bank',
  questionsWhat: 'The course’s 72 questions, each lesson in its own category.',
  formats: {
    'moodle-xml': 'Moodle XML, Moodle 4.4 or later',
    'moodle-xml-4.1': 'Moodle XML, Moodle 4.1 to 4.3 (the ordering question becomes a matching one)',
    gift: 'GIFT (loses the hints and case sensitivity)',
  },
  langNames: { es: 'Spanish', en: 'English' },
  downloadFile: (name: string) => `Download ${name}`,
  download: (what: string, lang: string) => `Download ${what} (${lang})`,
  stepsTitle: 'The SCORM activity in five steps',
  steps: [
    'Download the SCORM package above. Do not unzip it: Moodle expects the zip.',
    'In your course, with editing on: “Add an activity or resource” → “SCORM package”. Give it a name and drop the zip on “Package file”.',
    'Set what the table below says and save.',
    'Check it as a student will see it (“Switch role to…” → “Student”, or a test account): enter, go through a few slides, leave and enter again: the course is where you left it.',
    'Follow progress in the activity’s “Reports” (each student’s status, grade and attempts) and the grade in the gradebook.',
  ],
  settingsTitle: 'The Moodle settings that matter',
  settingsNote: 'In the SCORM activity’s form (names may change a little from one Moodle version to another). Anything not listed here can stay as it is.',
  settingHeader: 'Setting, and why',
  valueHeader: 'Value',
  settings: [
    { setting: 'Appearance → Display package', value: 'Current window', why: 'The course fills the page and has its own navigation and full screen.' },
    { setting: 'Appearance → Display course structure in player', value: 'Hidden (or No)', why: 'It is one SCORM object: Moodle’s table of contents adds nothing and takes room.' },
    { setting: 'Appearance → Show Navigation', value: 'No', why: 'Moodle’s previous/next buttons have nowhere to go: navigation is the course’s own.' },
    { setting: 'Grade → Grading method', value: 'Highest grade', why: 'It takes the grade the course sends (0 to 100).' },
    { setting: 'Grade → Maximum grade', value: '100', why: 'The course’s grade runs from 0 to 100. To show it out of 10, change it in the gradebook, not here.' },
    { setting: 'Attempts management → Number of attempts', value: 'Unlimited attempts', why: 'A student who fails can start another attempt and improve the grade.' },
    { setting: 'Attempts management → Attempts grading', value: 'Highest attempt', why: 'A new attempt never lowers the grade reached.' },
    { setting: 'Attempts management → Force new attempt', value: 'No', why: 'With “Yes”, every entry starts a blank attempt and the student loses their work.' },
    { setting: 'Compatibility settings → Auto-continue and Auto-commit', value: 'No', why: 'The course saves by itself: a second after each change and as soon as a self-assessment is submitted.' },
    { setting: 'Activity completion → Require status', value: 'Passed', why: 'The course says “passed” once the student has submitted all five self-assessments with a pass grade. It never sends “completed”, so ticking it changes nothing.' },
  ],
  gradeTitle: 'What grade and status Moodle will show, and when',
  grade: [
    'On the first entry the status is “Incomplete” and the grade 0.',
    'Whenever the student submits a self-assessment, the course sends the grade at once: the mean of the best grade of each of the five lessons × 10, from 0 to 100; a lesson not yet assessed counts 0, so the grade rises as the student goes on. For example, an 8 and a 6 in the first two and nothing else give 28.',
    'The status stays “Incomplete” until all five are submitted. Then it becomes “Passed” if the grade reaches the pass mark and “Failed” if not.',
    'Once the attempt is over, Moodle opens later entries in review mode: the student goes over the course and their grades, the course says so and sends nothing. To improve the grade, they tick “Start a new attempt” on entering: the new attempt starts blank and Moodle keeps the highest.',
    'Moodle keeps the answers to the questions on the slides, the slides seen and, for each self-assessment, the attempts and the best and last grade, not the answers of each attempt. So progress follows the student from one computer to another.',
  ],
  passMark: (percent: number) => `This package’s pass mark: ${percent} out of 100.`,
  passMarkHow: 'Whoever builds the course changes it with AULAVIRT_SCORM_PASS_PERCENT (see the README).',
  questionsHowTitle: 'The questions in your question bank',
  questionsHow: [
    'In the Moodle course: “Question bank” → “Import”, format “Moodle XML” (or “GIFT”), and upload the file.',
    'Tick “Get category from file” and “Get context from file”: each lesson arrives in its own category, tagged leccion-N and autoevaluacion.',
    'Moodle grades as the course does, with one difference: it does not collapse repeated spaces in short answers (“virsh\u00a0 list”, with two spaces, is right in the course and wrong in Moodle).',
  ],
}

const TEXT: Record<Lang, TeachersText> = { es, en }

export function teachersText(lang: Lang): TeachersText {
  return TEXT[lang]
}
