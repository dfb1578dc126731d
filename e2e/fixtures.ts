import { test as base, expect, type Page } from '@playwright/test'

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

/** Waits until the autosave has written the last edit. */
export async function waitForSave(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^(Ruajtur|Saved)$/ })).toBeVisible()
}
