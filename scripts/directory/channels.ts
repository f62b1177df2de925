// The ways to reach a service, worked out from the means its record gives. Never written by hand:
// a channel without its means (web chat with no link, text with no number) cannot exist.
import type { Channel, ServiceRecord } from '../../src/directory/types.ts';

/** The record's ways in, each backed by something a person can use. */
export function channelsOf(record: Pick<ServiceRecord, 'phones' | 'webchat_url' | 'email' | 'bsl_video_url' | 'locations' | 'in_person' | 'online_form_url' | 'app_url'>): Channel[] {
  const has: Record<Channel, boolean> = {
    phone: record.phones.some((phone) => phone.type === 'voice' || phone.type === 'textphone'),
    text: record.phones.some((phone) => phone.type === 'text'),
    webchat: record.webchat_url !== undefined,
    email: record.email !== undefined,
    'bsl-video': record.bsl_video_url !== undefined || record.phones.some((phone) => phone.type === 'bsl-video'),
    'in-person': (record.locations?.length ?? 0) > 0 || record.in_person !== undefined,
    'online-form': record.online_form_url !== undefined,
    app: record.app_url !== undefined,
  };
  return (Object.keys(has) as Channel[]).filter((channel) => has[channel]);
}

/** Whether a person can reach the service directly: any channel but a form or an app (which are online doors). */
export function hasDirectDoor(record: Parameters<typeof channelsOf>[0]): boolean {
  return channelsOf(record).some((channel) => channel !== 'online-form' && channel !== 'app');
}
