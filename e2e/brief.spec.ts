import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const SEED_QUOTES = [
  'negociatat teknike',
  'Këto negociata do të fillojnë menjëherë në Lindjen e Mesme',
  'ranë dakord që një e ardhme me një marrëdhënie të përmirësuar dypalëshe midis SHBA dhe Rusisë ka avantazhe të mëdha',
  'marrëveshje të mëdha ekonomike dhe stabilitet gjeopolitik',
  'normalizimin e marrëdhënieve',
]

async function briefId(page: Page): Promise<string> {
  const pane = page.getByTestId('pane-brief')
  await expect(pane).toHaveAttribute('data-brief-id', /.+/)
  return (await pane.getAttribute('data-brief-id')) as string
}

test('the brief pane opens a draft of the seed straight away, ready to export', async ({ page }) => {
  await openApp(page)
  await briefId(page)
  const pane = page.getByTestId('pane-brief')
  await expect(pane.getByRole('textbox', { name: 'Titulli' })).toHaveValue(/^Presidenti Vladimir Putin/)
  await expect(pane.getByTestId('brief-quotes').locator(':scope > li')).toHaveCount(5)
  await expect(pane.getByTestId('brief-key-points').locator(':scope > li')).toHaveCount(4)
  await expect(pane.getByRole('textbox', { name: 'Shënim për citimin 5' })).toHaveValue(
    'Citimi «normalizimin e marrëdhënieve» i atribuohet Moskës dhe nuk gjendet në Deklaratën e Shtëpisë së Bardhë.',
  )
  await expect(page.getByTestId('export-markdown')).toBeEnabled()
  await expect(page.getByTestId('export-pdf')).toBeEnabled()
})

test('the Markdown download has the front matter and the five seed quotes', async ({ page }) => {
  await openApp(page)
  await briefId(page)
  const download = page.waitForEvent('download')
  await page.getByTestId('export-markdown').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^presidenti-vladimir-putin[a-z0-9-]*\.md$/)
  const markdown = readFileSync(await file.path(), 'utf8')
  expect(markdown).toMatch(/^---\ntitle: "Presidenti Vladimir Putin[^\n]*"\ndate: \d{4}-\d{2}-\d{2}\nlanguage: "sq"\narticle: "[^\n]+"\nsources:\n {2}- "Deklarata e Shtëpisë së Bardhë"\n---\n/)
  for (const quote of SEED_QUOTES) expect(markdown).toContain(`\n> ${quote}\n`)
  expect(markdown).toContain('[^5]: Citimi «normalizimin e marrëdhënieve» i atribuohet Moskës')
  await expect(page.getByTestId('pane-brief').getByRole('status').filter({ hasText: 'u shkarkua' })).toBeVisible()
})

