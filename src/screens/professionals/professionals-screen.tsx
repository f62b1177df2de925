import { BackButton } from '../../components/back-button/back-button';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { BOROUGHS } from '../../directory/areas';
import type { AreaCode, Service } from '../../directory/types';
import { useT } from '../../ui-context';

/** Props of ProfessionalsScreen. */
export interface ProfessionalsScreenProps {
  services: Service[];
  focusOnMount: boolean;
  onBack: () => void;
  onOpen: (id: string) => void;
  /** The compact list of services a patient can contact themselves, in a borough or anywhere. */
  onSignpost: (borough: AreaCode | undefined) => void;
}

/** For professionals: referral routes, no recourse to public funds, and IDVA, ISVA and MARAC in plain words. */
export function ProfessionalsScreen({ services, focusOnMount, onBack, onOpen, onSignpost }: ProfessionalsScreenProps) {
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
      <h2>{t('professionals.signpostTitle')}</h2>
      <p>{t('professionals.signpostText')}</p>
      <ul class="borough-buttons">
        {BOROUGHS.map((area) => (
          <li key={area}>
            <button type="button" class="button" onClick={() => onSignpost(area)}>
              {t(`areas.${area}`)}
            </button>
          </li>
        ))}
        <li>
          <button type="button" class="button button-secondary" onClick={() => onSignpost(undefined)}>
            {t('home.anywhere')}
          </button>
        </li>
      </ul>
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
