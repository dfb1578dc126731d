import type { Page } from '@playwright/test'
import { expect, openApp, SEED_FIRST_SENTENCE, test, waitForSave, showPane } from './fixtures'
import { readWorkspace } from './workspace'

const firstParagraph = (page: Page) => page.getByTestId('editor').locator('p').first()

async function typeAtStart(page: Page, text: string): Promise<void> {
  await firstParagraph(page).click({ position: { x: 1, y: 4 } })
  await page.keyboard.press('Home')
  await page.keyboard.type(text)
  await waitForSave(page)
}

async function saveVersion(page: Page, name?: string): Promise<void> {
  await page.getByTestId('take-snapshot').click()
  const dialog = page.getByRole('dialog', { name: 'Versioni u ruajt' })
  await expect(dialog).toBeVisible()
  if (name) {
    await dialog.getByRole('textbox').fill(name)
    await dialog.getByRole('button', { name: 'Ruaj emrin' }).click()
  } else {
    await dialog.getByRole('button', { name: 'Pa emër' }).click()
  }
  await expect(dialog).toBeHidden()
}

test('a version is saved, the text edited, the version restored, and the restore undone', async ({ page }) => {
  await openApp(page)
  await saveVersion(page, 'Para redaktimit')
  await typeAtStart(page, 'LAJM I FUNDIT: ')
  await expect(firstParagraph(page)).toHaveText(/^LAJM I FUNDIT: Presidenti/)

  await page.getByTestId('revisions').click()
  const list = page.getByTestId('revisions-dialog')
  const saved = list.getByTestId('revision-item').and(page.locator('[data-kind="manual"]'))
  await expect(saved).toHaveCount(1)
  await expect(saved).toContainText('Para redaktimit')
  // Against the current text, the words typed since are only in the current text.
  await expect(list.getByTestId('revision-diff').locator('del.diff-current')).toHaveText(['LAJM I FUNDIT: '])
  await expect(list.getByTestId('revision-summary')).toContainText('0 fjalë vetëm në këtë version, 3 vetëm tani')
  await page.screenshot({ path: 'test-results/screens/revisions-list.png' })

  await saved.getByTestId('restore-revision').click()
  await expect(list).toBeHidden()
  await expect(firstParagraph(page)).toHaveText(new RegExp(`^${SEED_FIRST_SENTENCE}`))
  const notice = page.getByRole('status').filter({ hasText: 'U rikthye versioni' })
  await expect(notice).toBeVisible()

  // The restore is itself a revision: Undo brings the edited text back.
  await notice.getByRole('button', { name: 'Zhbëje' }).click()
  await expect(firstParagraph(page)).toHaveText(/^LAJM I FUNDIT: Presidenti/)
  await expect(page.getByRole('status').filter({ hasText: 'Rikthimi u zhbë.' })).toBeVisible()
  await page.reload()
  await expect(firstParagraph(page)).toHaveText(/^LAJM I FUNDIT: Presidenti/)

  await page.getByTestId('revisions').click()
  await expect(page.getByTestId('revision-item').and(page.locator('[data-kind="before-restore"]'))).toHaveCount(2)
})

