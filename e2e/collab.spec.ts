import { randomUUID } from 'node:crypto'
import type { Locator, Page } from '@playwright/test'
import { startCollabServer, type CollabServer } from './collabServer'
import { expect, openApp, selectInEditor, showPane, test as base, waitForSave } from './fixtures'

// Two editors on one shared article, each in a fresh browser profile, against the real server started per test.

interface Person {
  name: string
  color: string
  /** The colour as the browser computes it, e.g. in a cursor's style. */
  rgb: string
}

const ANA: Person = { name: 'Ana', color: '#c2255c', rgb: '194, 37, 92' }
const BLERIM: Person = { name: 'Blerim', color: '#1971c2', rgb: '25, 113, 194' }
const CENE: Person = { name: 'Cene', color: '#2f9e44', rgb: '47, 158, 68' }

const TOKEN = 'redaksia-e2e-4f1c9a'
const FIRST_PARAGRAPH = 'Presidenti Vladimir Putin ka rënë dakord të ndalojë sulmet në infrastrukturën energjetike të Ukrainës, raportojnë mediat shtetërore ruse.'
const LINK = /^redaktor:\/\/shared\/([\w-]+)$/

// What arrives from the other editor goes through a server and a second browser: wait for it generously.
// This bounds the wait only; nothing here asserts how fast it is.
const SYNC = { timeout: 30_000 }

/** Errors a refused connection may log in the refused page's console: the connection's own, nothing else. */
const CONNECTION_ERROR = /WebSocket|ws:\/\/|refused|unauthori[sz]ed|forbidden|permission|authenticat/i

interface NewEditorOptions {
  /** Console errors matching this are reported, not failed on (the page of a refused connection). */
  tolerate?: RegExp
}

const test = base.extend<{ server: CollabServer; newEditor: (options?: NewEditorOptions) => Promise<Page> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  server: async ({}, use, testInfo) => {
    const server = await startCollabServer(TOKEN)
    await server.listening()
    await use(server)
    await testInfo.attach('collab-server.log', { body: server.output(), contentType: 'text/plain' })
    await server.stop()
  },
  // A second (third) editor: a fresh browser profile of its own, its console watched as the first page's is.
  newEditor: async ({ browser, baseURL, locale, viewport, consoleErrors }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = []
    await use(async ({ tolerate } = {}) => {
      const context = await browser.newContext({ baseURL, locale, viewport })
      contexts.push(context)
      const page = await context.newPage()
      const record = (text: string) => {
        if (tolerate?.test(text)) console.log(`tolerated console error (refused connection): ${text}`)
        else consoleErrors.push(text)
      }
      page.on('console', (message) => message.type() === 'error' && record(message.text()))
      page.on('pageerror', (error) => consoleErrors.push(error.message))
      return page
    })
    for (const context of contexts) await context.close()
  },
})

test.describe.configure({ timeout: 120_000 })

const editor = (page: Page) => page.getByTestId('editor')
const status = (page: Page) => page.getByTestId('collab-status')
const paragraphs = (page: Page) => editor(page).locator('p')
const quoteItems = (page: Page) => page.getByTestId('pane-quotes').getByTestId('quote-item')
const quoteItem = (page: Page, words: string): Locator => quoteItems(page).filter({ has: page.locator('.quote-text', { hasText: words }) })
const confirmed = (page: Page) => page.locator('[data-state="confirmed"]')

/** Opens the app on a fresh profile and sets the sharing server, token, name and colour in the "Bashkëpunimi" dialog. */
async function joinAs(page: Page, server: CollabServer, person: Person, token = server.token): Promise<void> {
  await openApp(page)
  // Checked first so that a missing button fails in seconds, not at the test's timeout.
  await expect(page.getByTestId('collab-settings')).toBeVisible()
  await page.getByTestId('collab-settings').click()
  const dialog = page.getByRole('dialog', { name: 'Bashkëpunimi' })
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('collab-server').fill(server.url)
  await dialog.getByTestId('collab-token').fill(token)
  await dialog.getByTestId('collab-name').fill(person.name)
  await dialog.getByTestId('collab-color').fill(person.color)
  // Saving reloads the page (the new server must be admitted by its Content-Security-Policy).
  const reloaded = page.waitForEvent('load')
  await dialog.getByTestId('collab-save').click()
  await reloaded
  await expect(editor(page)).toHaveAttribute('contenteditable', 'true')
}

