/** Types of scripts/chromium.mjs, for the TypeScript files that import it. */
export function chromiumExecutable(): string | undefined
export const CHROMIUM_ARGS: readonly string[]
