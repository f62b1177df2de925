/**
 * Where quick exit sends the person: a common, non-personalised public page.
 * The one place this is defined; index.html's exit links and the tests read it from here.
 */
export const DECOY_URL = 'https://www.bbc.co.uk/weather';
