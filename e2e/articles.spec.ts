import { expect, openApp, test } from './fixtures'

const pasted = 'Kryeministri tha se “buxheti do të miratohet javën e ardhshme”.\nOpozita nuk u shpreh.'

test('a new article from pasted text opens in the editor and joins the list', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Ngjit tekst' }).click()
  await page.getByLabel('Ngjitni tekstin e artikullit').fill(pasted)
  await page.getByRole('button', { name: 'Krijo artikullin' }).click()

  const editor = page.getByTestId('editor')
  await expect(editor.locator('p')).toHaveText(['Kryeministri tha se “buxheti do të miratohet javën e ardhshme”.', 'Opozita nuk u shpreh.'])
  await expect(page.getByTestId('article-item')).toHaveCount(2)
  await expect(page.locator('[data-testid="article-item"][aria-current="page"]')).toContainText('Kryeministri tha se')
})

test('an empty article can be created, written in and switched away from and back', async ({ page }) => {
  await openApp(page)
  await page.getByTestId('new-article').click()
  await expect(page.getByTestId('article-item')).toHaveCount(2)
  const editor = page.getByTestId('editor')
  await expect(editor).toHaveText('')
  await editor.click()
  await page.keyboard.type('Artikull krejt i ri. Me dy fjali.')
  await expect(page.locator('[aria-current="page"]')).toContainText('Artikull krejt i ri')

  await page.getByTestId('article-item').filter({ hasText: 'Presidenti Vladimir Putin' }).click()
  await expect(editor).toContainText('Deklarata e Shtëpisë së Bardhë:')
  await page.getByTestId('article-item').filter({ hasText: 'Artikull krejt i ri' }).click()
  await expect(page.getByTestId('editor')).toHaveText('Artikull krejt i ri. Me dy fjali.')
})

test('a Markdown file is imported with its headings', async ({ page }) => {
  await openApp(page)
  await page.getByTestId('import-article').setInputFiles({
    name: 'lajm.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Zgjedhjet në Shkodër\n\nKomisioni **njoftoi** rezultatet.\n'),
  })
  const editor = page.getByTestId('editor')
  await expect(editor.locator('h1')).toHaveText('Zgjedhjet në Shkodër')
  await expect(editor.locator('p')).toHaveText(['Komisioni njoftoi rezultatet.'])
  await expect(page.getByRole('status').filter({ hasText: '«lajm.md»' })).toBeVisible()
})

test('a binary or empty file is refused with a reason and nothing is lost', async ({ page }) => {
  await openApp(page)
  await page.getByTestId('import-article').setInputFiles({ name: 'foto.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) })
  await expect(page.getByRole('alert')).toContainText('«foto.txt» nuk u importua: skedari nuk është tekst')
  await page.getByTestId('import-article').setInputFiles({ name: 'bosh.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n') })
  await expect(page.getByRole('alert')).toContainText('skedari është bosh')
  await expect(page.getByTestId('article-item')).toHaveCount(1)
  await expect(page.getByTestId('editor')).toContainText('Presidenti Vladimir Putin')
})

test('an HTML file is imported as text, without running its script', async ({ page, consoleErrors }) => {
  await openApp(page)
  await page.getByTestId('import-article').setInputFiles({
    name: 'faqe.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<h2>Titulli</h2><p>Paragrafi <b>i parë</b>.</p><script>window.hacked = 1</script><img src=x onerror="window.hacked=2">'),
  })
  await expect(page.getByTestId('editor').locator('h2')).toHaveText('Titulli')
  await expect(page.getByTestId('editor').locator('p')).toHaveText(['Paragrafi i parë.'])
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined()
  // Chromium fires the image's error handler even in a parsed document; the CSP is what refuses it.
  const blocked = consoleErrors.filter((error) => error.includes('violates the following Content Security Policy'))
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !blocked.includes(error)))
})

test('deleting an article asks first, and cancelling keeps it', async ({ page }) => {
  await openApp(page)
  await page.getByTestId('new-article').click()
  await expect(page.getByTestId('article-item')).toHaveCount(2)

  await page.getByRole('button', { name: /^Fshi: Presidenti/ }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Anulo' }).click()
  await expect(page.getByTestId('article-item')).toHaveCount(2)

  await page.getByRole('button', { name: /^Fshi: Presidenti/ }).click()
  await expect(page.getByRole('dialog')).toContainText('Të fshihet artikulli?')
  await page.getByRole('button', { name: 'Fshi artikullin' }).click()
  await expect(page.getByTestId('article-item')).toHaveCount(1)
  await page.reload()
  await expect(page.getByTestId('article-item')).toHaveCount(1)
  await expect(page.getByTestId('article-item')).not.toContainText('Presidenti')
})
