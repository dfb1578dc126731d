// Chromium's ICU often lacks Albanian month names, so they are written out here.
const albanianMonths = ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor']

/** "27 nëntor 2026, 21:58" in Albanian, "27 Nov 2026, 21:58" in English; with seconds when versions a minute apart must be told apart. */
export function formatDateTime(timestamp: number, language: string, { seconds = false } = {}): string {
  const date = new Date(timestamp)
  const two = (n: number) => String(n).padStart(2, '0')
  const time = `${two(date.getHours())}:${two(date.getMinutes())}${seconds ? `:${two(date.getSeconds())}` : ''}`
  if (language === 'sq') return `${date.getDate()} ${albanianMonths[date.getMonth()]} ${date.getFullYear()}, ${time}`
  return `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(date)}, ${time}`
}
