// Text from files and file names, made safe to print on a terminal. C0 and C1 control
// characters would act on the terminal (move the cursor, clear a line, hide what follows, set
// the window title) and bidi controls reorder what is shown; each is printed as an escape instead.
// eslint-disable-next-line no-control-regex -- control characters are what this replaces
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2028\u2029\u2066-\u2069]/g

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' }

function escape(char: string): string {
  const code = char.charCodeAt(0)
  if (NAMED[char]) return NAMED[char]
  const hex = code.toString(16).toUpperCase()
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`
}

/** One line of output with every control character shown as an escape (\x1B, \u202E, \n). */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escape)
}
