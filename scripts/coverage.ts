// The coverage report for maintainers (`npm run check:data -- --coverage`): for each need, how many
// services each borough has of its own, how many it shares with London-wide or national services,
// and the audience and language counts, with the empty cells marked so the gaps are plain to see.
import { LONDON_WIDE, UK_WIDE, type ServiceRecord, type TaxonomyLabels } from '../src/directory/types.ts';
import { readBoroughs } from './directory-source.ts';

const EMPTY = '—';

/** One cell: services only for this borough, "+" those also London-wide or national; EMPTY when it has none of its own. */
function cell(services: ServiceRecord[], need: string, area: string): string {
  const withNeed = services.filter((service) => service.needs.includes(need) && service.areas.includes(area));
  const own = withNeed.filter((service) => !service.areas.includes(LONDON_WIDE) && !service.areas.includes(UK_WIDE)).length;
  const shared = withNeed.length - own;
  return own === 0 ? `${EMPTY}${shared ? ` +${shared}` : ''}` : `${own}${shared ? ` +${shared}` : ''}`;
}

/** The report as Markdown tables. */
export function coverageReport(services: ServiceRecord[], labels: TaxonomyLabels, boroughs = readBoroughs()): string {
  const reachable = services.filter((service) => !service.contact_unconfirmed);
  const lines: string[] = [];
  lines.push(`Coverage of ${services.length} services, ${services.length - reachable.length} of them with their contact unconfirmed: "(N reachable)" after a cell counts only those with a confirmed way in.`);
  lines.push(`Borough cells: services only for that borough, then "+N" shared with London-wide or UK-wide services that also name it. ${EMPTY} = no service of its own.\n`);
  lines.push(`| need | ${boroughs.map((area) => labels.areas[area] ?? area).join(' | ')} | London-wide | UK-wide |`);
  lines.push(`| --- |${' ---: |'.repeat(boroughs.length + 2)}`);
  for (const [code, need] of Object.entries(labels.needs)) {
    const wide = (area: string) => {
      const count = services.filter((service) => service.needs.includes(code) && service.areas.includes(area)).length;
      return count === 0 ? EMPTY : String(count);
    };
    const cells = boroughs.map((area) => {
      const all = cell(services, code, area);
      const confirmed = cell(reachable, code, area);
      return all === confirmed ? all : `${all} (${confirmed} reachable)`;
    });
    lines.push(`| ${need.label} | ${cells.join(' | ')} | ${wide(LONDON_WIDE)} | ${wide(UK_WIDE)} |`);
  }
  lines.push('\n| audience | services especially for them | only for them |\n| --- | ---: | ---: |');
  for (const [code, label] of Object.entries(labels.audiences)) {
    const especially = services.filter((service) => service.audiences.includes(code)).length;
    const only = services.filter((service) => service.limited_to?.includes(code)).length;
    lines.push(`| ${label} | ${especially || EMPTY} | ${only || EMPTY} |`);
  }
  const languages = new Map<string, number>();
  for (const service of services) for (const language of service.languages) languages.set(language, (languages.get(language) ?? 0) + 1);
  const interpreters = services.filter((service) => service.interpretation_services).length;
  lines.push(`\nLanguages services say they work in: ${[...languages].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(', ')}; interpreters offered by ${interpreters}.`);
  return lines.join('\n');
}