test('quotes moved with the keyboard and left out stay so after a reload, and the export follows', async ({ page }) => {
  await openApp(page)
  await briefId(page)
  const quotes = page.getByTestId('brief-quotes').locator(':scope > li')
  await page.getByRole('button', { name: 'Ngrije lart: Citimi 5' }).click()
  await expect(page.getByRole('button', { name: 'Ngrije lart: Citimi 4' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(quotes.nth(2)).toContainText('normalizimin e marrëdhënieve')
  await quotes.nth(0).getByRole('checkbox', { name: 'Përfshi në eksport' }).uncheck()
  await expect(page.getByTestId('pane-brief').getByText('Ruajtur', { exact: true })).toBeVisible()

  await page.reload()
  await expect(quotes.nth(2)).toContainText('normalizimin e marrëdhënieve')
  await expect(quotes.nth(0).getByRole('checkbox')).not.toBeChecked()
  const download = page.waitForEvent('download')
  await page.getByTestId('export-markdown').click()
  const markdown = readFileSync(await (await download).path(), 'utf8')
  const order = [...markdown.matchAll(/^> (.*)$/gm)].map((m) => m[1])
  expect(order).toEqual([SEED_QUOTES[1], SEED_QUOTES[4], SEED_QUOTES[2], SEED_QUOTES[3]])
})

test('the PDF of the print view keeps Albanian letters, curly quotes, quotes and statuses, with every font embedded', async ({ page, context }) => {
  await openApp(page)
  const id = await briefId(page)
  const print = await context.newPage()
  await print.goto(`./index.html#/print/brief/${id}`)
  await expect(print.locator('h1')).toContainText('Presidenti Vladimir Putin')
  await print.evaluate(() => document.fonts.ready.then(() => undefined))
  mkdirSync('test-results', { recursive: true })
  const path = `test-results/brief-${process.pid}.pdf`
  await print.pdf({ path, format: 'A4', printBackground: true, margin: { top: '0.8in', bottom: '0.8in', left: '0.7in', right: '0.7in' } })

  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  for (const letter of ['ë', 'ç', 'Ë', 'Ç', '„', '“', '«', '»']) expect(text, letter).toContain(letter)
  for (const quote of SEED_QUOTES) expect(text).toContain(`„${quote}“`)
  for (const status of ['Fjalë për fjalë', 'Pothuajse fjalë për fjalë', 'Nuk u gjet']) expect(text).toContain(status)
  expect(text).toContain('PËRMBLEDHJE')
  expect(text).toContain('Çështjet kryesore')
  expect(text).toContain('i atribuohet Moskës dhe nuk gjendet në Deklaratën e Shtëpisë së Bardhë.')

  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2)
  expect(fonts.length).toBeGreaterThan(0)
  for (const row of fonts) {
    const columns = row.trim().split(/\s+/)
    expect(columns.at(-5), row).toBe('yes') // the "emb" column
  }
})

test('in web mode the PDF button opens the print view in a window of its own', async ({ page }) => {
  await openApp(page)
  const id = await briefId(page)
  const popup = page.waitForEvent('popup')
  await page.getByTestId('export-pdf').click()
  const view = await popup
  expect(view.url()).toContain(`#/print/brief/${id}?dialog`)
  await expect(page.getByTestId('pane-brief').getByRole('status').filter({ hasText: 'Pamja e printimit' })).toBeVisible()
})

test('with the desktop bridge, a full disk is reported and the brief stays as it was; the PDF goes out as one static page', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: unknown[][] = []
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => (release = resolve))
    const bridge = {
      saveFile: async () => ({ saved: false, error: 'ENOSPC: no space left on device, write' }),
      printToPdf: async (request: { html: string; pageSize: string; suggestedName: string; title: string }) => {
        calls.push([request.pageSize, request.suggestedName, /<script/i.test(request.html), request.html.includes('font/woff2;base64,')])
        await released // the test looks at the busy state first
        return { saved: false }
      },
    }
    Object.assign(window, { redaktor: bridge, printCalls: calls, releasePrint: () => release() })
  })
  await openApp(page)
  await briefId(page)
  const pane = page.getByTestId('pane-brief')
  const headline = await pane.getByRole('textbox', { name: 'Titulli' }).inputValue()

  await page.getByTestId('export-markdown').click()
  await expect(pane.getByRole('alert')).toHaveText('Eksporti dështoi: disku është plot. Përmbledhja mbeti siç ishte.')
  await expect(pane.getByRole('textbox', { name: 'Titulli' })).toHaveValue(headline)

  await pane.getByRole('combobox', { name: 'Faqja' }).selectOption('Letter')
  await page.getByTestId('export-pdf').click()
  await expect(page.getByTestId('export-pdf')).toHaveAttribute('aria-busy', 'true')
  await expect(pane.getByRole('status').filter({ hasText: 'Po përgatitet PDF…' })).toBeVisible()
  await page.evaluate(() => (window as unknown as { releasePrint: () => void }).releasePrint())
  await expect(pane.getByRole('status').filter({ hasText: 'Eksporti u anulua' })).toBeVisible()
  await expect(page.getByTestId('export-pdf')).toHaveAttribute('aria-busy', 'false')
  const calls = await page.evaluate(() => (window as unknown as { printCalls: unknown[][] }).printCalls)
  expect(calls).toEqual([['Letter', expect.stringMatching(/^presidenti-vladimir-putin[a-z0-9-]*\.pdf$/), false, true]])
})

test('a key point dragged onto the first one takes its place', async ({ page }) => {
  await openApp(page)
  await briefId(page)
  const points = page.getByTestId('brief-key-points').locator(':scope > li')
  await expect(points.nth(1).getByRole('textbox')).toHaveValue(/^Putin ka urdhëruar/)
  await points.nth(1).locator('.drag-handle').dragTo(points.nth(0))
  await expect(points.nth(0).getByRole('textbox')).toHaveValue(/^Putin ka urdhëruar/)
  await expect(points.nth(1).getByRole('textbox')).toHaveValue(/^Presidenti Vladimir Putin/)
})
