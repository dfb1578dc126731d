import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, openApp, selectInEditor, showPane, test } from './fixtures'

interface GoldQuote {
  text: string
  checks: Record<string, { status: string[]; diff?: Array<[string, string]> }>
}

const gold = JSON.parse(readFileSync(new URL('../test/fixtures/seed/gold.json', import.meta.url), 'utf8')) as { quotes: GoldQuote[] }

const pane = (page: Page) => page.getByTestId('pane-checks')
const checkItems = (page: Page) => pane(page).getByTestId('check-item')
const sourceItems = (page: Page) => pane(page).getByTestId('source-item')

/** The Quotes pane's id for the quote with these words: the Checks pane must use the same one. */
async function quoteId(page: Page, text: string): Promise<string> {
  const item = page.getByTestId('pane-quotes').getByTestId('quote-item').filter({ has: page.locator('.quote-text', { hasText: text }) })
  await expect(item).toHaveCount(1)
  return (await item.getAttribute('data-quote-id'))!
}

const resultFor = (page: Page, id: string, sourceId?: string): Locator =>
  checkItems(page).and(page.locator(`[data-quote-id="${id}"]${sourceId ? `[data-source-id="${sourceId}"]` : ''}`))

async function openResult(page: Page, id: string, sourceId?: string): Promise<Locator> {
  await resultFor(page, id, sourceId).getByRole('button').first().click()
  const drawer = page.getByTestId('check-drawer')
  await expect(drawer).toBeVisible()
  return drawer
}

async function seedChecked(page: Page): Promise<void> {
  await openApp(page)
  await showPane(page, 'checks')
  await expect(checkItems(page)).toHaveCount(gold.quotes.length)
  await expect(checkItems(page).and(page.locator('[data-status="pending"]'))).toHaveCount(0)
}

test('the seed’s quotes are checked against the statement with the statuses the annotation expects', async ({ page }) => {
  await seedChecked(page)
  await expect(sourceItems(page)).toHaveText(['Deklarata e Shtëpisë së Bardhë'])
  const statement = await sourceItems(page).getAttribute('data-source-id')
  for (const quote of gold.quotes) {
    const item = resultFor(page, await quoteId(page, quote.text))
    await expect(item).toHaveCount(1)
    await expect(item).toHaveAttribute('data-source-id', statement!)
    const status = await item.getAttribute('data-status')
    expect(quote.checks.wh.status, `status of “${quote.text}”`).toContain(status)
  }
  // Moscow's “normalisation” is not the statement's “improvement”.
  const moscow = resultFor(page, await quoteId(page, 'normalizimin e marrëdhënieve'))
  await expect(moscow).not.toHaveAttribute('data-status', /^(verbatim|near-verbatim)$/)
  // The summary counts the quotes by status: two verbatim, two near-verbatim.
  await expect(pane(page).getByRole('button', { name: /^Fjalë për fjalë 2$/ })).toBeVisible()
  await expect(pane(page).getByRole('button', { name: /^Pothuajse fjalë për fjalë 2$/ })).toBeVisible()
})

test('the side-by-side view shows the changed words of the near-verbatim quotes and the passage in the full source', async ({ page }) => {
  await seedChecked(page)
  let drawer = await openResult(page, await quoteId(page, 'negociatat teknike'))
  await expect(drawer.getByTestId('diff-list')).toContainText('negociatat → negociata')
  await expect(drawer.getByTestId('compare-quote').locator('.diff-changed')).toHaveText(['negociatat'])
  await expect(drawer.getByTestId('compare-source').locator('.diff-changed')).toHaveText(['negociata'])
  await drawer.getByRole('button', { name: 'Mbyll', exact: true }).click()
  await expect(drawer).toBeHidden()

  drawer = await openResult(page, await quoteId(page, 'midis SHBA dhe Rusisë'))
  const changes = drawer.getByTestId('diff-list')
  await expect(changes).toContainText('që → se')
  await expect(changes).toContainText('SHBA → Shteteve të Bashkuara')
  await expect(drawer.getByTestId('compare-quote').locator('.diff-changed')).toHaveText(['që', 'SHBA'])

  // One click opens the whole statement beside it, the passage marked and in view.
  await drawer.getByRole('button', { name: 'Shko te pasazhi në burim' }).click()
  const passage = drawer.getByTestId('source-text').locator('mark.source-passage')
  await expect(passage).toContainText('Shteteve të Bashkuara dhe Rusisë ka avantazhe të mëdha')
  await expect(passage).toBeInViewport()
})

