// The URL state of list screens (lib/useListParams): what a change does to the parameters, how a
// header click sorts, and how a change not yet in the URL is read.
import { describe, expect, it } from 'vitest';
import { AheadOfUrl, nextSort, readParam, withChanges } from './useListParams';

describe('list state in the URL', () => {
  it('sets, replaces and removes parameters and keeps the others', () => {
    const prev = new URLSearchParams('q=mug&status=active&sort=sku');
    const next = withChanges(prev, { q: 'cup', status: null, dir: 'desc', sort: '' });
    expect(next.toString()).toBe('q=cup&dir=desc');
    expect(prev.toString()).toBe('q=mug&status=active&sort=sku'); // the old URL is not changed
  });

  it('writes text as typed, encoded', () => {
    expect(withChanges(new URLSearchParams(), { q: '保温杯 & lid' }).get('q')).toBe('保温杯 & lid');
    expect(withChanges(new URLSearchParams(), { q: 'a&b=c' }).toString()).toBe('q=a%26b%3Dc');
  });

  it('sorts by a new column ascending and flips a sorted one', () => {
    expect(nextSort({ sort: undefined, dir: 'asc' }, 'sku')).toEqual({ sort: 'sku', dir: 'asc' });
    expect(nextSort({ sort: 'sku', dir: 'asc' }, 'sku')).toEqual({ sort: 'sku', dir: 'desc' });
    expect(nextSort({ sort: 'sku', dir: 'desc' }, 'sku')).toEqual({ sort: 'sku', dir: 'asc' });
    expect(nextSort({ sort: 'sku', dir: 'desc' }, 'name')).toEqual({ sort: 'name', dir: 'asc' });
  });

  it('reads a pending change before the URL has caught up', () => {
    const url = new URLSearchParams('status=active');
    expect(readParam(url, {}, 'status')).toBe('active');
    expect(readParam(url, { status: 'archived' }, 'status')).toBe('archived');
    expect(readParam(url, { status: null }, 'status')).toBeNull();
    expect(readParam(url, { status: '' }, 'status')).toBeNull();
    expect(readParam(url, {}, 'q')).toBeNull();
  });

  it('a second change before the URL caught up keeps the first (the router builds on the last render’s URL)', () => {
    const shown = new URLSearchParams('q=lina_volt');
    const ahead = new AheadOfUrl(shown);
    ahead.seen(shown);
    // the search box emptied, then a status picked, both before the next render
    expect(ahead.ask({ q: '' }).toString()).toBe('');
    const second = ahead.ask({ status: 'blocked' });
    expect(second.toString()).toBe('status=blocked'); // was q=lina_volt&status=blocked: the cleared search came back
    // the router shows the first URL: the second change is still ahead, and read before the URL has it
    const first = new URLSearchParams('');
    expect(ahead.seen(first)).toEqual({ q: '', status: 'blocked' });
    expect(readParam(first, ahead.seen(first), 'status')).toBe('blocked');
    // then the second: nothing is ahead
    expect(ahead.seen(new URLSearchParams('status=blocked'))).toEqual({});
  });

  it('a URL the list did not ask for (Back, a link) drops the changes on their way', () => {
    const ahead = new AheadOfUrl(new URLSearchParams('q=mug'));
    ahead.ask({ status: 'archived' });
    expect(ahead.seen(new URLSearchParams('q=cup'))).toEqual({});
    expect(ahead.ask({ sort: 'sku' }).toString()).toBe('q=cup&sort=sku');
  });
});
