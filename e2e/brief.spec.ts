import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, openApp, showPane, test } from './fixtures'
import { readWorkspace } from './workspace'

const SEED_QUOTES = [
  'negociatat teknike',
  'Këto negociata do të fillojnë menjëherë në Lindjen e Mesme',
  'ranë dakord që një e ardhme me një marrëdhënie të përmirësuar dypalëshe midis SHBA dhe Rusisë ka avantazhe të mëdha',
  'marrëveshje të mëdha ekonomike dhe stabilitet gjeopolitik',
  'normalizimin e marrëdhënieve',
]
const HEADLINE = 'Presidenti Vladimir Putin ka rënë dakord të ndalojë sulmet në infrastrukturën energjetike të Ukrainës'

async function openBriefPane(page: Page): Promise<string> {
  await showPane(page, 'brief')
  const pane = page.getByTestId('pane-brief')
  await expect(pane).toHaveAttribute('data-brief-id', /.+/)
  await expect(page.getByTestId('brief-quote')).toHaveCount(5)
  await expect(page.getByTestId('brief-quote').and(page.locator('[data-status="not-checked"]'))).toHaveCount(0)
  return (await pane.getAttribute('data-brief-id')) as string
}

const briefQuote = (page: Page, words: string): Locator => page.getByTestId('brief-quote').filter({ has: page.locator('.brief-quote-text', { hasText: words }) })

async function markdownOf(page: Page): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByTestId('export-markdown').click()
  return readFileSync(await (await download).path(), 'utf8')
}