test('a verdict is kept across reloads and re-checks, and says so when the quote’s words change after it', async ({ page }) => {
  await seedChecked(page)
  // The verdict follows a tagged quote, whose id stays while its words change.
  await showPane(page, 'quotes')
  const tagged = page.getByTestId('pane-quotes').getByTestId('quote-item').filter({ hasText: 'marrëveshje të mëdha ekonomike' })
  await tagged.getByRole('button', { name: 'Prano' }).click()
  await expect(tagged).toHaveAttribute('data-state', 'confirmed')
  const id = (await tagged.getAttribute('data-quote-id'))!
  await showPane(page, 'checks')
  const drawer = await openResult(page, id)
  await drawer.getByRole('radio', { name: 'I konfirmuar' }).check()
  await drawer.getByLabel('Shënim (jo i detyrueshëm)').fill('Fjalë për fjalë nga deklarata.')
  await drawer.getByRole('button', { name: 'Ruaj vendimin' }).click()
  await expect(drawer.getByRole('status').filter({ hasText: 'Vendimi u ruajt.' })).toBeVisible()
  await drawer.getByRole('button', { name: 'Mbyll', exact: true }).click()
  await expect(resultFor(page, id)).toHaveAttribute('data-verdict', 'confirmed')

  await page.reload()
  await expect(resultFor(page, id)).toHaveAttribute('data-verdict', 'confirmed')
  await expect(resultFor(page, id)).toHaveAttribute('data-status', 'verbatim')

  // Retype a word inside the tag: it is re-checked, the verdict stays, flagged as given on other words.
  await selectInEditor(page, 'marrëveshje të ')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type('shumë ')
  await expect(page.getByTestId('editor').locator('mark.ed-quote-mark')).toHaveText(['marrëveshje të shumë mëdha ekonomike dhe stabilitet gjeopolitik'])
  await expect(resultFor(page, id)).toHaveAttribute('data-changed-since-verdict', 'true')
  await expect(resultFor(page, id)).toHaveAttribute('data-verdict', 'confirmed')
  await expect(resultFor(page, id)).not.toHaveAttribute('data-status', 'verbatim')
  await expect(resultFor(page, id)).toContainText('Ndryshuar pas vendimit')
})

