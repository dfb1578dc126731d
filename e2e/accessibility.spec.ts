import AxeBuilder from '@axe-core/playwright'
import { expect, openApp, test } from './fixtures'

test('the workspace has no serious or critical accessibility violations', async ({ page }) => {
  await openApp(page)
  await expect(page.getByTestId('source-item')).toHaveCount(1)
  const results = await new AxeBuilder({ page }).analyze()
  const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(severe.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
})
