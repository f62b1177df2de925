// How the benchmarks stand in for a mid-range phone on this desktop machine.
import type { Page } from 'playwright-core';

/** Chromium's CPU slowed this many times (DevTools' "mid-tier mobile" setting). */
export const CPU_THROTTLING = 4;

/** A mid-size phone held upright (CSS pixels). */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/** Slows the page's CPU by CPU_THROTTLING, as on a mid-range phone, until its browser closes. */
export async function slowCpuLikeAPhone(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
}
