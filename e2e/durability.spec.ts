import type { Page } from '@playwright/test'
import { expect, openApp, showPane, test, waitForSave } from './fixtures'
import { failWrites, readWorkspace } from './workspace'

const firstParagraph = (page: Page) => page.getByTestId('editor').locator('p').first()

test('twenty reloads, each 300 ms after the last keystroke, lose nothing', async ({ page }) => {
  test.setTimeout(120_000)
  await openApp(page)
  await waitForSave(page)
  let typed = ''
  for (let round = 1; round <= 20; round++) {
    await firstParagraph(page).click({ position: { x: 1, y: 4 } })
    await page.keyboard.press('Home')
    const words = `r${round} `
    await page.keyboard.type(words)
    typed = words + typed
    await page.waitForTimeout(300)
    await page.reload()
    await expect(page.getByTestId('editor')).toBeVisible()
    await expect(firstParagraph(page)).toHaveText(new RegExp(`^${typed}Presidenti`))
  }
})

test('a write that fails shows “not saved” with the reason, keeps the edit, and is saved once the fault clears', async ({ page }) => {
  await openApp(page)
  await waitForSave(page)
  const fault = await failWrites(page)
  await firstParagraph(page).click({ position: { x: 1, y: 4 } })
  await page.keyboard.press('Home')
  await page.keyboard.type('PA HAPËSIRË ')
  const status = page.getByTestId('save-state')
  await expect(status).toHaveAttribute('data-state', 'failed')
  await expect(status).toHaveAttribute('role', 'alert')
  await expect(status).toContainText('Nuk u ruajt: hapësira e ruajtjes është plot')
  await page.screenshot({ path: 'test-results/screens/save-failed.png', clip: { x: 240, y: 820, width: 720, height: 80 } })
  // It never claims to be saved while the disk refuses, however long it keeps trying.
  await page.waitForTimeout(1500)
  await expect(status).toHaveAttribute('data-state', 'failed')
  expect((await readWorkspace(page)).articles[0].plainText).not.toContain('PA HAPËSIRË')

  await fault.clear()
  await status.getByRole('button', { name: 'Provo tani' }).click()
  await waitForSave(page)
  await page.reload()
  await expect(firstParagraph(page)).toHaveText(/^PA HAPËSIRË Presidenti/)
})

test('a failure to create or delete an article reaches the editor as an alert, and nothing is lost', async ({ page }) => {
  await openApp(page)
  // The seed was stored as plain text: its first opening stores its editor state, a moment after
  // the editor shows. That write lands before the snapshot, so the faults below cannot hold it back.
  await expect.poll(async () => (await readWorkspace(page)).articles[0].editorState).not.toBeNull()
  const before = await readWorkspace(page)
  const fault = await failWrites(page)
  await page.getByTestId('new-article').click()
  await expect(page.getByRole('alert').filter({ hasText: 'Artikulli nuk u krijua: hapësira e ruajtjes është plot' })).toBeVisible()
  // A write no one waits for (the interface language) is told too.
  await page.getByLabel('Gjuha').selectOption('en')
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong: storage is full' })).toBeVisible()
  await fault.clear()
  expect((await readWorkspace(page)).articles).toEqual(before.articles)
  await expect(page.getByTestId('article-item')).toHaveCount(1)
})

test('a worker that crashes is restarted, the pane says so, and the quotes are still found', async ({ page }) => {
  await openApp(page)
  const quotes = page.getByTestId('pane-quotes')
  await expect(quotes.getByTestId('quote-item')).toHaveCount(5)
  const worker = page.workers().find((candidate) => candidate.url().includes('analysis'))
  expect(worker, 'the analysis worker is running').toBeTruthy()
  // An uncaught error inside the worker, as a bug in the analysis would throw.
  await worker!.evaluate(() => setTimeout(() => {
    throw new Error('analysis crashed')
  }))
  await expect(quotes.getByRole('status').filter({ hasText: 'Analiza e citimeve u ndal papritur dhe u rinis.' })).toBeVisible()
  // The new worker answers: an edit is analysed again.
  await firstParagraph(page).click({ position: { x: 1, y: 4 } })
  await page.keyboard.press('Home')
  await page.keyboard.type('Ministri tha: “Kjo është e re.” ')
  await expect(quotes.getByTestId('quote-item').filter({ hasText: 'Kjo është e re.' })).toHaveCount(1)
  await expect(quotes.getByTestId('quote-item')).toHaveCount(6)
})

