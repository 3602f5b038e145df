// Small SVG charts drawn in React (no chart library): a supplier's score per month, defect rate by
// supplier (horizontal bars), and a Pareto of defect types (bars + cumulative line). Band colours
// match the review PDF; every chart has a text alternative (role="img" + aria-label + <title>).
// Each chart is drawn at the width it is shown (one SVG unit = one CSS pixel), so its text keeps its
// CSS size (12 px) however narrow the window: a fixed viewBox scaled to 420 px drew it at ~7 px.
// Where many months share that width, the score chart names fewer of them (shared/monthAxis.ts,
// which the review PDF uses too) rather than shrinking or overlapping its labels; month names come
// from the app's formatters.
import { useTranslation } from 'react-i18next';
import { useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Band, ScorecardMonth } from '../../../../shared/reviews';
import { useFormat } from '../../lib/format';
import { fitsSlot, monthAxis, scoreTicks, slantedStep } from '../../../../shared/monthAxis';

export const BAND_COLOR: Record<Band, string> = { preferred: '#1b5e20', approved: '#43a047', probation: '#ef6c00', blocked: '#c62828' };
/** The bars of a bar chart, and the one of the supplier the scorecard is about: the app's dark blue
 * (it was the blocked band's red, which said "bad" of a supplier whose badges said Preferred). */
export const BAR_COLOR = '#5c6bc0';
export const HIGHLIGHT_COLOR = '#174a96';

/** The shown width of the chart's SVG in CSS pixels (640 until measured) and the font of its axis text. */
function useChartWidth(): [RefObject<SVGSVGElement | null>, number, string | null] {
  const ref = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(640);
  const [font, setFont] = useState<string | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(Math.max(280, w));
      // The axis text's size and family as the style sheet gives them, to measure labels with.
      const axis = el.querySelector('text.axis');
      if (axis) {
        const cs = getComputedStyle(axis);
        setFont(`${cs.fontSize} ${cs.fontFamily}`);
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width, font];
}

let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * The width of a text drawn in `font` (a CSS font shorthand). Before the font is known, or without
 * a canvas, a generous estimate: a CJK character is about 1 em, another about 0.7 em.
 */
function textWidth(text: string, font: string | null, px = 12): number {
  if (font) {
    measuring ??= document.createElement('canvas').getContext('2d');
    if (measuring) {
      measuring.font = font;
      return measuring.measureText(text).width;
    }
  }
  return [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.7) * px, 0);
}

