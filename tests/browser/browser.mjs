// Browser test of the chorus web page, in headless Debian Chromium via playwright-core.
//
//   node tests/browser/browser.mjs BASE_URL [SCREENSHOT_PATH]
//
// env: QUERY (search text, default "strike"), PW_DIR (folder whose node_modules has
// playwright-core, default /tmp/pw), CHROMIUM (default /usr/bin/chromium),
// MAX_EVENTS (events tried when looking for a multi-variant quote, default 20).
// Prints "browser: N passed, M failed" last; exits 0 only when nothing failed.
// Also writes a phone-width (390 px) screenshot next to SCREENSHOT_PATH (-phone.png).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BASE = (process.argv[2] || '').replace(/\/+$/, '');
const SHOT = process.argv[3] || path.join(os.tmpdir(), 'chorus-browser.png');
const QUERY = process.env.QUERY || 'strike';
const PW_DIR = process.env.PW_DIR || '/tmp/pw';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const MAX_EVENTS = parseInt(process.env.MAX_EVENTS || '20', 10);
const STEP_MS = 15000;
const TOTAL_MS = 180000;

if (!/^https?:\/\//.test(BASE)) {
  console.error('usage: node tests/browser/browser.mjs BASE_URL [SCREENSHOT_PATH]');
  process.exit(2);
}

function loadPlaywright() {
  const tries = [path.join(PW_DIR, 'package.json'), import.meta.url]; // the 2nd honours NODE_PATH
  for (const from of tries) {
    try { return createRequire(from)('playwright-core'); } catch (e) { /* next */ }
  }
  console.error(`browser: cannot load playwright-core (looked in ${PW_DIR}/node_modules and NODE_PATH);` +
    ` install it: mkdir -p ${PW_DIR} && cd ${PW_DIR} && npm init -y && npm install playwright-core@1`);
  process.exit(2);
}

const { chromium } = loadPlaywright();
let passed = 0, failed = 0;
function ok(msg) { passed++; console.log(`ok   ${msg}`); }
function bad(msg) { failed++; console.log(`FAIL ${msg}`); }
function check(cond, msg, detail) { if (cond) ok(msg); else bad(msg + (detail ? ` (${detail})` : '')); return !!cond; }

