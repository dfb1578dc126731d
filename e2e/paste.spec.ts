// A hostile paste: HTML from a page that wants to run script, load remote images and plant
// javascript: links. It must arrive as text and safe formatting, and cause no CSP violation at
// all: the page's parser never sees the hostile markup.
import type { Page } from '@playwright/test'
import { expect, openApp, selectInEditor, showPane, test } from './fixtures'

const HOSTILE =
  '<meta charset="utf-8"><style>@import url(https://evil.example/a.css); p { background: url(https://evil.example/b.png) }</style>' +
  '<p>Ngjitur: <b onclick="window.pwned=1">i trashë</b> <img src="https://evil.example/x.png" onerror="window.pwned=2">' +
  '<a href="javascript:window.pwned=3">lidhje e rreme</a> <a href="https://lajme.al/artikulli">lidhje e mirë</a></p>' +
  '<script>window.pwned=4</script><svg onload="window.pwned=5"><circle r="1"/></svg><iframe src="https://evil.example/f"></iframe>' +
  '<details open ontoggle="window.pwned=6"><summary>përmbledhje</summary></details><body onload="window.pwned=7">'

/** Pastes HOSTILE (with its plain-text version) at the editor's selection, as a browser would. */
async function pasteHostile(page: Page): Promise<void> {
  await page.getByTestId('editor').evaluate((editor, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'Ngjitur: i trashë lidhje e rreme lidhje e mirë')
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, HOSTILE)
}

test.beforeEach(async ({ page }) => {
  // Count every violation from the first script on: the event and a report-only observer.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = [])
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
    new ReportingObserver((reports) => reports.forEach((report) => seen.push(report.type)), { types: ['csp-violation'], buffered: true }).observe()
  })
})

test('a hostile paste is inert: text and safe links only, nothing runs or loads, no CSP violation', async ({ page }) => {
  const external: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) external.push(request.url())
  })
  await openApp(page)
  await selectInEditor(page, 'raportojnë mediat shtetërore ruse')
  await pasteHostile(page)

  const editor = page.getByTestId('editor')
  await expect(editor).toContainText('Ngjitur: i trashë lidhje e rreme lidhje e mirë')
  await expect(editor).toContainText('përmbledhje')
  await expect(editor.locator('strong, b').filter({ hasText: 'i trashë' })).toHaveCount(1)
  await expect(editor.locator('a')).toHaveCount(1)
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://lajme.al/artikulli')
  await expect(editor.locator('img, svg, iframe, script, style')).toHaveCount(0)
  await page.waitForTimeout(500) // time for any late image error or report to arrive
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
  expect(external).toEqual([])
})

test('a hostile paste made before the HTML cleaner has loaded waits for it, then arrives clean', async ({ page }) => {
  // The cleaner (parse5) loads after the editor shows; hold its file back until the paste is made.
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch()
    const body = await response.text()
    if (body.includes('abandoned-head-element-child')) await released // a parse5 error code: the cleaner's file
    await route.fulfill({ response, body })
  })
  await openApp(page)
  await selectInEditor(page, 'raportojnë mediat shtetërore ruse')
  await pasteHostile(page)
  const editor = page.getByTestId('editor')
  await expect(editor).not.toContainText('Ngjitur') // nothing raw went in meanwhile
  release()

  await expect(editor).toContainText('Ngjitur: i trashë lidhje e rreme lidhje e mirë')
  await expect(editor.locator('strong, b').filter({ hasText: 'i trashë' })).toHaveCount(1)
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://lajme.al/artikulli')
  await expect(editor.locator('img, svg, iframe, script, style')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
})

test('a paste of plain text and a copy within the article still work', async ({ page }) => {
  await openApp(page)
  await selectInEditor(page, 'raportojnë mediat shtetërore ruse')
  await page.getByTestId('editor').evaluate((editor) => {
    const data = new DataTransfer()
    data.setData('text/plain', 'tekst i thjeshtë')
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
  await expect(page.getByTestId('editor')).toContainText('Ukrainës, tekst i thjeshtë.')
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
})

test('a hostile paste into the brief’s lede is cleaned the same way: text kept, nothing runs, no CSP violation', async ({ page }) => {
  await openApp(page)
  await showPane(page, 'brief')
  const lede = page.getByTestId('brief-lede')
  await expect(lede).toHaveText(/raportojnë mediat shtetërore ruse\.$/)
  await lede.click()
  await page.keyboard.press('ControlOrMeta+End')
  await lede.evaluate((element, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'Ngjitur: i trashë lidhje e rreme lidhje e mirë')
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, HOSTILE)
  await expect(lede).toContainText('Ngjitur: i trashë')
  await expect(lede.locator('img, svg, iframe, script, style')).toHaveCount(0)
  await page.waitForTimeout(500)
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
})
