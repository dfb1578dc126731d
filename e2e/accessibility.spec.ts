import AxeBuilder from '@axe-core/playwright'
import { expect, openApp, showPane, test } from './fixtures'

// Serious and critical violations anywhere, and two that used to slip through as minor: names of
// controls that do not contain their visible words, and landmarks with the same name.
const ALWAYS = ['label-content-name-mismatch', 'landmark-unique']

for (const pane of ['quotes', 'checks', 'brief'] as const) {
  test(`the workspace with the ${pane} pane shown has no serious accessibility violations`, async ({ page }) => {
    await openApp(page)
    await showPane(page, pane)
    if (pane === 'quotes') await expect(page.getByTestId('quote-item')).toHaveCount(5)
    if (pane === 'checks') await expect(page.getByTestId('check-item').and(page.locator(':not([data-status="pending"])'))).toHaveCount(5)
    if (pane === 'brief') await expect(page.getByTestId('brief-quote')).toHaveCount(5)
    const results = await new AxeBuilder({ page }).analyze()
    const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical' || ALWAYS.includes(violation.id))
    expect(severe.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  })
}
