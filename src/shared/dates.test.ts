import { describe, expect, it } from 'vitest';
import { dayIn, isTimeZone, machineTimeZone, startOfDayIn, todayIn } from './dates';

describe('one clock: the calendar day of an instant in a zone', () => {
  it('puts 2026-12-01T23:30Z on 2 December in Shanghai and 1 December in Los Angeles', () => {
    const at = new Date('2026-12-01T23:30:00Z');
    expect(todayIn('Asia/Shanghai', at)).toBe('2026-12-02');
    expect(todayIn('America/Los_Angeles', at)).toBe('2026-12-01');
    expect(todayIn('UTC', at)).toBe('2026-12-01');
  });

  it('turns the day at local midnight, not at UTC midnight', () => {
    // Shanghai is UTC+8 all year: its 2 December starts at 16:00Z on the 1st.
    expect(dayIn('Asia/Shanghai', Date.parse('2026-12-01T15:59:59.999Z'))).toBe('2026-12-01');
    expect(dayIn('Asia/Shanghai', Date.parse('2026-12-01T16:00:00.000Z'))).toBe('2026-12-02');
    // Los Angeles in December is UTC-8: its 2 December starts at 08:00Z on the 2nd.
    expect(dayIn('America/Los_Angeles', Date.parse('2026-12-02T07:59:59Z'))).toBe('2026-12-01');
    expect(dayIn('America/Los_Angeles', Date.parse('2026-12-02T08:00:00Z'))).toBe('2026-12-02');
  });

  it('finds the UTC instant a day begins, across daylight saving', () => {
    expect(startOfDayIn('Asia/Shanghai', '2026-12-02')).toBe('2026-12-01T16:00:00.000Z');
    expect(startOfDayIn('America/Los_Angeles', '2026-12-02')).toBe('2026-12-02T08:00:00.000Z');
    expect(startOfDayIn('America/Los_Angeles', '2026-07-01')).toBe('2026-07-01T07:00:00.000Z');
    expect(startOfDayIn('UTC', '2026-03-08')).toBe('2026-03-08T00:00:00.000Z');
    // Santiago springs forward at midnight: 2026-09-06 00:00 does not exist, the day starts at 01:00 (UTC-3), the instant 00:00 UTC-4 would have been.
    expect(startOfDayIn('America/Santiago', '2026-09-06')).toBe('2026-09-06T04:00:00.000Z');
  });

  it('accepts IANA names and refuses anything else', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('America/Los_Angeles')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(machineTimeZone())).toBe(true);
  });
});
