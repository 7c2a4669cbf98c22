// End-to-end tests: the built app (dist/) in headless Chromium, driven the way
// a person uses it — paste, look at highlights, drag to select, pick a label,
// type a note, reload, export. Run by `make test` after `trunk build`.
import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');

/** Reads an export from stdin and checks every span against its text, in code points. */
const PYTHON_CHECK = `
import json, sys
doc = json.load(sys.stdin)
text = doc["document"]["text"]
spans = doc["sections"] + doc["suggestions"] + doc["annotations"]
for s in spans:
    assert text[s["start"]:s["end"]] == s["text"], s
assert len(text) == doc["document"]["length"]
print("ok", len(spans), "spans")
`;

let server;
let browser;
let page;
const pageErrors = [];

/** Code-point slice, as Python's text[start:end]. */
const slice = (text, start, end) => [...text].slice(start, end).join('');

/** Drags the mouse across the `nth` occurrence of `needle` in the article. */
async function dragSelect(needle, nth = 0) {
  const box = await page.evaluate(
    ({ needle, nth }) => {
      const article = document.querySelector('.article');
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement.closest('.margin') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, at: text.length });
        text += n.data;
      }
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" is not in the article`);
      const locate = (offset, isEnd) => {
        const hit = nodes.findLast((x) => (isEnd ? x.at < offset : x.at <= offset));
        return [hit.node, offset - hit.at];
      };
      const range = document.createRange();
      locate(at, false)[0].parentElement.scrollIntoView({ block: 'center' });
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + needle.length, true));
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const first = rects[0];
      const last = rects[rects.length - 1];
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    },
    { needle, nth },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  const selected = await page.evaluate(() => String(window.getSelection()));
  assert.equal(selected, needle, 'the drag selected exactly the words');
  await page.waitForSelector('.popover');
}

/** Every element of the article with its attributes (sorted) and own text. */
function articleSnapshot() {
  return page.evaluate(() =>
    [...document.querySelectorAll('.article *')].map((e) => [
      e.tagName,
      [...e.attributes].map((a) => `${a.name}=${a.value}`).sort(),
      [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.data).join(''),
    ]),
  );
}

