// A deadline as a countdown ("First response in 5 h 20 min"), red once it is missed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

export function durationText(t: TFunction, ms: number): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return t('afterSales.duration.d', { n: d, h });
  if (h > 0) return t('afterSales.duration.h', { n: h, m });
  return t('afterSales.duration.m', { n: m });
}

/** Re-renders once a minute so countdowns stay true while the screen is open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function Countdown({ due, kind, now }: { due: string | null; kind: 'first_response' | 'resolution' | null; now: number }) {
  const { t } = useTranslation();
  if (!due || !kind) return <span className="badge ok">{t('afterSales.countdown.met')}</span>;
  const left = Date.parse(due) - now;
  const label = t(`afterSales.dueKind.${kind}`);
  const overdue = left < 0;
  return (
    <span className={`badge countdown ${overdue ? 'overdue' : left < 4 * 3_600_000 ? 'soon' : ''}`} data-overdue={overdue || undefined} title={new Date(due).toLocaleString()}>
      {t(overdue ? 'afterSales.countdown.overdue' : 'afterSales.countdown.in', { kind: label, time: durationText(t, left) })}
    </span>
  );
}
