// The app's code needs some codes by name (a text line is sent an SMS, a news page never backs a
// number), so src/directory/types.ts lists them as TypeScript constants. The lists themselves are
// defined once, in data/taxonomy/code-lists.json: this check stops the build when the two differ,
// naming the list and the code, so neither can drift from the other unseen.
import { relative } from 'node:path';
import {
  ACCESS_ROUTES,
  CHANNELS,
  CONTACT_SOURCE_KINDS,
  PHONE_ROLES,
  PHONE_TYPES,
  SOURCE_FACTS,
  SOURCE_KINDS,
  SOURCE_PUBLISHERS,
} from '../../src/directory/types.ts';
import type { DataError, KnownCodes } from './validate.ts';

/** Each code list of code-lists.json beside the constant in types.ts that names the same codes. */
const CONSTANTS: ReadonlyArray<[keyof KnownCodes, string, readonly string[]]> = [
  ['channels', 'CHANNELS', CHANNELS],
  ['phone_types', 'PHONE_TYPES', PHONE_TYPES],
  ['phone_roles', 'PHONE_ROLES', PHONE_ROLES],
  ['access', 'ACCESS_ROUTES', ACCESS_ROUTES],
  ['source_kinds', 'SOURCE_KINDS', SOURCE_KINDS],
  ['source_publishers', 'SOURCE_PUBLISHERS', SOURCE_PUBLISHERS],
  ['source_facts', 'SOURCE_FACTS', SOURCE_FACTS],
];

/** Every difference between data/taxonomy/code-lists.json and the constants of src/directory/types.ts. */
export function codeListMismatches(codes: KnownCodes, contactKinds: ReadonlySet<string>, file: string): DataError[] {
  const shown = relative(process.cwd(), file);
  const errors: DataError[] = [];
  for (const [list, constant, values] of CONSTANTS) {
    const inData = codes[list];
    for (const code of inData) if (!values.includes(code)) errors.push({ file: shown, path: `$.${list}`, reason: `"${code}" is not in ${constant} of src/directory/types.ts: add it there so the app can handle it` });
    for (const code of values) if (!inData.has(code)) errors.push({ file: shown, path: `$.${list}`, reason: `lacks "${code}", which ${constant} of src/directory/types.ts lists: add it here or remove it there` });
  }
  const contact = new Set<string>(CONTACT_SOURCE_KINDS);
  for (const code of codes.source_kinds) {
    if (contactKinds.has(code) !== contact.has(code)) errors.push({ file: shown, path: '$.source_kinds', reason: `"${code}": may_give_contact disagrees with CONTACT_SOURCE_KINDS of src/directory/types.ts` });
  }
  return errors;
}
