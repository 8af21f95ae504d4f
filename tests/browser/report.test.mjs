// The one-file report in a real browser (Debian's Chromium, headless): the
// seed article shows every attribution whosaid finds, with the right
// speakers, and a hostile article's markup shows as text and runs nothing.
//
// Run by CTest (tests/CMakeLists.txt) as `node tests/browser/report.test.mjs`;
// screenshots go to build/browser-artifacts/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { analyzeJson, artifact, launch, requireBrowser, SOURCE_DIR, watchedPage, whosaid } from './browser.mjs';

const playwright = requireBrowser();
const SEED = path.join(SOURCE_DIR, 'samples/ice-raids-leak.txt');
const HOSTILE = path.join(SOURCE_DIR, 'tests/data/hostile-article.txt');

let chromium;
before(async () => { chromium = await launch(playwright); });
after(async () => { await chromium?.close(); });

function speakerName(s) { return s.name === '' ? 'unknown speaker' : s.name; }

// The legend whosaid should show: one entry per speaker identity (entity, or
// name without one), in order of first attribution, with counts.
function expectedLegend(doc) {
  const order = [];
  const byKey = new Map();
  for (const a of doc.attributions) {
    const key = a.speaker.entity !== null ? `e${a.speaker.entity}` : `n${a.speaker.name}`;
    if (!byKey.has(key)) { byKey.set(key, { name: speakerName(a.speaker), count: 0 }); order.push(key); }
    byKey.get(key).count += 1;
  }
  return order.map((k) => byKey.get(k));
}

function squash(s) { return s.replace(/\s+/g, ''); }

async function openReport(input, name, viewport = { width: 1280, height: 900 }) {
  const html = artifact(`${name}.html`);
  whosaid('report', input, '-o', html);
  const { page, seen } = await watchedPage(chromium.context, viewport);
  await page.goto(pathToFileURL(html).href);
  return { page, seen, url: pathToFileURL(html).href };
}