/** Types at the very start of the article's first paragraph. */
async function typeAtStart(page: Page, text: string): Promise<void> {
  await paragraphs(page).first().click({ position: { x: 1, y: 8 } })
  await page.keyboard.press('Home')
  await page.keyboard.type(text)
}

/** Shares the open article and returns its link, `redaktor://shared/<id>`. */
async function share(page: Page, server: CollabServer): Promise<string> {
  await server.listening()
  await expect(status(page)).toHaveAttribute('data-state', 'local')
  await page.getByTestId('share-article').click()
  const link = page.getByTestId('share-link')
  await expect(link).toHaveValue(LINK)
  await expect(status(page)).toHaveAttribute('data-state', 'connected', SYNC)
  return link.inputValue()
}

/** Opens a shared article from its link or bare id, as an editor pastes it into "open shared". */
async function openShared(page: Page, linkOrId: string): Promise<void> {
  await page.getByTestId('open-shared').click()
  await page.getByTestId('open-shared-input').fill(linkOrId)
  await page.getByTestId('open-shared-confirm').click()
}

/** Ana shares the seed article (with `marker` typed into it first, so it differs from every other profile's seed) and Blerim opens it. */
async function shareWithBlerim(ana: Page, blerim: Page, server: CollabServer, marker = 'NGA REDAKSIA: '): Promise<string> {
  await Promise.all([joinAs(ana, server, ANA), joinAs(blerim, server, BLERIM)])
  await typeAtStart(ana, marker)
  await waitForSave(ana)
  const link = await share(ana, server)
  await openShared(blerim, link)
  await expect(paragraphs(blerim).first()).toHaveText(marker + FIRST_PARAGRAPH, SYNC)
  await expect(status(blerim)).toHaveAttribute('data-state', 'connected', SYNC)
  return link
}

/** Resolves with the time (ms since the epoch, the machine's one clock) at which the page's editor first holds `text`. */
function whenEditorHolds(page: Page, text: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const holds = () => document.querySelector('[data-testid="editor"]')?.textContent?.includes(wanted) ?? false
        if (holds()) return resolve(Date.now())
        const observer = new MutationObserver(() => {
          if (!holds()) return
          observer.disconnect()
          resolve(Date.now())
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
      }),
    text,
  )
  // A page closed by a test failing earlier: nothing was measured (the failure says why).
    .catch(() => Number.NaN)
}

/** Types `word` where the caret is, and returns when its last key went down: the moment the word exists. */
async function typeWord(page: Page, word: string): Promise<number> {
  await page.keyboard.type(word.slice(0, -1))
  const sent = Date.now()
  await page.keyboard.type(word.slice(-1))
  return sent
}

const checkItem = (page: Page, quoteId: string): Locator => page.getByTestId('pane-checks').getByTestId('check-item').and(page.locator(`[data-quote-id="${quoteId}"]`))

/** Opens the Checks pane on a quote's result (its drawer) once it is checked; returns the drawer. */
async function openCheck(page: Page, quoteId: string): Promise<Locator> {
  await showPane(page, 'checks')
  const result = checkItem(page, quoteId)
  await expect(result).toHaveCount(1, SYNC)
  await expect(result).not.toHaveAttribute('data-status', 'pending', SYNC)
  await result.getByRole('button').first().click()
  const drawer = page.getByTestId('check-drawer')
  await expect(drawer).toBeVisible()
  return drawer
}

async function giveVerdict(page: Page, quoteId: string, verdict: string, note: string): Promise<void> {
  const drawer = await openCheck(page, quoteId)
  await drawer.getByTestId('verdict-option').and(page.locator(`[data-verdict="${verdict}"]`)).locator('input').check()
  await drawer.getByLabel('Shënim (jo i detyrueshëm)').fill(note)
  await drawer.getByTestId('save-verdict').click()
  await expect(drawer.getByRole('status').filter({ hasText: 'Vendimi u ruajt.' })).toBeVisible()
  await drawer.getByRole('button', { name: 'Mbyll', exact: true }).click()
  await expect(checkItem(page, quoteId)).toHaveAttribute('data-verdict', verdict)
}

