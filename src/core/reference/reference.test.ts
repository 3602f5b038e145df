// The one loader of reference data: the shipped files pass their schemas, and a broken copy in a
// temp resources folder stops the core's start with an error naming the file and the path in it.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers';
import { ClearpackError } from '../../shared/errors';
import { COUNTRY_CODES } from '../../shared/iso';
import { openCore } from '../index';
import { findResourcesDir } from '../paths';
import { loadReferenceRules, REFERENCE_FILES, ReferenceDataError } from './index';

const shipped = findResourcesDir();

/** A copy of resources/ with one rules file changed by `edit`. */
function brokenCopy(file: string, edit: (json: Record<string, unknown>) => void): string {
  const dir = join(tempDir(), 'resources');
  cpSync(shipped, dir, { recursive: true });
  const path = join(dir, 'rules', file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return dir;
}

function errorOf(f: () => unknown): ReferenceDataError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ReferenceDataError);
    return e as ReferenceDataError;
  }
  throw new Error('expected a ReferenceDataError');
}

describe('reference data', () => {
  it('the shipped files pass their schemas; the EU has its 27 members, Hungary among them', () => {
    const rules = loadReferenceRules(shipped);
    expect(Object.keys(REFERENCE_FILES).every((k) => k in rules)).toBe(true);
    expect(rules.destinations.eu27).toHaveLength(27);
    expect(rules.isEu('HU')).toBe(true);
    expect(rules.isEu('CH')).toBe(false);
    // The renderer's list (imported JSON) is the loader's list: one file.
    expect([...COUNTRY_CODES]).toEqual(rules.countries.codes);
  });

  it('a wrong value deep in a file: the error names the file and the path inside it, and the core does not start', () => {
    const dir = brokenCopy('forms.json', (j) => {
      (j.cn22 as Record<string, unknown>).valueSdr = 'three hundred';
    });
    const e = errorOf(() => loadReferenceRules(dir));
    expect(e.details.file).toBe('forms.json');
    expect(e.details.issues?.map((i) => i.path)).toEqual(['cn22.valueSdr']);
    expect(e.message).toContain('resources/rules/forms.json');
    expect(e.message).toContain('cn22.valueSdr');
    const data = tempDir();
    expect(() => openCore({ dataDir: data, resourcesDir: dir })).toThrow(/forms\.json.*cn22\.valueSdr/);
  });

  it('a UN number that is not one, a missing source, an EU member that is no country', () => {
    const un = errorOf(() =>
      loadReferenceRules(brokenCopy('batteries.json', (j) => ((j.withEquipment as { unNumbers: Record<string, string> }).unNumbers.lithium_ion = '3481'))),
    );
    expect([un.details.file, un.details.issues?.[0]?.path]).toEqual(['batteries.json', 'withEquipment.unNumbers.lithium_ion']);
    const source = errorOf(() => loadReferenceRules(brokenCopy('thresholds.json', (j) => delete j.source)));
    expect([source.details.file, source.details.issues?.[0]?.path]).toEqual(['thresholds.json', 'source']);
    const eu = errorOf(() => loadReferenceRules(brokenCopy('destinations.json', (j) => ((j.eu27 as string[])[12] = 'XX'))));
    expect([eu.details.file, eu.details.issues?.[0]?.path]).toEqual(['destinations.json', 'eu27.12']);
  });

  it('a postcode form whose pattern is no regular expression, or whose example it refuses, is named', () => {
    type Addresses = { destinations: Record<string, { postcodeFormat: { pattern: string; example: string } }> };
    const pattern = errorOf(() => loadReferenceRules(brokenCopy('addresses.json', (j) => ((j as Addresses).destinations.BR!.postcodeFormat.pattern = '^[0-9{5}$'))));
    expect([pattern.details.file, pattern.details.issues?.[0]?.path]).toEqual(['addresses.json', 'destinations.BR.postcodeFormat.pattern']);
    const example = errorOf(() => loadReferenceRules(brokenCopy('addresses.json', (j) => ((j as Addresses).destinations.US!.postcodeFormat.example = '7870'))));
    expect([example.details.file, example.details.issues?.[0]?.path]).toEqual(['addresses.json', 'destinations.US.postcodeFormat.example']);
  });

  it('a designated operator’s Chinese name is in Chinese characters, or absent', () => {
    type Operators = { operators: { id: string; nameZh?: string }[] };
    expect(loadReferenceRules(shipped).postalOperators.operators.find((o) => o.id === 'CN-POST')?.nameZh).toBe('中国邮政');
    const latin = errorOf(() => loadReferenceRules(brokenCopy('postal-operators.json', (j) => ((j as Operators).operators[0]!.nameZh = 'China Post'))));
    expect([latin.details.file, latin.details.issues?.[0]?.path]).toEqual(['postal-operators.json', 'operators.0.nameZh']);
    const empty = errorOf(() => loadReferenceRules(brokenCopy('postal-operators.json', (j) => ((j as Operators).operators[1]!.nameZh = ''))));
    expect(empty.details.issues?.[0]?.path).toBe('operators.1.nameZh');
  });

  it('a file that is not JSON is named too', () => {
    const dir = join(tempDir(), 'resources');
    cpSync(shipped, dir, { recursive: true });
    writeFileSync(join(dir, 'rules', 'certifications.json'), '{ "source": ');
    const e = errorOf(() => loadReferenceRules(dir));
    expect(e).toBeInstanceOf(ClearpackError);
    expect(e.details.file).toBe('certifications.json');
    expect(e.message).toContain('resources/rules/certifications.json');
  });
});
