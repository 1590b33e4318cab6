import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esc, htmlFormatter } from '../../src/report/formatters/html.js';
import { formatOptions, HOSTILE, sampleReport } from '../helpers/sample-report.js';
import { tempDir } from '../helpers/temp-dir.js';

const page = htmlFormatter.format(sampleReport(), formatOptions({ paths: { 'a.md': 'news/a.md', 'b.md': 'news/<b>.md' } }));

describe('html formatter', () => {
  it('escapes every piece of article text', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<b>');
    expect(page).not.toContain('<i>Port');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('news/&lt;b&gt;.md');
    expect(HOSTILE).toContain('<script>');
  });

  it('is self-contained: no script, no external resource, and a policy that forbids any request', () => {
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(page).not.toMatch(/\b(src|href)=/);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/@import|url\(/);
  });

  it('has a matrix per event with a cell per source, coloured by status, opening on its quotes', () => {
    expect(page.indexOf('id="E2"')).toBeLessThan(page.indexOf('id="E1"'));
    const cell = /<td class="cell contradict" data-status="contradict" data-finding="F2" data-document="b\.md"><details><summary>6 \| &lt;b&gt;six&lt;\/b&gt;<\/summary>(.*?)<\/details><\/td>/.exec(page);
    expect(cell?.[1]).toContain('<span class="where">news/&lt;b&gt;.md:6</span> “<mark>Six</mark> | died');
    expect(page).toContain('<td class="cell agree" data-status="agree" data-finding="F1" data-document="c.md">');
  });

  it('shows what each relative date was resolved to and against', () => {
    expect(page).toContain('<p class="resolved">“Saturday” → 2025-03-15, resolved against a.md’s publication date 2025-03-16</p>');
  });
});

// A real browser: Debian's chromium driven by playwright-core (no browser download). CI
// installs it (.ci/run); where it is absent the test says so instead of failing.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);

describe.skipIf(!haveChromium)(`html report in headless Chromium${haveChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium, or set CHROMIUM_PATH)`}`, () => {
  let browser: import('playwright-core').Browser;
  const dir = tempDir('html');
  const file = path.join(dir, 'report.html');

  beforeAll(async () => {
    writeFileSync(file, page);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  afterAll(async () => browser?.close());

  it('loads with no console error and no request, opens a contradiction’s quotes on click, and is screenshotted', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const tab = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    tab.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await tab.goto(`file://${file}`);
    const cell = tab.locator('td[data-finding="F2"][data-document="b.md"]');
    const quote = cell.locator('blockquote');
    expect(await quote.isVisible()).toBe(false);
    await cell.locator('summary').click();
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.innerText()).toContain('Six | died <script>alert(1)</script> @desk **now** said <b>police</b> & co');
    // The article's markup stayed text: no element came of it.
    expect(await tab.locator('main script, main b, main i').count()).toBe(0);
    const shot = path.join(dir, 'report.png');
    await tab.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
