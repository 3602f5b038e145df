// The month axis of a chart with one slot per month: which months are named, and where the years
// go, so that no two labels overlap however many months the chart shows and however narrow it is.
// The text keeps its size (issue 16: ≥ 11 px on screen, ≥ 7.5 pt in the review PDF); labels are
// thinned instead, every k-th month, with k a step of the calendar (1, 2, 3, 4, 6 months, then whole
// years) so January is always among the named months and the named months are evenly spaced. Pure
// (widths are passed in, in px or pt): the scorecard screen's chart and the review PDF's use it.

/** Steps between named months, in months: divisors of a year, then whole years. */
const STEPS = [1, 2, 3, 4, 6, 12, 24, 36, 60, 120];

export interface MonthAxisInput {
  /** The chart's months, oldest first, as YYYY-MM. */
  months: string[];
  /** x of the first slot's left edge and the width of one slot, in px. */
  left: number;
  slot: number;
  /** The axis's right end in px (a year label is kept inside [left, right]). */
  right: number;
  /** The shown text of a month's label and of its year. */
  monthText(month: string): string;
  yearText(month: string): string;
  /** The width in px of a text as the chart draws it. */
  width(text: string): number;
  /** The least space in px between two labels. */
  gap?: number;
}

export interface AxisLabel {
  /** Index of the month in the input. */
  index: number;
  /** Centre of the label in px. */
  x: number;
  text: string;
}

export interface MonthAxis {
  /** Months between two named months. */
  step: number;
  months: AxisLabel[];
  /** Each year once, under one of its named months; a year with no room is left out. */
  years: AxisLabel[];
}

const monthNumber = (month: string): number => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};

/** The smallest calendar step at which labels `labelWidth` wide, one every `step` slots, leave `gap` between them. */
export function monthStep(slot: number, labelWidth: number, gap = 6): number {
  return STEPS.find((k) => k * slot >= labelWidth + gap) ?? STEPS[STEPS.length - 1]!;
}

export function monthAxis({ months, left, slot, right, monthText, yearText, width, gap = 6 }: MonthAxisInput): MonthAxis {
  if (months.length === 0) return { step: 1, months: [], years: [] };
  const texts = months.map(monthText);
  const step = monthStep(slot, Math.max(...texts.map(width)), gap);
  const centre = (i: number) => left + (i + 0.5) * slot;
  let named = months.map((m, index) => ({ m, index })).filter(({ m }) => monthNumber(m) % step === 0);
  // Too few months for the step to meet one: the first is named.
  if (named.length === 0) named = [{ m: months[0]!, index: 0 }];
  const labels = named.map(({ index }) => ({ index, x: centre(index), text: texts[index]! }));

  // A year under its first named month, kept inside the axis; where two years would touch, the one
  // with more months on the chart stays (a partial year at either end gives way).
  const candidates: (AxisLabel & { w: number; count: number })[] = [];
  for (const { m, index } of named) {
    const year = m.slice(0, 4);
    if (candidates.some((c) => months[c.index]!.slice(0, 4) === year)) continue;
    const text = yearText(m);
    const w = width(text);
    const x = Math.min(Math.max(centre(index), left + w / 2), right - w / 2);
    candidates.push({ index, x, text, w, count: months.filter((n) => n.startsWith(year)).length });
  }
  const years: typeof candidates = [];
  const touch = (a: (typeof candidates)[number], b: (typeof candidates)[number]) => a.x + a.w / 2 + gap > b.x - b.w / 2;
  for (const c of candidates) {
    let keep = true;
    while (years.length && touch(years[years.length - 1]!, c)) {
      if (c.count > years[years.length - 1]!.count) years.pop();
      else {
        keep = false;
        break;
      }
    }
    if (keep) years.push(c);
  }
  return { step, months: labels, years: years.map(({ index, x, text }) => ({ index, x, text })) };
}

/** Whether every one of `texts` fits in a slot with `gap` to spare. */
export const fitsSlot = (slot: number, texts: string[], width: (text: string) => number, gap = 4): boolean => texts.every((t) => width(t) + gap <= slot);

/**
 * Labels drawn slanted (rotated by `angle` degrees), one per slot `slot` px wide: every how many slots
 * one is named so that two neighbours stay `lineHeight` px apart (parallel lines `slot` apart along
 * the axis are `slot · sin(angle)` apart across).
 */
export function slantedStep(slot: number, lineHeight: number, angle = 30): number {
  const across = slot * Math.sin((angle * Math.PI) / 180);
  return across > 0 ? Math.max(1, Math.ceil(lineHeight / across - 1e-9)) : 1;
}

/** Steps between the score axis's labels (scores 0–100): the first whose labels leave room. */
const SCORE_STEPS = [20, 25, 50, 100];

/**
 * The labelled scores of a 0–100 score axis `height` high (px or pt) with labels `lineHeight` high:
 * evenly spaced from 0 to 100, every 20 where that leaves room. (The charts drew 0, 40, 60, 80, 100:
 * the bands' lower bounds and the ends, so 20, no band's bound, was missing and the steps uneven.)
 */
export function scoreTicks(height: number, lineHeight: number, gap = 4): number[] {
  const step = SCORE_STEPS.find((s) => (s / 100) * height >= lineHeight + gap) ?? 100;
  return Array.from({ length: 100 / step + 1 }, (_, i) => i * step);
}
