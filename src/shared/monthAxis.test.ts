import { describe, expect, it } from 'vitest';
import { monthNames } from './months';
import { fitsSlot, monthAxis, monthStep, scoreTicks, slantedStep } from './monthAxis';

/** YYYY-MM of `count` months ending with `last`. */
const monthsTo = (last: string, count: number): string[] => {
  const [y, m] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const k = y * 12 + m - 1 - (count - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
};
// Roughly as a 12 px sans draws them: 7 px a Latin character, 12 px a CJK one.
const width = (text: string) => [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 12 : 7), 0);
const overlapping = (labels: { x: number; text: string }[], gap: number) =>
  labels.slice(1).filter((l, i) => labels[i]!.x + width(labels[i]!.text) / 2 + gap > l.x - width(l.text) / 2);

describe('the month axis of a chart', () => {
  it('thins by a calendar step: the smallest of 1, 2, 3, 4, 6 months or whole years that leaves room', () => {
    expect(monthStep(40, 21)).toBe(1);
    expect(monthStep(17, 21)).toBe(2);
    expect(monthStep(10, 21)).toBe(3);
    expect(monthStep(7, 21)).toBe(4);
    expect(monthStep(3, 21)).toBe(12);
    expect(monthStep(2, 21)).toBe(24);
  });

  for (const locale of ['en-US', 'zh-CN']) {
    const f = monthNames(locale);
    for (const count of [6, 12, 18, 24, 36, 60]) {
      for (const chartWidth of [280, 420, 700, 1000]) {
        it(`${count} months in ${chartWidth} px (${locale}): no two labels touch, January named, evenly spaced`, () => {
          const months = monthsTo('2026-11', count);
          const slot = (chartWidth - 42) / count;
          const axis = monthAxis({ months, left: 34, slot, right: chartWidth - 8, monthText: f.monthShort, yearText: f.year, width });
          expect(overlapping(axis.months, 6)).toEqual([]);
          expect(overlapping(axis.years, 6)).toEqual([]);
          expect(axis.months.length).toBeGreaterThan(0);
          if (count >= 12 && axis.step <= 12) expect(axis.months.map((l) => months[l.index])).toContain('2026-01');
          const gaps = axis.months.slice(1).map((l, i) => l.index - axis.months[i]!.index);
          expect(new Set(gaps).size).toBeLessThanOrEqual(1);
          for (const y of axis.years) {
            expect(y.x - width(y.text) / 2).toBeGreaterThanOrEqual(34);
            expect(y.x + width(y.text) / 2).toBeLessThanOrEqual(chartWidth - 8);
          }
        });
      }
    }
  }

  it('names each month in the language, and each year once', () => {
    const months = monthsTo('2026-12', 24);
    const en = monthNames('en-US');
    const zh = monthNames('zh-CN');
    const wide = monthAxis({ months, left: 0, slot: 40, right: 960, monthText: en.monthShort, yearText: en.year, width });
    expect(wide.step).toBe(1);
    expect(wide.months.map((l) => l.text).slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(wide.years.map((l) => l.text)).toEqual(['2025', '2026']);
    expect(wide.years[0]!.index).toBe(0);
    const narrow = monthAxis({ months, left: 0, slot: 14, right: 336, monthText: zh.monthShort, yearText: zh.year, width });
    expect(narrow.step).toBe(3);
    expect(narrow.months.map((l) => l.text)).toEqual(['1月', '4月', '7月', '10月', '1月', '4月', '7月', '10月']);
    expect(narrow.years.map((l) => l.text)).toEqual(['2025年', '2026年']);
  });

  it('gives a partial year at the edge way to a whole one when their years would touch', () => {
    const months = monthsTo('2026-12', 13); // Dec 2025, then all of 2026
    const en = monthNames('en-US');
    const axis = monthAxis({ months, left: 0, slot: 30, right: 390, monthText: en.monthShort, yearText: en.year, width });
    expect(axis.step).toBe(1);
    expect(axis.years.map((l) => l.text)).toEqual(['2026']);
  });

  it('says whether texts fit a slot', () => {
    expect(fitsSlot(30, ['100', '94'], width)).toBe(true);
    expect(fitsSlot(20, ['100'], width)).toBe(false);
  });
});

describe('slanted labels (the Pareto of defect types)', () => {
  it('names every slot while neighbours stay a line apart across the slant, then every k-th', () => {
    // 30° slant: slots 30 px apart are 15 px apart across
    expect(slantedStep(30, 15)).toBe(1);
    expect(slantedStep(29, 15)).toBe(2);
    expect(slantedStep(10, 15)).toBe(3);
    expect(slantedStep(0, 15)).toBe(1);
    for (const slot of [4, 7, 12, 19, 26, 40])
      expect(slot * slantedStep(slot, 15) * Math.sin(Math.PI / 6)).toBeGreaterThanOrEqual(15 - 1e-9);
  });
});

describe('the score axis of a chart', () => {
  it('labels 0 to 100 evenly, every 20 where there is room (20 was missing: 0, 40, 60, 80, 100)', () => {
    expect(scoreTicks(182, 14)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(scoreTicks(120, 10)).toEqual([0, 20, 40, 60, 80, 100]);
  });
  it('thins to every 25 or 50 on a short axis rather than overlapping its labels', () => {
    expect(scoreTicks(80, 14)).toEqual([0, 25, 50, 75, 100]);
    expect(scoreTicks(40, 14)).toEqual([0, 50, 100]);
    expect(scoreTicks(10, 14)).toEqual([0, 100]);
  });
});
