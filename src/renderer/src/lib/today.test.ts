// The renderer's today agrees with the core's: same instant, same zone, same day — on both sides
// of midnight in Shanghai and Los Angeles.
import { afterEach, describe, expect, it } from 'vitest';
import { machineTimeZone } from '../../../shared/dates';
import { testCore } from '../../../../test/helpers';
import { localToday, setSellerTimeZone } from './today';

afterEach(() => setSellerTimeZone(machineTimeZone()));

describe('the renderer’s today', () => {
  it('is the seller’s day, not the computer’s', () => {
    const at = Date.parse('2026-12-01T23:30:00Z');
    setSellerTimeZone('Asia/Shanghai');
    expect(localToday(at)).toBe('2026-12-02');
    setSellerTimeZone('America/Los_Angeles');
    expect(localToday(at)).toBe('2026-12-01');
  });

  it.each([
    ['Asia/Shanghai', '2026-12-01T15:59:00Z'],
    ['Asia/Shanghai', '2026-12-01T16:01:00Z'],
    ['America/Los_Angeles', '2026-12-02T07:59:00Z'],
    ['America/Los_Angeles', '2026-12-02T08:01:00Z'],
  ])('names the same day as the core in %s at %s', async (zone, instant) => {
    const core = testCore(() => new Date(instant));
    await core.ok('settings.update', { timeZone: zone });
    const info = await core.ok('app.info', {});
    setSellerTimeZone(info.timeZone);
    expect(localToday(Date.parse(instant))).toBe(info.today);
  });
});
