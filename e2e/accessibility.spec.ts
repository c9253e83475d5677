import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const CATALOG = 'service/shop/catalog';

async function openDemo(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
}

/** axe-core's serious and critical violations, named with the elements they hit. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on the demo, ${scheme}, panel closed and open`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openDemo(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId(`hop-${CATALOG}`).click();
    await expect(page.getByTestId('side-panel')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('problem-counts').click();
    await expect(page.getByTestId('problems')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the page has one h1 and its title says what is selected', async ({ page }) => {
  await openDemo(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page).toHaveTitle(/critical.*Hopscope/);
  // Critical and warning stripes differ by more than a shade: critical is hatched.
  const stripe = (health: string) => page.locator(`[data-stripe="${health}"]`).first().evaluate((el) => ({ image: getComputedStyle(el).backgroundImage, width: el.getBoundingClientRect().width }));
  expect((await stripe('critical')).image).toContain('repeating-linear-gradient');
  expect((await stripe('warning')).image).toBe('none');
  expect((await stripe('warning')).width).toBeGreaterThanOrEqual(8 * 0.5);
  await page.getByTestId(`hop-${CATALOG}`).click();
  await expect(page).toHaveTitle(/^catalog · Service · Hopscope/);
});

test('keyboard only: Tab reaches the cards quickly, Enter opens the panel with focus in it, Esc returns to the card', async ({ page }) => {
  await openDemo(page);
  let tabs = 0;
  const focusedCard = () => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null);
  while (tabs < 20 && (await focusedCard()) === null) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs).toBeLessThanOrEqual(15);
  const first = await focusedCard();
  expect(first).not.toBeNull();
  // A visible focus ring on the card.
  const ring = await page.evaluate(() => {
    const card = document.activeElement!.querySelector('[data-testid^="hop-"], [data-testid^="group-"]')!;
    const style = getComputedStyle(card);
    return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? style.outlineStyle : style.boxShadow;
  });
  expect(ring).not.toBe('none');

  // Edges are not tab stops: the next Tab is another card, not an edge.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('react-flow__edge'))).toBe(false);
  const card = await focusedCard();
  expect(card).not.toBeNull();

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('side-panel')).toBeVisible();
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="side-panel"]'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
  await expect.poll(focusedCard).toBe(card);

  await page.keyboard.press(' ');
  await expect(page.getByTestId('side-panel')).toBeVisible();
});

test('the first Tab stop skips to the diagram', async ({ page }) => {
  await openDemo(page);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-to-diagram')).toBeFocused();
  await expect(page.getByTestId('skip-to-diagram')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null)).not.toBeNull();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('side-panel')).toBeVisible();
});

test('+ and - zoom the diagram; Esc and a click on the canvas close the namespace list and the Freeze form', async ({ page }) => {
  await openDemo(page);
  const zoom = () => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const before = await zoom();
  await page.locator('body').press('+');
  await expect.poll(zoom).toBeGreaterThan(before);
  const zoomedIn = await zoom();
  await page.locator('body').press('-');
  await expect.poll(zoom).toBeLessThan(zoomedIn);

  await page.getByTestId('namespace-filter').click();
  await expect(page.getByTestId('ns-option-payments')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ns-option-payments')).toHaveCount(0);
  await expect(page.getByTestId('namespace-filter')).toBeFocused();
  await page.getByTestId('namespace-filter').click();
  await page.getByTestId('canvas').click({ position: { x: 5, y: 300 } });
  await expect(page.getByTestId('ns-option-payments')).toHaveCount(0);

  await page.getByRole('button', { name: 'Freeze' }).click();
  await expect(page.getByRole('form', { name: 'Freeze this view' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Freeze this view' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Freeze' }).click();
  await page.getByTestId('canvas').click({ position: { x: 5, y: 300 } });
  await expect(page.getByRole('form', { name: 'Freeze this view' })).toHaveCount(0);
});

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

for (const size of SIZES) {
  test(`fits ${size.width}×${size.height}: no sideways scroll, every top-bar control reachable, the panel beside or over the canvas`, async ({ page }) => {
    await page.setViewportSize(size);
    await openDemo(page);
    const overflow = () => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    const { scroll, client } = await overflow();
    expect(scroll).toBeLessThanOrEqual(client);
    const header = page.getByRole('banner');
    for (const control of await header.locator('button, input, select, a').all()) {
      await control.scrollIntoViewIfNeeded();
      await expect(control).toBeInViewport();
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    }
    // Nothing in the header is cut: each child is as wide as its content.
    const clipped = await header.evaluate((el) => [...el.querySelectorAll('*')].filter((c) => c instanceof HTMLElement && c.offsetParent && c.scrollWidth > c.clientWidth + 1 && getComputedStyle(c).overflow !== 'visible' && !c.dataset.truncates && !c.classList.contains('sr-only')).map((c) => c.outerHTML.slice(0, 80)));
    expect(clipped).toEqual([]);
    // From 1440 px the top bar is one row, as tall as it was designed.
    if (size.width >= 1440) expect((await header.boundingBox())!.height).toBeLessThanOrEqual(56);
    await page.screenshot({ path: `e2e/screenshots/demo-${size.width}x${size.height}.png` });

    await page.getByTestId(`hop-${CATALOG}`).click();
    const panel = page.getByTestId('side-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('button', { name: /Close panel/ })).toBeInViewport();
    expect((await overflow()).scroll).toBeLessThanOrEqual(size.width);
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(size.width / 4);
    await page.screenshot({ path: `e2e/screenshots/demo-${size.width}x${size.height}-panel.png` });
  });
}
