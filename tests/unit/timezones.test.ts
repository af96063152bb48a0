/** Dates are calendar days: the same output under UTC+14 (Kiritimati) and UTC−11 (Pago Pago). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';

const REPORT = join(PROJECT_ROOT, 'tests', 'helpers', 'date-report.ts');

function reportIn(zone: string) {
  const result = runNode([REPORT], { env: { TZ: zone } });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { zone: string } & Record<string, unknown>;
}

describe('time zones', () => {
  it('give identical dates under Pacific/Kiritimati and Pacific/Pago_Pago', () => {
    const east = reportIn('Pacific/Kiritimati');
    const west = reportIn('Pacific/Pago_Pago');
    expect(east.zone).toBe('Pacific/Kiritimati');
    expect(west.zone).toBe('Pacific/Pago_Pago');
    const { zone: _east, ...eastRest } = east;
    const { zone: _west, ...westRest } = west;
    expect(eastRest).toEqual(westRest);
    expect(eastRest['fromYamlDate']).toEqual({
      precision: 'day',
      text: '2021-11-30',
      earliest: '2021-11-30',
      latest: '2021-11-30',
    });
    expect(eastRest['weekdays']).toEqual(['sunday', 'tuesday', 'tuesday', 'friday']);
    expect(eastRest['validator']).toEqual([]);
  });
});
