// reference.list through the core: every rules file with its source and date; "stale" is judged
// on the core's clock, six calendar months back.
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import { REFERENCE_FILES } from './index';
import { monthsBefore } from './handlers';

describe('reference.list', () => {
  it('lists every rules file with its source and date, and flags files older than six months', async () => {
    const core = testCore(() => new Date('2026-12-02T10:00:00Z'));
    const r = await core.ok('reference.list', {});
    expect(r.files.map((f) => f.file).sort()).toEqual(Object.values(REFERENCE_FILES).sort());
    const by = new Map(r.files.map((f) => [f.file, f]));
    expect(by.get('thresholds.json')).toMatchObject({ date: '2026-12-02', stale: false });
    expect(by.get('thresholds.json')!.source).toContain('2026/382');
    expect(by.get('forms.json')).toMatchObject({ date: '2026-12-02', stale: false });
    expect(by.get('countries.json')).toMatchObject({ date: '2025-09-01', stale: true });
    expect(r).toMatchObject({ today: '2026-12-02', staleAfterMonths: 6, oldest: '2025-09-01', stale: true, ratesMaxAgeDays: 30 });
  });

  it('is quiet while every file is within six months', async () => {
    const core = testCore(() => new Date('2026-03-01T10:00:00Z'));
    const r = await core.ok('reference.list', {});
    expect(r.files.find((f) => f.file === 'countries.json')!.stale).toBe(false); // 2025-09-01 is six months before 2026-03-01
    expect(r.stale).toBe(false);
  });

  it('counts calendar months, clamped to the end of a short month', () => {
    expect(monthsBefore('2026-12-02', 6)).toBe('2026-06-02');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-01', 6)).toBe('2025-09-01');
  });
});

describe('reference.tariffs', () => {
  it('lists the destinations a product can carry a national code for, with their lengths, from tariffs.json', async () => {
    const core = testCore();
    const r = await core.ok('reference.tariffs', {});
    expect(r.map((x) => x.destination)).toEqual(['US', 'EU', 'GB', 'CA', 'AU', 'JP']);
    expect(r.find((x) => x.destination === 'EU')).toEqual({ destination: 'EU', name: 'CN / TARIC', nameZh: '欧盟 CN / TARIC 编码', digits: [8, 10] });
  });
});
