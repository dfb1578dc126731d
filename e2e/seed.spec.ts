import { expect, openApp, SEED_FIRST_SENTENCE, showPane, test } from './fixtures'

test('the first launch opens the seed article with its statement set apart', async ({ page }) => {
  await openApp(page)
  const editor = page.getByTestId('editor')
  await expect(editor).toContainText(SEED_FIRST_SENTENCE)
  await expect(editor.locator('p')).toHaveCount(10)

  const item = page.getByTestId('article-item')
  await expect(item).toHaveCount(1)
  await expect(item).toContainText(SEED_FIRST_SENTENCE)

  const heading = editor.locator('.ed-source-heading')
  await expect(heading).toHaveText('Deklarata e Shtëpisë së Bardhë:')
  await expect(editor.locator('.ed-source-body')).toHaveCount(3)
  await expect(editor.locator('.ed-source-body').first()).toContainText('Sot, Presidenti Trump dhe Presidenti Putin')
})

test('the statement is already registered as a source, the quotes are suggested and checked, and the brief is drafted when first opened', async ({ page }) => {
  await openApp(page)
  // The quotes pane lists the seed's quotes as suggestions, its tab counting them; the others wait to be opened.
  await expect(page.getByTestId('pane-quotes').getByTestId('quote-item')).toHaveCount(5)
  await expect(page.getByTestId('tab-quotes')).toHaveText('Citimet5')
  await expect(page.getByTestId('pane-checks')).toHaveCount(0)
  await expect(page.getByTestId('pane-brief')).toHaveCount(0)
  // The checks pane checks each against the statement.
  await showPane(page, 'checks')
  await expect(page.getByTestId('source-item')).toHaveText(['Deklarata e Shtëpisë së Bardhë'])
  await expect(page.getByTestId('pane-checks').getByTestId('check-item')).toHaveCount(5)
  // The brief is drafted the first time it is opened.
  await showPane(page, 'brief')
  await expect(page.getByTestId('pane-brief')).toHaveAttribute('data-brief-id', /.+/)
  await expect(page.getByTestId('pane-brief').getByRole('textbox', { name: 'Titulli' })).toHaveValue(/^Presidenti Vladimir Putin/)
  await expect(page.getByTestId('word-count')).toHaveText(/^\d{3} fjalë$/)
})

test('the app takes the README screenshot', async ({ page }) => {
  await openApp(page)
  await showPane(page, 'checks')
  await expect(page.getByTestId('source-item')).toHaveCount(1)
  // The checks shown, not "checking…".
  await expect(page.getByTestId('check-item')).toHaveCount(5)
  await expect(page.getByTestId('check-item').and(page.locator('[data-status="pending"]'))).toHaveCount(0)
  await page.screenshot({ path: 'docs/screenshot.png' })
})
