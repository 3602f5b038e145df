// The product's packing facts (issue 18), a fieldset of the Compliance tab: fragile, liquid with its
// volume, powder, sharp …, the packaging it needs and a note. A liquid without a volume comes back
// from the core as an error at compliance.packing.liquidMl.
import { useTranslation } from 'react-i18next';
import { PACKING_NEEDS } from '../../../../shared/packing';
import type { PackingNeed, ProductPacking } from '../../../../shared/packing';
import { normalizePacking } from '../../../../shared/packing';
import { Field } from '../../components/Field';
import { errorAt } from '../../lib/errors';

const FLAGS = ['fragile', 'liquid', 'powder', 'sharp', 'perishable', 'temperatureSensitive', 'highValue', 'upright'] as const;
type Flag = (typeof FLAGS)[number];

export interface PackingDraft {
  flags: Record<Flag, boolean>;
  liquidMl: string;
  needs: PackingNeed[];
  note: string;
}

export function packingDraft(stored: ProductPacking | undefined): PackingDraft {
  const p = normalizePacking(stored);
  return { flags: Object.fromEntries(FLAGS.map((f) => [f, p[f]])) as Record<Flag, boolean>, liquidMl: p.liquidMl === null ? '' : String(p.liquidMl), needs: [...p.needs], note: p.note ?? '' };
}

/** The input's `packing`; a volume that is not a number is a local problem at its field. */
export function collectPacking(d: PackingDraft, local: Record<string, string>, decimalMessage: string) {
  const typed = d.liquidMl.trim().replace(',', '.');
  let liquidMl: number | null = null;
  if (d.flags.liquid && typed !== '') {
    if (/^\d+(\.\d+)?$/.test(typed)) liquidMl = Number(typed);
    else local['compliance.packing.liquidMl'] = decimalMessage;
  }
  return { ...d.flags, liquidMl, needs: d.needs, note: d.note.trim() === '' ? null : d.note };
}

interface Props {
  draft: PackingDraft;
  onChange(update: (d: PackingDraft) => PackingDraft, path: string): void;
  errors: Record<string, string>;
}

export function PackingFacts({ draft, onChange, errors }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset data-field="compliance.packing">
      <legend>{t('packing.legend')}</legend>
      <p className="muted">{t('packing.intro')}</p>
      <div className="checks">
        {FLAGS.map((f) => (
          <label key={f} className="check">
            <input type="checkbox" checked={draft.flags[f]} onChange={(e) => onChange((d) => ({ ...d, flags: { ...d.flags, [f]: e.target.checked } }), f === 'liquid' ? 'compliance.packing.liquidMl' : `compliance.packing.${f}`)} />
            {t(`packing.flags.${f}`)}
          </label>
        ))}
      </div>
      {draft.flags.liquid && (
        <div className="grid sub-grid">
          <Field label={t('packing.liquidMl')} name="compliance.packing.liquidMl" error={errorAt(errors, 'compliance.packing.liquidMl')}>
            <input value={draft.liquidMl} onChange={(e) => onChange((d) => ({ ...d, liquidMl: e.target.value }), 'compliance.packing.liquidMl')} inputMode="decimal" />
          </Field>
        </div>
      )}
      <p className="muted">{t('packing.needsLegend')}</p>
      <div className="checks">
        {PACKING_NEEDS.map((n) => (
          <label key={n} className="check">
            <input
              type="checkbox"
              checked={draft.needs.includes(n)}
              onChange={(e) => onChange((d) => ({ ...d, needs: e.target.checked ? [...d.needs, n] : d.needs.filter((x) => x !== n) }), 'compliance.packing.needs')}
            />
            {t(`packing.needs.${n}`)}
          </label>
        ))}
      </div>
      <div className="grid sub-grid">
        <Field label={t('packing.note')} name="compliance.packing.note" error={errorAt(errors, 'compliance.packing.note')} wide>
          <input value={draft.note} onChange={(e) => onChange((d) => ({ ...d, note: e.target.value }), 'compliance.packing.note')} maxLength={500} />
        </Field>
      </div>
    </fieldset>
  );
}
