// Where Back from a record goes (lib/back.ts): the list as it was left, by the list's path; the screen it was opened from.
import { beforeEach, describe, expect, it } from 'vitest';
import { backHere, backTo, cameFrom, forgetLists, rememberList } from './back';

describe('the list Back returns to', () => {
  beforeEach(forgetLists);

  it('is the list with the search, filters and sort it was left with', () => {
    rememberList('/shipments', '?ready=1&sort=ref&dir=desc');
    rememberList('/catalog', '?q=%E6%9D%AF');
    expect(backTo('/shipments')).toBe('/shipments?ready=1&sort=ref&dir=desc');
    expect(backTo('/catalog')).toBe('/catalog?q=%E6%9D%AF');
    // Another list, or a record, is not touched by them.
    expect(backTo('/suppliers')).toBe('/suppliers');
    expect(backTo('/quality/lots/3')).toBe('/quality/lots/3');
  });

  it('is the bare list once its filters were taken off, and a link with its own query keeps it', () => {
    rememberList('/shipments', '?ready=1');
    rememberList('/shipments', '');
    expect(backTo('/shipments')).toBe('/shipments');
    rememberList('/shipments', '?status=draft');
    expect(backTo('/shipments?status=held')).toBe('/shipments?status=held');
  });

  it('is the screen the record was opened from, when its link said so; anything else in the history state is not', () => {
    const state = backHere({ pathname: '/', search: '?x=1' }, 'nav.dashboard');
    expect(cameFrom(state)).toEqual({ to: '/?x=1', label: 'nav.dashboard' });
    expect(cameFrom(null)).toBeNull();
    expect(cameFrom({ back: { to: 'https://example.com', label: 'nav.dashboard' } })).toBeNull();
    expect(cameFrom({ back: { to: '/', label: 3 } })).toBeNull();
    expect(cameFrom({ other: true })).toBeNull();
  });
});
