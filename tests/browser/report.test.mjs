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
import {
  analyzeJson, artifact, assertHighlightsMatch, assertNothingLeaked, assertSpeakersMatch, assertWorksOnAPhone,
  inspectDom, launch, readHighlights, requireBrowser, SOURCE_DIR, touchEverything, watchedPage, whosaid,
} from './browser.mjs';

const playwright = requireBrowser();
const SEED = path.join(SOURCE_DIR, 'samples/ice-raids-leak.txt');
const HOSTILE = path.join(SOURCE_DIR, 'tests/data/hostile-article.txt');

let chromium;
before(async () => { chromium = await launch(playwright); });
after(async () => { await chromium?.close(); });

async function openReport(input, name, viewport = { width: 1280, height: 900 }) {
  const html = artifact(`${name}.html`);
  whosaid('report', input, '-o', html);
  const { page, seen } = await watchedPage(chromium.context, viewport);
  await page.goto(pathToFileURL(html).href);
  return { page, seen, url: pathToFileURL(html).href };
}

describe('seed article report', () => {
  const doc = analyzeJson(SEED);

  test('highlights every attribution whosaid finds, with its own text', async () => {
    const { page, seen, url } = await openReport(SEED, 'seed-report');
    assertHighlightsMatch(await readHighlights(page), doc);
    assertNothingLeaked(seen, url);
    await page.screenshot({ path: artifact('seed-report-1280.png'), fullPage: true });
    await page.close();
  });

  test('labels each attribution and the legend with the right speakers', async () => {
    const { page } = await openReport(SEED, 'seed-report');
    assertSpeakersMatch(await readHighlights(page), doc);
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
    await assertWorksOnAPhone(page, 'seed-report-390.png');
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
    await touchEverything(page);
    const dom = await inspectDom(page);
    assert.deepEqual(dom, {
      pwned: 'undefined', scripts: 1, styles: 1, svgs: 0, injected: 0, handlers: 0, bodyShown: true,
      title: 'hostile-article — whosaid',
    });
    assertNothingLeaked(seen, url);
    await page.screenshot({ path: artifact('hostile-report-1280.png'), fullPage: true });
    await page.close();
  });
});
