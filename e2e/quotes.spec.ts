import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { resolveEntity } from '../renderer/src/core'
import { expect, openApp, selectInEditor, test, waitForSave } from './fixtures'

interface GoldQuote {
  text: string
  start: number
  end: number
  speaker: string[]
}

const gold = JSON.parse(readFileSync(new URL('../test/fixtures/seed/gold.json', import.meta.url), 'utf8')) as { quotes: GoldQuote[] }

/** A speaker is right when it is one of the gold's surface forms or the canonical name of one. */
const acceptedSpeakers = (quote: GoldQuote) => new Set(quote.speaker.flatMap((surface) => [surface, resolveEntity(surface).name]))

const items = (page: Page) => page.getByTestId('quote-item')
const marks = (page: Page) => page.getByTestId('editor').locator('mark.ed-quote-mark')
const itemWithText = (page: Page, text: string): Locator => items(page).filter({ has: page.locator('.quote-text', { hasText: text }) })

async function acceptAll(page: Page): Promise<void> {
  await expect(items(page)).toHaveCount(gold.quotes.length)
  await page.getByRole('button', { name: 'Prano të gjitha' }).click()
  await expect(items(page).and(page.locator('[data-state="confirmed"]'))).toHaveCount(gold.quotes.length)
}

test('the seed’s five quotes are suggested with the speakers the annotation names', async ({ page }) => {
  await openApp(page)
  await expect(items(page)).toHaveCount(gold.quotes.length)
  for (const quote of gold.quotes) {
    const item = itemWithText(page, quote.text)
    await expect(item).toHaveCount(1)
    await expect(item).toHaveAttribute('data-state', 'suggested')
    const speaker = await item.getAttribute('data-speaker')
    expect([...acceptedSpeakers(quote)], `speaker of “${quote.text}”`).toContain(speaker)
  }
})

test('accept all turns every suggestion into a tag on its words', async ({ page }) => {
  await openApp(page)
  await acceptAll(page)
  await expect(marks(page)).toHaveText(gold.quotes.map((quote) => quote.text))
  await expect(page.getByTestId('pane-quotes')).toContainText('0 sugjerime · 5 të konfirmuara')
})

test('tags stay on their words while the paragraph is edited before them', async ({ page }) => {
  await openApp(page)
  await acceptAll(page)
  const paragraph = page.getByTestId('editor').locator('p').nth(2)
  await paragraph.click({ position: { x: 1, y: 8 } })
  await page.keyboard.type('SOT: ')
  await expect(paragraph).toHaveText(/^SOT: Në një deklaratë/)
  await expect(marks(page)).toHaveText(gold.quotes.map((quote) => quote.text))
  const first = itemWithText(page, gold.quotes[0].text)
  await expect(first).toHaveAttribute('data-state', 'confirmed')
})

test('typing inside a tag changes the words the pane shows for it', async ({ page }) => {
  await openApp(page)
  await acceptAll(page)
  await selectInEditor(page, 'negociatat ')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type('e reja ')
  await expect(marks(page).first()).toHaveText('negociatat e reja teknike')
  await expect(itemWithText(page, 'negociatat e reja teknike')).toHaveAttribute('data-state', 'confirmed')
})

test('reported speech without quotation marks can be tagged by hand as indirect', async ({ page }) => {
  await openApp(page)
  await expect(items(page)).toHaveCount(gold.quotes.length)
  const claim = 'Putin ka urdhëruar ushtrinë që të ndalojë sulmet në ato objektiva për 30 ditë'
  await selectInEditor(page, claim)
  await page.getByTestId('tag-quote').click()
  const item = itemWithText(page, claim)
  await expect(item).toHaveAttribute('data-state', 'confirmed')
  await expect(item).toHaveAttribute('data-kind', 'indirect')
  await expect(marks(page).filter({ hasText: claim })).toHaveCount(1)
  await expect(items(page)).toHaveCount(gold.quotes.length + 1)
})

test('the keyboard shortcut tags the selection and the speaker comes from the context', async ({ page }) => {
  await openApp(page)
  await expect(items(page)).toHaveCount(gold.quotes.length)
  await selectInEditor(page, 'u ra dakord gjithashtu për një shkëmbim të burgosurish midis Moskës dhe Kievit')
  await page.keyboard.press('Control+Shift+Q')
  const item = itemWithText(page, 'u ra dakord gjithashtu')
  await expect(item).toHaveAttribute('data-state', 'confirmed')
  await expect(item).toHaveAttribute('data-speaker', 'Moska')
})

