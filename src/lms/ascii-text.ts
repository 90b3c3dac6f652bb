const LITERAL = /^[A-Za-z0-9_\-/:=@]$/
const encoder = new TextEncoder()

/**
 * Any text as printable ASCII without `.`, `,`, `!`, `'` or `?`, the
 * separators of suspend_data: letters, digits and `_-/:=@` stay as they are,
 * a space becomes `+`, every other character its UTF-8 bytes as `%XX`.
 * Commands such as `virsh list --all` keep their length.
 */
export function escapeAscii(text: string): string {
  let out = ''
  for (const char of text) {
    if (LITERAL.test(char)) out += char
    else if (char === ' ') out += '+'
    else for (const byte of encoder.encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** The text escapeAscii was given; throws on anything escapeAscii cannot have written. */
export function unescapeAscii(escaped: string): string {
  const bytes: number[] = []
  for (let index = 0; index < escaped.length; index += 1) {
    const char = escaped[index]!
    if (char === '%') {
      const hex = escaped.slice(index + 1, index + 3)
      if (!/^[0-9A-F]{2}$/.test(hex)) throw new Error('bad escape')
      bytes.push(Number.parseInt(hex, 16))
      index += 2
    } else if (char === '+') bytes.push(0x20)
    else if (LITERAL.test(char)) bytes.push(char.charCodeAt(0))
    else throw new Error('bad character')
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes))
}
