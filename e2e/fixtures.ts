import { test as base, expect, type Locator, type Page } from '@playwright/test'

/** Every test fails if the page logs an error or throws. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

export const SEED_FIRST_SENTENCE = 'Presidenti Vladimir Putin ka rënë dakord të ndalojë sulmet në infrastrukturën energjetike të Ukrainës'

/** Opens the app on a fresh profile and waits until the editor can be typed in. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('./index.html')
  await expect(page.getByTestId('editor')).toBeVisible()
  await expect(page.getByTestId('editor')).toHaveAttribute('contenteditable', 'true')
}

/** Shows one of the right column's panes (Quotes, Checks, Brief): they share it, behind tabs. */
export async function showPane(page: Page, pane: 'quotes' | 'checks' | 'brief'): Promise<void> {
  await page.getByTestId(`tab-${pane}`).click()
  await expect(page.getByTestId(`tab-${pane}`)).toHaveAttribute('aria-selected', 'true')
}

/** Waits until the autosave has written the last edit. */
export async function waitForSave(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^(Ruajtur|Saved)$/ })).toBeVisible()
}

/**
 * Clicks at the start of `target` and returns once the editor has taken the caret. Chromium runs key presses
 * before a pending selection event, so a late one would otherwise land between typed letters and split them
 * into separate undo steps.
 */
export async function placeCaret(page: Page, target: Locator): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { caretTaken?: Promise<void> }
    state.caretTaken = new Promise<void>((resolve) =>
      document.addEventListener('selectionchange', () => requestAnimationFrame(() => resolve()), { once: true }),
    )
  })
  await target.click({ position: { x: 1, y: 4 } })
  await page.evaluate(() => (window as unknown as { caretTaken: Promise<void> }).caretTaken)
}

/**
 * Selects the first occurrence of `text` inside the editor, the way a mouse drag would, and returns once the
 * editor has taken the selection (it learns of it from an asynchronous event).
 */
export async function selectInEditor(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor').evaluate((editor, wanted) => {
    const taken = new Promise<void>((resolve) =>
      document.addEventListener('selectionchange', () => requestAnimationFrame(() => resolve()), { once: true }),
    )
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted)
      if (at === -1) continue
      ;(editor as HTMLElement).focus()
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return taken
    }
    throw new Error(`"${wanted}" is not in the editor`)
  }, text)
}
