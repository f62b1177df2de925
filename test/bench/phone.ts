// How the benchmarks stand in for a mid-range phone on this desktop machine.

/** Chromium's CPU slowed this many times (DevTools' "mid-tier mobile" setting). */
export const CPU_THROTTLING = 4;

/** A mid-size phone held upright (CSS pixels). */
export const PHONE_VIEWPORT = { width: 390, height: 844 };
