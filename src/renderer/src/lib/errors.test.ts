import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/errors';
import { errorAt, fieldErrors, withoutError } from './errors';

// A stand-in translator: returns the key, so the test sees which translation was asked for.
const t = ((key: string) => key) as unknown as TFunction;
const error = new ValidationError([
  { path: 'sku', key: 'required', message: 'Required' },
  { path: 'compliance.battery.whPerBattery', key: 'battery_wh_required', message: 'x' },
  { path: 'compliance.fibreContent', key: 'fibre_content_required', message: 'x' },
  { path: 'compliance.categories.0', key: 'not_allowed', message: 'x' },
]);

describe('fieldErrors', () => {
  it('keys by the first path segment by default (flat forms keep working)', () => {
    expect(fieldErrors(t, error)).toEqual({ sku: 'errors.required', compliance: 'errors.battery_wh_required' });
  });

  it('keys by the full path when nested, so each nested field gets its own message', () => {
    const errors = fieldErrors(t, error, { nested: true });
    expect(errors).toEqual({
      sku: 'errors.required',
      'compliance.battery.whPerBattery': 'errors.battery_wh_required',
      'compliance.fibreContent': 'errors.fibre_content_required',
      'compliance.categories.0': 'errors.not_allowed',
    });
    expect(errorAt(errors, 'compliance.categories')).toBe('errors.not_allowed');
    expect(errorAt(errors, 'compliance.fibre')).toBeUndefined();
    expect(Object.keys(withoutError(errors, 'compliance.battery'))).toEqual(['sku', 'compliance.fibreContent', 'compliance.categories.0']);
  });
});
