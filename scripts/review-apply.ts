// `npm run review:apply -- FILE.csv [--data DIR] [--today YYYY-MM-DD]`: applies an edited review
// sheet to data/services, all or nothing; any bad row refuses the whole sheet (scripts/review.ts).
import { runApply } from './review.ts';

process.exitCode = runApply(process.argv.slice(2));
