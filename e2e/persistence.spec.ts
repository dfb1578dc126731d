import { expect, openApp, placeCaret, test, waitForSave } from './fixtures'

test('typed text survives a reload', async ({ page }) => {
  await openApp(page)
  const editor = page.getByTestId('editor')
  await editor.locator('p').first().click({ position: { x: 1, y: 4 } })
  await page.keyboard.type('LAJM I FUNDIT: ')
  await waitForSave(page)
  await page.reload()
  await expect(page.getByTestId('editor').locator('p').first()).toHaveText(/^LAJM I FUNDIT: Presidenti Vladimir Putin/)
  await expect(page.getByTestId('article-item').first()).toContainText('LAJM I FUNDIT')
})

test('formatting and a new paragraph survive a reload', async ({ page }) => {
  await openApp(page)
  const editor = page.getByTestId('editor')
  await editor.locator('p').last().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Të trasha' }).click()
  await page.keyboard.type('Shënim i redaksisë ë ç Ë Ç')
  await waitForSave(page)
  await page.reload()
  await expect(page.getByTestId('editor').locator('strong, .ed-bold').last()).toHaveText('Shënim i redaksisë ë ç Ë Ç')
})

test('undo takes back typing', async ({ page }) => {
  await openApp(page)
  const first = page.getByTestId('editor').locator('p').first()
  await placeCaret(page, first)
  await page.keyboard.type('XYZ ')
  await expect(first).toHaveText(/^XYZ /)
  await page.getByRole('button', { name: 'Zhbëj' }).click()
  await expect(first).toHaveText(/^Presidenti/)
})
