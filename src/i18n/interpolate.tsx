import type { ComponentChild } from 'preact';
import type { Translate } from './translate';

/**
 * A translation with elements in its placeholders ("Call {{number}}" with the number in an
 * isolate), so each language keeps its own word order and the number keeps its own direction.
 */
export function tElements(t: Translate, key: string, values: Record<string, ComponentChild>): ComponentChild[] {
  const marks = Object.keys(values);
  const text = t(key, Object.fromEntries(marks.map((name, i) => [name, `\u0000${i}\u0000`])));
  return text.split('\u0000').map((part, i) => (i % 2 === 1 ? (values[marks[Number(part)] ?? ''] ?? '') : part));
}