test('a check round that fails says why, and the message closes', async ({ page }) => {
  await openApp(page)
  await showPane(page, 'checks')
  const checks = page.getByTestId('pane-checks')
  await expect(checks.getByTestId('check-item').first()).toBeVisible()
  const worker = page.workers().find((candidate) => candidate.url().includes('checks'))
  expect(worker, 'the checks worker is running').toBeTruthy()
  // Every round from now on fails, as a bug in the checker would make it.
  await worker!.evaluate(() => {
    const scope = self as unknown as { onmessage: unknown; postMessage: (message: unknown) => void }
    scope.onmessage = (event: MessageEvent<{ seq: number }>) => scope.postMessage({ type: 'error', seq: event.data.seq, message: 'the checker broke' })
  })
  await firstParagraph(page).click({ position: { x: 1, y: 4 } })
  await page.keyboard.press('Home')
  await page.keyboard.type('Ministri tha: “Kjo është e re.” ')
  const failure = checks.getByRole('alert').filter({ hasText: 'Kontrolli dështoi: the checker broke' })
  await expect(failure).toBeVisible()
  await checks.screenshot({ path: 'test-results/screens/check-failed.png' })
  await failure.getByRole('button').click()
  await expect(failure).toBeHidden()
})

test('a database written by a newer version is refused with a clear message, and its data is left as it was', async ({ page }) => {
  await openApp(page)
  await firstParagraph(page).click({ position: { x: 1, y: 4 } })
  await page.keyboard.press('Home')
  await page.keyboard.type('E RËNDËSISHME ')
  await waitForSave(page)
  // A newer Redaktor opens the same database in another window and upgrades it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('redaktor', 990)
        request.onupgradeneeded = () => request.result.createObjectStore('drafts', { keyPath: 'id' })
        request.onsuccess = () => {
          request.result.close()
          resolve()
        }
        request.onerror = () => reject(request.error)
      }),
  )
  // This window let go of the database and says why it no longer saves.
  await expect(page.getByRole('alert').filter({ hasText: 'Redaktori u hap në një version më të ri në një dritare tjetër' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('alert')).toContainText(/u shkruan nga një version më i ri i Redaktorit \(skema 99; ky version njeh deri në \d+\)\. Asgjë nuk u ndryshua\./)
  const stored = await page.evaluate(
    () =>
      new Promise<{ version: number; text: string }>((resolve) => {
        const request = indexedDB.open('redaktor')
        request.onsuccess = () => {
          const db = request.result
          const get = db.transaction('articles').objectStore('articles').getAll()
          get.onsuccess = () => resolve({ version: db.version, text: (get.result as Array<{ plainText: string }>)[0].plainText })
        }
      }),
  )
  expect(stored.version).toBe(990)
  expect(stored.text).toMatch(/^E RËNDËSISHME Presidenti/)
})

test('while another window holds an older version open, opening waits and says so, then goes on', async ({ page, context }) => {
  // A page of the same origin without the app, holding the database at version 1 as an old window would.
  const holder = await context.newPage()
  await holder.route('**/old-window.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old</title>' }))
  await holder.goto('./old-window.html')
  await holder.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('redaktor', 10)
        request.onupgradeneeded = () => {
          const db = request.result
          for (const [name, key] of [['articles', 'id'], ['revisions', 'id'], ['sources', 'id'], ['entities', 'id'], ['quotes', 'id'], ['checks', 'id'], ['briefs', 'id'], ['settings', 'key']]) {
            db.createObjectStore(name, { keyPath: key })
          }
        }
        request.onsuccess = () => {
          ;(window as unknown as { held: IDBDatabase }).held = request.result
          request.result.onversionchange = () => undefined // an old window that does not let go
          resolve()
        }
      }),
  )
  await page.goto('./index.html')
  await expect(page.getByRole('alert')).toContainText('Redaktori është hapur në një dritare tjetër me një version më të vjetër')
  await holder.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close())
  await expect(page.getByTestId('editor')).toBeVisible()
  await expect(page.getByTestId('article-item')).toHaveCount(1)
})
