// Shared helpers for the browser tests: Debian's Chromium driven by
// playwright-core (no downloaded browser), and the whosaid CLI.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

export const SOURCE_DIR = path.resolve(process.env.WHOSAID_SOURCE_DIR ?? path.join(import.meta.dirname, '../..'));
export const BUILD_DIR = path.resolve(process.env.WHOSAID_BUILD_DIR ?? path.join(SOURCE_DIR, 'build'));
export const CLI = process.env.WHOSAID_CLI ?? path.join(BUILD_DIR, 'whosaid');
export const ARTIFACTS = path.join(BUILD_DIR, 'browser-artifacts');
export const CHROMIUM = process.env.WHOSAID_CHROMIUM ?? '/usr/bin/chromium';

// playwright-core lives in the project's node_modules (scripts/setup).
const require = createRequire(path.join(SOURCE_DIR, 'package.json'));

// Exit code CTest reads as "skipped" (SKIP_RETURN_CODE in tests/CMakeLists.txt).
const SKIP = 77;

// Skips the whole file, loudly, when the browser or playwright-core is missing
// on a developer's machine; in CI (CI=true) that is a failure instead, so a
// green run cannot hide a missing install step.
export function requireBrowser() {
  let missing = null;
  if (!existsSync(CHROMIUM)) missing = `${CHROMIUM} (apt package chromium)`;
  else {
    try { require.resolve('playwright-core'); } catch { missing = 'playwright-core (npm ci)'; }
  }
  if (!missing) return require('playwright-core');
  console.error(`browser tests: missing ${missing}; run scripts/setup as root`);
  process.exit(process.env.CI ? 1 : SKIP);
}

// A fresh headless Chromium with the flags this offline machine needs: no
// background networking, no component updates, a throw-away profile.
export async function launch(playwright) {
  const profile = mkdtempSync(path.join(tmpdir(), 'whosaid-chromium-'));
  // Playwright passes the profile as --user-data-dir itself.
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

// A page that records everything that would betray injected script: dialogs
// (dismissed), console errors, uncaught exceptions, requests leaving the page.
export async function watchedPage(context, viewport) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const seen = { dialogs: [], consoleErrors: [], pageErrors: [], requests: [] };
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('console', (m) => { if (m.type() === 'error') seen.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  page.on('request', (r) => seen.requests.push(r.url()));
  return { page, seen };
}

export function whosaid(...args) {
  return execFileSync(CLI, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
}

// Starts `whosaid serve` on a free loopback port (--port 0) and resolves
// once it listens, with its base URL and a stop() that ends it (SIGTERM) and
// resolves with its exit code.
export function startServer(db) {
  const server = spawn(CLI, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve(code ?? signal)));
  let stderr = '';
  server.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`whosaid serve did not start: ${stderr}`)), 10000);
    server.stdout.on('data', (d) => {
      stdout += d;
      const m = stdout.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (!m) return;
      clearTimeout(timer);
      resolve({ url: m[0], stop() { server.kill('SIGTERM'); return exited; } });
    });
    exited.then((code) => { clearTimeout(timer); reject(new Error(`whosaid serve exited (${code}): ${stderr}`)); });
  });
}

