// The compliance tab of a product: battery, dangerous goods, special categories and consumer
// information. Only the battery figures that matter for the chosen battery type are shown (and
// sent); the core's consistency rules (compliance.ts) come back as errors at their fields.
import { useTranslation } from 'react-i18next';
import type { ChangeEvent } from 'react';
import { BATTERY_CONFIGURATIONS, BATTERY_TYPES, FLAMMABLE_LIQUID_KINDS, SPECIAL_CATEGORIES } from '../../../../shared/compliance';
import type { BatteryType, Compliance, ComplianceInput, SpecialCategory } from '../../../../shared/compliance';
import { Field } from '../../components/Field';
import { errorAt } from '../../lib/errors';
import { parseWhole } from '../../lib/format';
import { collectPacking, packingDraft, PackingFacts } from './PackingFacts';
import type { PackingDraft } from './PackingFacts';

const FIGURES = ['whPerBattery', 'whPerCell', 'lithiumGPerBattery', 'lithiumGPerCell', 'cellsPerUnit', 'batteriesPerUnit'] as const;
type Figure = (typeof FIGURES)[number];
const FLAGS = ['flammableLiquid', 'aerosol', 'magnet', 'corrosive', 'compressedGas', 'other'] as const;
const TEXTS = ['ingredients', 'functions', 'instructionsForUse', 'precautions'] as const;

/** Which battery figures a battery type asks for. */
export const FIGURES_FOR: Record<BatteryType, readonly Figure[]> = {
  none: [],
  lithium_ion: ['whPerBattery', 'whPerCell', 'cellsPerUnit', 'batteriesPerUnit'],
  lithium_metal: ['lithiumGPerBattery', 'lithiumGPerCell', 'cellsPerUnit', 'batteriesPerUnit'],
  other: ['batteriesPerUnit'],
};
const DECIMAL: ReadonlySet<Figure> = new Set(['whPerBattery', 'whPerCell', 'lithiumGPerBattery', 'lithiumGPerCell']);

/** What the tab edits, as typed (numbers as text). */
export interface ComplianceDraft {
  batteryType: BatteryType;
  configuration: string;
  figures: Record<Figure, string>;
  flags: Record<(typeof FLAGS)[number], boolean>;
  flammableLiquidKind: string;
  unNumber: string;
  categories: SpecialCategory[];
  fibreContent: string;
  texts: Record<(typeof TEXTS)[number], string>;
  packing: PackingDraft;
}

const text = (v: number | string | null) => (v === null ? '' : String(v));

export function complianceDraft(c: Compliance): ComplianceDraft {
  const b = c.battery;
  const d = c.dangerousGoods;
  return {
    batteryType: b.type,
    configuration: b.configuration ?? '',
    figures: Object.fromEntries(FIGURES.map((f) => [f, text(b[f])])) as Record<Figure, string>,
    flags: Object.fromEntries(FLAGS.map((f) => [f, d[f]])) as ComplianceDraft['flags'],
    flammableLiquidKind: d.flammableLiquidKind ?? '',
    unNumber: d.unNumber ?? '',
    categories: [...c.categories],
    fibreContent: c.fibreContent ?? '',
    texts: Object.fromEntries(TEXTS.map((f) => [f, c[f] ?? ''])) as ComplianceDraft['texts'],
    packing: packingDraft(c.packing),
  };
}

