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

test('an HTML file is imported with its links and formatting, inertly: nothing runs, loads or breaks the CSP', async ({ page }) => {
  await openApp(page)
  const external: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) external.push(request.url())
  })
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = [])
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective))
  })
  await page.getByTestId('import-article').setInputFiles({
    name: 'faqe.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      '<h2>Titulli</h2><p onmouseover="window.hacked=3">Paragrafi <b>i parë</b> me <a href="https://lajme.al/">lidhje</a> dhe <a href="javascript:window.hacked=4">një tjetër</a>.</p>' +
        '<script>window.hacked = 1</script><img src="https://evil.example/x.png" onerror="window.hacked=2"><svg onload="window.hacked=5"></svg>',
    ),
  })
  const editor = page.getByTestId('editor')
  await expect(editor.locator('h2')).toHaveText('Titulli')
  await expect(editor.locator('p')).toHaveText(['Paragrafi i parë me lidhje dhe një tjetër.'])
  await expect(editor.locator('strong, b')).toHaveText('i parë')
  await expect(editor.locator('a')).toHaveCount(1)
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://lajme.al/')
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined()
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
  expect(external).toEqual([])
})

test('a text file: blank lines only separate paragraphs, and a short first line is the headline', async ({ page }) => {
  await openApp(page)
  await page.getByTestId('import-article').setInputFiles({
    name: 'lajm.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Buxheti kalon në Kuvend\r\n\r\nKryeministri tha se “buxheti do të miratohet”.\r\n\r\nOpozita nuk u shpreh.\r\n'),
  })
  const editor = page.getByTestId('editor')
  await expect(editor.locator('h1')).toHaveText('Buxheti kalon në Kuvend')
  await expect(editor.locator('p')).toHaveText(['Kryeministri tha se “buxheti do të miratohet”.', 'Opozita nuk u shpreh.'])
  await expect(page.locator('[data-testid="article-item"][aria-current="page"]')).toContainText('Buxheti kalon në Kuvend')
})

test('a Markdown file that the old importer needed seconds for imports, and the app stays usable', async ({ page }) => {
  // The import takes well under a second; Chromium then lays out one 96 KB paragraph for seconds.
  test.setTimeout(90_000)
  await openApp(page)
  await page.getByTestId('import-article').setInputFiles({ name: 'yje.md', mimeType: 'text/markdown', buffer: Buffer.from('*a '.repeat(32 * 1024)) })
  await expect(page.getByTestId('article-item')).toHaveCount(2, { timeout: 60_000 })
  // One paragraph of literal asterisks: no emphasis opens and closes in "*a *a".
  await expect(page.getByTestId('editor').locator('p')).toHaveCount(1, { timeout: 60_000 })
  await expect(page.getByTestId('editor').locator('p')).toContainText('*a *a *a')
  await expect(page.getByTestId('editor').locator('em, strong')).toHaveCount(0)
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