/** All a drawer shows, the values of its fields included (a verdict's note may sit in its text box). */
const shownIn = (drawer: Locator) =>
  drawer.evaluate((root) => [root.textContent ?? '', ...[...root.querySelectorAll('input, textarea')].map((field) => (field as HTMLInputElement).value)].join('\n'))

/** Where the Checks pane says who gave a check's verdict, or lists its earlier ones: in its row or its open drawer. */
const aboutVerdict = (page: Page, quoteId: string, testId: 'verdict-by' | 'verdict-history'): Locator =>
  page.getByTestId('check-drawer').getByTestId(testId).or(checkItem(page, quoteId).getByTestId(testId)).first()

/** Ana confirms every seed quote and Blerim sees them confirmed; returns the id of the quote with `words`. */
async function confirmAllAndWait(ana: Page, blerim: Page, words: string): Promise<string> {
  await expect(quoteItems(ana)).toHaveCount(5)
  await ana.getByTestId('pane-quotes').getByRole('button', { name: 'Prano të gjitha' }).click()
  await expect(quoteItems(ana).and(confirmed(ana))).toHaveCount(5)
  await expect(quoteItems(blerim).and(confirmed(blerim))).toHaveCount(5, SYNC)
  const id = (await quoteItem(ana, words).getAttribute('data-quote-id'))!
  await expect(quoteItem(blerim, words)).toHaveAttribute('data-quote-id', id)
  return id
}

/** Photographs two pages at 960×820 each and puts them side by side in one picture. */
async function photographSideBySide(left: Page, right: Page, path: string): Promise<void> {
  const shots: Buffer[] = []
  for (const page of [left, right]) {
    await page.setViewportSize({ width: 960, height: 820 })
    shots.push(await page.screenshot())
  }
  const sheet = await right.context().newPage()
  await sheet.setViewportSize({ width: 1920, height: 820 })
  await sheet.setContent(
    `<body style="margin:0;display:flex;background:#fff">${shots
      .map((shot, at) => `<img src="data:image/png;base64,${shot.toString('base64')}" width="960" height="820" alt="" style="display:block${at ? ';box-shadow:-1px 0 0 #868e96' : ''}">`)
      .join('')}</body>`,
  )
  await sheet.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0))
  await sheet.screenshot({ path })
  await sheet.close()
}

test('an article Ana shares opens in Blerim’s editor, from its link, with the same text', async ({ page: ana, newEditor, server }) => {
  const blerim = await newEditor()
  await Promise.all([joinAs(ana, server, ANA), joinAs(blerim, server, BLERIM)])
  // Typed before sharing, so it is not the text every fresh profile's seed has anyway.
  await typeAtStart(ana, 'LAJM I NDARË: ')
  await waitForSave(ana)
  const link = await share(ana, server)
  expect(link).toMatch(LINK)

  await openShared(blerim, link)
  await expect(paragraphs(blerim).first()).toHaveText(`LAJM I NDARË: ${FIRST_PARAGRAPH}`, SYNC)
  await expect(paragraphs(blerim)).toHaveText(await paragraphs(ana).allTextContents())
  await expect(status(blerim)).toHaveAttribute('data-state', 'connected')
  await expect(status(ana)).toHaveAttribute('data-state', 'connected')
  // It is an article of Blerim's now, beside his own seed, and the one open.
  await expect(blerim.getByTestId('article-item')).toHaveCount(2)
  await expect(blerim.locator('[data-testid="article-item"][aria-current="page"]')).toContainText('LAJM I NDARË')
  // Its embedded statement is set apart for him too.
  await expect(editor(blerim).locator('.ed-source-heading')).toHaveText('Deklarata e Shtëpisë së Bardhë:')
})

test('what Ana types appears in Blerim’s editor, and what he types in hers', async ({ page: ana, newEditor, server }) => {
  const blerim = await newEditor()
  await shareWithBlerim(ana, blerim, server)

  await typeAtStart(ana, '')
  const toBlerim = whenEditorHolds(blerim, 'Rrufeshëm')
  const typedByAna = await typeWord(ana, 'Rrufeshëm')
  await expect(paragraphs(blerim).first()).toContainText('Rrufeshëm', SYNC)
  console.log(`Ana → Blerim: a typed word arrived after ${(await toBlerim) - typedByAna} ms`)

  await paragraphs(blerim).nth(1).click({ position: { x: 1, y: 8 } })
  await blerim.keyboard.press('Home')
  const toAna = whenEditorHolds(ana, 'Menjëherë')
  const typedByBlerim = await typeWord(blerim, 'Menjëherë')
  await expect(paragraphs(ana).nth(1)).toHaveText(/^Menjëherë/, SYNC)
  console.log(`Blerim → Ana: a typed word arrived after ${(await toAna) - typedByBlerim} ms`)

  await expect(paragraphs(blerim)).toHaveText(await paragraphs(ana).allTextContents(), SYNC)
})

