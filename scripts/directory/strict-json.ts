// Reading a data file exactly as written: UTF-8 only, and a key written twice in one object is an
// error (JSON.parse would silently keep the last one, so a corrected number could be lost behind
// the old one). Pure: used by the build and the data check.

/** Why a data file's text was refused, with the JSON path and position of the problem. */
export interface StrictJsonProblem {
  path: string;
  reason: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const BYTE_ORDER_MARK = '\uFEFF';

/** The file's text, or the reason it is not UTF-8 (with the byte where it stops being so). */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: StrictJsonProblem } {
  try {
    const text = decoder.decode(bytes);
    return { text: text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text };
  } catch {
    return { problem: { path: '$', reason: `is not UTF-8 text (first bad byte at offset ${firstBadByte(bytes)}); save the file as UTF-8` } };
  }
}

/** Where a byte sequence stops being well-formed UTF-8 (RFC 3629: no overlongs, no surrogates). */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    if (length >= 2) {
      const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return i;
      for (let k = 2; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * The first key that appears twice in one object, as a problem at that key's path; undefined if
 * none. Expects text that JSON.parse has already accepted.
 */
export function findDuplicateKey(text: string): StrictJsonProblem | undefined {
  type Frame = { kind: 'object'; path: string; keys: Set<string>; key?: string } | { kind: 'array'; path: string; index: number };
  const stack: Frame[] = [];
  const childPath = (frame: Frame | undefined): string => {
    if (!frame) return '$';
    return frame.kind === 'object' ? `${frame.path}${/^[A-Za-z_$][\w$]*$/.test(frame.key ?? '') ? `.${frame.key}` : `[${JSON.stringify(frame.key)}]`}` : `${frame.path}[${frame.index}]`;
  };
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const character = text[i];
    const top = stack[stack.length - 1];
    if (character === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const value = JSON.parse(text.slice(i, end + 1)) as string;
      if (expectKey && top?.kind === 'object') {
        if (top.keys.has(value)) {
          const line = text.slice(0, i).split('\n').length;
          top.key = value;
          return { path: childPath(top), reason: `the key "${value}" is written twice in the same object (again at line ${line}); JSON keeps only the last, so remove one` };
        }
        top.keys.add(value);
        top.key = value;
        expectKey = false;
      }
      i = end;
    } else if (character === '{' || character === '[') {
      const path = childPath(top);
      stack.push(character === '{' ? { kind: 'object', path, keys: new Set() } : { kind: 'array', path, index: 0 });
      expectKey = character === '{';
    } else if (character === '}' || character === ']') {
      stack.pop();
    } else if (character === ',') {
      if (top?.kind === 'array') top.index += 1;
      else expectKey = true;
    }
  }
  return undefined;
}
