import { Ltr } from '../ltr/ltr';
import { tElements } from '../../i18n/interpolate';
import { useT } from '../../ui-context';
import { phoneLabelKey } from '../../directory/code-labels';
import { phoneActionKey, phoneHref } from '../../directory/format';
import type { DialablePhone } from '../../directory/types';

/** Props of PhoneLink. */
export interface PhoneLinkProps {
  phone: DialablePhone;
  class?: string;
}

/** "Call 0808 2000 247 (Out of hours)": one tap to call or text, the number kept left to right, the line named. */
export function PhoneLink({ phone, class: className }: PhoneLinkProps) {
  const t = useT();
  const label = phoneLabelKey(phone);
  return (
    <a class={className} href={phoneHref(phone)}>
      {tElements(t, phoneActionKey(phone), { number: <Ltr whole>{phone.number}</Ltr> })}
      {label && <span class="button-note"> ({t(label)})</span>}
    </a>
  );
}
