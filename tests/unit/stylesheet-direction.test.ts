/**
 * The stylesheet has no physical left or right, so a right-to-left page mirrors: offsets, borders,
 * floats and alignment are written with start and end (logical properties), and no shorthand of
 * four sides gives the two inline sides different values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run.ts';

/** Each declaration of a stylesheet that depends on the direction of the text. */
function physicalSides(css: string): string[] {
  const declarations = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/[;{}]/)
    .map((d) => d.trim())
    .filter((d) => /^[a-z-]+\s*:/.test(d));
  return declarations.filter((d) => {
    const [property, value = ''] = d.split(/:(.*)/s).map((part) => part.trim());
    if (/(^|-)(left|right)(-|$)/.test(property!)) return true;
    if (/^(float|clear|text-align)$/.test(property!) && /\b(left|right)\b/.test(value)) return true;
    if (/^(margin|padding|inset|border-width|border-style|border-color)$/.test(property!)) {
      const sides = value.split(/\s+(?![^(]*\))/);
      return sides.length === 4 && sides[1] !== sides[3];
    }
    return false;
  });
}

describe('the stylesheet', () => {
  it('is written with logical sides only', () => {
    const css = readFileSync(join(PROJECT_ROOT, 'src', 'styles', 'site.css'), 'utf8');
    expect(css.length).toBeGreaterThan(1000);
    expect(physicalSides(css)).toEqual([]);
  });

  it('the check finds physical sides', () => {
    expect(
      physicalSides(
        'a { padding: 0.1rem 0 0.1rem 1rem; margin-left: 1px; text-align: right; float: left; left: 0 } b { margin: 0 1rem; padding-inline-start: 2px; text-align: start }',
      ),
    ).toEqual([
      'padding: 0.1rem 0 0.1rem 1rem',
      'margin-left: 1px',
      'text-align: right',
      'float: left',
      'left: 0',
    ]);
  });
});