/** The brief's PDF as web mode makes it (the PDF button, then the print view), read back as text, and the file for a look. */
async function pdfOf(page: Page, id: string, name: string): Promise<{ text: string; path: string }> {
  const popup = page.waitForEvent('popup')
  await page.getByTestId('export-pdf').click()
  await (await popup).close()
  const print = await page.context().newPage()
  await print.goto(`./index.html#/print/brief/${id}`)
  await expect(print.locator('h1')).toBeVisible()
  await print.evaluate(() => document.fonts.ready.then(() => undefined))
  mkdirSync('test-results', { recursive: true })
  const path = `test-results/${name}-${process.pid}.pdf`
  await print.pdf({ path, format: 'A4', printBackground: true, margin: { top: '0.8in', bottom: '0.8in', left: '0.7in', right: '0.7in' } })
  await print.close()
  return { text: execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '), path }
}

/** Gives a verdict in the Checks pane's drawer, as an editor does. */
async function giveVerdict(page: Page, words: string, verdict: string, note: string): Promise<void> {
  await showPane(page, 'checks')
  const quoteId = await page.getByTestId('quote-item').filter({ has: page.locator('.quote-text', { hasText: words }) }).getAttribute('data-quote-id')
  const result = page.getByTestId('check-item').and(page.locator(`[data-quote-id="${quoteId}"]`))
  await expect(result).not.toHaveAttribute('data-status', 'pending')
  await result.getByRole('button').first().click()
  const drawer = page.getByTestId('check-drawer')
  await drawer.getByTestId('verdict-option').and(page.locator(`[data-verdict="${verdict}"]`)).locator('input').check()
  await drawer.getByLabel('Shënim (jo i detyrueshëm)').fill(note)
  await drawer.getByTestId('save-verdict').click()
  await expect(drawer.getByRole('status').filter({ hasText: 'Vendimi u ruajt.' })).toBeVisible()
  await drawer.getByRole('button', { name: 'Mbyll', exact: true }).click()
  await expect(result).toHaveAttribute('data-verdict', verdict)
}

test('the brief is drafted when first opened, not at start: a whole headline, short key points, ready to export', async ({ page }) => {
  await openApp(page)
  await expect(page.getByTestId('quote-item')).toHaveCount(5)
  expect((await readWorkspace(page)).briefs).toEqual([])
  await openBriefPane(page)
  const pane = page.getByTestId('pane-brief')
  await expect(pane.getByRole('textbox', { name: 'Titulli' })).toHaveValue(HEADLINE)
  await expect(page.getByTestId('brief-lede')).toHaveText(/^Presidenti Vladimir Putin .* raportojnë mediat shtetërore ruse\.$/)
  const points = page.getByTestId('brief-key-points').locator(':scope > li textarea')
  await expect(points).toHaveCount(4)
  await expect(points.first()).toHaveValue(/^Putin ka urdhëruar ushtrinë/)
  await expect(points.nth(2)).toHaveValue(/^Moska thotë se Putin dhe Trump/)
  await expect(pane.getByRole('textbox', { name: 'Shënim për citimin 5' })).toHaveValue(
    'Citimi «normalizimin e marrëdhënieve» i atribuohet Moskës dhe nuk gjendet në Deklaratën e Shtëpisë së Bardhë.',
  )
  await expect(page.getByTestId('tab-brief')).toHaveText('Përmbledhja5')
  for (const id of ['export-markdown', 'export-pdf', 'export-claimreview']) await expect(page.getByTestId(id)).toBeEnabled()
})

test('the Markdown download has the front matter, the key points as bullets under one name, and the five seed quotes', async ({ page }) => {
  await openApp(page)
  await openBriefPane(page)
  const markdown = await markdownOf(page)
  expect(markdown).toMatch(new RegExp(`^---\\ntitle: "${HEADLINE}"\\ndate: \\d{4}-\\d{2}-\\d{2}\\nlanguage: "sq"\\narticle: "[^\\n]+"\\nsources:\\n {2}- "Deklarata e Shtëpisë së Bardhë"\\n---\\n`))
  expect(markdown).toContain('\n## Pikat kryesore\n\n- Putin ka urdhëruar ushtrinë')
  for (const quote of SEED_QUOTES) expect(markdown).toContain(`\n> ${quote}\n`)
  expect(markdown).toContain('[^5]: Citimi «normalizimin e marrëdhënieve» i atribuohet Moskës')
  await expect(page.getByTestId('pane-brief').getByRole('status').filter({ hasText: 'u shkarkua' })).toBeVisible()
})

test('a verdict given in the Checks pane is in the brief within a second, and in the Markdown and the PDF', async ({ page }) => {
  await openApp(page)
  const id = await openBriefPane(page)
  await giveVerdict(page, 'negociatat teknike', 'misquote', 'Deklarata thotë «negociata teknike», jo «negociatat».')
  await showPane(page, 'brief')
  const misquoted = briefQuote(page, 'negociatat teknike')
  await expect(misquoted).toHaveAttribute('data-verdict', 'misquote', { timeout: 1000 })
  await expect(misquoted.locator('.brief-flag')).toHaveText('⚠ Citim i gabuar', { timeout: 1000 })
  await expect(misquoted).toHaveAttribute('data-included', 'true')

  const markdown = await markdownOf(page)
  expect(markdown).toContain('**⚠ CITIM I GABUAR**\n\n> negociatat teknike\n')
  expect(markdown).toMatch(/— \*\*Shtëpia e Bardhë\*\* · Pothuajse fjalë për fjalë · Vendimi i redaktorit: Citim i gabuar\[\^1\]\[\^2\]/)
  expect(markdown).toContain('[^2]: Vendimi i redaktorit: Citim i gabuar. Deklarata thotë «negociata teknike», jo «negociatat».')

  const { text } = await pdfOf(page, id, 'brief-verdict')
  expect(text).toContain('⚠ CITIM I GABUAR „negociatat teknike“')
  expect(text).toContain('Vendimi i redaktorit: Citim i gabuar. Deklarata thotë «negociata teknike», jo «negociatat».')

  // Withdrawn, the flag goes everywhere.
  await showPane(page, 'checks')
  const quoteId = await misquoted.getAttribute('data-quote-id')
  await page.getByTestId('check-item').and(page.locator(`[data-quote-id="${quoteId}"]`)).getByRole('button').first().click()
  await page.getByTestId('check-drawer').getByRole('button', { name: 'Hiq vendimin' }).click()
  await page.getByTestId('check-drawer').getByRole('button', { name: 'Mbyll', exact: true }).click()
  await showPane(page, 'brief')
  await expect(misquoted).not.toHaveAttribute('data-verdict', /.+/)
  expect(await markdownOf(page)).not.toContain('CITIM I GABUAR')
})

test('an edit to the lede survives a new verdict and a reload, and is the lede exported', async ({ page }) => {
  await openApp(page)
  await openBriefPane(page)
  const lede = page.getByTestId('brief-lede')
  await lede.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('Putin pranon një armëpushim të pjesshëm; ')
  await page.keyboard.press('ControlOrMeta+b')
  await page.keyboard.type('Moska dhe Uashingtoni')
  await page.keyboard.press('ControlOrMeta+b')
  await page.keyboard.type(' nuk thonë të njëjtën gjë.')
  await expect(page.getByTestId('pane-brief').getByText('Ruajtur', { exact: true })).toBeVisible()

  await giveVerdict(page, 'normalizimin e marrëdhënieve', 'follow-up', 'Pyet Kremlinin për fjalët e sakta.')
  await showPane(page, 'brief')
  await expect(briefQuote(page, 'normalizimin e marrëdhënieve')).toHaveAttribute('data-verdict', 'follow-up')
  await expect(lede).toHaveText('Putin pranon një armëpushim të pjesshëm; Moska dhe Uashingtoni nuk thonë të njëjtën gjë.')

  await page.reload()
  await expect(lede).toHaveText('Putin pranon një armëpushim të pjesshëm; Moska dhe Uashingtoni nuk thonë të njëjtën gjë.')
  await expect(lede.locator('strong')).toHaveText('Moska dhe Uashingtoni')
  await expect(briefQuote(page, 'normalizimin e marrëdhënieve')).toHaveAttribute('data-verdict', 'follow-up')
  const markdown = await markdownOf(page)
  expect(markdown).toContain('\nPutin pranon një armëpushim të pjesshëm; **Moska dhe Uashingtoni** nuk thonë të njëjtën gjë.\n')
  expect(markdown).toContain('**⚠ KËRKON VERIFIKIM**\n\n> normalizimin e marrëdhënieve')

  // Starting over gives the article's lede back, on screen and in the export alike.
  await page.getByRole('button', { name: 'Rifillo nga artikulli' }).click()
  await page.getByRole('dialog', { name: 'Të rifillohet përmbledhja?' }).getByRole('button', { name: 'Rifillo nga artikulli' }).click()
  await expect(lede).toHaveText(/^Presidenti Vladimir Putin ka rënë dakord/)
  expect(await markdownOf(page)).toContain('\nPresidenti Vladimir Putin ka rënë dakord të ndalojë sulmet në infrastrukturën energjetike të Ukrainës, raportojnë mediat shtetërore ruse.\n')
})

test('a speaker changed in the Quotes pane is the speaker the brief shows and exports', async ({ page }) => {
  await openApp(page)
  await openBriefPane(page)
  await showPane(page, 'quotes')
  const item = page.getByTestId('quote-item').filter({ hasText: 'normalizimin e marrëdhënieve' })
  await item.locator('.quote-speaker').click()
  const dialog = page.getByRole('dialog', { name: 'Folësi i citimit' })
  await dialog.getByRole('searchbox').fill('Dmitry Peskov')
  await dialog.getByRole('searchbox').press('Enter')
  await expect(item).toHaveAttribute('data-speaker', 'Dmitry Peskov')
  await showPane(page, 'brief')
  await expect(briefQuote(page, 'normalizimin e marrëdhënieve').locator('.brief-speaker')).toHaveText('Dmitry Peskov')
  expect(await markdownOf(page)).toContain('> normalizimin e marrëdhënieve\n\n— **Dmitry Peskov**')
})

test('the ClaimReview file parses, has one review per checked quote and carries the misquote on the misquoted words', async ({ page }) => {
  await openApp(page)
  await openBriefPane(page)
  await giveVerdict(page, 'negociatat teknike', 'misquote', '')
  await showPane(page, 'brief')
  await expect(briefQuote(page, 'negociatat teknike')).toHaveAttribute('data-verdict', 'misquote')
  // The first export asks for the newsroom's name, once.
  await page.getByTestId('export-claimreview').click()
  const dialog = page.getByRole('dialog', { name: 'Redaksia' })
  await dialog.getByLabel('Emri i redaksisë').fill('Redaksia e Lajmeve')
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Ruaj dhe eksporto' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^presidenti-vladimir-putin[a-z0-9-]*\.claimreview\.jsonld$/)
  type Review = { claimReviewed: string; reviewRating: Record<string, unknown>; itemReviewed: { author?: unknown } & Record<string, unknown> } & Record<string, unknown>
  const reviews = JSON.parse(readFileSync(await file.path(), 'utf8')) as Review[]
  expect(reviews).toHaveLength(5)
  expect(reviews.map((r) => r.claimReviewed)).toEqual(SEED_QUOTES)
  for (const review of reviews) {
    expect(review).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', author: { '@type': 'Organization', name: 'Redaksia e Lajmeve' }, inLanguage: 'sq' })
    expect(review.itemReviewed).toMatchObject({ '@type': 'Claim', appearance: { '@type': 'NewsArticle' }, datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
    expect(review.reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 5, worstRating: 1 })
  }
  const misquote = reviews.find((r) => r.claimReviewed === 'negociatat teknike')!
  expect(misquote.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'Citim i gabuar' })
  expect(misquote.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Shtëpia e Bardhë' })
  expect(reviews.find((r) => r.claimReviewed === 'normalizimin e marrëdhënieve')!.reviewRating).toMatchObject({ alternateName: 'Nuk u gjet' })
  // The name is kept: the next export does not ask.
  const again = page.waitForEvent('download')
  await page.getByTestId('export-claimreview').click()
  await again
  await expect(page.getByRole('dialog', { name: 'Redaksia' })).toHaveCount(0)
})

test('quotes moved with the keyboard and left out stay so after a reload, and the export follows', async ({ page }) => {
  await openApp(page)
  await openBriefPane(page)
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
  await expect(page.getByTestId('brief-quote').first()).toHaveAttribute('data-included', 'false')
  const markdown = await markdownOf(page)
  const order = [...markdown.matchAll(/^> (.*)$/gm)].map((m) => m[1])
  expect(order).toEqual([SEED_QUOTES[1], SEED_QUOTES[4], SEED_QUOTES[2], SEED_QUOTES[3]])
})

test('the PDF of the print view keeps Albanian letters, curly quotes, quotes and statuses, with every font embedded', async ({ page }) => {
  await openApp(page)
  const id = await openBriefPane(page)
  const { text, path } = await pdfOf(page, id, 'brief')
  for (const letter of ['ë', 'ç', 'Ë', 'Ç', '„', '“', '«', '»']) expect(text, letter).toContain(letter)
  for (const quote of SEED_QUOTES) expect(text).toContain(`„${quote}“`)
  for (const status of ['Fjalë për fjalë', 'Pothuajse fjalë për fjalë', 'Nuk u gjet']) expect(text).toContain(status)
  expect(text).toContain('PËRMBLEDHJE')
  expect(text).toContain('Pikat kryesore')
  expect(text).toContain('i atribuohet Moskës dhe nuk gjendet në Deklaratën e Shtëpisë së Bardhë.')
  expect(text).toContain('Çfarë la jashtë përkthimi')
  expect(text).toContain('The blood and treasure')

  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2)
  expect(fonts.length).toBeGreaterThan(0)
  for (const row of fonts) {
    const columns = row.trim().split(/\s+/)
    expect(columns.at(-5), row).toBe('yes') // the "emb" column
  }
})

test('the PDF of a brief with a misquote and a follow-up, rendered for a look', async ({ page }) => {
  await openApp(page)
  const id = await openBriefPane(page)
  await giveVerdict(page, 'negociatat teknike', 'misquote', 'Deklarata thotë «negociata teknike».')
  await giveVerdict(page, 'normalizimin e marrëdhënieve', 'follow-up', 'Pyet Kremlinin për fjalët e sakta.')
  await showPane(page, 'brief')
  await expect(page.getByTestId('brief-quote').and(page.locator('[data-verdict]'))).toHaveCount(2)
  await expect(page.getByTestId('pane-brief').getByText('Ruajtur', { exact: true })).toBeVisible()
  const { text, path } = await pdfOf(page, id, 'brief-look')
  expect(text).toContain('⚠ CITIM I GABUAR')
  expect(text).toContain('⚠ KËRKON VERIFIKIM')
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', path, 'test-results/brief-look'])
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, 'docs/brief-page'])
})

