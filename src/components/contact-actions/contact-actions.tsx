import { EnglishText } from '../english-text/english-text';
import { useT } from '../../i18n/use-t';
import type { Service } from '../../directory/types';
import { phoneActionKey, phoneHref } from '../../directory/format';

/** Props of ContactActions. */
export interface ContactActionsProps {
  service: Service;
  language: string;
}

/** Every way to reach a service, one tap each: call, text, chat, email, website. */
export function ContactActions({ service, language }: ContactActionsProps) {
  const t = useT();
  return (
    <ul class="contact-actions" aria-label={t('a11y.contactActions', { name: service.name })}>
      {service.phones.map((phone) => (
        <li key={`${phone.type}-${phone.dial}`}>
          <a class="button" href={phoneHref(phone)}>
            {t(phoneActionKey(phone), { number: phone.number })}
          </a>
          <span class="contact-note">
            <EnglishText text={phone.description} language={language} />
          </span>
        </li>
      ))}
      {service.webchat_url && (
        <li>
          <a class="button button-secondary" href={service.webchat_url} target="_blank" rel="noopener noreferrer">
            {t('service.chat')}
          </a>
        </li>
      )}
      {service.email && (
        <li>
          <a class="button button-secondary" href={`mailto:${service.email}`}>
            {t('service.email')}: {service.email}
          </a>
        </li>
      )}
      <li>
        <a class="button button-secondary" href={service.url} target="_blank" rel="noopener noreferrer">
          {t('service.website')}
        </a>
      </li>
    </ul>
  );
}
