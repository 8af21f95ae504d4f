// The viewer (whosaid serve) in a real browser (Debian's Chromium, headless):
// a database ingested from the seed article and a hostile article, served on
// a free loopback port. The seed article's page shows every attribution with
// the right speakers; search finds a quote and leads to its speaker; the
// hostile article's markup shows as text and runs nothing, on every page.
//
// Run by CTest (tests/CMakeLists.txt) as `node tests/browser/serve.test.mjs`;
// screenshots go to build/browser-artifacts/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  analyzeJson, artifact, assertHighlightsMatch, assertNothingLeaked, assertSpeakersMatch, assertWorksOnAPhone,
  horizontalOverflow, inspectDom, launch, readHighlights, requireBrowser, SOURCE_DIR, squash, startServer,
  touchEverything, watchedPage, whosaid,
} from './browser.mjs';

const playwright = requireBrowser();
const SEED = path.join(SOURCE_DIR, 'samples/ice-raids-leak.txt');
const HOSTILE = path.join(SOURCE_DIR, 'tests/data/hostile-article.txt');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let chromium;
let server;
let work;
before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'whosaid-serve-test-'));
  const db = path.join(work, 'corpus.db');
  whosaid('ingest', '--db', db, SEED, HOSTILE);
  server = await startServer(db);
  chromium = await launch(playwright);
});
after(async () => {
  await chromium?.close();
  if (server) assert.equal(await server.stop(), 0, 'whosaid serve stops cleanly on SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

// Only the server's own pages are loaded.
function ownOrigin(r) { return r.startsWith(server.url); }

async function open(route, viewport = DESKTOP) {
  const { page, seen } = await watchedPage(chromium.context, viewport);
  const response = await page.goto(server.url + route.replace(/^\//, ''));
  return { page, seen, response };
}

describe('seed article page', () => {
  const doc = analyzeJson(SEED);

  test('highlights every attribution whosaid finds, labelled with its speaker', async () => {
    const { page, seen, response } = await open('/article?id=ice-raids-leak');
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-security-policy'], /^default-src 'none'/);
    const shown = await readHighlights(page);
    assertHighlightsMatch(shown, doc);
    assertSpeakersMatch(shown, doc);
    assertNothingLeaked(seen, ownOrigin);
    await page.screenshot({ path: artifact('serve-article-1280.png'), fullPage: true });
    await page.close();
  });

  test('fits a 390 px phone screen, and a tapped quote shows who said it', async () => {
    const { page } = await open('/article?id=ice-raids-leak', PHONE);
    await assertWorksOnAPhone(page, 'serve-article-390.png');
    await page.close();
  });
});

describe('search and speaker pages', () => {
  const doc = analyzeJson(SEED);
  const homan = doc.attributions.find((a) => a.speaker.name === 'Tom Homan' && a.type === 'direct');

  test('searching for words of a quote finds it, and its speaker link opens the speaker page', async () => {
    assert.ok(homan, 'the seed has a direct quote of Tom Homan');
    const words = homan.content[0].text.replace(/[^\w\s']/g, ' ').trim().split(/\s+/).slice(0, 6).join(' ');
    const { page, seen } = await open('/');
    await page.fill('.top input[type=search]', words);
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('.top input[type=search]', 'Enter')]);
    const results = page.locator('.results li, .quotes li');
    assert.ok(await results.count() >= 1, `results for "${words}"`);
    const first = results.first();
    assert.equal(squash(await first.locator('blockquote').innerText()), squash(homan.content.map((c) => c.text).join('')));
    await page.screenshot({ path: artifact('serve-search-1280.png'), fullPage: true });
    await Promise.all([page.waitForURL(/\/speaker\?name=/), first.getByRole('link', { name: 'Tom Homan' }).click()]);
    assert.equal(await page.locator('h1.speaker-name').innerText(), 'Tom Homan');
    const quotes = doc.attributions.filter((a) => a.speaker.name === 'Tom Homan').length;
    assert.equal(await page.locator('.quotes li').count(), quotes, 'every quote of his in the corpus');
    assert.match(await page.locator('aside').innerText(), /former acting ICE chief/);
    await page.screenshot({ path: artifact('serve-speaker-1280.png'), fullPage: true });
    assertNothingLeaked(seen, ownOrigin);
    await page.close();
  });

  test('the speaker, search and home pages fit a 390 px phone screen', async () => {
    for (const route of ['/speaker?name=Tom%20Homan', '/search?q=operation', '/']) {
      const { page } = await open(route, PHONE);
      assert.ok(await horizontalOverflow(page) <= 0, `${route}: no sideways scrolling`);
      if (route.startsWith('/speaker')) await page.screenshot({ path: artifact('serve-speaker-390.png'), fullPage: true });
      await page.close();
    }
  });

  test('an unknown page says so', async () => {
    const { page, response } = await open('/no/such/page');
    assert.equal(response.status(), 404);
    assert.match(await page.locator('main').innerText(), /404 Not found[\s\S]*There is no page at this address/);
    await page.close();
  });
});

describe('hostile article', () => {
  test('shows markup in quotes as text and runs none of it, on every page it reaches', async () => {
    const doc = analyzeJson(HOSTILE);
    const routes = ['/article?id=hostile-article', '/search?q=pwned', '/speaker?name=John%20Smith', '/',
      `/search?q=${encodeURIComponent('<script>alert(1)</script>')}`];
    for (const route of routes) {
      const { page, seen, response } = await open(route);
      assert.equal(response.status(), 200, route);
      if (route.startsWith('/article')) {
        const shown = await readHighlights(page);
        assert.equal(Object.keys(shown.text).length, doc.attributions.length);
        const body = await page.locator('.text').innerText();
        for (const payload of ['<script>window.__pwned', "<a href='javascript:", '"><img src=x onerror=']) {
          assert.ok(body.includes(payload), `shown as text: ${payload}`);
        }
        await touchEverything(page);
        await page.screenshot({ path: artifact('serve-hostile-1280.png'), fullPage: true });
      }
      const dom = await inspectDom(page);
      assert.deepEqual({ ...dom, title: undefined }, {
        pwned: 'undefined', scripts: 1, styles: 1, svgs: 0, injected: 0, handlers: 0, bodyShown: true, title: undefined,
      }, route);
      assertNothingLeaked(seen, ownOrigin);
      await page.close();
    }
  });
});
