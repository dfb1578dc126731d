import { expect, openApp, test } from './fixtures'

test('the interface is Albanian by default and English once chosen, after a reload too', async ({ page }) => {
  await openApp(page)
  await expect(page.getByRole('heading', { name: 'Citimet' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'sq')

  await page.getByLabel('Gjuha').selectOption('en')
  await expect(page.getByRole('heading', { name: 'Quotes' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Checks' })).toBeVisible()
  await expect(page.getByLabel('Language')).toHaveValue('en')
})
