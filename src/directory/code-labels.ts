// The locale key of each code's label, read from data/taxonomy/code-lists.json where each code
// list is defined once: a code added there is labelled here with no code change.
import { access, phone_roles, phone_types, source_publishers } from '../../data/taxonomy/code-lists.json';
import type { Access, DialablePhone, TaxonomyLabels, VerifiedFrom } from './types';

function labelKeys(list: ReadonlyArray<{ code: string; label_key?: string }>): ReadonlyMap<string, string> {
  return new Map(list.flatMap((entry) => (entry.label_key ? [[entry.code, entry.label_key] as const] : [])));
}

const ACCESS_KEYS = labelKeys(access);
const ROLE_KEYS = labelKeys(phone_roles);
const TYPE_KEYS = labelKeys(phone_types);
const PUBLISHER_KEYS = labelKeys(source_publishers);

/** The locale key that says, in plain words, how to get help from a service with this access route. */
export function accessLabelKey(route: Access): string {
  return ACCESS_KEYS.get(route) ?? 'service.selfReferral';
}

/** The locale key naming what a number is, besides the main line ("Out of hours", "Textphone (minicom)"); undefined for a plain main voice line. */
export function phoneLabelKey(phone: Pick<DialablePhone, 'type' | 'role'>): string | undefined {
  // What a line is for says more than how it is reached: an out-of-hours text line is "Out of hours".
  return (phone.role && ROLE_KEYS.get(phone.role)) || TYPE_KEYS.get(phone.type);
}

/** A source page's publisher, as the provenance line says it. */
export function checkedKey(publisher: VerifiedFrom): string {
  return PUBLISHER_KEYS.get(publisher) ?? 'service.checkedOfficial';
}

/** A need's name in the language shown (the code itself only if the taxonomy lacks it, which the build prevents). */
export function needLabel(labels: TaxonomyLabels | undefined, code: string): string {
  return labels?.needs[code]?.label ?? code;
}