/** A decimal number as typed ("3.7", "3,7"); undefined when empty, null when not a number. */
function parseDecimal(typed: string): number | null | undefined {
  const clean = typed.trim().replace(',', '.');
  if (clean === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : null;
}

/**
 * The input for products.update, and the problems found before sending (keyed by full path). Only
 * the figures relevant to the battery type are sent; hidden ones are cleared.
 */
export function collectCompliance(d: ComplianceDraft, message: { decimal: string; whole: string }): { input: ComplianceInput; local: Record<string, string> } {
  const local: Record<string, string> = {};
  const shown = new Set(FIGURES_FOR[d.batteryType]);
  const figures = {} as Record<Figure, number | null>;
  for (const f of FIGURES) {
    if (!shown.has(f)) {
      figures[f] = null;
      continue;
    }
    const v = DECIMAL.has(f) ? parseDecimal(d.figures[f]) : parseWhole(d.figures[f]);
    if (v === null) local[`compliance.battery.${f}`] = DECIMAL.has(f) ? message.decimal : message.whole;
    figures[f] = v ?? null;
  }
  return {
    local,
    input: {
      battery: { type: d.batteryType, configuration: d.batteryType === 'none' || !d.configuration ? null : (d.configuration as Compliance['battery']['configuration']), ...figures },
      dangerousGoods: {
        ...d.flags,
        flammableLiquidKind: d.flags.flammableLiquid && d.flammableLiquidKind ? (d.flammableLiquidKind as Compliance['dangerousGoods']['flammableLiquidKind']) : null,
        unNumber: d.unNumber.trim() === '' ? null : d.unNumber,
      },
      categories: d.categories,
      fibreContent: d.categories.includes('textile') ? d.fibreContent : null,
      ...d.texts,
      packing: collectPacking(d.packing, local, message.decimal),
    },
  };
}

interface Props {
  draft: ComplianceDraft;
  onChange(update: (d: ComplianceDraft) => ComplianceDraft, path: string): void;
  errors: Record<string, string>;
}

export function ComplianceTab({ draft, onChange, errors }: Props) {
  const { t } = useTranslation();
  const err = (path: string) => errorAt(errors, `compliance.${path}`);
  const figures = FIGURES_FOR[draft.batteryType];
  const setFigure = (f: Figure) => (e: ChangeEvent<HTMLInputElement>) =>
    onChange((d) => ({ ...d, figures: { ...d.figures, [f]: e.target.value } }), `compliance.battery.${f}`);
  const setFlag = (f: (typeof FLAGS)[number]) => (e: ChangeEvent<HTMLInputElement>) =>
    onChange((d) => ({ ...d, flags: { ...d.flags, [f]: e.target.checked } }), `compliance.dangerousGoods.${f === 'other' ? 'unNumber' : f === 'flammableLiquid' ? 'flammableLiquidKind' : f}`);
  const toggleCategory = (c: SpecialCategory) => (e: ChangeEvent<HTMLInputElement>) =>
    onChange((d) => ({ ...d, categories: e.target.checked ? [...d.categories, c] : d.categories.filter((x) => x !== c) }), c === 'textile' ? 'compliance.fibreContent' : 'compliance.categories');

  const hintFor = (f: Figure) => (f === 'whPerBattery' ? t('compliance.battery.whHint') : f === 'lithiumGPerBattery' ? t('compliance.battery.lithiumHint') : undefined);
  const categoriesError = err('categories');

  return (
    <div className="compliance-tab">
      <fieldset>
        <legend>{t('compliance.battery.legend')}</legend>
        <div className="grid">
          <Field label={t('compliance.battery.type')} name="compliance.battery.type" error={err('battery.type')}>
            <select value={draft.batteryType} onChange={(e) => onChange((d) => ({ ...d, batteryType: e.target.value as BatteryType }), 'compliance.battery')}>
              {BATTERY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`compliance.battery.types.${type}`)}
                </option>
              ))}
            </select>
          </Field>
          {draft.batteryType !== 'none' && (
            <Field label={t('compliance.battery.configuration')} name="compliance.battery.configuration" error={err('battery.configuration')}>
              <select value={draft.configuration} onChange={(e) => onChange((d) => ({ ...d, configuration: e.target.value }), 'compliance.battery.configuration')}>
                <option value="">{t('compliance.battery.chooseConfiguration')}</option>
                {BATTERY_CONFIGURATIONS.map((c) => (
                  <option key={c} value={c}>
                    {t(`compliance.battery.configurations.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {figures.map((f) => (
            <Field key={f} label={t(`compliance.battery.${f}`)} name={`compliance.battery.${f}`} error={err(`battery.${f}`)} hint={hintFor(f)}>
              <input value={draft.figures[f]} onChange={setFigure(f)} inputMode={DECIMAL.has(f) ? 'decimal' : 'numeric'} />
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('compliance.dangerousGoods.legend')}</legend>
        <p className="muted">{t('compliance.dangerousGoods.intro')}</p>
        <div className="checks">
          {FLAGS.map((f) => (
            <label key={f} className="check">
              <input type="checkbox" checked={draft.flags[f]} onChange={setFlag(f)} />
              {t(`compliance.dangerousGoods.${f}`)}
            </label>
          ))}
        </div>
        {(draft.flags.flammableLiquid || draft.flags.other || draft.unNumber) && (
          <div className="grid sub-grid">
            {draft.flags.flammableLiquid && (
              <Field label={t('compliance.dangerousGoods.flammableLiquidKind')} name="compliance.dangerousGoods.flammableLiquidKind" error={err('dangerousGoods.flammableLiquidKind')}>
                <select value={draft.flammableLiquidKind} onChange={(e) => onChange((d) => ({ ...d, flammableLiquidKind: e.target.value }), 'compliance.dangerousGoods.flammableLiquidKind')}>
                  <option value="">{t('compliance.dangerousGoods.chooseKind')}</option>
                  {FLAMMABLE_LIQUID_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`compliance.dangerousGoods.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            <Field label={t('compliance.dangerousGoods.unNumber')} name="compliance.dangerousGoods.unNumber" error={err('dangerousGoods.unNumber')} hint={t('compliance.dangerousGoods.unHint')}>
              <input value={draft.unNumber} onChange={(e) => onChange((d) => ({ ...d, unNumber: e.target.value }), 'compliance.dangerousGoods.unNumber')} className="mono" maxLength={10} />
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset className={categoriesError ? 'has-error' : ''} data-field="compliance.categories">
        <legend>{t('compliance.categories.legend')}</legend>
        <p className="muted">{t('compliance.categories.intro')}</p>
        <div className="checks">
          {SPECIAL_CATEGORIES.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={draft.categories.includes(c)} onChange={toggleCategory(c)} />
              {t(`compliance.categories.names.${c}`)}
            </label>
          ))}
        </div>
        {categoriesError && (
          <p className="field-error" role="alert">
            {categoriesError}
          </p>
        )}
        {draft.categories.includes('textile') && (
          <div className="grid sub-grid">
            <Field label={t('compliance.categories.fibreContent')} name="compliance.fibreContent" error={err('fibreContent')} hint={t('compliance.categories.fibreHint')} wide>
              <input value={draft.fibreContent} onChange={(e) => onChange((d) => ({ ...d, fibreContent: e.target.value }), 'compliance.fibreContent')} maxLength={500} />
            </Field>
          </div>
        )}
      </fieldset>

      <PackingFacts draft={draft.packing} onChange={(update, path) => onChange((d) => ({ ...d, packing: update(d.packing) }), path)} errors={errors} />

      <fieldset>
        <legend>{t('compliance.info.legend')}</legend>
        <div className="grid">
          {TEXTS.map((f) => (
            <Field key={f} label={t(`compliance.info.${f}`)} name={`compliance.${f}`} error={err(f)} wide>
              <textarea rows={3} value={draft.texts[f]} onChange={(e) => onChange((d) => ({ ...d, texts: { ...d.texts, [f]: e.target.value } }), `compliance.${f}`)} maxLength={5000} />
            </Field>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
