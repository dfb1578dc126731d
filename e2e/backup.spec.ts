import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, openApp, showPane, test, waitForSave } from './fixtures'
import { readWorkspace, settledWorkspace } from './workspace'

/** Tags every seed quote, gives one a verdict, retitles the brief and adds a second article. */
async function doSomeWork(page: Page): Promise<void> {
  await openApp(page)
  const quotes = page.getByTestId('pane-quotes')
  await quotes.getByRole('button', { name: 'Prano të gjitha' }).click()
  await expect(quotes.getByTestId('quote-item').and(page.locator('[data-state="confirmed"]'))).toHaveCount(5)
  const id = (await quotes.getByTestId('quote-item').filter({ hasText: 'normalizimin e marrëdhënieve' }).getAttribute('data-quote-id'))!
  await showPane(page, 'checks')
  const result = page.getByTestId('pane-checks').getByTestId('check-item').and(page.locator(`[data-quote-id="${id}"]`))
  await result.getByRole('button').first().click()
  const drawer = page.getByTestId('check-drawer')
  await drawer.getByRole('radio', { name: 'Kërkon verifikim' }).check()
  await drawer.getByLabel('Shënim (jo i detyrueshëm)').fill('Pyet Moskën.')
  await drawer.getByRole('button', { name: 'Ruaj vendimin' }).click()
  await drawer.getByRole('button', { name: 'Mbyll', exact: true }).click()
  await expect(result).toHaveAttribute('data-verdict', 'follow-up')
  await showPane(page, 'brief')
  const headline = page.getByTestId('pane-brief').getByRole('textbox', { name: 'Titulli' })
  await headline.fill('Putin pranon armëpushim të pjesshëm')
  await expect(page.getByTestId('pane-brief').getByText('Ruajtur', { exact: true })).toBeVisible()
  await page.getByTestId('new-article').click()
  await page.getByTestId('editor').click()
  await page.keyboard.type('Artikulli i dytë, i shkruar me dorë.')
  await waitForSave(page)
}

async function backUp(page: Page, path: string): Promise<void> {
  const download = page.waitForEvent('download')
  await page.getByTestId('export-workspace').click()
  await (await download).saveAs(path)
  await expect(page.getByRole('status').filter({ hasText: 'Kopja rezervë u shkarkua' })).toBeVisible()
}

test('a backup restored into a fresh browser profile brings back articles, text, tags, checks, verdicts and the brief', async ({ page, browser }, info) => {
  await doSomeWork(page)
  const before = await settledWorkspace(page)
  const file = info.outputPath('redaktor-backup.json')
  await backUp(page, file)
  expect(await readWorkspace(page), 'nothing changed while the backup was made').toEqual(before)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await openApp(other)
  await other.getByTestId('import-workspace').setInputFiles(file)
  const dialog = other.getByRole('dialog', { name: 'Të rikthehet kopja rezervë?' })
  await expect(dialog.getByTestId('restore-plan')).toContainText('ka 2 artikuj dhe 0 versione')
  // The fresh profile has its own copy of the seed, which only replacing removes: the dialog names it.
  await dialog.getByRole('radio', { name: /Zëvendëso gjithë punën/ }).check()
  await expect(dialog.getByTestId('restore-plan')).toContainText('1 artikull që është vetëm këtu fshihet')
  await other.screenshot({ path: 'test-results/screens/backup-restore-plan.png' })
  await dialog.getByTestId('confirm-restore').click()
  await expect(other.getByRole('status').filter({ hasText: 'U rikthyen 2 artikuj nga «redaktor-backup.json».' })).toBeVisible()

  const after = await readWorkspace(other)
  expect(after.articles).toEqual(before.articles)
  expect(after.quotes).toEqual(before.quotes)
  expect(after.checks).toEqual(before.checks)
  expect(after.briefs).toEqual(before.briefs)
  expect(after.sources).toEqual(before.sources)
  // What the editor sees, too.
  await expect(other.getByTestId('article-item')).toHaveCount(2)
  await other.getByTestId('article-item').filter({ hasText: 'Presidenti' }).click()
  await expect(other.getByTestId('pane-quotes').getByTestId('quote-item').and(other.locator('[data-state="confirmed"]'))).toHaveCount(5)
  await showPane(other, 'checks')
  await expect(other.getByTestId('pane-checks').getByTestId('check-item').and(other.locator('[data-verdict="follow-up"]'))).toHaveCount(1)
  await showPane(other, 'brief')
  await expect(other.getByTestId('pane-brief').getByRole('textbox', { name: 'Titulli' })).toHaveValue('Putin pranon armëpushim të pjesshëm')
  // The brief follows the verdict restored with it.
  await expect(other.getByTestId('brief-quote').filter({ hasText: 'normalizimin e marrëdhënieve' })).toHaveAttribute('data-verdict', 'follow-up')
  await fresh.close()
})

