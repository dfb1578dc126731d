import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, openApp, selectInEditor, showPane, test } from './fixtures'

const pane = (page: Page) => page.getByTestId('pane-checks')

test('the seed’s Translation view shows the statement beside its English original, the dropped sentence highlighted', async ({ page }) => {
  await openApp(page)
  await showPane(page, 'checks')
  await pane(page).getByTestId('checks-view-translation').click()
  const view = pane(page).getByTestId('translation-view')
  await expect(view).toBeVisible()
  await expect(view.getByRole('status')).toContainText('1 fjali e lënë jashtë')
  const rows = view.getByTestId('translation-row')
  await expect(rows).toHaveCount(12)
  const omitted = rows.and(page.locator('[data-kind="omitted"]'))
  await expect(omitted).toHaveCount(1)
  await expect(omitted).toContainText('Mungon në përkthim')
  await expect(omitted).toContainText('The blood and treasure that both Ukraine and Russia have been spending')
  // The omission sits in its place: after the third pair, before "This conflict should never …".
  await expect(rows.nth(3)).toHaveAttribute('data-kind', 'omitted')
  await expect(rows.nth(4)).toContainText('Ky konflikt nuk duhet të kishte filluar kurrë')
  await expect(rows.nth(4)).toContainText('This conflict should never have started')
  // Highlighted: its own background, unlike a faithful pair.
  const background = (row: typeof omitted) => row.locator('td').last().evaluate((cell) => getComputedStyle(cell).backgroundColor)
  expect(await background(omitted)).not.toBe(await background(rows.nth(0)))
  // Nothing else is flagged on the seed.
  await expect(rows.and(page.locator('[data-kind="changed"], [data-kind="added"]'))).toHaveCount(0)
  const results = await new AxeBuilder({ page }).include('[data-testid="pane-checks"]').analyze()
  const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(severe.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  await rows.nth(2).scrollIntoViewIfNeeded()
  await pane(page).screenshot({ path: 'docs/translation-view.png' })
  // Back to the quotes, which the original does not join.
  await pane(page).getByTestId('checks-view-quotes').click()
  await expect(pane(page).getByTestId('source-item')).toHaveText(['Deklarata e Shtëpisë së Bardhë'])
})

test('a quote from the statement shows the English sentence it translates', async ({ page }) => {
  await openApp(page)
  await showPane(page, 'checks')
  const quote = 'Këto negociata do të fillojnë menjëherë në Lindjen e Mesme'
  const item = page.getByTestId('pane-quotes').getByTestId('quote-item').filter({ has: page.locator('.quote-text', { hasText: quote }) })
  const id = await item.getAttribute('data-quote-id')
  const check = pane(page).getByTestId('check-item').and(page.locator(`[data-quote-id="${id}"]`))
  await expect(check).not.toHaveAttribute('data-status', 'pending')
  await check.getByRole('button').first().click()
  const drawer = page.getByTestId('check-drawer')
  const original = drawer.getByTestId('original-sentence')
  await expect(original).toContainText('Në origjinal (anglisht)')
  await expect(original.locator('blockquote')).toHaveText('These negotiations will begin immediately in the Middle East.')
  await drawer.screenshot({ path: 'test-results/quote-original.png' })
})

test('a number changed in the statement shows on its pair in the Translation view', async ({ page }) => {
  await openApp(page)
  await showPane(page, 'checks')
  await pane(page).getByTestId('checks-view-translation').click()
  const rows = pane(page).getByTestId('translation-row')
  await expect(rows).toHaveCount(12)
  // The editor changes the translation: "Të dy udhëheqësit" (both leaders) becomes "Të tre udhëheqësit".
  await selectInEditor(page, 'dy udhëheqësit ranë dakord se ky')
  await page.keyboard.type('tre udhëheqësit ranë dakord se ky')
  const changed = rows.and(page.locator('[data-kind="changed"]'))
  await expect(changed).toHaveCount(1)
  await expect(changed.locator('mark[data-issue="number"]')).toHaveText(['tre', 'Both'])
  await expect(changed).toContainText('Numër: «tre» në përkthim, «Both» në origjinal')
  await changed.scrollIntoViewIfNeeded()
  await changed.screenshot({ path: 'test-results/translation-changed.png' })
})

test('the original can be unmarked and marked again, and the comparison follows', async ({ page }) => {
  await openApp(page)
  await showPane(page, 'checks')
  await pane(page).getByTestId('checks-view-translation').click()
  await pane(page).getByRole('button', { name: 'Mos e krahaso më' }).click()
  await expect(pane(page).getByTestId('translation-view')).toHaveCount(0)
  // Unmarked, the readout is an ordinary source again, listed beside the statement.
  await pane(page).getByTestId('checks-view-quotes').click()
  await expect(pane(page).getByTestId('source-item')).toHaveCount(2)
  await pane(page).getByTestId('checks-view-translation').click()
  await expect(pane(page).getByRole('combobox', { name: 'Origjinali', exact: true })).toHaveValue(/.+/)
  await pane(page).getByRole('button', { name: 'Shëno si origjinal' }).click()
  await expect(pane(page).getByTestId('translation-row').and(page.locator('[data-kind="omitted"]'))).toHaveCount(1)
  await pane(page).getByTestId('checks-view-quotes').click()
  await expect(pane(page).getByTestId('source-item')).toHaveText(['Deklarata e Shtëpisë së Bardhë'])
})