test('a quote Ana confirms or tags by hand shows in Blerim’s Quotes pane', async ({ page: ana, newEditor, server }) => {
  const blerim = await newEditor()
  await shareWithBlerim(ana, blerim, server)
  await expect(quoteItems(ana)).toHaveCount(5)
  await expect(quoteItems(blerim)).toHaveCount(5, SYNC)
  await expect(quoteItem(blerim, 'normalizimin e marrëdhënieve')).toHaveAttribute('data-state', 'suggested')

  // A suggestion confirmed.
  await quoteItem(ana, 'normalizimin e marrëdhënieve').getByRole('button', { name: 'Prano', exact: true }).click()
  await expect(quoteItem(ana, 'normalizimin e marrëdhënieve')).toHaveAttribute('data-state', 'confirmed')
  await expect(quoteItem(blerim, 'normalizimin e marrëdhënieve')).toHaveAttribute('data-state', 'confirmed', SYNC)
  await expect(quoteItem(blerim, 'normalizimin e marrëdhënieve')).toHaveAttribute('data-speaker', (await quoteItem(ana, 'normalizimin e marrëdhënieve').getAttribute('data-speaker'))!)

  // Reported speech no detector suggests: only Ana's tag can bring it to Blerim.
  const claim = 'Putin ka urdhëruar ushtrinë që të ndalojë sulmet në ato objektiva për 30 ditë'
  await selectInEditor(ana, claim)
  await ana.getByTestId('tag-quote').click()
  await expect(quoteItem(ana, claim)).toHaveAttribute('data-state', 'confirmed')
  const tagged = quoteItem(blerim, claim)
  await expect(tagged).toHaveAttribute('data-state', 'confirmed', SYNC)
  await expect(tagged).toHaveAttribute('data-kind', 'indirect')
  await expect(tagged).toHaveAttribute('data-speaker', (await quoteItem(ana, claim).getAttribute('data-speaker'))!)
  await expect(tagged).toHaveAttribute('data-quote-id', (await quoteItem(ana, claim).getAttribute('data-quote-id'))!)
  await expect(quoteItems(blerim)).toHaveCount(6)
  // And on its words in his editor.
  await expect(editor(blerim).locator('mark.ed-quote-mark').filter({ hasText: claim })).toHaveCount(1, SYNC)
})

test('a verdict Blerim gives in the Checks pane shows in Ana’s, naming him', async ({ page: ana, newEditor, server }) => {
  const blerim = await newEditor()
  await shareWithBlerim(ana, blerim, server)
  const id = await confirmAllAndWait(ana, blerim, 'normalizimin e marrëdhënieve')
  await showPane(ana, 'checks')

  await giveVerdict(blerim, id, 'follow-up', 'Pyet Moskën për burimin.')
  await expect(checkItem(ana, id)).toHaveAttribute('data-verdict', 'follow-up', SYNC)
  const drawer = await openCheck(ana, id)
  await expect(aboutVerdict(ana, id, 'verdict-by')).toContainText('Dhënë nga Blerim')
  await expect(drawer.getByRole('radio', { name: 'Kërkon verifikim' })).toBeChecked()
  await expect.poll(() => shownIn(drawer)).toContain('Pyet Moskën për burimin.')
  // The one who gave it sees his own name too.
  await openCheck(blerim, id)
  await expect(aboutVerdict(blerim, id, 'verdict-by')).toContainText('Dhënë nga Blerim')
})

