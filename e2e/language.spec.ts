import { expect, openApp, test } from './fixtures'

test('the interface is Albanian by default and English once chosen, after a reload too', async ({ page }) => {
  await openApp(page)
  await expect(page.getByTestId('pane-quotes').getByRole('heading', { name: 'Citimet', level: 2 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'sq')
  // Chromium offers no translation of the Albanian interface.
  await expect(page.locator('html')).toHaveAttribute('translate', 'no')

  await page.getByLabel('Gjuha').selectOption('en')
  await expect(page.getByTestId('pane-quotes').getByRole('heading', { name: 'Quotes', level: 2 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.reload()
  await expect(page.getByTestId('pane-quotes').getByRole('heading', { name: 'Quotes', level: 2 })).toBeVisible()
  await expect(page.getByRole('tab', { name: /^Checks/ })).toBeVisible()
  await expect(page.getByLabel('Language')).toHaveValue('en')
})