export function artifact(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

// The analysis as the JSONL contract gives it: one parsed document.
export function analyzeJson(file) {
  const lines = whosaid('analyze', '--format', 'jsonl', file).trim().split('\n');
  if (lines.length !== 1) throw new Error(`expected one document from ${file}, got ${lines.length}`);
  return JSON.parse(lines[0]);
}

// ---- What whosaid's pages should show, from the JSONL contract. ----

export function speakerName(s) { return s.name === '' ? 'unknown speaker' : s.name; }

// The legend whosaid should show: one entry per speaker identity (entity, or
// name without one), in order of first attribution, with counts.
export function expectedLegend(doc) {
  const order = [];
  const byKey = new Map();
  for (const a of doc.attributions) {
    const key = a.speaker.entity !== null ? `e${a.speaker.entity}` : `n${a.speaker.name}`;
    if (!byKey.has(key)) { byKey.set(key, { name: speakerName(a.speaker), count: 0 }); order.push(key); }
    byKey.get(key).count += 1;
  }
  return order.map((k) => byKey.get(k));
}

export function squash(s) { return s.replace(/\s+/g, ''); }

// ---- What a page shows, read in the browser. ----

// For each attribution: the text of the runs whose content it covers, and
// its card's speaker name; the legend's entries.
export function readHighlights(page) {
  return page.evaluate(() => {
    const text = {};
    for (const run of document.querySelectorAll('.text [data-q]')) {
      for (const id of run.dataset.q.split(' ')) text[id] = (text[id] ?? '') + run.textContent;
    }
    const cards = [...document.querySelectorAll('.cards .card')].map((c) => ({
      id: c.id, name: c.querySelector('.name').textContent, anon: c.classList.contains('anon'),
    }));
    const legend = [...document.querySelectorAll('.legend li[data-speaker]')].map((li) => ({
      name: li.querySelector('.name').textContent, count: Number(li.dataset.count),
    }));
    return { text, cards, legend };
  });
}

// `allowed` is the one URL the page may load, or a test of each URL.
export function assertNothingLeaked(seen, allowed) {
  const ok = typeof allowed === 'function' ? allowed : (r) => r === allowed;
  assert.deepEqual(seen.dialogs, [], 'no dialog opened');
  assert.deepEqual(seen.pageErrors, [], 'no uncaught error');
  assert.deepEqual(seen.consoleErrors, [], 'no console error (a CSP violation would be one)');
  assert.deepEqual(seen.requests.filter((r) => !ok(r)), [], 'the page loads nothing else');
}

// Hovers and clicks every passage, card and legend entry, as a curious reader would.
export async function touchEverything(page) {
  for (const el of await page.locator('.text [data-att], .cards .card, .legend li').all()) {
    await el.hover();
    await el.click();
  }
}

// What injected markup would have left in the page.
export function inspectDom(page) {
  return page.evaluate(() => ({
    pwned: typeof window.__pwned,
    scripts: document.scripts.length,
    styles: document.querySelectorAll('style').length,
    svgs: document.querySelectorAll('svg').length,
    injected: document.querySelectorAll('img, iframe, textarea, b, i, [href^="javascript" i], [src]').length,
    handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes])
      .filter((a) => a.name.startsWith('on')).length,
    bodyShown: getComputedStyle(document.body).display !== 'none',
    title: document.title,
  }));
}

// ---- Assertions shared by the report's and the server's article pages. ----

// Each attribution of `doc` (the JSONL) is highlighted with exactly its own content text.
export function assertHighlightsMatch(shown, doc) {
  assert.ok(doc.attributions.length > 10, 'the seed article has many attributions');
  assert.equal(Object.keys(shown.text).length, doc.attributions.length);
  doc.attributions.forEach((a, k) => {
    const want = squash(a.content.map((c) => c.text).join(''));
    assert.equal(squash(shown.text[`d0-a${k}`] ?? ''), want, `attribution ${k} highlighted in full`);
  });
}

// Every card names the speaker the JSONL gives (anonymous ones marked), and
// the legend lists the speakers with their counts.
export function assertSpeakersMatch(shown, doc) {
  assert.deepEqual(shown.cards.map((c) => c.name), doc.attributions.map((a) => speakerName(a.speaker)));
  assert.deepEqual(shown.cards.map((c) => c.anon), doc.attributions.map((a) => a.speaker.kind === 'anonymous'));
  assert.deepEqual(shown.legend, expectedLegend(doc));
  for (const name of ['Tom Homan', 'Carol Danko', 'Eric Garcetti', 'Fox News']) {
    assert.ok(shown.legend.some((s) => s.name === name), `${name} in the legend`);
  }
}

export function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

// On a phone-sized page: no sideways scrolling, and tapping a quote opens the
// detail sheet; then a screenshot.
export async function assertWorksOnAPhone(page, screenshot) {
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow} px wider than the screen`);
  await page.locator('.text .q').first().click();
  assert.ok(await page.locator('.detail.open').isVisible(), 'the detail sheet opens on a phone');
  await page.screenshot({ path: artifact(screenshot) });
}