test('two verdicts on one check, one given offline: after reconnecting both show the later, the earlier in the history with its author', async ({
  page: ana,
  newEditor,
  server,
}) => {
  const blerim = await newEditor()
  await shareWithBlerim(ana, blerim, server)
  const id = await confirmAllAndWait(ana, blerim, 'normalizimin e marrëdhënieve')
  // Playwright's offline blocks the page's own loopback server too, which a real network loss does
  // not: the Checks pane's code is loaded, and the check made, before the network goes.
  await openCheck(blerim, id)
  await blerim.getByTestId('check-drawer').getByRole('button', { name: 'Mbyll', exact: true }).click()

  await blerim.context().setOffline(true)
  await expect(status(blerim)).toHaveAttribute('data-state', 'offline')
  // Blerim's verdict, given offline, is the earlier one; Ana's, given after it was saved, the later.
  // It reaches Ana only after hers: arriving last must not make it current.
  await giveVerdict(blerim, id, 'follow-up', 'Pyet Moskën.')
  await giveVerdict(ana, id, 'confirmed', 'Moska e tha vetë.')
  await expect(checkItem(blerim, id)).toHaveAttribute('data-verdict', 'follow-up')

  await blerim.context().setOffline(false)
  await expect(status(blerim)).toHaveAttribute('data-state', 'connected', SYNC)
  await expect(checkItem(blerim, id)).toHaveAttribute('data-verdict', 'confirmed', SYNC)
  // Ana's received Blerim's once he was back (the history says so) and kept hers.
  await openCheck(ana, id)
  await expect(aboutVerdict(ana, id, 'verdict-history')).toContainText('Kërkon verifikim', SYNC)
  await expect(aboutVerdict(ana, id, 'verdict-history')).toContainText('Blerim')
  await expect(checkItem(ana, id)).toHaveAttribute('data-verdict', 'confirmed')
  await expect(aboutVerdict(ana, id, 'verdict-by')).toContainText('Dhënë nga Ana')

  await openCheck(blerim, id)
  await expect(blerim.getByTestId('check-drawer').getByRole('radio', { name: 'I konfirmuar' })).toBeChecked()
  await expect(aboutVerdict(blerim, id, 'verdict-by')).toContainText('Dhënë nga Ana')
})

test('both edit one paragraph while Blerim is offline: back online, both editors hold both edits', async ({ page: ana, newEditor, server }) => {
  const blerim = await newEditor()
  await shareWithBlerim(ana, blerim, server, '')

  await blerim.context().setOffline(true)
  await expect(status(blerim)).toHaveAttribute('data-state', 'offline')
  await expect(status(ana)).toHaveAttribute('data-state', 'connected')

  await typeAtStart(ana, 'LAJM: ')
  await expect(paragraphs(ana).first()).toHaveText(`LAJM: ${FIRST_PARAGRAPH}`)
  await selectInEditor(blerim, 'mediat shtetërore ruse')
  await blerim.keyboard.press('ArrowRight')
  await blerim.keyboard.type(' dhe agjencitë')
  await expect(paragraphs(blerim).first()).toHaveText(FIRST_PARAGRAPH.replace('ruse.', 'ruse dhe agjencitë.'))

  await blerim.context().setOffline(false)
  const online = Date.now()
  const merged = `LAJM: ${FIRST_PARAGRAPH.replace('ruse.', 'ruse dhe agjencitë.')}`
  await expect
    .poll(async () => [await paragraphs(ana).first().textContent(), await paragraphs(blerim).first().textContent()], { ...SYNC, intervals: [50] })
    .toEqual([merged, merged])
  console.log(`offline edits converged ${Date.now() - online} ms after Blerim came back online`)
  await expect(paragraphs(blerim)).toHaveText(await paragraphs(ana).allTextContents())
  await expect(status(blerim)).toHaveAttribute('data-state', 'connected', SYNC)
})

