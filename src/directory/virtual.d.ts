declare module 'virtual:help-now' {
  /** The emergency route and the lines open day and night (data/help-right-now.json), in the first bundle. */
  const lines: Array<import('./types').HelpNowLine>;
  export default lines;
}

declare module 'virtual:areas' {
  /** Every area code of data/taxonomy/areas.json and its kind, in the first bundle. */
  const areas: Array<{ code: string; kind: 'borough' | 'region' | 'nation' }>;
  export default areas;
}
