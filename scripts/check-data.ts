// `npm run check:data`: validates every file in data/ with the build's own rules and prints a
// summary; exits non-zero, listing file, JSON path and reason, when anything is wrong.
// `npm run check:data -- --coverage` adds the borough × need matrix and audience and language counts.
import { DirectoryValidationError } from './directory/validate.ts';
import { coverageReport } from './coverage.ts';
import { loadValidatedServices, londonToday, readTaxonomyLabels } from './directory-source.ts';

try {
  const today = londonToday();
  const services = loadValidatedServices(undefined, today);
  const byArea = new Map<string, number>();
  for (const service of services) for (const area of service.areas) byArea.set(area, (byArea.get(area) ?? 0) + 1);
  console.log(`${services.length} services valid.`);
  console.log([...byArea].map(([area, count]) => `  ${area}: ${count}`).join('\n'));
  const overdue = services.filter((service) => service.review_by < today);
  if (overdue.length > 0) {
    console.log(`\n${overdue.length} past their review date (still published, shown as "may be out of date"):`);
    for (const service of overdue) console.log(`  ${service.id}: review_by ${service.review_by}, last checked ${service.last_verified}`);
  }
  if (process.argv.includes('--coverage')) console.log(`\n${coverageReport(services, readTaxonomyLabels())}`);
} catch (error) {
  if (!(error instanceof DirectoryValidationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
