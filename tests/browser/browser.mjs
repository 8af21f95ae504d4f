// Shared helpers for the browser tests: Debian's Chromium driven by
// playwright-core (no downloaded browser), and the whosaid CLI.
import { execFileSync } from 'node:child_process';
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
