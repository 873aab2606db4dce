// axe-core, the accessibility checker the specs run on a page as it is (npm axe-core, package.json).
// It is injected as an inline script: a spec that uses it needs `test.use({ bypassCSP: true })`.
import { expect, type Page } from '@playwright/test';

/** npm axe-core (package.json), injected into the page; paths are relative to the project root. */
const axePath = 'node_modules/axe-core/axe.min.js';

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const { violations, passed }: { violations: Violation[]; passed: number } = await page.evaluate(async () => {
    // @ts-expect-error axe is the global that axe.min.js defines
    const result = await window.axe.run(document);
    return { violations: result.violations, passed: result.passes.length };
  });
  // Proof that axe really looked at the page (an empty result could also mean it checked nothing).
  expect(passed).toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