test('a quote the article gives to the White House but found only in a Kremlin readout is flagged as a mismatch', async ({ page }) => {
  await seedChecked(page)
  const sentence = 'Palët do të vazhdojnë bisedimet në Riad javën e ardhshme'
  const first = page.getByTestId('editor').locator('p').first()
  await first.click({ position: { x: 1, y: 8 } })
  await page.keyboard.press('Home')
  await page.keyboard.type(`“${sentence}”, tha Shtëpia e Bardhë.`)
  await page.keyboard.press('Enter')
  const id = await quoteId(page, sentence)

  await pane(page).getByRole('button', { name: 'Shto burim', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Shto burim' })
  await dialog.getByLabel('Titulli').fill('Komunikata e Kremlinit')
  await dialog.getByLabel('Autori').fill('Kremlini')
  await expect(dialog).toContainText('Do të njihet si “Kremlini”')
  await dialog.getByLabel('Teksti i burimit').fill(
    `Presidenti Putin foli sot në telefon me Presidentin Trump.\n${sentence}. Moska mbetet e hapur për dialog.`,
  )
  await dialog.getByRole('button', { name: 'Shto burimin' }).click()
  await expect(dialog).toBeHidden()
  await expect(sourceItems(page)).toHaveText(['Deklarata e Shtëpisë së Bardhë', 'Komunikata e Kremlinit'])
  const kremlin = (await sourceItems(page).nth(1).getAttribute('data-source-id'))!
  const statement = (await sourceItems(page).first().getAttribute('data-source-id'))!

  await expect(resultFor(page, id, kremlin)).toHaveAttribute('data-status', 'verbatim')
  await expect(resultFor(page, id, statement)).toHaveAttribute('data-status', 'not-found')
  await expect(resultFor(page, id, kremlin)).toHaveAttribute('data-attribution', 'mismatch')
  const drawer = await openResult(page, id, kremlin)
  await expect(drawer).toContainText('U gjet te «Komunikata e Kremlinit», burim i Kremlinit, por artikulli ia atribuon Shtëpisë së Bardhë.')
  // The White House's own statement does not have it: that miss stays an error.
  await expect(resultFor(page, id, statement)).not.toHaveClass(/quiet/)
  await expect(resultFor(page, id, statement)).toContainText('Nuk u gjet')
  // The seed's own quotes stay consistent with the statement.
  await drawer.getByRole('button', { name: 'Mbyll', exact: true }).click()
  await expect(resultFor(page, await quoteId(page, 'negociatat teknike'), statement)).toHaveAttribute('data-attribution', 'consistent')
})

test('a source can be read from a .docx, renamed and removed; a damaged file is refused with nothing lost', async ({ page }) => {
  await seedChecked(page)
  await pane(page).getByRole('button', { name: 'Shto burim', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Shto burim' })
  await dialog.getByLabel('Titulli').fill('Shënimet e mia')
  await dialog.getByTestId('import-source').setInputFiles({ name: 'prishur.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 jo një zip i vërtetë') })
  await expect(dialog.getByRole('alert')).toHaveText('Skedari .docx është i dëmtuar ose nuk është dokument Word.')
  await expect(dialog.getByLabel('Titulli')).toHaveValue('Shënimet e mia')
  await dialog.getByTestId('import-source').setInputFiles({ name: 'foto.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) })
  await expect(dialog.getByRole('alert')).toHaveText('Skedari nuk është tekst (duket binar).')
  await dialog.getByRole('button', { name: 'Shto burimin' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Teksti është bosh.')

  await dialog.getByLabel('Titulli').fill('')
  await dialog.getByTestId('import-source').setInputFiles(new URL('./checks-transcript.docx', import.meta.url).pathname)
  await expect(dialog.getByLabel('Teksti i burimit')).toHaveValue('Transkripti i konferencës\nMinistri tha se bisedimet do të vazhdojnë në Xhida.')
  await expect(dialog.getByLabel('Titulli')).toHaveValue('checks-transcript')
  await dialog.getByRole('button', { name: 'Shto burimin' }).click()
  await expect(sourceItems(page)).toHaveText(['Deklarata e Shtëpisë së Bardhë', 'checks-transcript'])
  await expect(pane(page).locator('.source-row').nth(1)).toContainText('nga skedari')

  await pane(page).getByRole('button', { name: 'Ndrysho burimin “checks-transcript”' }).click()
  const edit = page.getByRole('dialog', { name: 'Ndrysho burimin' })
  await edit.getByLabel('Titulli').fill('Transkripti i konferencës')
  await edit.getByRole('button', { name: 'Ruaj', exact: true }).click()
  await expect(sourceItems(page)).toHaveText(['Deklarata e Shtëpisë së Bardhë', 'Transkripti i konferencës'])
  await expect(checkItems(page)).toHaveCount(gold.quotes.length * 2)

  await pane(page).getByRole('button', { name: 'Hiq burimin “Transkripti i konferencës”' }).click()
  const confirm = page.getByRole('dialog', { name: 'Të hiqet burimi?' })
  await confirm.getByRole('button', { name: 'Anulo' }).click()
  await expect(sourceItems(page)).toHaveCount(2)
  await pane(page).getByRole('button', { name: 'Hiq burimin “Transkripti i konferencës”' }).click()
  await page.getByRole('dialog', { name: 'Të hiqet burimi?' }).getByRole('button', { name: 'Hiq burimin' }).click()
  await expect(sourceItems(page)).toHaveText(['Deklarata e Shtëpisë së Bardhë'])
  await expect(checkItems(page)).toHaveCount(gold.quotes.length)
})

test('the filters narrow the results by status and by source', async ({ page }) => {
  await seedChecked(page)
  await pane(page).getByRole('button', { name: /^Fjalë për fjalë \d$/ }).click()
  await expect(checkItems(page)).toHaveCount(2)
  await expect(checkItems(page).and(page.locator('[data-status="verbatim"]'))).toHaveCount(2)
  await pane(page).getByRole('button', { name: /^Të gjitha \d$/ }).click()
  await expect(checkItems(page)).toHaveCount(gold.quotes.length)
})

test('the side-by-side view has no serious accessibility problems, and is photographed for the docs', async ({ page }) => {
  await seedChecked(page)
  const drawer = await openResult(page, await quoteId(page, 'midis SHBA dhe Rusisë'))
  await expect(drawer.getByTestId('diff-list')).toContainText('SHBA → Shteteve të Bashkuara')
  await page.screenshot({ path: 'docs/checks-pane.png' })
  await drawer.getByRole('button', { name: 'Shko te pasazhi në burim' }).click()
  await expect(drawer.getByTestId('source-text').locator('mark.source-passage')).toBeInViewport()
  const results = await new AxeBuilder({ page }).analyze()
  const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(severe.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
})
