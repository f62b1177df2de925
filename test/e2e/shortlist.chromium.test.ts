// The shortlist and signposting slip in real Chromium: build a list from results and a service
// page, print it to PDF (A4 and phone-sized) and read the PDF's text back, and copy it as text.
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useBrowserAndServer } from './support/suite.ts';
import { chooseNeed, stubDecoy } from './support/browser.ts';

const suite = useBrowserAndServer();

/** All the text of a PDF, page by page. */
async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

describe('shortlist and signposting slip', () => {
  it('prints only the chosen services, under a neutral heading, on A4 and phone-sized paper', async () => {
    const context = await suite.browser.newContext({ serviceWorkers: 'block' });
    await stubDecoy(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
    const page = await context.newPage();
    await page.goto(`${suite.server.origin}/`);
    await chooseNeed(page, 'Stalking and harassment');
    await page.getByRole('heading', { level: 1, name: 'Services for you' }).waitFor();
    await page.getByRole('button', { name: 'Add to shortlist: National Stalking Helpline' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await chooseNeed(page, 'Domestic abuse');
    await page.getByRole('heading', { level: 2, name: 'National Domestic Abuse Helpline', exact: true }).getByRole('button').click();
    await page.getByRole('button', { name: 'Add to shortlist: National Domestic Abuse Helpline' }).click();
    expect(await page.getByRole('button', { name: 'Remove from shortlist: National Domestic Abuse Helpline' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Shortlist (2)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shortlist' }).waitFor();

    for (const paper of [{ format: 'A4' }, { width: '90mm', height: '180mm' }]) {
      const text = await pdfText(await page.pdf({ ...paper, printBackground: false }));
      expect(text).toContain('Useful contacts');
      expect(text).toContain('National Stalking Helpline');
      expect(text).toContain('0808 802 0300');
      expect(text).toContain('National Domestic Abuse Helpline');
      expect(text).toContain('0808 2000 247');
      expect(text).toMatch(/Checked \w+ \d{4}/);
      // No app chrome on the slip: not the exit, the emergency banner, the buttons or the heading.
      for (const chrome of ['Exit', 'In danger now', 'Print', 'Copy as text', 'Shortlist', 'Waymark']) expect(text).not.toContain(chrome);
    }

    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('Useful contacts')).toBe(true);
    // Numbers are isolated left to right in the copied text too, so they paste the right way round in any script.
    expect(copied).toContain('Phone: \u20660808 802 0300\u2069');
    expect(copied).toContain('Phone: \u20660808 2000 247\u2069');
    expect(copied).not.toContain('Women and Girls');
    // What each helps with, in words safe on a slip someone else may find: no form of abuse named.
    const lines = copied.split('\n');
    for (const label of ['Domestic abuse', 'Stalking and harassment']) expect(lines.some((line) => line.split(', ').includes(label)), label).toBe(false);
    await context.close();
  });
});