async function freshStart() {
  await page.goto(server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('.paste-screen');
}

async function pasteAndAnalyse(text) {
  await page.fill('.paste-area', text);
  await page.click('button:has-text("Analyse")');
  await page.waitForSelector('.article[data-complete="true"]');
}

async function openSample() {
  await page.click('text=Try the sample article');
  await page.waitForSelector('.article[data-complete="true"] mark.suggestion');
}

async function exportJson() {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export")')]);
  const path = await download.path();
  const raw = await readFile(path, 'utf8');
  return { name: download.suggestedFilename(), json: JSON.parse(raw), raw };
}

describe('Scholia in the browser', () => {
  before(async () => {
    server = await serve(dist);
    browser = await launch();
    // English, whatever the machine's locale: many tests find elements by their English text.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, locale: 'en-US' });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => d.accept());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(freshStart);

  test('the empty state offers paste, open file and the sample', async () => {
    assert.ok(await page.isVisible('.paste-area'));
    assert.ok(await page.isVisible('text=Try the sample article'));
    assert.ok(await page.isVisible('label:has-text("Open file")'));
  });

  test('pasted HTML and script are shown as text and never run', async () => {
    const text = '<script>window.__pwned = 1</script><b>粗體</b> 微軟 <img src=x onerror="window.__pwned=2">';
    await pasteAndAnalyse(text);
    const shown = await page.textContent('.article');
    assert.ok(shown.includes('<script>window.__pwned = 1</script>'), shown);
    assert.ok(shown.includes('<img src=x onerror="window.__pwned=2">'));
    assert.equal(await page.locator('.article script, .article b, .article img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.textContent('mark[data-label="ORG"]'), '微軟');
  });

  test('the sample article shows suggestions by label, with values in tooltips', async () => {
    await openSample();
    const marks = await page.locator('mark.suggestion').count();
    assert.ok(marks >= 30, `only ${marks} suggestions`);
    const money = page.locator('mark.suggestion[data-label="MONEY"]', { hasText: '27.5 億美元' });
    assert.equal(await money.count(), 1);
    assert.match(await money.getAttribute('title'), /2750000000 USD/);
    const date = page.locator('mark.suggestion[data-label="DATE"]', { hasText: '3 月 28 日' });
    assert.match(await date.getAttribute('title'), /--03-28/);
    assert.equal(await page.locator('mark[data-label="PERSON"]', { hasText: 'Dario Amodei' }).count(), 1);
    assert.equal(await page.locator('.article h2').count(), 4, 'four headings');
    await page.click('.tab:has-text("Labels")');
    assert.equal(await page.locator('.legend-item').count(), 13);
  });

  test('select with the mouse, pick a label, type a note: an annotation appears and is listed', async () => {
    await openSample();
    await dragSelect('Trainium');
    await page.click('.popover button.label-choice[data-label="PRODUCT"]');
    await page.fill('.popover .note-input', 'Amazon’s own chip');
    await page.press('.popover .note-input', 'Enter');
    await page.waitForSelector('.popover', { state: 'detached' });
    const mark = page.locator('mark.annotation[data-label="PRODUCT"]');
    assert.equal(await mark.textContent(), 'Trainium');
    const item = page.locator('.annotation-item');
    assert.equal(await item.count(), 1);
    assert.match(await item.textContent(), /PRODUCT.*Trainium.*Amazon’s own chip/);
  });

  test('a label key annotates the selection at once; Esc cancels', async () => {
    await openSample();
    await dragSelect('高雄');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.popover', { state: 'detached' });
    assert.equal(await page.locator('mark.annotation').count(), 0);
    await dragSelect('高雄');
    await page.keyboard.press('3'); // GPE
    await page.waitForSelector('mark.annotation[data-label="GPE"]');
    assert.equal(await page.textContent('mark.annotation[data-label="GPE"]'), '高雄');
  });

  test('clicking a listed annotation scrolls to it and flashes it; it can be deleted', async () => {
    await openSample();
    await dragSelect('Morgan Stanley');
    await page.click('.popover button.label-choice[data-label="ORG"]');
    await page.click('.popover button.primary'); // Accept: the selection is a suggestion
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('.annotation-item .item-main');
    await page.waitForSelector('mark.annotation.flash');
    await page.click('.annotation-item button.delete');
    assert.equal(await page.locator('mark.annotation').count(), 0);
    assert.equal(await page.locator('.annotation-item').count(), 0);
  });

  test('a whole section can be labelled with a note', async () => {
    await openSample();
    await page.click('[data-section="1"] .section-tag');
    await page.fill('.section-form .section-label-input', 'Lede');
    await page.fill('.section-form .section-note-input', '誰投資了誰');
    await page.press('.section-form .section-note-input', 'Enter');
    await page.waitForSelector('.section-form', { state: 'detached' });
    assert.equal((await page.textContent('[data-section="1"] .section-tag')).trim(), 'Lede');
    assert.equal(await page.textContent('[data-section="1"] .section-note'), '誰投資了誰');
  });

  test('a reload restores the document and every annotation exactly', async () => {
    await openSample();
    await dragSelect('Trainium');
    await page.keyboard.press('5');
    await page.click('[data-section="0"] .section-tag');
    await page.fill('.section-form .section-label-input', 'Headline');
    await page.press('.section-form .section-label-input', 'Enter');
    await page.fill('.top-bar .title', 'My sample');
    await page.press('.top-bar .title', 'Enter');
    await page.click('.article'); // blur commits the title
    const before = await articleSnapshot();
    await page.reload();
    await page.waitForSelector('mark.annotation');
    assert.deepEqual(await articleSnapshot(), before);
    assert.equal(await page.inputValue('.top-bar .title'), 'My sample');
    assert.equal(await page.textContent('mark.annotation[data-label="PRODUCT"]'), 'Trainium');
  });

  test('Export downloads <name>.scholia.json with code-point offsets, texts and the SHA-256', async () => {
    await openSample();
    await dragSelect('Dario Amodei');
    await page.keyboard.press('1');
    await page.waitForSelector('mark.annotation');
    const { name, json } = await exportJson();
    assert.match(name, /\.scholia\.json$/);
    assert.equal(json.format, 'scholia');
    assert.equal(json.version, 1);
    const text = json.document.text;
    assert.equal(json.document.sha256, createHash('sha256').update(text, 'utf8').digest('hex'));
    assert.equal(json.document.length, [...text].length);
    for (const span of [...json.suggestions, ...json.annotations, ...json.sections]) {
      assert.equal(slice(text, span.start, span.end), span.text);
    }
    assert.deepEqual(
      json.annotations.map((a) => [a.label, a.text]),
      [['PERSON', 'Dario Amodei']],
    );
    const money = json.suggestions.find((s) => s.text === '27.5 億美元');
    assert.deepEqual(money.value, { amount: 2750000000, currency: 'USD' });
    assert.ok(json.sections.some((s) => s.kind === 'heading'));
  });

  test('emoji, combining marks, CJK and CRLF do not shift a highlight', async () => {
    const text = '👩‍💻 Café e\u0301 😀 微軟\r\n🇫🇷 投資 Mistral AI 😀😀 today';
    await pasteAndAnalyse(text);
    // A textarea turns \r\n into \n, so expectations come from the text kept.
    await dragSelect('Mistral AI');
    await page.keyboard.press('2');
    await dragSelect('Café');
    await page.keyboard.press('2');
    await page.waitForSelector('mark.annotation >> nth=1');
    const { json } = await exportJson();
    const kept = json.document.text;
    for (const a of json.annotations) {
      assert.equal(slice(kept, a.start, a.end), a.text);
    }
    const mistral = json.annotations.find((a) => a.text === 'Mistral AI');
    assert.equal(mistral.start, [...kept.slice(0, kept.indexOf('Mistral'))].length);
    assert.deepEqual(json.annotations.map((a) => a.text).sort(), ['Café', 'Mistral AI']);
    const ms = json.suggestions.find((s) => s.text === '微軟');
    assert.equal(ms.start, [...kept.slice(0, kept.indexOf('微軟'))].length);
  });

  test('a text file with CRLF line breaks is normalised once, and the export says so', async () => {
    await page.setInputFiles('input[aria-label="Open file"]', {
      name: 'windows.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('標題\r\n微軟投資 Mistral AI 130 億美元。\r\n'),
    });
    await page.waitForSelector('.article[data-complete="true"] mark.suggestion');
    await dragSelect('Mistral AI');
    await page.keyboard.press('2');
    await page.waitForSelector('mark.annotation');
    const { json } = await exportJson();
    assert.equal(json.document.text, '標題\n微軟投資 Mistral AI 130 億美元。\n');
    assert.equal(json.document.newlines_normalised, true);
    assert.equal(json.annotations[0].start, 8); // 標題, \n, 微軟投資, space
    assert.equal(json.document.title, 'windows');
  });

  test('bad input gets a clear message and loses nothing', async () => {
    // Too large a paste.
    await page.evaluate(() => {
      const area = document.querySelector('.paste-area');
      area.value = '字'.repeat(800_000);
    });
    await page.click('button:has-text("Analyse")');
    await page.waitForSelector('.notice.error');
    assert.match(await page.textContent('.notice.error'), /MB; Scholia takes up to 2 MB/);
    assert.ok(await page.isVisible('.paste-screen'));

    // A binary file.
    await page.setInputFiles('input[aria-label="Open file"]', {
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0xfe]),
    });
    await page.waitForSelector('.notice.error >> text=/not UTF-8 text/');

    // A foreign JSON file while a document with annotations is open.
    await openSample();
    await dragSelect('Trainium');
    await page.keyboard.press('5');
    await page.waitForSelector('mark.annotation');
    await page.setInputFiles('input[aria-label="Open file"]', {
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name": "left-pad", "version": "1.3.0", "dependencies": {}}'),
    });
    await page.waitForSelector('.notice.error >> text=/neither a Scholia export, W3C Web Annotation, nor doccano or spaCy JSONL/');
    assert.equal(await page.textContent('mark.annotation'), 'Trainium', 'the open document is untouched');
  });

  test('an export opens identically in a fresh browser profile, and Python reads its offsets', async () => {
    await openSample();
    await dragSelect('Anthropic', 1);
    await page.keyboard.press('2');
    await page.locator('mark.suggestion[data-label="MONEY"]').first().click();
    await page.keyboard.press('Delete'); // a rejected suggestion travels too
    await page.waitForSelector('mark.annotation');
    await page.keyboard.press('Escape'); // the keyboard cursor is view state, not data
    const { json, raw } = await exportJson();
    const before = await articleSnapshot();

    // Python, as a data scientist would read the file: text[start:end] == span text.
    const check = spawnSync('python3', ['-c', PYTHON_CHECK], { input: raw, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /^ok \d+ spans/);

    const fresh = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, locale: 'en-US' });
    const other = await fresh.newPage();
    await other.goto(server.url);
    await other.waitForSelector('.paste-screen');
    await other.setInputFiles('input[aria-label="Open file"]', {
      name: 'back.scholia.json',
      mimeType: 'application/json',
      buffer: Buffer.from(raw),
    });
    await other.waitForSelector('mark.annotation');
    const main = page;
    page = other;
    try {
      assert.deepEqual(await articleSnapshot(), before, 'the same screen');
      const again = await exportJson();
      assert.deepEqual(again.json, json, 'the same export');
    } finally {
      page = main;
      await fresh.close();
    }
  });

  test('a full localStorage is reported in plain words; the work stays on screen', async () => {
    await openSample();
    await page.evaluate(() => {
      const chunk = 'x'.repeat(512 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          break;
        }
      }
      // Then ever smaller pieces, each size until it no longer fits.
      let key = 0;
      for (let size = 64 * 1024; size >= 1; size = Math.floor(size / 2)) {
        for (let tries = 0; tries < 64; tries++) {
          try {
            localStorage.setItem(`f${key++}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
    });
    await dragSelect('Trainium');
    await page.keyboard.press('5');
    await page.waitForSelector('.notice.error');
    assert.match(await page.textContent('.notice.error'), /storage for Scholia is full.*Export/);
    assert.equal(await page.textContent('mark.annotation'), 'Trainium');
    await page.evaluate(() => localStorage.clear());
  });

  test('a 100 KB article pastes and highlights (figure printed, not asserted)', async () => {
    const sample = await readFile(join(root, 'data', 'sample-article.txt'), 'utf8');
    const big = Array.from({ length: Math.ceil(100_000 / Buffer.byteLength(sample)) }, () => sample).join('\n');
    await page.evaluate((t) => {
      document.querySelector('.paste-area').value = t;
    }, big);
    const started = Date.now();
    await page.click('button:has-text("Analyse")');
    await page.waitForSelector('mark.suggestion');
    const paint = Date.now() - started;
    await page.waitForSelector('.article[data-complete="true"]');
    const complete = Date.now() - started;
    const notice = await page.textContent('.notice');
    console.log(
      `# 100 KB article (${Buffer.byteLength(big)} bytes): first highlights on screen after ${paint} ms, all after ${complete} ms; ${notice}`,
    );
    const marks = await page.locator('mark.suggestion').count();
    assert.ok(marks > 1000, `${marks} suggestions`);
    // Adding one annotation to the big article, measured in the page.
    await dragSelect('Trainium', 3);
    const took = await page.evaluate(async () => {
      const t0 = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: '5', bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    });
    await page.waitForSelector('mark.annotation');
    console.log(`# 100 KB article: one annotation added and painted in ${took.toFixed(1)} ms`);
  });

  test('keyboard only: move through suggestions, accept, relabel, reject, undo, redo', async () => {
    await openSample();
    const started = Date.now();
    const firstText = await page.textContent('mark.suggestion >> nth=0');
    const secondText = await page.textContent('mark.suggestion >> nth=1');
    await page.keyboard.press('n');
    await page.waitForSelector('mark.suggestion.cursor');
    assert.equal(await page.textContent('mark.suggestion.cursor'), firstText);
    await page.keyboard.press('Enter'); // accept the first (ORG)
    await page.waitForSelector('mark.annotation');
    assert.equal(await page.textContent('mark.suggestion.cursor'), secondText, 'the cursor moved on');
    await page.keyboard.press('x'); // reject the second
    await page.keyboard.press('1'); // accept the third as PERSON (relabel)
    await page.keyboard.press('Enter'); // accept the fourth as suggested
    const pass = Date.now() - started;
    console.log(`# keyboard pass over four suggestions: ${pass} ms`);
    assert.equal(await page.locator('.annotation-item').count(), 3);
    assert.equal(await page.locator('mark.annotation[data-label="PERSON"]').count(), 1);
    const { json } = await exportJson();
    assert.equal(json.suggestions.filter((s) => s.state === 'rejected').length, 1);
    assert.equal(json.suggestions.filter((s) => s.state === 'accepted').length, 3);
    assert.ok(json.annotations.every((a) => a.source === 'suggestion'));
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
    assert.equal(await page.locator('mark.annotation').count(), 0);
    assert.equal(await page.locator('.annotation-item').count(), 0);
    await page.keyboard.press('Control+Shift+z');
    assert.equal(await page.locator('mark.annotation').count(), 1);
  });

  test('keyboard only, the whole sample: select a span with Shift+arrows, then decide every suggestion (time printed)', async () => {
    await page.focus('text=Try the sample article');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.article[data-complete="true"] mark.suggestion');
    const started = Date.now();
    // A span of the user's own: from the first suggestion, grow the
    // selection by three characters, then label it with a key.
    await page.keyboard.press('n');
    const first = await page.textContent('mark.suggestion.cursor');
    assert.equal(await page.evaluate(() => String(getSelection())), first, 'the cursor selects its suggestion');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.waitForSelector('.popover');
    const quote = await page.textContent('.popover-quote');
    assert.equal([...quote].length, [...first].length + 3, `${quote} is ${first} and three more`);
    await page.keyboard.press('4'); // LOC, say
    await page.waitForSelector('mark.annotation[data-label="LOC"]');
    // Then every suggestion: accept three, reject the fourth, and so on.
    const pending = await page.locator('mark.suggestion').count();
    await page.keyboard.press('n');
    for (let i = 0; i < pending; i++) await page.keyboard.press(i % 4 === 3 ? 'x' : 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('mark.suggestion').length === 0);
    const took = Date.now() - started;
    console.log(`# keyboard-only pass over the whole sample: ${pending} suggestions and one span of the user's own in ${took} ms`);
    const { json } = await exportJson();
    assert.equal(json.suggestions.filter((s) => s.state === 'pending').length, 0);
    assert.equal(json.annotations.filter((a) => a.source === 'user' && a.label === 'LOC').length, 1);
    assert.equal(json.suggestions.filter((s) => s.state === 'rejected').length, Math.floor(pending / 4));
  });

  test('click a suggestion: its value is shown; reject hides it; the Undo button brings it back', async () => {
    await openSample();
    const money = page.locator('mark.suggestion[data-label="MONEY"]', { hasText: '27.5 億美元' });
    await money.click();
    await page.waitForSelector('.popover');
    assert.match(await page.textContent('.popover-detail'), /2750000000 USD/);
    await page.click('.popover button:has-text("Reject")');
    assert.equal(await money.count(), 0);
    await page.click('button[aria-label="Undo"]');
    assert.equal(await money.count(), 1);
    // Accept it with the popover: the annotation keeps the value.
    await money.click();
    await page.keyboard.press('Enter');
    const { json } = await exportJson();
    assert.deepEqual(json.annotations.map((a) => [a.text, a.value]), [['27.5 億美元', { amount: 2750000000, currency: 'USD' }]]);
  });

  test('every occurrence at once, undone in one step; accept all of a label from the legend', async () => {
    await openSample();
    const total = await page.evaluate(() => document.querySelector('.article').textContent.split('亞馬遜').length - 1);
    await page.locator('mark.suggestion', { hasText: '亞馬遜' }).first().click();
    await page.keyboard.press('Enter');
    await page.locator('mark.annotation', { hasText: '亞馬遜' }).first().click();
    await page.waitForSelector('.popover button:has-text("Every occurrence")');
    await page.keyboard.press('a');
    await page.waitForSelector('.notice.info >> text=/Labelled \\d+ more occurrences/');
    assert.equal(await page.locator('mark.annotation', { hasText: '亞馬遜' }).count(), total);
    await page.keyboard.press('Control+z');
    assert.equal(await page.locator('mark.annotation', { hasText: '亞馬遜' }).count(), 1);

    const pendingOrgs = await page.locator('mark.suggestion[data-label="ORG"]').count();
    await page.click('.tab:has-text("Labels")');
    await page.click('.legend-item[data-label="ORG"] .accept-all');
    assert.equal(await page.locator('mark.suggestion[data-label="ORG"]').count(), 0);
    assert.equal(await page.locator('mark.annotation[data-label="ORG"]').count() >= pendingOrgs, true);
    await page.reload();
    await page.waitForSelector('mark.annotation');
    assert.equal(await page.locator('mark.suggestion[data-label="ORG"]').count(), 0, 'decisions survive a reload');
  });

  test('label sets: add a label, pick it by its key, recolour, rename, remove and undo; new documents inherit the set', async () => {
    await pasteAndAnalyse('Nadella said the deal opens a new era. Microsoft agreed, 微軟同意。');
    await page.click('.tab:has-text("Labels")');
    await page.fill('.new-label', 'CLAIM');
    await page.press('.new-label', 'Enter');
    const claim = page.locator('.legend-item[data-label="CLAIM"]');
    await claim.waitFor();
    assert.equal(await claim.locator('.legend-key').inputValue(), 'r', 'a free key is given');
    await dragSelect('opens a new era');
    await page.keyboard.press('r');
    const mark = page.locator('mark.annotation[data-label="CLAIM"]');
    await mark.waitFor();
    assert.equal(await mark.textContent(), 'opens a new era');

    await claim.locator('input[type="color"]').fill('#112233');
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('mark.annotation[data-label="CLAIM"]')).backgroundColor === 'rgb(17, 34, 51)',
    );
    // A key the shortcuts use is refused, and the field shows the key in force.
    await claim.locator('.legend-key').fill('n');
    await claim.locator('.legend-key').press('Enter');
    await page.waitForSelector('.notice.error >> text=/cannot pick a label/');
    assert.equal(await claim.locator('.legend-key').inputValue(), 'r');
    await claim.locator('.legend-key').fill('c');
    await claim.locator('.legend-key').press('Enter');
    await page.waitForFunction(() => document.querySelector('.legend-item[data-label="CLAIM"] .legend-key').value === 'c');
    await claim.locator('.legend-key').fill('r');
    await claim.locator('.legend-key').press('Enter');
    await page.waitForFunction(() => document.querySelector('.legend-item[data-label="CLAIM"] .legend-key').value === 'r');
    await claim.locator('.legend-name').fill('QUOTE');
    await claim.locator('.legend-name').press('Enter');
    await page.waitForSelector('mark.annotation[data-label="QUOTE"]');
    assert.equal(await page.locator('.legend-item[data-label="QUOTE"] .legend-name').inputValue(), 'QUOTE');

    // Removing a label says what goes with it, hides its suggestions, and undoes.
    const questions = [];
    page.once('dialog', (d) => questions.push(d.message()));
    assert.ok((await page.locator('mark.suggestion[data-label="ORG"]').count()) > 0);
    await page.click('.legend-item[data-label="ORG"] .remove-label');
    await page.waitForFunction(() => !document.querySelector('.legend-item[data-label="ORG"]'));
    assert.match(questions[0], /Remove the label ORG\? No annotation carries it/);
    assert.equal(await page.locator('mark.suggestion[data-label="ORG"]').count(), 0);
    await page.keyboard.press('Control+z');
    await page.waitForSelector('mark.suggestion[data-label="ORG"]');

    const { json } = await exportJson();
    const quote = json.labels.find((l) => l.name === 'QUOTE');
    assert.deepEqual(
      { colour: quote.colour, key: quote.key, suggests: quote.suggests },
      { colour: '#112233', key: 'r', suggests: undefined },
    );
    assert.equal(json.annotations[0].label, 'QUOTE');
    assert.equal(json.labels.length, 14);

    await page.reload();
    await page.waitForSelector('mark.annotation[data-label="QUOTE"]');
    await page.click('button:has-text("New")');
    await pasteAndAnalyse('Another text about a claim.');
    await page.click('.tab:has-text("Labels")');
    await page.waitForSelector('.legend-item[data-label="QUOTE"]');
    assert.equal(await page.locator('.legend-item').count(), 14, 'a new document starts with the set edited last');
  });

  test('names labelled by hand join the dictionary, which suggests them in the next document and can be edited', async () => {
    await pasteAndAnalyse('遠揚晶片今天宣布擴產。');
    assert.equal(await page.locator('mark.suggestion', { hasText: '遠揚晶片' }).count(), 0, 'unknown at first');
    await dragSelect('遠揚晶片');
    await page.keyboard.press('2');
    await page.waitForSelector('mark.annotation[data-label="ORG"]');
    await page.click('.tab:has-text("Labels")');
    const term = page.locator('.dictionary .term', { hasText: '遠揚晶片' });
    await term.waitFor();
    assert.equal(await term.locator('select').inputValue(), 'ORG');

    await page.click('button:has-text("New")');
    await pasteAndAnalyse('Analysts expect 遠揚晶片 to grow.');
    await page.waitForSelector('mark.suggestion[data-label="ORG"] >> text=遠揚晶片');

    // The dictionary is the user's to edit: relabel, add, remove; it survives a reload.
    await page.click('.tab:has-text("Labels")');
    await term.locator('select').selectOption('PRODUCT');
    await page.fill('.new-term', 'Analysts');
    await page.press('.new-term', 'Enter');
    await page.waitForSelector('.dictionary .term >> text=Analysts');
    await page.reload();
    await page.waitForSelector('.article[data-complete="true"]');
    await page.click('.tab:has-text("Labels")');
    assert.equal(await page.locator('.dictionary .term').count(), 2);
    assert.equal(await term.locator('select').inputValue(), 'PRODUCT');
    await page.click('.dictionary .term:has-text("Analysts") .delete');
    await page.waitForFunction(() => document.querySelectorAll('.dictionary .term').length === 1);
  });

  test('with the setting on, a Latin selection snaps to whole words; Chinese stays character by character', async () => {
    await pasteAndAnalyse('微軟與 Microsoft 合作。');
    await page.click('.tab:has-text("Labels")');
    await page.check('.snap-words');
    await dragSelect('icrosof');
    assert.equal(await page.textContent('.popover-quote'), 'Microsoft');
    await page.keyboard.press('2');
    await page.waitForSelector('mark.annotation >> text=Microsoft');
    await dragSelect('軟');
    assert.equal(await page.textContent('.popover-quote'), '軟');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.waitForSelector('mark.annotation');
    await page.click('.tab:has-text("Labels")');
    assert.equal(await page.isChecked('.snap-words'), true, 'the setting is remembered');
  });

  test('overlapping and nested annotations are drawn stacked, each reachable by click and from the list', async () => {
    await pasteAndAnalyse('微軟投資 Mistral AI 130 億美元。');
    await dragSelect('Mistral AI');
    await page.keyboard.press('2');
    await page.waitForSelector('mark.annotation[data-label="ORG"]');
    await dragSelect('Mistral');
    await page.keyboard.press('5');
    await page.waitForSelector('mark.annotation.stacked');
    // The nested word shows the inner (shorter) annotation, the rest the outer.
    assert.equal(await page.textContent('mark.annotation.stacked'), 'Mistral');
    assert.equal(await page.getAttribute('mark.annotation.stacked', 'data-label'), 'PRODUCT');
    const ids = (await page.getAttribute('mark.annotation.stacked', 'data-ann')).split(' ');
    assert.equal(ids.length, 2, 'both annotations cover the nested word');
    await page.click('mark.annotation.stacked');
    await page.waitForSelector('.popover >> text=Edit annotation');
    assert.equal(await page.getAttribute('.popover .label-choice[aria-pressed="true"]', 'data-label'), 'PRODUCT');
    await page.keyboard.press('Escape');
    await page.locator('mark.annotation:not(.stacked)', { hasText: 'AI' }).click();
    assert.equal(await page.getAttribute('.popover .label-choice[aria-pressed="true"]', 'data-label'), 'ORG');
    await page.keyboard.press('Escape');
    // Both are in the list, reachable by Tab; Enter on one scrolls to it.
    const rows = page.locator('.annotation-item');
    assert.equal(await rows.count(), 2);
    await rows.nth(1).locator('.item-main').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('mark.flash');
    // The list's edit button is the keyboard's way into an annotation's popover.
    await rows.nth(0).locator('.edit').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.popover >> text=Edit annotation');
    await page.keyboard.press('6'); // relabel PRODUCT → EVENT with its key
    await page.waitForSelector('mark.annotation.stacked[data-label="EVENT"]');
    await page.keyboard.press('Control+z');
    await page.waitForSelector('mark.annotation.stacked[data-label="PRODUCT"]');
    const { json } = await exportJson();
    assert.deepEqual(
      json.annotations.map((a) => [a.start, a.end, a.label, a.text]),
      [
        [5, 12, 'PRODUCT', 'Mistral'],
        [5, 15, 'ORG', 'Mistral AI'],
      ],
    );
  });

  test('the list shows suggestions and rejected ones by label; a rejected one can be restored', async () => {
    await openSample();
    await page.selectOption('.list-filters select[aria-label="Show"]', 'Suggestions');
    await page.selectOption('.list-filters select[aria-label="Label"]', 'MONEY');
    const items = page.locator('.annotation-item');
    const money = await page.locator('mark.suggestion[data-label="MONEY"]').count();
    assert.equal(await items.count(), money);
    assert.match(await items.first().textContent(), /MONEY.*USD/);
    await items.first().locator('button[aria-label^="Reject"]').click();
    assert.equal(await items.count(), money - 1);
    await page.selectOption('.list-filters select[aria-label="Show"]', 'Rejected');
    assert.equal(await items.count(), 1);
    await items.first().locator('button[aria-label^="Restore"]').click();
    assert.equal(await items.count(), 0);
    assert.equal(await page.locator('mark.suggestion[data-label="MONEY"]').count(), money);
  });

  test('the summary shows counts, entities and a table of values sortable by value', async () => {
    await openSample();
    await page.click('.tab:has-text("Summary")');
    assert.ok((await page.locator('.bars li').count()) >= 8);
    const amazon = page.locator('.entity', { hasText: '亞馬遜' });
    assert.match(await amazon.textContent(), /亞馬遜\s*5/);
    await amazon.click();
    await page.waitForSelector('mark.flash');
    const values = async () => page.locator('.amounts td.value').allTextContents();
    const inTextOrder = await values();
    assert.ok(inTextOrder.includes('2750000000 USD') && inTextOrder.includes('--03-28'), inTextOrder.join(' | '));
    await page.click('.summary .sort');
    const sorted = await values();
    assert.notDeepEqual(sorted, inTextOrder);
    const usd = sorted.filter((v) => v.endsWith(' USD')).map((v) => Number(v.split(' ')[0]));
    assert.deepEqual(usd, [...usd].sort((a, b) => a - b), 'USD amounts ascend');
  });

  test('several documents: each is kept, a reload reopens the last, the library opens, renames and deletes', async () => {
    await pasteAndAnalyse('第一篇：微軟投資 Mistral AI 130 億美元。');
    await dragSelect('Mistral AI');
    await page.keyboard.press('2');
    await page.waitForSelector('mark.annotation');
    await page.click('button:has-text("New")');
    await pasteAndAnalyse('Second: Nvidia reported revenue of $22.1 billion.');
    await dragSelect('Nvidia');
    await page.keyboard.press('2');
    await page.waitForSelector('mark.annotation');
    await page.reload();
    await page.waitForSelector('mark.annotation');
    assert.equal(await page.textContent('mark.annotation'), 'Nvidia', 'the last document reopens');
    await page.click('button:has-text("Documents")');
    const items = page.locator('.library-item');
    assert.equal(await items.count(), 2);
    await items.nth(1).locator('button:has-text("Open")').click();
    await page.waitForSelector('mark.annotation >> text=Mistral AI');
    await page.click('button:has-text("Documents")');
    await items.nth(0).locator('.library-title').fill('微軟與 Mistral');
    await items.nth(0).locator('.library-title').press('Enter');
    await page.waitForFunction(() => document.querySelector('.top-bar .title').value === '微軟與 Mistral');
    await items.nth(1).locator('button:has-text("Delete")').click(); // the dialog is accepted
    await page.waitForFunction(() => document.querySelectorAll('.library-item').length === 1);
    await page.reload();
    await page.waitForSelector('mark.annotation');
    assert.equal(await page.inputValue('.top-bar .title'), '微軟與 Mistral');
  });

  test('the export menu writes W3C and doccano files with code-point offsets', async () => {
    await openSample();
    await dragSelect('Dario Amodei');
    await page.keyboard.press('1');
    await page.waitForSelector('mark.annotation');
    const download = async (item) => {
      await page.click('.export-menu summary');
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`.export-formats button:has-text("${item}")`)]);
      return { name: d.suggestedFilename(), raw: await readFile(await d.path(), 'utf8') };
    };
    const doccano = await download('doccano');
    assert.match(doccano.name, /\.doccano\.jsonl$/);
    const line = JSON.parse(doccano.raw.trim());
    const person = line.label.find(([, , l]) => l === 'PERSON');
    assert.equal(slice(line.text, person[0], person[1]), 'Dario Amodei');
    const w3c = await download('W3C');
    assert.match(w3c.name, /\.w3c\.json$/);
    const collection = JSON.parse(w3c.raw);
    assert.equal(collection.type, 'AnnotationCollection');
    const selectors = JSON.stringify(collection);
    assert.ok(selectors.includes('TextPositionSelector') && selectors.includes('TextQuoteSelector'));
  });

  test('annotations re-anchor onto an edited text by their quotes; the import is one undoable step', async () => {
    await openSample();
    await dragSelect('Trainium');
    await page.keyboard.press('5');
    await dragSelect('Morgan Stanley');
    await page.keyboard.press('2');
    await page.waitForSelector('mark.annotation >> nth=1');
    const { json } = await exportJson();
    // The same article, edited: a line added at the top and a word changed.
    await page.click('button:has-text("New")');
    const edited = `編者按：本文有更新。\n${json.document.text.replace('Analysts at', 'Economists at')}`;
    await pasteAndAnalyse(edited);
    await page.setInputFiles('input[aria-label="Import annotations onto this text"]', {
      name: 'old.scholia.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await page.waitForSelector('.notice >> text=/0 anchored exactly, 2 moved, 0 could not be placed/');
    assert.deepEqual(
      (await page.locator('mark.annotation').allTextContents()).sort(),
      ['Morgan Stanley', 'Trainium'],
    );
    await page.keyboard.press('Control+z');
    assert.equal(await page.locator('mark.annotation').count(), 0);
  });

  test('a doccano JSONL file with two documents opens both into the library', async () => {
    const lines = [
      { text: '微軟投資 Mistral AI。', label: [[0, 2, 'ORG'], [5, 15, 'ORG']] },
      { text: 'Nvidia paid $2 billion.', label: [[0, 6, 'ORG']] },
    ].map((d) => JSON.stringify(d)).join('\n');
    await page.setInputFiles('input[aria-label="Open file"]', {
      name: 'batch.jsonl',
      mimeType: 'application/json',
      buffer: Buffer.from(lines),
    });
    await page.waitForSelector('.notice >> text=/Opened 2 documents/');
    assert.equal(await page.textContent('mark.annotation'), 'Nvidia');
    await page.click('button:has-text("Documents")');
    assert.equal(await page.locator('.library-item').count(), 2);
  });

  test('Ctrl+F finds every match, steps through them and labels them all in one step', async () => {
    await openSample();
    await page.keyboard.press('Control+f');
    await page.waitForSelector('.find-bar input:focus');
    await page.keyboard.type('aws');
    await page.waitForSelector('.find-count >> text="1 of 2"');
    assert.equal(await page.locator('.article .found').count(), 2);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.find-count >> text="2 of 2"');
    await page.selectOption('.find-bar select', 'PRODUCT');
    await page.click('.find-bar button:has-text("Label 2")');
    assert.deepEqual(await page.locator('mark.annotation[data-label="PRODUCT"]').allTextContents(), ['AWS', 'AWS']);
    await page.click('.find-bar input');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.find-bar', { state: 'detached' });
    await page.keyboard.press('Control+z');
    assert.equal(await page.locator('mark.annotation').count(), 0);
  });

  test('? shows every shortcut; Esc closes it', async () => {
    await openSample();
    await page.keyboard.press('?');
    await page.waitForSelector('.shortcuts');
    assert.match(await page.textContent('.shortcuts'), /next suggestion.*undo/s);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.shortcuts', { state: 'detached' });
  });

  test('the language switch turns the interface to Traditional Chinese, by keyboard, and a reload keeps it', async () => {
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await openSample();
    await page.focus('select.lang-switch');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('.top-bar button.primary:has-text("匯出")');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant');
    assert.equal(await page.getAttribute('select.lang-switch', 'aria-label'), '語言');
    assert.ok(await page.isVisible('.tab:has-text("摘要")'));
    assert.equal(await page.title(), 'Scholia — 文章註記工具');
    // The article's tooltips follow, and notices are written in Chinese.
    const money = page.locator('mark.suggestion[data-label="MONEY"]', { hasText: '27.5 億美元' });
    assert.match(await money.getAttribute('title'), /2750000000 USD — 建議/);
    await page.click('.tab:has-text("標籤")');
    await page.click('.legend-item[data-label="ORG"] .accept-all');
    assert.match(await page.textContent('.notice'), /已接受 \d+ 則 ORG 建議/);
    await page.reload();
    await page.waitForSelector('.article[data-complete="true"]');
    assert.equal(await page.textContent('.top-bar button.primary'), '匯出');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant');
    assert.equal(await page.inputValue('select.lang-switch'), 'zh-Hant');
    await page.selectOption('select.lang-switch', 'en');
    await page.waitForSelector('.top-bar button.primary:has-text("Export")');
  });

  test('a browser set to Taiwanese Chinese starts in Traditional Chinese; a choice made overrides it', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-TW' });
    const zh = await context.newPage();
    zh.on('pageerror', (e) => pageErrors.push(e.message));
    await zh.goto(server.url);
    await zh.waitForSelector('.paste-screen');
    assert.equal(await zh.textContent('.paste-screen h1'), '貼上一篇新聞文章');
    assert.ok(await zh.isVisible('button:has-text("試用範例文章")'));
    assert.equal(await zh.getAttribute('html', 'lang'), 'zh-Hant');
    assert.equal(await zh.inputValue('select.lang-switch'), 'zh-Hant');
    await zh.selectOption('select.lang-switch', 'en');
    await zh.waitForSelector('text=Try the sample article');
    await zh.reload();
    await zh.waitForSelector('text=Try the sample article');
    assert.equal(await zh.getAttribute('html', 'lang'), 'en');
    await context.close();
  });

  test('a 1 MB article appears from the top and fills in without freezing the page (figures printed)', async () => {
    const sample = await readFile(join(root, 'data', 'sample-article.txt'), 'utf8');
    const big = Array.from({ length: Math.ceil(1_000_000 / Buffer.byteLength(sample)) }, () => sample).join('\n');
    await page.evaluate((t) => {
      document.querySelector('.paste-area').value = t;
    }, big);
    // Record the longest gap between animation frames while it renders.
    await page.evaluate(() => {
      window.__gaps = [];
      let last = performance.now();
      const tick = (now) => {
        window.__gaps.push(now - last);
        last = now;
        if (!document.querySelector('.article[data-complete="true"]')) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await page.click('button:has-text("Analyse")');
    await page.waitForSelector('mark.suggestion');
    const first = Date.now() - started;
    await page.waitForSelector('.article[data-complete="true"]', { timeout: 120_000 });
    const all = Date.now() - started;
    const gaps = await page.evaluate(() => window.__gaps);
    const sections = await page.locator('.article section').count();
    const expected = Number((await page.textContent('.notice')).match(/in (\d+) sections/)[1]);
    assert.equal(sections, expected, 'every section is rendered in the end');
    console.log(
      `# 1 MB article (${Buffer.byteLength(big)} bytes): first highlights after ${first} ms, all ${sections} sections after ${all} ms; ` +
        `longest frame gap ${Math.round(Math.max(...gaps))} ms (median ${Math.round(gaps.sort((a, b) => a - b)[gaps.length >> 1])} ms)`,
    );
  });

  test('no uncaught error happened on any page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
