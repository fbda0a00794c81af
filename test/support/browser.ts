import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Launches headless Chromium without a system install: /usr/bin/chromium when the machine has it,
 * else the browser shipped in the @sparticuz/chromium npm package.
 */
export async function launchBrowser(): Promise<Browser> {
  const flags = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(system)) return chromium.launch({ executablePath: system, args: flags, headless: true });
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // Its Lambda defaults include --single-process, in which closing one browser context ends the browser.
  const args = sparticuz.args.filter((a: string) => a !== '--single-process');
  return chromium.launch({ executablePath: await sparticuz.executablePath(), args: [...args, ...flags], headless: true });
}

/** Where screenshots go (looked at by people, not asserted). */
export const SCREENSHOT_DIR = 'test-results/screenshots';
