// ISO 2859-1 switching rules (clause 9.3), kept per supplier-product. Pure: state + result → state.
// Simplified on purpose (documented in the README):
// - normal → reduced after 10 consecutive accepted lots, WITHOUT the standard's limit numbers and
//   "production at a steady rate / approved by the responsible authority" conditions;
// - the rule "5 lots in a row on tightened → discontinue inspection" is not applied (tightened stays).
import type { InspectionMode } from '../../shared/quality';

export interface Switching {
  mode: InspectionMode;
  /** Results since this mode began, oldest first: 'A' accepted, 'R' rejected, 'M' accepted on a reduced plan between Ac and Re. */
  history: string;
}

export const START: Switching = { mode: 'normal', history: '' };

export function nextSwitching(state: Switching, result: 'A' | 'R' | 'M'): Switching {
  const history = (state.history + result).slice(-20);
  switch (state.mode) {
    case 'normal': {
      // 2 of 5 (or fewer) consecutive lots rejected on original inspection → tightened.
      if ((history.slice(-5).match(/R/g) ?? []).length >= 2) return { mode: 'tightened', history: '' };
      if (history.length >= 10 && /^A{10}$/.test(history.slice(-10))) return { mode: 'reduced', history: '' };
      return { mode: 'normal', history };
    }
    case 'tightened':
      // 5 consecutive lots accepted on tightened inspection → normal.
      if (history.length >= 5 && /^A{5}$/.test(history.slice(-5))) return { mode: 'normal', history: '' };
      return { mode: 'tightened', history };
    case 'reduced':
      // A rejected lot, or one accepted between Ac and Re of the reduced plan → normal.
      if (result !== 'A') return { mode: 'normal', history: '' };
      return { mode: 'reduced', history };
  }
}
