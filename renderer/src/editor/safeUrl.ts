/** Only these schemes may become links, typed, pasted or imported; javascript:, data: and file: never do. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(url.trim())
}
