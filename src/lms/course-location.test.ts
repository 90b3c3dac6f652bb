import { describe, expect, it } from 'vitest'
import { locationOf, pageForLocation } from './course-location.ts'

const ROOT = 'https://moodle.example/pluginfile.php/42/mod_scorm/content/3/'

describe('lesson_location', () => {
  it('keeps the page, slide and step of a presentation or reading page', () => {
    expect(locationOf(`${ROOT}present/qemu-kvm.html#4.2`, ROOT)).toBe('present/qemu-kvm.html#4.2')
    expect(locationOf(`${ROOT}en/lesson/libvirt.html#7`, ROOT)).toBe('en/lesson/libvirt.html#7')
    expect(locationOf(`${ROOT}lesson/tipos.html`, ROOT)).toBe('lesson/tipos.html')
  })

  it('names the home page whichever way it was reached', () => {
    expect(locationOf(ROOT, ROOT)).toBe('index.html')
    expect(locationOf(`${ROOT}en/`, ROOT)).toBe('en/index.html')
    expect(locationOf(`${ROOT}progress.html`, ROOT)).toBe('progress.html')
  })

  it('does not keep pages a student does not resume at, or pages outside the package', () => {
    expect(locationOf(`${ROOT}presenter/libvirt.html#3`, ROOT)).toBeUndefined()
    expect(locationOf(`${ROOT}print/libvirt.html`, ROOT)).toBeUndefined()
    expect(locationOf('https://moodle.example/course/view.php?id=2', ROOT)).toBeUndefined()
    expect(locationOf(`${ROOT}present/x.html#<script>`, ROOT)).toBeUndefined()
  })

  it('opens the home page for a location it does not know (another program, an old format)', () => {
    expect(pageForLocation('present/lxc-lxd.html#12.1')).toBe('present/lxc-lxd.html#12.1')
    expect(pageForLocation('L2/S14/1')).toBe('index.html')
    expect(pageForLocation('https://evil.example/')).toBe('index.html')
    expect(pageForLocation('')).toBe('index.html')
  })
})