/** The text as it fits in `room` px: whole, or cut and ended with an ellipsis. */
function fitText(text: string, room: number, width: (text: string) => number): string {
  if (width(text) <= room) return text;
  const chars = [...text];
  let n = chars.length - 1;
  while (n > 1 && width(`${chars.slice(0, n).join('').trimEnd()}…`) > room) n--;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

export function ScoreChart({ months, label, noLot }: { months: ScorecardMonth[]; label: string; noLot: string }) {
  const [ref, W, font] = useChartWidth();
  const f = useFormat();
  const { t } = useTranslation();
  const H = 240;
  const left = 34;
  const right = 8;
  const bottom = 40;
  const top = 18;
  const plotH = H - top - bottom;
  const base = top + plotH;
  const bw = (W - left - right) / Math.max(1, months.length);
  const y = (v: number) => top + plotH - (v / 100) * plotH;
  const counted = months.filter((m) => m.score !== null);
  const desc = f.list(counted.map((m) => `${f.month(m.month)}${t('common.colon')}${m.score}`));
  const width = (text: string) => textWidth(text, font);
  const axis = monthAxis({ months: months.map((m) => m.month), left, slot: bw, right: W - right, monthText: f.monthShort, yearText: f.year, width });
  const named = new Map(axis.months.map((l) => [l.index, l]));
  // Scores above the bars and "no lot" in the empty months only where they fit their slot (the
  // month's tooltip says them anyway); the text never shrinks below its size.
  const boldWidth = (text: string) => textWidth(text, font && `600 ${font}`) + 1;
  const showValues = fitsSlot(bw, months.filter((m) => m.score !== null).map((m) => String(Math.round(m.score!))), boldWidth);
  const showNoLot = fitsSlot(bw, [noLot], width);
  const anyEmpty = months.some((m) => m.score === null || !m.band);
  return (
    <>
      <svg ref={ref} className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label}. ${desc}`} data-testid="score-chart">
        <title>{label}</title>
        {scoreTicks(plotH, 14).map((v) => (
          <g key={v} data-kind="score-tick">
            <line x1={left} x2={W - right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={left - 6} y={y(v) + 4} textAnchor="end" className="axis">
              {v}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x = left + i * bw + bw * 0.15;
          const w = bw * 0.7;
          const name = named.get(i);
          const scored = m.score !== null && m.band;
          return (
            <g key={m.month} data-kind="month-slot">
              <title>{`${f.month(m.month)}${t('common.colon')}${scored ? Math.round(m.score!) : noLot}`}</title>
              {scored ? (
                <>
                  <rect x={x} y={y(m.score!)} width={w} height={base - y(m.score!)} fill={BAND_COLOR[m.band!]} rx={2} />
                  {showValues && (
                    <text x={x + w / 2} y={y(m.score!) - 3} textAnchor="middle" className="value" data-kind="value">
                      {Math.round(m.score!)}
                    </text>
                  )}
                </>
              ) : (
                <>
                  <rect x={x} y={base - 3} width={w} height={3} className="no-lot-mark" rx={1} />
                  {showNoLot && (
                    <text x={x + w / 2} y={base - 7} textAnchor="middle" className="axis muted-text" data-kind="no-lot">
                      {noLot}
                    </text>
                  )}
                </>
              )}
              {name && (
                <line x1={name.x} x2={name.x} y1={base} y2={base + 3} className="tick" />
              )}
              {name && (
                <text x={name.x} y={base + 15} textAnchor="middle" className="axis" data-kind="month">
                  {name.text}
                </text>
              )}
            </g>
          );
        })}
        {axis.years.map((yl) => (
          <text key={yl.text} x={yl.x} y={base + 31} textAnchor="middle" className="axis year" data-kind="year">
            {yl.text}
          </text>
        ))}
      </svg>
      {anyEmpty && !showNoLot && (
        <p className="chart-legend muted" data-testid="score-chart-legend">
          <span className="no-lot-swatch" aria-hidden="true" /> {noLot}
        </p>
      )}
    </>
  );
}

export function BarChart({ rows, label, highlight }: { rows: { key: string | number; label: string; value: number }[]; label: string; highlight?: string | number }) {
  const [ref, W, font] = useChartWidth();
  const f = useFormat();
  const rowH = 24;
  const labelW = Math.min(190, Math.round(W * 0.34));
  const H = Math.max(1, rows.length) * rowH + 8;
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <svg ref={ref} className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label}. ${rows.map((r) => `${r.label}: ${r.value}`).join(', ')}`} data-testid="defect-rate-chart">
      <title>{label}</title>
      {rows.map((r, i) => {
        const w = ((W - labelW - 70) * r.value) / max;
        return (
          <g key={r.key} transform={`translate(0, ${4 + i * rowH})`}>
            <title>{`${r.label}: ${f.count(r.value)}`}</title>
            <text x={labelW - 8} y={rowH / 2 + 4} textAnchor="end" className={r.key === highlight ? 'axis highlight' : 'axis'}>
              {fitText(r.label, labelW - 12, (t) => textWidth(t, font && r.key === highlight ? `600 ${font}` : font))}
            </text>
            <rect x={labelW} y={4} width={Math.max(1, w)} height={rowH - 8} rx={2} fill={r.key === highlight ? HIGHLIGHT_COLOR : BAR_COLOR} data-kind={r.key === highlight ? 'highlight' : undefined} />
            <text x={labelW + w + 6} y={rowH / 2 + 4} className="value">
              {f.count(r.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The height of a Pareto label's line (11 px text) plus a little air, across the slant. */
const PARETO_LINE = 15;

export function ParetoChart({ rows, label }: { rows: { type: string; count: number; cumulative: number }[]; label: string }) {
  const [ref, W, font] = useChartWidth();
  const H = 240;
  const left = 34;
  const right = 40;
  const top = 18; // room for the tallest bar's count above it
  const bottom = 60;
  const plotH = H - top - bottom;
  const bw = (W - left - right) / Math.max(1, rows.length);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const yCount = (v: number) => top + plotH - (v / max) * plotH;
  const yPct = (p: number) => top + plotH - p * plotH;
  const points = rows.map((r, i) => `${left + i * bw + bw / 2},${yPct(r.cumulative)}`).join(' ');
  // Many defect types in a narrow chart: every k-th type is named under its bar (each bar says its
  // type and count on hover, and the chart's text alternative lists them all).
  const labelEvery = slantedStep(bw, PARETO_LINE);
  // A slanted label ends under its bar and runs left and down: it is cut (with an ellipsis) to the
  // room left of it and below the plot, so none runs off the chart.
  const slant = Math.PI / 6;
  const below = (bottom - 14 - 4) / Math.sin(slant);
  const fitLabel = (text: string, anchor: number) => fitText(text, Math.min(below, (anchor - 2) / Math.cos(slant)), (t) => textWidth(t, font));
  return (
    <svg ref={ref} className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label}. ${rows.map((r) => `${r.type}: ${r.count}`).join(', ')}`} data-testid="pareto-chart">
      <title>{label}</title>
      <line x1={left} x2={W - right} y1={yPct(0.8)} y2={yPct(0.8)} className="grid dashed" />
      <text x={W - right + 4} y={yPct(0.8) + 4} className="axis">
        80%
      </text>
      <text x={W - right + 4} y={yPct(1) + 4} className="axis">
        100%
      </text>
      {rows.map((r, i) => {
        const x = left + i * bw + bw * 0.12;
        return (
          <g key={r.type}>
            <title>{`${r.type}: ${r.count}`}</title>
            <rect x={x} y={yCount(r.count)} width={bw * 0.76} height={top + plotH - yCount(r.count)} fill={BAR_COLOR} rx={2} />
            <text x={x + bw * 0.38} y={yCount(r.count) - 3} textAnchor="middle" className="value">
              {r.count}
            </text>
            {i % labelEvery === 0 && (
              <text x={x + bw * 0.38} y={top + plotH + 14} textAnchor="end" className="axis" data-kind="pareto-label" transform={`rotate(-30 ${x + bw * 0.38} ${top + plotH + 14})`}>
                {fitLabel(r.type, x + bw * 0.38)}
              </text>
            )}
          </g>
        );
      })}
      <polyline points={points} fill="none" stroke="#ef6c00" strokeWidth={2} />
      {rows.map((r, i) => (
        <circle key={r.type} cx={left + i * bw + bw / 2} cy={yPct(r.cumulative)} r={3} fill="#ef6c00" />
      ))}
    </svg>
  );
}
