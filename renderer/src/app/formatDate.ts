import { monthName } from '../core/brief/labels'

/** "27 nëntor 2026, 21:58" in Albanian, "27 Nov 2026, 21:58" in English; with seconds when versions a minute apart must be told apart. */
export function formatDateTime(timestamp: number, language: string, { seconds = false } = {}): string {
  const date = new Date(timestamp)
  const two = (n: number) => String(n).padStart(2, '0')
  const time = `${two(date.getHours())}:${two(date.getMinutes())}${seconds ? `:${two(date.getSeconds())}` : ''}`
  // The month names are the core's table: Chromium without full ICU data has no Albanian ones.
  if (language === 'sq') return `${date.getDate()} ${monthName(date.getMonth(), 'sq')} ${date.getFullYear()}, ${time}`
  return `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(date)}, ${time}`
}
