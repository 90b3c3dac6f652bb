// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { gradeResponse } from '../../src/quiz/grading.ts'
import type { QuestionSpec } from '../../src/quiz/model.ts'
import { type Lang, lessonFile, notesText, renderWithNotes, visibleText } from './course-lessons.ts'

/*
 * Points a content review found wrong (or where the 2022 lecture is wrong) and
 * the lessons now teach as nuances. Each test guards one point in both
 * languages, so an edit of either file cannot bring the error back.
 */

interface LessonSlides {
  slides: Element[]
  /** Everything the lesson says, slides and notes. */
  text: string
  questions: QuestionSpec[]
}

const rendered = new Map<string, LessonSlides>()

function lesson(folder: string, lang: Lang): LessonSlides {
  const key = `${folder}/${lang}`
  if (!rendered.has(key)) {
    const { module } = lessonFile(folder, lang)
    const slides = [...renderWithNotes(module, lang).querySelectorAll('section.reading-slide')]
    rendered.set(key, {
      slides,
      text: slides.map((slide) => `${visibleText(slide)} ${notesText(slide)}`).join(' '),
      questions: module.questions,
    })
  }
  return rendered.get(key)!
}

/** The slides whose visible text (steps included, notes not) matches. */
function slidesShowing(folder: string, lang: Lang, pattern: RegExp): Element[] {
  return lesson(folder, lang).slides.filter((slide) => pattern.test(visibleText(slide)))
}

function question(folder: string, lang: Lang, id: string): QuestionSpec {
  const spec = lesson(folder, lang).questions.find((candidate) => candidate.id === id)
  if (!spec) throw new Error(`${folder}/${lang}.mdx has no question ${id}`)
  return spec
}

/** The answer key of the option a student sees with this label, read from the rendered question. */
function optionKey(folder: string, lang: Lang, id: string, label: string): string | undefined {
  const inputs = lesson(folder, lang).slides.flatMap((slide) => [...slide.querySelectorAll<HTMLInputElement>(`input[name="q-${id}"]`)])
  return inputs.find((input) => input.labels?.[0]?.textContent?.trim() === label)?.value
}

/** Asserts without printing the whole lesson when the pattern is missing. */
function expectSays(text: string, pattern: RegExp, where: string): void {
  expect(pattern.test(text), `${where} should match ${pattern}`).toBe(true)
}

function expectNeverSays(text: string, pattern: RegExp, where: string): void {
  expect(text.match(pattern)?.[0], `${where} should not say it`).toBeUndefined()
}

/** A sentence that says an AMD CPU still lists `svm` when SVM is disabled in the firmware. */
const SVM_CAVEAT = {
  es: /AMD[^.]*(svm|más de 0)[^.]*desactivad/i,
  en: /AMD[^.]*(svm|more than 0)[^.]*disabled/i,
}
/** A claim about the count of `vmx|svm` lines being above zero. */
const COUNT_ABOVE_ZERO = {
  es: /(más de 0|mayor que 0)/i,
  en: /(more than 0|above 0)/i,
}