// What the page shows for each attribution: the text of the runs whose
// content it covers, and its card's speaker name.
function readHighlights(page) {
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

function assertNothingLeaked(seen, url) {
  assert.deepEqual(seen.dialogs, [], 'no dialog opened');
  assert.deepEqual(seen.pageErrors, [], 'no uncaught error');
  assert.deepEqual(seen.consoleErrors, [], 'no console error (a CSP violation would be one)');
  assert.deepEqual(seen.requests.filter((r) => r !== url), [], 'the page loads nothing else');
}

describe('seed article report', () => {
  const doc = analyzeJson(SEED);

  test('highlights every attribution whosaid finds, with its own text', async () => {
    const { page, seen, url } = await openReport(SEED, 'seed-report');
    const shown = await readHighlights(page);
    assert.ok(doc.attributions.length > 10, 'the seed article has many attributions');
    assert.equal(Object.keys(shown.text).length, doc.attributions.length);
    doc.attributions.forEach((a, k) => {
      const want = squash(a.content.map((c) => c.text).join(''));
      assert.equal(squash(shown.text[`d0-a${k}`] ?? ''), want, `attribution ${k} highlighted in full`);
    });
    assertNothingLeaked(seen, url);
    await page.screenshot({ path: artifact('seed-report-1280.png'), fullPage: true });
    await page.close();
  });

  test('labels each attribution and the legend with the right speakers', async () => {
    const { page } = await openReport(SEED, 'seed-report');
    const shown = await readHighlights(page);
    assert.deepEqual(shown.cards.map((c) => c.name), doc.attributions.map((a) => speakerName(a.speaker)));
    assert.deepEqual(shown.cards.map((c) => c.anon), doc.attributions.map((a) => a.speaker.kind === 'anonymous'));
    assert.deepEqual(shown.legend, expectedLegend(doc));
    for (const name of ['Tom Homan', 'Carol Danko', 'Eric Garcetti', 'Fox News']) {
      assert.ok(shown.legend.some((s) => s.name === name), `${name} in the legend`);
    }
    await page.close();
  });

  test('clicking a quote shows its speaker, role and chain of sources', async () => {
    const { page, seen, url } = await openReport(SEED, 'seed-report');
    const homan = doc.attributions.findIndex((a) => a.speaker.name === 'Tom Homan' && a.type === 'direct');
    assert.ok(homan >= 0);
    await page.locator(`.text [data-q~="d0-a${homan}"]`).first().click();
    const detail = page.locator('.detail .detail-body');
    assert.match(await detail.innerText(), /Tom Homan[\s\S]*former acting ICE chief/);
    const cited = doc.attributions.findIndex((a) => a.via !== null);
    assert.ok(cited >= 0, 'the seed has an attribution citing another source');
    await page.locator(`.text [data-q~="d0-a${cited}"]`).first().click();
    const chain = `${doc.attributions[cited].via.name} (${doc.attributions[cited].via.kind}) → ${doc.attributions[cited].speaker.name}`;
    assert.ok((await detail.innerText()).includes(chain), `detail shows the chain "${chain}"`);
    assertNothingLeaked(seen, url);
    await page.close();
  });

  test('fits a 390 px phone screen without sideways scrolling', async () => {
    const { page } = await openReport(SEED, 'seed-report', { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow} px wider than the screen`);
    await page.locator('.text .q').first().click();
    assert.ok(await page.locator('.detail.open').isVisible(), 'the detail sheet opens on a phone');
    await page.screenshot({ path: artifact('seed-report-390.png') });
    await page.close();
  });
});

describe('hostile article report', () => {
  const doc = analyzeJson(HOSTILE);

  test('the watch would catch injected script (control)', async () => {
    const { page, seen } = await watchedPage(chromium.context, { width: 800, height: 600 });
    await page.setContent('<script>alert("control")</script>');
    assert.deepEqual(seen.dialogs, ['control']);
    await page.close();
  });

  test('shows markup in quotes as text and runs none of it', async () => {
    const { page, seen, url } = await openReport(HOSTILE, 'hostile-report');
    const shown = await readHighlights(page);
    assert.equal(Object.keys(shown.text).length, doc.attributions.length);
    // Every payload shows as text; the plainly quoted ones are highlighted too
    // (which others are depends on how the analysis splits broken quotes).
    const body = await page.locator('.text').innerText();
    for (const payload of ['<script>window.__pwned', "<a href='javascript:", '"><img src=x onerror=', '<svg onload=',
      '<style>body{display:none}</style>', '<a href="javascript:alert(\'body\')">']) {
      assert.ok(body.includes(payload), `shown as text: ${payload}`);
    }
    const quoted = Object.values(shown.text).join('\n');
    for (const payload of ['<script>window.__pwned', "<a href='javascript:"]) {
      assert.ok(quoted.includes(payload), `highlighted as text: ${payload}`);
    }
    // Touch everything a reader could: hover and click every run and card.
    for (const el of await page.locator('.text [data-att], .cards .card, .legend li').all()) {
      await el.hover();
      await el.click();
    }
    const dom = await page.evaluate(() => ({
      pwned: typeof window.__pwned,
      scripts: document.scripts.length,
      styles: document.querySelectorAll('style').length,
      injected: document.querySelectorAll('img, svg, iframe, textarea, b, [href^="javascript" i], [src]').length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes])
        .filter((a) => a.name.startsWith('on')).length,
      bodyShown: getComputedStyle(document.body).display !== 'none',
      title: document.title,
    }));
    assert.deepEqual(dom, {
      pwned: 'undefined', scripts: 1, styles: 1, injected: 0, handlers: 0, bodyShown: true,
      title: 'hostile-article — whosaid',
    });
    assertNothingLeaked(seen, url);
    await page.screenshot({ path: artifact('hostile-report-1280.png'), fullPage: true });
    await page.close();
  });
});
