import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`, as .ci/run does): no browser is ever downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Screenshots and PDFs the browser tests keep for a person to look at (git-ignored). */
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-artifacts');

export async function launchChromium(executablePath = CHROMIUM): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${executablePath}, which is missing. Install it with: apt-get update && apt-get install -y chromium (.ci/run does this).`,
    );
  }
  await mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath, args: ARGS });
}

/** A page with its HTML loaded, every request it tried (all refused) and every console error. */
export type LoadedPage = { readonly page: Page; readonly requests: string[]; readonly errors: string[] };

/**
 * Loads HTML the way a file opens, with every request routed to a refusal and recorded, so a page
 * that reaches for the network fails its test even with no network here.
 */
export async function loadHtml(browser: Browser, html: string, width: number): Promise<LoadedPage> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(e.message));
  page.on('request', (r) => void requests.push(r.url()));
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests, errors };
}
