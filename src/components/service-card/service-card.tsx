import { EnglishText } from '../english-text/english-text';
import { OpenBadge } from '../open-badge/open-badge';
import { ShortlistToggle } from '../shortlist-toggle/shortlist-toggle';
import { useT } from '../../i18n/use-t';
import { primaryPhone } from '../../directory/format';
import type { Service } from '../../directory/types';
import type { OpenStatus } from '../../hours/open-status';

/** Props of ServiceCard. */
export interface ServiceCardProps {
  service: Service;
  status: OpenStatus;
  language: string;
  onOpen: (id: string) => void;
  /** With these, the card offers "Add to shortlist". */
  shortlisted?: boolean;
  onShortlist?: (id: string) => void;
}

/** A service in a list: name, organisation, one line of what they do, and one-tap contact. */
export function ServiceCard({ service, status, language, onOpen, shortlisted = false, onShortlist }: ServiceCardProps) {
  const t = useT();
  const phone = primaryPhone(service);
  return (
    <li class="card">
      <h2>
        <button type="button" class="button-link card-title" onClick={() => onOpen(service.id)}>
          {service.name}
        </button>
      </h2>
      {service.organization.name !== service.name && <p class="card-org">{service.organization.name}</p>}
      <p>
        <EnglishText text={service.description} language={language} />
      </p>
      <OpenBadge status={status} language={language} />
      <div class="card-actions">
        {phone ? (
          <a class="button" href={`tel:${phone.dial}`}>
            {t('service.callNumber', { number: phone.number })}
          </a>
        ) : service.webchat_url ? (
          <a class="button" href={service.webchat_url} target="_blank" rel="noopener noreferrer">
            {t('service.chat')}
          </a>
        ) : null}
        {onShortlist && <ShortlistToggle id={service.id} name={service.name} listed={shortlisted} onToggle={onShortlist} />}
      </div>
    </li>
  );
}
