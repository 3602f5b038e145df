// An area's tabs (Lots | Supplier scorecards | Inspection plans) where a tab stands for a section of
// the area, not one address: a record or form of the section keeps its tab selected (a claim and a
// new claim belong to Claims, a scorecard to Supplier scorecards). NavLink matched only its own
// address, so on those screens no tab was selected.
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

export interface SectionTab {
  to: string;
  label: ReactNode;
  /** Whether the screen at `path` belongs to this tab's section. */
  owns(path: string): boolean;
}

/** `path` is `to` or below it (`/quality/plans/12` is below `/quality/plans`). */
export const under = (to: string) => (path: string) => path === to || path.startsWith(`${to}/`);

export function SectionTabs({ label, tabs }: { label: string; tabs: SectionTab[] }) {
  const { pathname } = useLocation();
  const current = tabs.find((tab) => tab.owns(pathname));
  return (
    <nav className="area-tabs" aria-label={label}>
      {tabs.map((tab) => (
        <Link key={tab.to} to={tab.to} className={tab === current ? 'active' : undefined} aria-current={tab === current ? 'page' : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
