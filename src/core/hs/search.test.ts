import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';

describe('hs.search', () => {
  it('finds a subheading by a word, the best match first, with its level, parent and chapter', async () => {
    const core = testCore();
    const r = await core.ok('hs.search', { query: 'headphones' });
    expect(r.mode).toBe('words');
    expect(r.items[0]).toMatchObject({ code: '851830', level: 6, parent: '8518', chapterDescription: expect.stringMatching(/^Electrical machinery/) });
    expect(r.items.map((i) => i.code)).toEqual(expect.arrayContaining(['8518', '851890']));
    expect(r.total).toBe(r.items.length);
  });

  it('matches words by prefix and needs every word', async () => {
    const core = testCore();
    const r = await core.ok('hs.search', { query: 'headph earph' });
    expect(r.items.map((i) => i.code)).toContain('851830');
    const both = await core.ok('hs.search', { query: 'cotton shirts', limit: 200 });
    expect(both.items.length).toBeGreaterThan(0);
    for (const i of both.items) expect(i.description.toLowerCase()).toMatch(/cotton/);
  });

  it('lists a code prefix as a tree, dots and spaces ignored, national digits cut to the subheading', async () => {
    const core = testCore();
    const r = await core.ok('hs.search', { query: '85.18' });
    expect(r.mode).toBe('code');
    expect(r.items.map((i) => i.code)).toEqual(['8518', '851810', '851821', '851822', '851829', '851830', '851840', '851850', '851890']);
    expect((await core.ok('hs.search', { query: '8518.30.00.90' })).items.map((i) => i.code)).toEqual(['851830']);
    const mixed = await core.ok('hs.search', { query: '85 headphones' });
    expect(mixed.mode).toBe('code_and_words');
    expect(mixed.items[0]?.code).toBe('851830');
  });

  it('lists the chapters for an empty query and pages with limit', async () => {
    const core = testCore();
    const r = await core.ok('hs.search', { query: '   ', limit: 5 });
    expect(r).toMatchObject({ mode: 'chapters', total: 96 });
    expect(r.items.map((i) => i.code)).toEqual(['01', '02', '03', '04', '05']);
    expect(r.items[0]?.level).toBe(2);
  });

  it.each([
    ['punctuation only', '%%% -- ***'],
    ['FTS syntax', '"NEAR( OR AND *'],
    ['a word nowhere in the nomenclature', 'zzzqqqx'],
    ['an unknown code prefix', '9999'],
    ['SQL', "'; DROP TABLE hs_fts; --"],
  ])('answers %s with a clear empty result, never a crash', async (_label, query) => {
    const core = testCore();
    const r = await core.ok('hs.search', { query });
    expect(r.items).toEqual([]);
    expect(r.total).toBe(0);
    expect((await core.ok('hs.search', { query: 'headphones' })).total).toBeGreaterThan(0);
  });

  it('refuses a very long query or a bad limit with a validation error naming the field', async () => {
    const core = testCore();
    const long = await core.fail('hs.search', { query: 'a'.repeat(201) });
    expect(long).toMatchObject({ code: 'VALIDATION', details: { issues: [expect.objectContaining({ path: 'query', key: 'too_long' })] } });
    const limit = await core.fail('hs.search', { query: 'x', limit: 0 });
    expect(limit.details.issues).toContainEqual(expect.objectContaining({ path: 'limit', key: 'too_small' }));
    const wrong = await core.fail('hs.search', { query: 42 });
    expect(wrong.details.issues).toContainEqual(expect.objectContaining({ path: 'query', key: 'wrong_type' }));
  });
});

describe('hs.get', () => {
  it('returns an entry with its ancestors and its children', async () => {
    const core = testCore();
    const sub = await core.ok('hs.get', { code: '8518.30' });
    expect(sub).toMatchObject({ code: '851830', level: 6, children: [] });
    expect(sub.ancestors.map((a) => a.code)).toEqual(['85', '8518']);
    const heading = await core.ok('hs.get', { code: '8518' });
    expect(heading.ancestors.map((a) => a.code)).toEqual(['85']);
    expect(heading.children.map((c) => c.code)).toContain('851830');
    const chapter = await core.ok('hs.get', { code: '85' });
    expect(chapter).toMatchObject({ level: 2, parent: 'XVI', ancestors: [] });
    expect(chapter.children.every((c) => c.level === 4)).toBe(true);
    expect((await core.ok('hs.get', { code: '8518300090' })).code).toBe('851830');
  });

  it('answers NOT_FOUND for a code that is not in the nomenclature, and VALIDATION for one that cannot be', async () => {
    const core = testCore();
    expect(await core.fail('hs.get', { code: '851899' })).toMatchObject({ code: 'NOT_FOUND', details: { what: 'HS code', id: '851899' } });
    expect(await core.fail('hs.get', { code: '99' })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await core.fail('hs.get', { code: '85A8' })).details.issues).toContainEqual(expect.objectContaining({ path: 'code', key: 'hs_digits' }));
    expect((await core.fail('hs.get', { code: '851' })).details.issues).toContainEqual(expect.objectContaining({ path: 'code', key: 'hs_length' }));
  });
});
