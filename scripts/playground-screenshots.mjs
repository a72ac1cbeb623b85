#!/usr/bin/env node
/**
 * Takes pictures of the bot's cards as the Microsoft 365 Agents Playground shows them, for the
 * README and for checking what a person sees. Start the bot and the Playground first:
 *   npm start                                         (terminal 1)
 *   TEAMSAPPTESTER_BROWSER=none npm run playground    (terminal 2)
 * then, for each message (or `click:<button title>` to press a button on the last card):
 *   node scripts/playground-screenshots.mjs docs/shot "hvornår er mit næste modul?" "click:Hvor er det?"
 * which writes docs/shot-1.png, docs/shot-2.png: each the last card the bot answered with.
 * Needs Chromium (Debian: apt-get install -y chromium; CHROMIUM_PATH to use another) and
 * playwright-core (a dev dependency; it drives the browser, it downloads none).
 */
import { chromium } from 'playwright-core';

const [prefix, ...steps] = process.argv.slice(2);
if (!prefix || steps.length === 0) {
  console.error('usage: node scripts/playground-screenshots.mjs <out-prefix> "<message>" ["click:<button>"] …');
  process.exit(2);
}
const url = process.env.PLAYGROUND_URL ?? 'http://localhost:56150';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // A headless browser on a server: no sandbox (often root), no GPU, no calls home.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-sync', '--disable-component-update'],
});
try {
  // Tall, so a long card is pictured whole.
  const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(2500);
  const cards = page.locator('.fai-OutputCard');
  let n = 0;
  for (const step of steps) {
    const before = await cards.count();
    if (step.startsWith('click:')) {
      await cards.last().getByText(step.slice('click:'.length), { exact: true }).last().click();
    } else {
      await page.locator('[data-lexical-editor="true"]').click();
      await page.keyboard.type(step);
      await page.keyboard.press('Enter');
    }
    // Wait for the bot's answer (a new card), or for the card to be updated in place.
    for (let i = 0; i < 60 && (await cards.count()) <= before; i++) await page.waitForTimeout(250);
    await page.waitForTimeout(1500);
    const file = `${prefix}-${++n}.png`;
    await cards.last().screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
}
