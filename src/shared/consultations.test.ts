import { describe, expect, it } from 'vitest';
import { addMonths, staleAnswer } from './consultations';

describe('consultation answers age', () => {
  it('adds calendar months, the 31st becoming the month’s last day', () => {
    expect(addMonths('2026-11-03', 6)).toBe('2027-05-03');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('holds until its valid-until or six months, whichever comes first', () => {
    expect(staleAnswer('2026-11-03', '2027-01-31', '2027-01-31')).toBeNull();
    expect(staleAnswer('2026-11-03', '2027-01-31', '2027-02-01')).toEqual({ reason: 'past_validity', until: '2027-01-31' });
    expect(staleAnswer('2026-11-03', null, '2027-05-03')).toBeNull();
    expect(staleAnswer('2026-11-03', null, '2027-05-04')).toEqual({ reason: 'too_old', until: '2027-05-03' });
    // A validity longer than six months does not outlive the six months.
    expect(staleAnswer('2026-11-03', '2028-01-01', '2027-05-04')).toEqual({ reason: 'too_old', until: '2027-05-03' });
  });
});