test('in web mode the PDF button opens the print view in a window of its own', async ({ page }) => {
  await openApp(page)
  const id = await openBriefPane(page)
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
  await openBriefPane(page)
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
  await openBriefPane(page)
  const points = page.getByTestId('brief-key-points').locator(':scope > li')
  await expect(points.nth(1).getByRole('textbox')).toHaveValue(/^Shtëpia e Bardhë tha/)
  await points.nth(1).locator('.drag-handle').dragTo(points.nth(0))
  await expect(points.nth(0).getByRole('textbox')).toHaveValue(/^Shtëpia e Bardhë tha/)
  await expect(points.nth(1).getByRole('textbox')).toHaveValue(/^Putin ka urdhëruar/)
})

test('a quote found in someone else’s statement is a misattribution on its card, in the PDF and in the Markdown', async ({ page }) => {
  await openApp(page)
  const article = [
    'Thirrja Trump–Putin',
    '„Të dy udhëheqësit ranë dakord se ky konflikt duhet të përfundojë me një paqe të qëndrueshme”, tha Kremlini.',
    '„Negociatat do të fillojnë menjëherë”, tha Shtëpia e Bardhë.',
    'Deklarata e Shtëpisë së Bardhë:',
    'Të dy udhëheqësit ranë dakord se ky konflikt duhet të përfundojë me një paqe të qëndrueshme. Negociatat do të fillojnë menjëherë në Lindjen e Mesme.',
  ].join('\n\n')
  await page.getByTestId('import-article').setInputFiles({ name: 'thirrja.txt', mimeType: 'text/plain', buffer: Buffer.from(article) })
  await expect(page.getByTestId('editor')).toContainText('Lindjen e Mesme')
  await showPane(page, 'brief')
  await expect(page.getByTestId('pane-brief')).toHaveAttribute('data-brief-id', /.+/)
  const id = (await page.getByTestId('pane-brief').getAttribute('data-brief-id')) as string
  const wrong = briefQuote(page, 'Të dy udhëheqësit')
  await expect(wrong).toHaveAttribute('data-attribution', 'mismatch')
  await expect(wrong.locator('.brief-badge').first()).toHaveText('Atribuim i gabuar')
  await expect(briefQuote(page, 'Negociatat do').locator('.brief-badge').first()).toHaveText('Fjalë për fjalë')
  await page.screenshot({ path: 'test-results/brief-misattributed.png' })

  const { text } = await pdfOf(page, id, 'brief-misattributed')
  expect(text).toMatch(/paqe të qëndrueshme“ — Kremlini ?Atribuim i gabuar/)
  expect(text).not.toMatch(/— Kremlini ?Fjalë për fjalë/)
  expect(await markdownOf(page)).toContain('— **Kremlini** · Atribuim i gabuar')
})