function withTimeout(p, ms, what) {
  let t;
  return Promise.race([p, new Promise((_, rej) => { t = setTimeout(() => rej(new Error(`${what}: timed out after ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(t));
}

// Runs one step; a thrown error counts as a failure and stops the dependent steps.
async function step(name, fn) {
  try { await withTimeout(Promise.resolve().then(fn), STEP_MS * 2, name); return true; }
  catch (e) { bad(`${name}: ${String(e && e.message || e).split('\n')[0]}`); return false; }
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chorus-chromium-'));
let context = null;
const pageErrors = [], foreign = [];

const watchdog = setTimeout(async () => {
  console.log('FAIL whole test timed out');
  console.log(`browser: ${passed} passed, ${failed + 1} failed`);
  try { if (context) await withTimeout(context.close(), 5000, 'close'); } catch (e) { /* ignore */ }
  fs.rmSync(profile, { recursive: true, force: true });
  process.exit(1);
}, TOTAL_MS);

const view = (v) => `#app[data-view="${v}"]`;

async function run() {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    viewport: { width: 1200, height: 900 },
    timeout: STEP_MS * 2,
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.setDefaultNavigationTimeout(STEP_MS);
  const origin = new URL(BASE).origin;
  page.on('pageerror', (e) => pageErrors.push(String(e && e.message || e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) pageErrors.push('console: ' + m.text());
  });
  page.on('response', (r) => { if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()} ${r.url()}`); });
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(origin) && !u.startsWith('data:')) foreign.push(u); });

  // 1. event list
  if (!await step('event list loads', async () => {
    await page.goto(BASE + '/#/', { waitUntil: 'load' });
    await page.waitForSelector('.event-link', { state: 'visible' });
    const n = await page.locator('.event-link').count();
    check(n > 0, `event list shows ${n} event(s)`);
    check(await page.locator('#search').isVisible() && await page.locator('#filters').isVisible(),
      'search box and filters are shown');
  })) return;

  // 2. search
  await step('search', async () => {
    await page.fill('#search', QUERY);
    await page.press('#search', 'Enter');
    await page.waitForSelector('.search-result, .no-results, #search-results .error');
    const groups = await page.locator('.search-result').count();
    check(groups > 0, `search "${QUERY}" shows ${groups} event group(s)`);
    const marks = await page.locator('.search-result .snippet mark').count();
    check(marks > 0, `snippets highlight the matches (${marks} <mark>)`);
  });

  // 3. back to the list, open the first event
  let firstSummary = '';
  if (!await step('open the first event', async () => {
    await page.goBack();
    await page.waitForSelector(view('list') + ' .event-link', { state: 'visible' });
    check(await page.locator('#search-results').count() === 0, 'back in the plain event list');
    await page.locator('.event-link').first().click();
    await page.waitForSelector(view('event'));
    const sums = await page.locator('ol.summary > li').count();
    const cites = await page.locator('ol.summary .citation').count();
    check(sums > 0 && cites > 0, `summary renders: ${sums} sentence(s), ${cites} citation(s)`);
    const quotes = await page.locator('.quote').count();
    check(await page.locator('#quotes').isVisible(), `quotes section renders (${quotes} quote(s))`);
    check(await page.locator('table.coverage').count() === 1, 'coverage matrix renders');
    check(await page.locator('#figures').isVisible(), 'figures section renders');
    firstSummary = await page.locator('ol.summary > li .sum-text').first().textContent();
  })) return;

  // 4. first citation -> article with the matching sentence highlighted
  await step('citation highlights a sentence', async () => {
    await page.locator('.citation').first().click();
    await page.waitForSelector(view('article'));
    const hl = page.locator('.sent.hl');
    await hl.first().waitFor({ state: 'visible' });
    check(await hl.count() === 1, 'article shows exactly one .sent.hl');
    check(await hl.isVisible(), '.sent.hl is visible');
    await page.waitForTimeout(300); // let scrollIntoView settle
    const inView = await hl.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    check(inView, '.sent.hl is scrolled into view');
    const best = await page.evaluate((want) => {
      const words = (s) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []));
      const jac = (a, b) => { let i = 0; for (const w of a) if (b.has(w)) i++; const u = a.size + b.size - i; return u ? i / u : 0; };
      const w = words(want);
      const scores = [...document.querySelectorAll('.sent')].map((s) => jac(w, words(s.textContent)));
      const hl = [...document.querySelectorAll('.sent')].findIndex((s) => s.classList.contains('hl'));
      return { hl: scores[hl], max: Math.max(...scores) };
    }, firstSummary);
    check(best.hl > 0 && best.hl === best.max, 'highlighted sentence is the best word-overlap match',
      JSON.stringify(best));
    check(await page.locator('a.back-event').count() === 1, 'article links back to its event');
  });

  // 5. back to the event; find a quote with two or more variants (this event or others)
  let shotTaken = false;
  await step('quote variants side by side', async () => {
    await page.goBack();
    await page.waitForSelector(view('event'));
    const multi = () => page.evaluate(() =>
      [...document.querySelectorAll('.quote')].filter((q) => q.querySelectorAll('.variant').length >= 2).length);
    let found = await multi();
    let where = 'the first event';
    if (!found) {
      await page.goto(BASE + '/#/');
      await page.waitForSelector(view('list') + ' .event-link');
      const hrefs = await page.locator('.event-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs.slice(1, MAX_EVENTS)) {
        await page.goto(BASE + '/' + href);
        await page.waitForSelector(view('event') + ', #app .error');
        found = await multi();
        if (found) { where = href; break; }
      }
    }
    check(found > 0, `a quote shows 2+ variants side by side (${found} such in ${where})`);
    const fig = await page.locator('table.figures tr.agree, table.figures tr.contradict').count();
    console.log(`info figures marked agree/contradict: ${fig}; contradictions: ${await page.locator('table.figures tr.contradict').count()}`);
    await page.screenshot({ path: SHOT, fullPage: true });
    shotTaken = true;
    check(fs.statSync(SHOT).size > 0, `screenshot saved to ${SHOT}`);
  });

  // 6. phone width: no sideways scrolling
  await step('phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(wide <= 1, 'event page fits a 390 px wide screen', `${wide} px too wide`);
    const phone = SHOT.replace(/(\.png)?$/i, '-phone.png');
    await page.screenshot({ path: phone, fullPage: true });
    console.log(`info phone screenshot: ${phone}`);
  });
  if (!shotTaken) await page.screenshot({ path: SHOT, fullPage: true }).catch(() => {});

  // 7. safety
  const injected = await page.locator('#app script, #app b, #app img, #app iframe').count();
  check(injected === 0, 'no markup from the data was rendered as HTML');
  check(pageErrors.length === 0, 'no JavaScript errors', pageErrors.slice(0, 3).join(' | '));
  check(foreign.length === 0, 'no requests to other origins', foreign.slice(0, 3).join(' '));
}

let code = 0;
try {
  await run();
} catch (e) {
  bad(`browser: ${String(e && e.message || e).split('\n')[0]}`);
} finally {
  try { if (context) await withTimeout(context.close(), 10000, 'close browser'); } catch (e) { /* ignore */ }
  fs.rmSync(profile, { recursive: true, force: true });
  clearTimeout(watchdog);
}
if (failed) code = 1;
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(code);
