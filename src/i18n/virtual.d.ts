declare module 'virtual:locales' {
  /** Every UI language, read from locales/*.json at build time (scripts/vite-plugin-locales.ts). */
  const locales: Array<{ code: string; name: string; dir: 'ltr' | 'rtl'; reviewed: boolean }>;
  export default locales;
}