test('a truncated backup and one from a newer version are refused with a clear message, and nothing changes', async ({ page }, info) => {
  await doSomeWork(page)
  const file = info.outputPath('kopja.json')
  await backUp(page, file)
  const text = readFileSync(file, 'utf8')
  const truncated = info.outputPath('kopja-e-prere.json')
  writeFileSync(truncated, text.slice(0, Math.floor(text.length * 0.6)))
  const newer = info.outputPath('kopja-e-re.json')
  const json = JSON.parse(text)
  const known = json.data.databaseVersion
  json.data.databaseVersion = 99
  writeFileSync(newer, JSON.stringify(json))
  const binary = info.outputPath('foto.json')
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]))
  const before = await settledWorkspace(page)

  const cases: Array<[string, string]> = [
    [truncated, '«kopja-e-prere.json» nuk është JSON i plotë: skedari është i dëmtuar ose i prerë.'],
    [newer, `«kopja-e-re.json» u bë nga një version më i ri i Redaktorit (skema 99; ky version njeh deri në ${known}).`],
    [binary, '«foto.json» nuk është JSON i plotë'],
  ]
  for (const [path, message] of cases) {
    await page.getByTestId('import-workspace').setInputFiles(path)
    const refused = page.getByTestId('backup-refused')
    await expect(refused).toHaveAttribute('role', 'alert')
    await expect(refused).toContainText(message)
    await expect(refused).toContainText('Asgjë nuk ndryshoi në punën tuaj.')
    if (path === newer) await page.screenshot({ path: 'test-results/screens/backup-refused.png' })
    await page.getByRole('dialog', { name: 'Kopja nuk u rikthye' }).getByRole('button', { name: 'Mbyll' }).click()
  }
  expect(await readWorkspace(page)).toEqual(before)
})

test('adding a backup to the workspace keeps the copy here of an article it replaces in that article’s history', async ({ page }, info) => {
  await openApp(page)
  await waitForSave(page)
  const file = info.outputPath('para.json')
  await backUp(page, file)
  const first = page.getByTestId('editor').locator('p').first()
  await first.click({ position: { x: 1, y: 4 } })
  await page.keyboard.press('Home')
  await page.keyboard.type('KËTU: ')
  await waitForSave(page)

  await page.getByTestId('import-workspace').setInputFiles(file)
  const dialog = page.getByRole('dialog', { name: 'Të rikthehet kopja rezervë?' })
  await expect(dialog.getByRole('radio', { name: /Shtoje te puna e tanishme/ })).toBeChecked()
  await expect(dialog.getByTestId('restore-plan')).toContainText('1 artikull që është edhe këtu zëvendësohet nga kopja')
  await dialog.getByTestId('confirm-restore').click()
  await expect(first).toHaveText(/^Presidenti/)
  await page.getByTestId('revisions').click()
  const kept = page.getByTestId('revision-item').and(page.locator('[data-kind="before-import"]'))
  await expect(kept).toContainText('Para rikthimit të kopjes rezervë «para.json»')
  await kept.getByTestId('restore-revision').click()
  await expect(first).toHaveText(/^KËTU: Presidenti/)
})