describe.each(['es', 'en'] as const)('content corrections (%s)', (lang) => {
  it('1. virt-clone: quotes its real refusal and accepts a paused domain as well as a shut-off one', () => {
    const [slide, ...others] = slidesShowing('04-libvirt', lang, /virt-clone --original/)
    expect(others).toEqual([])
    expect(notesText(slide!)).toContain('ERROR Domain with devices to clone must be paused or shutoff.')
    expect(visibleText(slide!)).toMatch(lang === 'es' ? /apagada o en pausa/ : /shut off or paused/)
    expectNeverSays(lesson('04-libvirt', lang).text, /Domain to clone must be shutoff/, '04-libvirt')
  })

  it('2. the vmx|svm count: above 0 is no proof on AMD, in lessons 1 and 3 and wherever the count is read', () => {
    for (const folder of ['01-introduccion', '03-qemu-kvm']) {
      const teaching = slidesShowing(folder, lang, /grep -E -c '\(?vmx\|svm\)?' \/proc\/cpuinfo/)
        .filter((slide) => COUNT_ABOVE_ZERO[lang].test(visibleText(slide)))
      expect(teaching.length, `${folder}: slides that read the count`).toBeGreaterThan(0)
      for (const slide of teaching) {
        expectSays(visibleText(slide), SVM_CAVEAT[lang], `${folder} slide ${slide.id}`)
        expectSays(`${visibleText(slide)} ${notesText(slide)}`, /kvm-ok/, `${folder} slide ${slide.id}`)
      }
    }
    for (const folder of ['01-introduccion', '02-tipos', '03-qemu-kvm']) {
      const { slides, text } = lesson(folder, lang)
      expectNeverSays(text, /más de 0: hay soporte|more than 0: there is support/i, folder)
      for (const slide of slides) {
        const all = `${visibleText(slide)} ${notesText(slide)}`
        if (/grep -E -c/.test(all) && COUNT_ABOVE_ZERO[lang].test(all)) expectSays(all, SVM_CAVEAT[lang], `${folder} slide ${slide.id}`)
      }
    }
    expectSays(lesson('02-tipos', lang).text, /SVM disabled by BIOS/, '02-tipos')
  })

  it('3. systemd-detect-virt is a correct answer to "can I use KVM here?", and lesson 3 checks it first', () => {
    const spec = question('01-introduccion', lang, 'l1-auto-comprobar-kvm')
    if (spec.type !== 'multiple') throw new Error('l1-auto-comprobar-kvm must be a MultipleChoice')
    const detectVirt = optionKey('01-introduccion', lang, 'l1-auto-comprobar-kvm', 'systemd-detect-virt')
    if (detectVirt === undefined) throw new Error('l1-auto-comprobar-kvm has no option labelled systemd-detect-virt')
    expect(spec.correct).toContain(detectVirt)
    expect(gradeResponse(spec, spec.correct)).toBe(1)
    expect(gradeResponse(spec, spec.correct.filter((key) => key !== detectVirt))).toBeLessThan(1)

    const [checklist, ...others] = slidesShowing('03-qemu-kvm', lang, /^(Qué revisar primero|What to check first)/)
    expect(others).toEqual([])
    expect(checklist!.querySelector('ol > li')?.textContent?.trim()).toMatch(/^systemd-detect-virt/)
  })

  it('4. Xen: only HVM runs unmodified guests; PVH needs a PVH-aware guest kernel', () => {
    expectNeverSays(lesson('02-tipos', lang).text, /HVM y PVH|HVM and PVH/, '02-tipos')
    const [slide] = slidesShowing('02-tipos', lang, /PVH/)
    expect(visibleText(slide!)).toMatch(lang === 'es' ? /PVH[^.]*núcleo invitado tiene que estar preparado/ : /PVH[^.]*guest kernel has to be PVH-aware/)
  })

  it('5. QEMU 7.2 without Recommends falls back to VNC silently, and errors only for -display gtk', () => {
    const [slide] = slidesShowing('03-qemu-kvm', lang, /sudo apt install qemu-system-x86 qemu-utils/)
    const notes = notesText(slide!)
    expectNeverSays(lesson('03-qemu-kvm', lang).text, /ui-gtk/, '03-qemu-kvm')
    expectSays(notes, lang === 'es' ? /--no-install-recommends[^:]*no se queja: [^:]*en silencio un servidor VNC/ : /--no-install-recommends[^:]*does not complain: [^:]*quietly starts a VNC server/, 'the install slide')
    expectSays(notes, lang === 'es' ? /Solo da error si se pide [^.]*-display gtk/ : /only gives an error if [^.]*-display gtk/, 'the install slide')
  })

  it('6. qemu-kvm is a virtual package provided by qemu-system-x86, said the same way in lessons 3 and 4', () => {
    for (const folder of ['03-qemu-kvm', '04-libvirt']) {
      const { text } = lesson(folder, lang)
      expectSays(text, lang === 'es'
        ? /qemu-kvm[^.]*paquete virtual que proporciona qemu-system-x86, así que apt install qemu-kvm funciona/
        : /qemu-kvm[^.]*virtual package provided by qemu-system-x86, so apt install qemu-kvm works/, folder)
      expectNeverSays(text, /qemu-kvm[^.]*(ya no existe|no longer exists)/, folder)
    }
  })

  it('7. qemu+ssh: virt-ssh-helper is named where it is taught, netcat only as the fallback', () => {
    const teaching = slidesShowing('04-libvirt', lang, /virsh -c qemu\+ssh:\/\/\w+@\w+\/system/)
    expect(teaching.length).toBeGreaterThan(0)
    for (const slide of teaching) {
      expect(visibleText(slide)).toMatch(/virt-ssh-helper/)
      expect(notesText(slide)).toMatch(/virt-ssh-helper/)
    }
    for (const slide of lesson('04-libvirt', lang).slides) {
      const all = `${visibleText(slide)} ${notesText(slide)}`
      if (/netcat/.test(all)) expectSays(all, /virt-ssh-helper/, `04-libvirt slide ${slide.id}`)
    }
  })

  it('8. libvirt\'s LXC driver does not use liblxc', () => {
    const { text } = lesson('05-lxc-lxd', lang)
    expectSays(text, lang === 'es' ? /driver LXC de libvirt[^.]*no usa liblxc/ : /libvirt's LXC driver[^.]*does not use liblxc/, '05-lxc-lxd')
    expectNeverSays(text, /la propia libvirt tiene un driver LXC|libvirt itself has an LXC driver/, '05-lxc-lxd')
  })

  it('9. apt install lxc also brings lxc-templates (debian, ubuntu, alpine…)', () => {
    const [slide] = slidesShowing('05-lxc-lxd', lang, /sudo apt install lxc\b/)
    expectSays(notesText(slide!), /apt install lxc [^.]*lxc-templates[^.]*debian, ubuntu/, 'the install slide')
  })

  it('10. the UID/GID map, not who creates it, makes a container unprivileged', () => {
    const [slide, ...others] = slidesShowing('05-lxc-lxd', lang, lang === 'es' ? /^Privilegiados y no privilegiados/ : /^Privileged and unprivileged/)
    expect(others).toEqual([])
    expect(visibleText(slide!)).not.toMatch(/lo crea root|created by root/)
    expect(visibleText(slide!)).toMatch(/lxc\.idmap/)
    expect(visibleText(slide!)).toMatch(lang === 'es' ? /También root puede crearlos/ : /Root can create them too/)
  })

  it('11. LXD --vm on Debian needs qemu-system-x86 (and the agent) installed and LXD restarted', () => {
    const [slide] = slidesShowing('05-lxc-lxd', lang, /--vm/)
    expect(visibleText(slide!)).toMatch(/qemu-system-x86 lxd-agent[^.]*systemctl restart lxd/)
  })

  it('12. the dom0 short answer accepts «dominio 0» and «dom-0» in either language', () => {
    const spec = question('02-tipos', lang, 'l2-auto-dom0')
    for (const answer of ['dom0', 'dominio 0', 'Dominio 0', 'dom-0', 'Dom-0', 'domain 0']) {
      expect(gradeResponse(spec, answer), answer).toBe(1)
    }
    expect(gradeResponse(spec, 'domU')).toBe(0)
  })
})