test('Ana’s selection shows in Blerim’s editor with her name and colour, and his in hers', async ({ page: ana, newEditor, server }) => {
  const blerim = await newEditor()
  await shareWithBlerim(ana, blerim, server)

  await selectInEditor(ana, 'negociatat teknike')
  const cursors = blerim.getByTestId('collab-cursors')
  await expect(cursors).toContainText(ANA.name, SYNC)
  const colours = (page: Page) =>
    page.getByTestId('collab-cursors').evaluate((root) =>
      [...root.querySelectorAll('*')].flatMap((element) => {
        const style = getComputedStyle(element)
        return [style.backgroundColor, style.borderLeftColor, style.color]
      }),
    )
  await expect.poll(async () => (await colours(blerim)).some((colour) => colour.includes(ANA.rgb)), SYNC).toBe(true)

  await selectInEditor(blerim, 'Lindjen e Mesme')
  await expect(ana.getByTestId('collab-cursors')).toContainText(BLERIM.name, SYNC)
  await expect.poll(async () => (await colours(ana)).some((colour) => colour.includes(BLERIM.rgb)), SYNC).toBe(true)
  // Nobody is shown their own cursor.
  await expect(ana.getByTestId('collab-cursors')).not.toContainText(ANA.name)

  await selectInEditor(ana, 'negociatat teknike')
  await expect(cursors).toContainText(ANA.name, SYNC)
  await photographSideBySide(ana, blerim, 'docs/collab-two-editors.png')
})

test('a wrong token is refused and shows nothing of the article; so is a document the server does not know, for another reason', async ({
  page: ana,
  newEditor,
  server,
}) => {
  const marker = 'VETËM PËR REDAKSINË: '
  await joinAs(ana, server, ANA)
  await typeAtStart(ana, marker)
  await waitForSave(ana)
  const link = await share(ana, server)

  const cene = await newEditor({ tolerate: CONNECTION_ERROR })
  await joinAs(cene, server, CENE, 'jo-ky-token')
  await openShared(cene, link)
  await expect(status(cene)).toHaveAttribute('data-state', 'refused', SYNC)
  const wrongToken = (await status(cene).textContent())!.trim()
  expect(wrongToken).not.toBe('')
  await expect(cene.locator('body')).not.toContainText(marker.trim())
  // Cene's own work is untouched.
  await expect(cene.getByTestId('article-item').filter({ hasText: 'Presidenti Vladimir Putin' })).toHaveCount(1)

  // The right token, but an article nobody shared.
  await cene.getByTestId('collab-settings').click()
  const dialog = cene.getByRole('dialog', { name: 'Bashkëpunimi' })
  // The dialog shows what was saved; only the token changes.
  await expect(dialog.getByTestId('collab-server')).toHaveValue(server.url)
  await expect(dialog.getByTestId('collab-name')).toHaveValue(CENE.name)
  await expect(dialog.getByTestId('collab-color')).toHaveValue(CENE.color)
  await dialog.getByTestId('collab-token').fill(server.token)
  const reloaded = cene.waitForEvent('load')
  await dialog.getByTestId('collab-save').click()
  await reloaded
  await expect(editor(cene)).toHaveAttribute('contenteditable', 'true')
  await openShared(cene, `redaktor://shared/${randomUUID()}`)
  await expect(status(cene)).toHaveAttribute('data-state', 'refused', SYNC)
  await expect(status(cene)).not.toHaveText(wrongToken)
  // (With the right token, Ana's article itself, in Cene's list, may now fill: that is sharing working.)
  await expect(editor(cene)).not.toContainText(marker.trim())
  // Ana never noticed.
  await expect(status(ana)).toHaveAttribute('data-state', 'connected')
})

test('rejecting in Blerim’s Quotes pane a quote Ana confirmed asks first; a mere suggestion does not', async ({ page: ana, newEditor, server }) => {
  const blerim = await newEditor()
  await shareWithBlerim(ana, blerim, server)
  await expect(quoteItems(ana)).toHaveCount(5)
  const words = 'normalizimin e marrëdhënieve'
  await quoteItem(ana, words).getByRole('button', { name: 'Prano', exact: true }).click()
  await expect(quoteItem(blerim, words)).toHaveAttribute('data-state', 'confirmed', SYNC)
  // The row says who confirmed it.
  await expect(quoteItem(blerim, words).getByTestId('confirmed-by')).toHaveText('nga Ana', SYNC)

  // A suggestion nobody confirmed goes at once.
  await expect(quoteItem(blerim, 'negociatat teknike')).toHaveAttribute('data-state', 'suggested')
  await quoteItem(blerim, 'negociatat teknike').getByRole('button', { name: 'Refuzo' }).click()
  await expect(quoteItem(blerim, 'negociatat teknike')).toHaveCount(0)
  await expect(blerim.getByRole('dialog')).toHaveCount(0)

  // Ana's confirmed quote: first a question, naming her; cancelling keeps it.
  await quoteItem(blerim, words).getByRole('button', { name: 'Refuzo' }).click()
  const question = blerim.getByRole('dialog')
  await expect(question).toBeVisible()
  await expect(question).toContainText(ANA.name)
  await expect(quoteItem(blerim, words)).toHaveAttribute('data-state', 'confirmed')
  await question.getByRole('button', { name: 'Anulo' }).click()
  await expect(question).toBeHidden()
  await expect(quoteItem(blerim, words)).toHaveAttribute('data-state', 'confirmed')
  await expect(quoteItem(ana, words)).toHaveAttribute('data-state', 'confirmed')

  // Confirming the question rejects it, for Ana too.
  await quoteItem(blerim, words).getByRole('button', { name: 'Refuzo' }).click()
  await question.getByRole('button', { name: /^Refuzo/ }).click()
  await expect(question).toBeHidden()
  await expect(quoteItem(blerim, words)).toHaveCount(0)
  await expect(quoteItem(ana, words).and(confirmed(ana))).toHaveCount(0, SYNC)
})

