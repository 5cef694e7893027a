// End-to-end test of the dashboard in real headless Chromium: ingests the test
// articles (tests/data/dashboard/articles.jsonl) with `annalist ingest`,
// serves them on loopback with `annalist serve`, and checks that every view
// renders what the API holds and that clicking an event opens its article
// with the words highlighted. Screenshots go to build/e2e/.
//
//   node --test web/tests/        (from the repository root, after the build)
// Environment: ANNALIST_BIN (default build/annalist), CHROMIUM (default
// /usr/bin/chromium), E2E_OUT (default build/e2e).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = process.env.ANNALIST_BIN || path.join(root, 'build/annalist');
const out = process.env.E2E_OUT || path.join(root, 'build/e2e');
const articles = path.join(root, 'tests/data/dashboard/articles.jsonl');

let work, server, base, context, page;

function startServer(db) {
  return new Promise((resolve, reject) => {
    server = spawn(bin, ['serve', '--db', db, '--port', '0',
      '--static', path.join(root, 'web/dist')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    server.stderr.on('data', (chunk) => {
      log += chunk;
      const m = log.match(/listening on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`annalist serve exited ${code}: ${log}`)));
  });
}

async function api(p) {
  const res = await fetch(base + p);
  assert.equal(res.status, 200, p);
  return res.json();
}

async function openDashboard(query = '') {
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
}

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'annalist-e2e-'));
  mkdirSync(out, { recursive: true });
  const db = path.join(work, 'events.db');
  execFileSync(bin, ['ingest', articles, '--db', db], { stdio: 'ignore' });
  base = await startServer(db);
  // A fresh profile (--user-data-dir) in the temporary folder.
  context = await chromium.launchPersistentContext(path.join(work, 'chromium'), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
  });
  page = context.pages()[0] || await context.newPage();
  // The dashboard must need nothing but the server: any other host fails.
  await page.route((url) => !url.href.startsWith(base), (route) => route.abort());
});

after(async () => {
  await context?.close();
  server?.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the store holds coded events from the test articles', async () => {
  const stats = await api('/api/stats');
  assert.equal(stats.articles, 8);
  assert.ok(stats.events >= 8, `only ${stats.events} events coded`);
});

test('timeline, map, network and table render the events', async () => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDashboard();
  const plovers = (await api('/api/counts?by=plover')).counts.map((r) => r.key).filter(Boolean);
  assert.ok(await page.locator('#timeline-view rect.bar').count() > 0, 'no timeline bars');
  const legend = await page.locator('#timeline-view .legend').innerText();
  for (const p of plovers.slice(0, 3)) assert.match(legend, new RegExp(p));

  assert.ok(await page.locator('#map-view path.country').count() > 100, 'no world outline');
  const shaded = await page.locator('#map-view path.country.has-events').count();
  const countries = (await api('/api/actors?by=country')).counts.length;
  assert.ok(shaded > 0 && shaded <= countries, `${shaded} shaded of ${countries}`);
  const placed = (await api('/api/events?limit=1000')).events.filter((e) => e.place).length;
  assert.equal(await page.locator('#map-view circle.place-dot').count(), placed);

  const dyads = (await api('/api/network?by=dyad')).counts
    .filter((r) => { const [s, t] = r.key.split('>'); return s && t && s !== t; });
  assert.ok(dyads.length > 0, 'no actor pairs coded');
  const nodeNames = await page.locator('#network-view g.node text').allTextContents();
  const [s, t] = dyads[0].key.split('>');
  assert.ok(nodeNames.includes(s) && nodeNames.includes(t), `${s}, ${t} not in ${nodeNames}`);
  assert.ok(await page.locator('#network-view line.link').count() >= 1);

  const events = (await api('/api/events?limit=50')).events;
  assert.equal(await page.locator('#table-view tr.event-row').count(), events.length);
  await page.screenshot({ path: path.join(out, 'dashboard.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('clicking an event opens its article with the spans highlighted', async () => {
  await openDashboard();
  const events = (await api('/api/events?limit=50')).events;
  const row = page.locator('#table-view tr.event-row').first();
  const id = Number(await row.getAttribute('data-event'));
  const event = events.find((e) => e.id === id);
  await row.click();
  await page.waitForSelector('#article-view[data-ready="true"]');
  assert.match(page.url(), new RegExp(`article=${event.evidence.article}`));
  const selected = page.locator('#article-view .hl-event.selected');
  assert.equal(await selected.count(), 1);
  assert.equal((await selected.innerText()).trim(), event.evidence.verb);
  const article = await api(`/api/articles/${event.evidence.article}`);
  const kinds = { event: 'events', place: 'places', quote: 'quotes', time: 'times' };
  for (const [kind, layer] of Object.entries(kinds)) {
    if (article.record[layer].length) {
      assert.ok(await page.locator(`#article-view .hl-${kind}`).count() > 0, `no ${kind} highlighted`);
    }
  }
  await selected.hover();
  const tip = page.locator('#tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.innerText(), new RegExp(`rule: .*${event.cameo}|rule:`));
  assert.match(await tip.innerText(), new RegExp(event.cameo));
  await page.screenshot({ path: path.join(out, 'article.png'), fullPage: false });
});

test('filters are applied to every view and kept in the URL', async () => {
  const country = (await api('/api/actors?by=country')).counts[0].key;
  await openDashboard();
  await page.fill('#filters input[name=country]', country);
  await page.click('#filters button[type=submit]');
  await page.waitForURL(new RegExp(`country=${country}`));
  await page.waitForSelector('body[data-ready="true"]');
  const expected = (await api(`/api/events?country=${country}&limit=50`)).events.length;
  assert.equal(await page.locator('#table-view tr.event-row').count(), expected);
  // Reloading the URL restores the filter.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.inputValue('#filters input[name=country]'), country);
  assert.equal(await page.locator('#table-view tr.event-row').count(), expected);
  await page.screenshot({ path: path.join(out, 'filtered.png'), fullPage: true });
});
