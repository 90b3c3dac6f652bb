/**
 * `cmi.core.lesson_location`: the course page the student was on, relative
 * to the package, with its slide and step, e.g. `present/qemu-kvm.html#4.2`
 * (fourth slide, two steps shown) or `en/lesson/libvirt.html#7`. Only pages
 * a student resumes at are kept; the presenter console and handouts are not.
 */
const RESUMABLE = /^(en\/)?(?:(?:present|lesson)\/[a-z0-9-]{1,80}\.html(?:#\d{1,6}(?:\.\d{1,6})?)?|index\.html|progress\.html)$/

/** The location of a page of the course at `pageUrl` under `packageRoot`, or undefined if it is not one to resume at. */
export function locationOf(pageUrl: string, packageRoot: string): string | undefined {
  if (!pageUrl.startsWith(packageRoot)) return undefined
  const relative = pageUrl.slice(packageRoot.length).replace(/\?[^#]*/, '').replace(/^(en\/)?(?=#|$)/, '$1index.html')
  return RESUMABLE.test(relative) ? relative : undefined
}

/** The page to open for a saved location; the course's home for anything else (a page that no longer exists is checked by the caller). */
export function pageForLocation(location: string): string {
  return RESUMABLE.test(location) ? location : 'index.html'
}