test('unsharing keeps the article here, with what was typed while shared, through a reload', async ({ page: ana, server }) => {
  await joinAs(ana, server, ANA)
  await typeAtStart(ana, 'PARA: ')
  await waitForSave(ana)
  await share(ana, server)
  await typeAtStart(ana, 'GJATË: ')
  await expect(paragraphs(ana).first()).toHaveText(`GJATË: PARA: ${FIRST_PARAGRAPH}`)

  await ana.getByTestId('unshare-article').click()
  await expect(status(ana)).toHaveAttribute('data-state', 'local')
  await expect(ana.getByTestId('share-link')).not.toBeVisible()
  await expect(ana.getByTestId('share-article')).toBeVisible()
  await waitForSave(ana)

  await ana.reload()
  await expect(paragraphs(ana).first()).toHaveText(`GJATË: PARA: ${FIRST_PARAGRAPH}`)
  await expect(paragraphs(ana)).toHaveCount(10)
  await expect(ana.getByTestId('article-item')).toHaveCount(1)
  await expect(status(ana)).toHaveAttribute('data-state', 'local')
})

test('a version restored in a shared article reaches the other editor, and so does undoing the restore', async ({ page: ana, newEditor, server }) => {
  const blerim = await newEditor()
  await shareWithBlerim(ana, blerim, server)
  await ana.getByTestId('take-snapshot').click()
  const named = ana.getByRole('dialog', { name: 'Versioni u ruajt' })
  await named.getByRole('textbox').fill('Para ndryshimeve')
  await named.getByRole('button', { name: 'Ruaj emrin' }).click()
  await expect(named).toBeHidden()

  await typeAtStart(blerim, 'SHTESË: ')
  await expect(paragraphs(ana).first()).toHaveText(`SHTESË: NGA REDAKSIA: ${FIRST_PARAGRAPH}`, SYNC)
  await waitForSave(ana)

  await ana.getByTestId('revisions').click()
  await ana.getByTestId('revisions-dialog').getByTestId('revision-item').and(ana.locator('[data-kind="manual"]')).getByTestId('restore-revision').click()
  await expect(paragraphs(ana).first()).toHaveText(`NGA REDAKSIA: ${FIRST_PARAGRAPH}`)
  // The restored text is the shared article's text now, for everyone.
  await expect(paragraphs(blerim).first()).toHaveText(`NGA REDAKSIA: ${FIRST_PARAGRAPH}`, SYNC)
  await expect(paragraphs(blerim)).toHaveText(await paragraphs(ana).allTextContents())

  const notice = ana.getByRole('status').filter({ hasText: 'U rikthye versioni' })
  await notice.getByRole('button', { name: 'Zhbëje' }).click()
  await expect(paragraphs(ana).first()).toHaveText(`SHTESË: NGA REDAKSIA: ${FIRST_PARAGRAPH}`)
  await expect(paragraphs(blerim).first()).toHaveText(`SHTESË: NGA REDAKSIA: ${FIRST_PARAGRAPH}`, SYNC)

  // And it stays so: the stored article and the shared document agree after a reload.
  await waitForSave(ana)
  await ana.reload()
  await expect(paragraphs(ana).first()).toHaveText(`SHTESË: NGA REDAKSIA: ${FIRST_PARAGRAPH}`, SYNC)
})
