// Sorting rule violations into errors and the named exceptions of .dependency-cruiser.cjs.

/**
 * @typedef {{ rule: string, from: string, to?: string, reason: string }} LayerException
 * @typedef {{ rule: string, from: string, to: string }} Violation
 */

/**
 * @param {Violation[]} violations
 * @param {LayerException[]} exceptions
 * @returns {{ errors: Violation[], excused: (Violation & { reason: string })[], unused: LayerException[] }}
 *   `unused`: exceptions no violation matches any more; the check fails on them so fixed
 *   debt is deleted from the list, not left to excuse a new import later.
 */
export function applyExceptions(violations, exceptions) {
  const used = new Set()
  const errors = []
  const excused = []
  for (const violation of violations) {
    const exception = exceptions.find((candidate) => matches(candidate, violation))
    if (exception) {
      used.add(exception)
      excused.push({ ...violation, reason: exception.reason })
    } else errors.push(violation)
  }
  return { errors, excused, unused: exceptions.filter((exception) => !used.has(exception)) }
}

function matches(exception, violation) {
  return exception.rule === violation.rule
    && new RegExp(exception.from).test(violation.from)
    && (exception.to === undefined || new RegExp(exception.to).test(violation.to))
}
