// The text of a "Report a problem" report: which service, what is wrong, where its details were
// read, and the person's own words. Pure, so tests read it without a browser.
import type { Service } from '../../directory/types';
import { ltrText } from '../../i18n/bidi';
import type { Translate } from '../../i18n/translate';

/** What can be wrong with a service's details. */
export const PROBLEMS = ['number', 'hours', 'closed', 'eligibility', 'other'] as const;
/** One of PROBLEMS. */
export type Problem = (typeof PROBLEMS)[number];

/** The report as plain text, in the UI language, with the service's id and source page for whoever checks it. */
export function reportText({ service, problem, details }: { service: Service | undefined; problem: Problem; details: string }, t: Translate): string {
  return [
    t('report.title'),
    `${t('report.service')}: ${service ? `${service.name} (${service.id})` : t('report.general')}`,
    `${t('report.problem')}: ${t(`report.problems.${problem}`)}`,
    ...(service ? [`${t('report.checkedOn')}: ${ltrText(service.last_verified)}`, ...service.sources.map((source) => source.url)] : []),
    ...(details.trim() ? [`${t('report.details')}: ${details.trim()}`] : []),
  ].join('\n');
}
