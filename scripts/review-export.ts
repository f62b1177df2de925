// `npm run review -- --out FILE.csv [--data DIR] [--today YYYY-MM-DD]`: writes the review sheet,
// one row per service in data/services, most urgent review first (scripts/review.ts).
import { runExport } from './review.ts';

process.exitCode = runExport(process.argv.slice(2));