test('tags and verdicts come back with the text when a version is restored', async ({ page }) => {
  await openApp(page)
  const quotes = page.getByTestId('pane-quotes')
  await quotes.getByRole('button', { name: 'Prano të gjitha' }).click()
  await expect(quotes.getByTestId('quote-item').and(page.locator('[data-state="confirmed"]'))).toHaveCount(5)
  const tagged = quotes.getByTestId('quote-item').filter({ hasText: 'marrëveshje të mëdha ekonomike' })
  const id = (await tagged.getAttribute('data-quote-id'))!
  await showPane(page, 'checks')
  const result = page.getByTestId('pane-checks').getByTestId('check-item').and(page.locator(`[data-quote-id="${id}"]`))
  await result.getByRole('button').first().click()
  const drawer = page.getByTestId('check-drawer')
  await drawer.getByRole('radio', { name: 'I konfirmuar' }).check()
  await drawer.getByRole('button', { name: 'Ruaj vendimin' }).click()
  await drawer.getByRole('button', { name: 'Mbyll', exact: true }).click()
  await expect(result).toHaveAttribute('data-verdict', 'confirmed')
  await saveVersion(page)

  // Everything is selected and deleted: the tags go with their words.
  await firstParagraph(page).click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('Delete')
  await waitForSave(page)
  await expect(quotes.getByTestId('quote-item').and(page.locator('[data-gone]'))).toHaveCount(5)

  await page.getByTestId('revisions').click()
  await page.getByTestId('revision-item').and(page.locator('[data-kind="manual"]')).getByTestId('restore-revision').click()
  await expect(firstParagraph(page)).toHaveText(new RegExp(`^${SEED_FIRST_SENTENCE}`))
  await expect(quotes.getByTestId('quote-item').and(page.locator('[data-state="confirmed"]:not([data-gone])'))).toHaveCount(5)
  await expect(page.getByTestId('editor').locator('mark.ed-quote-mark')).toHaveCount(5)
  await expect(result).toHaveAttribute('data-verdict', 'confirmed')
})

test('a tag whose words were deleted stays, detached, after a reload, and can be anchored again or deleted', async ({ page }) => {
  await openApp(page)
  const quotes = page.getByTestId('pane-quotes')
  const item = quotes.getByTestId('quote-item').filter({ hasText: 'normalizimin e marrëdhënieve' })
  await item.getByRole('button', { name: 'Prano' }).click()
  await expect(item).toHaveAttribute('data-state', 'confirmed')
  const id = (await item.getAttribute('data-quote-id'))!
  const row = quotes.locator(`[data-testid="quote-item"][data-quote-id="${id}"]`)

  // The tagged words are cut out; no undo survives the reload.
  await page.getByTestId('editor').evaluate((editor) => (editor as HTMLElement).focus())
  const mark = page.getByTestId('editor').locator('mark.ed-quote-mark')
  await mark.click()
  // Delete only once the editor has taken the new selection, which it learns from an asynchronous event.
  await mark.evaluate(
    (node) =>
      new Promise<void>((resolve) => {
        document.addEventListener('selectionchange', () => requestAnimationFrame(() => resolve()), { once: true })
        const range = document.createRange()
        range.selectNodeContents(node)
        getSelection()!.removeAllRanges()
        getSelection()!.addRange(range)
      }),
  )
  await page.keyboard.press('Delete')
  await waitForSave(page)
  await expect(row).toHaveAttribute('data-gone', 'true')
  await page.reload()
  await expect(row).toHaveAttribute('data-gone', 'true')
  await expect(row).toContainText('I shkëputur')
  await row.screenshot({ path: 'test-results/screens/detached-tag.png' })
  expect((await readWorkspace(page)).quotes.find((quote) => quote.id === id)).toMatchObject({ state: 'confirmed', orphaned: true })

  // The editor types the words again elsewhere and anchors the tag to them.
  await firstParagraph(page).click({ position: { x: 1, y: 4 } })
  await page.keyboard.press('Home')
  await page.keyboard.type('normalizimin e marrëdhënieve. ')
  await row.getByRole('button', { name: 'Lidhe përsëri' }).click()
  await expect(row).not.toHaveAttribute('data-gone', 'true')
  await expect(mark).toHaveText('normalizimin e marrëdhënieve')

  // Deleting a detached tag keeps the article as it was in a revision.
  await page.keyboard.press('ControlOrMeta+z')
  await expect(row).toHaveAttribute('data-gone', 'true')
  await row.getByRole('button', { name: /Fshije/ }).click()
  await expect(row).toHaveCount(0)
  await page.getByTestId('revisions').click()
  await expect(page.getByTestId('revision-item').and(page.locator('[data-kind="before-delete"]'))).toContainText('normalizimin e marrëdhënieve')
})
