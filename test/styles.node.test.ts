// Right-to-left languages mirror without their own rules only if the CSS never says left or right.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STYLES = join(import.meta.dirname, '..', 'src', 'styles');
const PHYSICAL = /(^|[\s;{])((left|right|margin-(left|right)|padding-(left|right)|border-(left|right)[\w-]*)\s*:|(float|clear|text-align)\s*:\s*(left|right))/m;

describe('styles', () => {
  it.each(readdirSync(STYLES).filter((file) => file.endsWith('.css')))('%s uses logical properties only', (file) => {
    const css = readFileSync(join(STYLES, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(PHYSICAL.exec(css)?.[0]).toBeUndefined();
  });
});
