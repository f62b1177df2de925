import { BackButton } from '../../components/back-button/back-button';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import type { Service } from '../../directory/types';
import { formatMonthYear } from '../../directory/format';
import { useUi } from '../../ui-context';

/** Props of AboutScreen. */
export interface AboutScreenProps {
  services: Service[];
  focusOnMount: boolean;
  onBack: () => void;
  onReport: () => void;
}

/** About the information: where it comes from, how and when it is checked, what "Checked" means, and how to report a mistake. */
export function AboutScreen({ services, focusOnMount, onBack, onReport }: AboutScreenProps) {
  const { t, language } = useUi();
  const checked = services.map((service) => service.last_verified).sort();
  const unconfirmed = services.filter((service) => service.contact_unconfirmed).length;
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{t('about.title')}</ScreenHeading>
      <h2>{t('about.sourcesTitle')}</h2>
      <p>{t('about.sources')}</p>
      <h2>{t('about.checkingTitle')}</h2>
      <p>{t('about.checking')}</p>
      <p>
        {t('about.figures', {
          count: services.length,
          oldest: formatMonthYear(checked[0] ?? '', language),
          newest: formatMonthYear(checked[checked.length - 1] ?? '', language),
        })}{' '}
        {unconfirmed > 0 && t('about.unconfirmed', { count: unconfirmed })}
      </p>
      <h2>{t('about.checkedTitle')}</h2>
      <p>{t('about.checked')}</p>
      <h2>{t('about.reportTitle')}</h2>
      <p>{t('about.report')}</p>
      <p>
        <button type="button" class="button" onClick={onReport}>
          {t('report.open')}
        </button>
      </p>
    </>
  );
}
