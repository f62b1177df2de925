import { EnglishText } from '../english-text/english-text';
import { OpenBadge } from '../open-badge/open-badge';
import { PhoneLink } from '../phone-link/phone-link';
import { ShortlistToggle } from '../shortlist-toggle/shortlist-toggle';
import { useT } from '../../ui-context';
import { accessLabelKey } from '../../directory/code-labels';
import { useLabels, useUi } from '../../ui-context';
import type { DialablePhone, Service } from '../../directory/types';
import type { OpenStatus } from '../../hours/open-status';

/** Props of ServiceCard. */
export interface ServiceCardProps {
  service: Service;
  status: OpenStatus;
  /** The number to dial now (the line answered now, else the main line). */
  callNow: DialablePhone | undefined;
  onOpen: (id: string) => void;
  /** With these, the card offers "Add to shortlist". */
  shortlisted?: boolean;
  onShortlist?: (id: string) => void;
  /** For professionals: who it is for, how to refer and the hours instead of the description. */
  compact?: boolean;
}

/** The one action a card offers first: call the line open now, else text, chat, BSL, email, where to go, or their website. */
function FirstAction({ service, callNow, onOpen }: Pick<ServiceCardProps, 'service' | 'callNow' | 'onOpen'>) {
  const t = useT();
  const phone = callNow ?? service.phones.find((entry) => entry.type === 'text') ?? service.phones[0];
  if (phone) return <PhoneLink phone={phone} class="button" />;
  const link = (href: string, key: string) => (
    <a class="button" href={href} target={href.startsWith('mailto:') ? undefined : '_blank'} rel="noopener noreferrer">
      {t(key)}
    </a>
  );
  if (service.webchat_url) return link(service.webchat_url, 'service.chat');
  if (service.bsl_video_url) return link(service.bsl_video_url, 'service.bslVideo');
  if (service.email) return link(`mailto:${service.email}`, 'service.email');
  if (service.locations?.length || service.in_person) {
    return (
      <button type="button" class="button" onClick={() => onOpen(service.id)}>
        {t('service.howToFind')}
      </button>
    );
  }
  if (service.online_form_url) return link(service.online_form_url, 'service.onlineForm');
  if (service.app_url) return link(service.app_url, 'service.getApp');
  return link(service.url, service.online_only ? 'service.openWebsite' : 'service.website');
}

/** Who a service is for, in one line: only for whom, and the ages it takes, as published. */
function WhoFor({ service }: { service: Service }) {
  const { t } = useUi();
  const labels = useLabels();
  const only = (service.limited_to ?? []).map((code) => labels.audiences[code] ?? code);
  const parts = [
    only.length > 0 ? t('service.limitedTo', { list: only.join(', ') }) : t('service.forAnyone'),
    service.minimum_age !== undefined && service.maximum_age !== undefined
      ? t('service.ageRange', { min: service.minimum_age, max: service.maximum_age })
      : service.minimum_age !== undefined
        ? t('service.ageFrom', { min: service.minimum_age })
        : service.maximum_age !== undefined
          ? t('service.ageUpTo', { max: service.maximum_age })
          : '',
  ];
  return <p>{parts.filter(Boolean).join(' ')}</p>;
}

/** A service in a list: name, organisation, one line of what they do (or, compact, who for and how to refer), and one-tap contact. */
export function ServiceCard({ service, status, callNow, onOpen, shortlisted = false, onShortlist, compact = false }: ServiceCardProps) {
  const t = useT();
  return (
    <li class="card">
      <h2>
        <button type="button" class="button-link card-title" onClick={() => onOpen(service.id)}>
          {service.name}
        </button>
      </h2>
      {service.organization.name !== service.name && <p class="card-org">{service.organization.name}</p>}
      {/* One tap to reach them comes straight after the name: in a list, before what they do. */}
      <div class="card-actions">
        <FirstAction service={service} callNow={callNow} onOpen={onOpen} />
        {onShortlist && <ShortlistToggle id={service.id} name={service.name} listed={shortlisted} onToggle={onShortlist} />}
      </div>
      {compact ? (
        <dl class="card-facts">
          <dt>{t('service.whoFor')}</dt>
          <dd>
            <WhoFor service={service} />
          </dd>
          <dt>{t('service.referral')}</dt>
          <dd>
            <p>{t(accessLabelKey(service.access))}</p>
          </dd>
          <dt>{t('service.hours')}</dt>
          <dd>
            {status.state === 'unknown' ? <p>{t('service.hoursNotPublished')}</p> : <OpenBadge status={status} />}
          </dd>
        </dl>
      ) : (
        <>
          <p class="card-description">
            <EnglishText text={service.description} />
          </p>
          <OpenBadge status={status} />
        </>
      )}
      {service.contact_unconfirmed && <p class="card-note">{t('service.contactUnconfirmedShort')}</p>}
    </li>
  );
}