test('deleting a tagged quote removes its tag, and undo brings it back', async ({ page }) => {
  await openApp(page)
  await acceptAll(page)
  const text = gold.quotes[4].text
  await selectInEditor(page, text)
  await page.keyboard.press('Delete')
  await expect(marks(page)).toHaveCount(gold.quotes.length - 1)
  await expect(itemWithText(page, text)).toHaveAttribute('data-gone', 'true')
  await page.keyboard.press('Control+Z')
  await expect(marks(page)).toHaveCount(gold.quotes.length)
  await expect(itemWithText(page, text)).toHaveAttribute('data-state', 'confirmed')
  await expect(itemWithText(page, text)).not.toHaveAttribute('data-gone', 'true')
})

test('a pasted copy of a tagged quote is plain text, not a second tag', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  await acceptAll(page)
  await selectInEditor(page, gold.quotes[1].text)
  await page.keyboard.press('Control+C')
  const last = page.getByTestId('editor').locator('p').nth(5)
  await selectInEditor(page, '(nga secila palë).')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Control+V')
  await expect(last).toContainText(`Kievit, për 175 të burgosur lufte (nga secila palë).${gold.quotes[1].text}`)
  await expect(marks(page)).toHaveCount(gold.quotes.length)
  await expect(marks(page).filter({ hasText: gold.quotes[1].text })).toHaveCount(1)
  await expect(items(page).and(page.locator('[data-state="confirmed"]'))).toHaveCount(gold.quotes.length)
})

test('the pane works from the keyboard, and ? lists the shortcuts', async ({ page }) => {
  await openApp(page)
  await expect(items(page)).toHaveCount(gold.quotes.length)
  await items(page).first().locator('.quote-main').focus()
  await page.keyboard.press('j')
  await expect(items(page).nth(1).locator('.quote-main')).toBeFocused()
  await page.keyboard.press('a')
  await expect(items(page).nth(1)).toHaveAttribute('data-state', 'confirmed')
  await expect(items(page).nth(2).locator('.quote-main')).toBeFocused()
  await page.keyboard.press('r')
  await expect(items(page)).toHaveCount(gold.quotes.length - 1)
  // The keyboard stays in the list, on the quote after the rejected one.
  await expect(items(page).nth(2).locator('.quote-main')).toBeFocused()
  await page.keyboard.press('k')
  await page.keyboard.press('s')
  const dialog = page.getByRole('dialog', { name: 'Folësi i citimit' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Shkurtoret e tastierës' })).toContainText('Citimi tjetër')
})

test('a speaker chosen in any inflection resolves to one entity', async ({ page }) => {
  await openApp(page)
  await acceptAll(page)
  const item = itemWithText(page, gold.quotes[4].text)
  await item.locator('.quote-speaker').click()
  const dialog = page.getByRole('dialog', { name: 'Folësi i citimit' })
  await dialog.getByRole('searchbox').fill('Shtëpisë së Bardhë')
  await expect(dialog).toContainText('Njihet si «Shtëpia e Bardhë»')
  await dialog.getByRole('searchbox').press('Enter')
  await expect(item).toHaveAttribute('data-speaker', 'Shtëpia e Bardhë')
})

test('tags, rejections and speakers survive a reload', async ({ page }) => {
  await openApp(page)
  await expect(items(page)).toHaveCount(gold.quotes.length)
  const [first, second, , , fifth] = gold.quotes
  await itemWithText(page, first.text).getByRole('button', { name: 'Prano', exact: true }).click()
  await itemWithText(page, second.text).getByRole('button', { name: 'Refuzo' }).click()
  await expect(itemWithText(page, second.text)).toHaveCount(0)

  await itemWithText(page, fifth.text).locator('.quote-speaker').click()
  const dialog = page.getByRole('dialog', { name: 'Folësi i citimit' })
  await dialog.getByRole('searchbox').fill('Kremlini')
  await dialog.getByRole('button', { name: /^Kremlini/ }).click()
  await expect(itemWithText(page, fifth.text)).toHaveAttribute('data-speaker', 'Kremlini')

  await page.getByTestId('editor').locator('p').first().click({ position: { x: 1, y: 8 } })
  await page.keyboard.type('LAJM: ')
  await waitForSave(page)

  await page.reload()
  await expect(items(page)).toHaveCount(gold.quotes.length - 1)
  await expect(itemWithText(page, first.text)).toHaveAttribute('data-state', 'confirmed')
  await expect(itemWithText(page, fifth.text)).toHaveAttribute('data-state', 'confirmed')
  await expect(itemWithText(page, fifth.text)).toHaveAttribute('data-speaker', 'Kremlini')
  await expect(itemWithText(page, second.text)).toHaveCount(0)
  await expect(marks(page)).toHaveText([first.text, fifth.text])
  await page.getByRole('button', { name: /Shfaq të refuzuarat/ }).click()
  await expect(itemWithText(page, second.text)).toHaveAttribute('data-state', 'rejected')
})
