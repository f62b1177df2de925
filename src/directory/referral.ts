import type { Access } from './types';

/** The locale key that says, in plain words, how to get help from a service with this access route. */
export const REFERRAL_KEYS: Record<Access, string> = {
  'self-referral': 'service.selfReferral',
  'professional-referral': 'service.professionalReferral',
  both: 'service.bothReferral',
};
