import { BackButton } from '../../components/back-button/back-button';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import type { Service } from '../../directory/types';
import { useT } from '../../i18n/use-t';

/** Props of ProfessionalsScreen. */
export interface ProfessionalsScreenProps {
  services: Service[];
  focusOnMount: boolean;
  onBack: () => void;
  onOpen: (id: string) => void;
  onSelfReferral: () => void;
}

/** For professionals: referral routes, no recourse to public funds, and IDVA, ISVA and MARAC in plain words. */
export function ProfessionalsScreen({ services, focusOnMount, onBack, onOpen, onSelfReferral }: ProfessionalsScreenProps) {
  const t = useT();
  const referrals = services.filter((service) => service.access !== 'self-referral');
  const nrpf = services.filter((service) => service.needs.includes('immigration') || service.audiences.includes('migrants-nrpf'));
  const list = (entries: Service[]) => (
    <ul class="plain-list">
      {entries.map((service) => (
        <li key={service.id}>
          <button type="button" class="button-link" onClick={() => onOpen(service.id)}>
            {service.name}
          </button>{' '}
          <a href={service.url} target="_blank" rel="noopener noreferrer" aria-label={t('professionals.howToRefer', { name: service.name })}>
            ({service.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/.*$/, '')})
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{t('professionals.title')}</ScreenHeading>
      <p>{t('professionals.intro')}</p>
      <p>
        <button type="button" class="button" onClick={onSelfReferral}>
          {t('professionals.selfReferral')}
        </button>
      </p>
      <h2>{t('professionals.termsTitle')}</h2>
      <p>{t('professionals.idva')}</p>
      <p>{t('professionals.isva')}</p>
      <p>{t('professionals.marac')}</p>
      <h2>{t('professionals.referralTitle')}</h2>
      <p>{t('professionals.referralText')}</p>
      {list(referrals)}
      <h2>{t('professionals.nrpfTitle')}</h2>
      <p>{t('professionals.nrpfText')}</p>
      {list(nrpf)}
    </>
  );
}
