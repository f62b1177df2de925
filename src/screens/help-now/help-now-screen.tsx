import lines from 'virtual:help-now';
import { BackButton } from '../../components/back-button/back-button';
import { EnglishText } from '../../components/english-text/english-text';
import { PhoneLink } from '../../components/phone-link/phone-link';
import { ScreenHeading } from '../../components/screen-heading/screen-heading';
import { useT } from '../../ui-context';

/** Props of HelpNowScreen. */
export interface HelpNowScreenProps {
  focusOnMount: boolean;
  onBack: () => void;
  /** All the services for right now, once the directory has loaded. */
  onMore: () => void;
}

/**
 * "Help right now": the emergency route and the lines open day and night, one tap to call each.
 * Part of the first bundle and built from the page's own list, so it works before the directory
 * has loaded, and when it never does.
 */
export function HelpNowScreen({ focusOnMount, onBack, onMore }: HelpNowScreenProps) {
  const t = useT();
  return (
    <>
      <BackButton onBack={onBack} />
      <ScreenHeading focusOnMount={focusOnMount}>{t('helpNow.title')}</ScreenHeading>
      <p>{t('helpNow.intro')}</p>
      <ul class="card-list">
        {lines.map((line) => (
          <li key={line.id} class="card">
            <h2>{line.name}</h2>
            <p>
              <EnglishText text={line.description} />
            </p>
            <ul class="contact-actions">
              {line.phones.map((phone, position) => (
                <li key={`${phone.type}-${phone.dial}`}>
                  <PhoneLink phone={phone} class={position === 0 ? 'button' : 'button button-secondary'} />
                  <span class="contact-note">
                    <EnglishText text={phone.description} />
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" class="button button-secondary" onClick={onMore}>
          {t('helpNow.more')}
        </button>
      </p>
    </>
  );
}
