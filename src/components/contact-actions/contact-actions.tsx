import { EnglishText } from '../english-text/english-text';
import { Ltr } from '../ltr/ltr';
import { useT } from '../../ui-context';
import { PhoneLink } from '../phone-link/phone-link';
import type { DialablePhone, Service } from '../../directory/types';

/** Props of ContactActions. */
export interface ContactActionsProps {
  service: Service;
  /** The number answered now, listed first. */
  callNow?: DialablePhone;
}

/** Every way to reach a service, one tap each: call (the line open now first), text, chat, BSL, email, the places to go, the website. */
export function ContactActions({ service, callNow }: ContactActionsProps) {
  const t = useT();
  const phones = callNow ? [callNow, ...service.phones.filter((phone) => phone !== callNow)] : service.phones;
  return (
    <>
      {service.contact_unconfirmed && (
        <p class="notice" role="note">
          {t('service.contactUnconfirmed')}
        </p>
      )}
      {service.how_to_contact && (
        <p>
          <EnglishText text={service.how_to_contact} />
        </p>
      )}
      <ul class="contact-actions" aria-label={t('a11y.contactActions', { name: service.name })}>
        {phones.map((phone) => {
          return (
            <li key={`${phone.type}-${phone.dial}`}>
              <PhoneLink phone={phone} class="button" />
              <span class="contact-note">
                <EnglishText text={phone.description} />
              </span>
            </li>
          );
        })}
        {service.webchat_url && (
          <li>
            <a class="button button-secondary" href={service.webchat_url} target="_blank" rel="noopener noreferrer">
              {t('service.chat')}
            </a>
          </li>
        )}
        {service.bsl_video_url && (
          <li>
            <a class="button button-secondary" href={service.bsl_video_url} target="_blank" rel="noopener noreferrer">
              {t('service.bslVideo')}
            </a>
          </li>
        )}
        {service.email && (
          <li>
            <a class="button button-secondary" href={`mailto:${service.email}`}>
              {t('service.email')}: <Ltr>{service.email}</Ltr>
            </a>
          </li>
        )}
        {service.online_form_url && (
          <li>
            <a class="button button-secondary" href={service.online_form_url} target="_blank" rel="noopener noreferrer">
              {t('service.onlineForm')}
            </a>
          </li>
        )}
        {service.app_url && (
          <li>
            <a class="button button-secondary" href={service.app_url} target="_blank" rel="noopener noreferrer">
              {t('service.getApp')}
            </a>
          </li>
        )}
        <li>
          <a class="button button-secondary" href={service.url} target="_blank" rel="noopener noreferrer">
            {t(service.online_only ? 'service.openWebsite' : 'service.website')}
          </a>
        </li>
      </ul>
      {(service.locations?.length || service.in_person) && (
        <div class="places">
          <h3>{t('service.howToFind')}</h3>
          {service.locations?.map((place) => (
            <p key={place.name}>
              <EnglishText text={place.name} />
              <br />
              <span lang="en">{place.address_1}</span>, <span lang="en">{place.city}</span>
              {place.postal_code && (
                <>
                  {' '}
                  <Ltr whole>{place.postal_code}</Ltr>
                </>
              )}
              {place.description && (
                <>
                  <br />
                  <EnglishText text={place.description} />
                </>
              )}
            </p>
          ))}
          {service.in_person && (
            <p>
              <EnglishText text={service.in_person} />
            </p>
          )}
        </div>
      )}
    </>
  );
}
