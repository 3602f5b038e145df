import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, NavLink, Route, Routes, useNavigate } from 'react-router';
import type { AppInfo } from '../../shared/api';
import { api } from './api';
import { BackupsScreen } from './areas/backup/BackupsScreen';
import { RecoveryScreen } from './areas/backup/RecoveryScreen';
import { desktop } from './lib/desktop';
import { ExportPanel } from './areas/imports/ExportPanel';
import { ImportWizard } from './areas/imports/ImportWizard';
import { ProductDetail } from './areas/products/ProductDetail';
import { ProductsScreen } from './areas/products/ProductsScreen';
import { CertificateForm } from './areas/certificates/CertificateForm';
import { CertificatesScreen } from './areas/certificates/CertificatesScreen';
import { SupplierForm } from './areas/suppliers/SupplierForm';
import { SuppliersScreen } from './areas/suppliers/SuppliersScreen';
import { CasesScreen, HoldsScreen } from './areas/aftersales/AfterSalesScreen';
import { CaseForm } from './areas/aftersales/CaseForm';
import { CoreRestartedBanner } from './areas/shell/CoreRestartedBanner';
import { Toaster } from './components/Toast';
import { Dashboard } from './areas/shell/Dashboard';
import { Settings } from './areas/shell/Settings';
import { RulesScreen } from './areas/rules/RulesScreen';
import { ShipmentEditor } from './areas/shipments/ShipmentEditor';
import { ShipmentsScreen } from './areas/shipments/ShipmentsScreen';
import { OrdersImport } from './areas/orders/OrdersImport';
import { InspectScreen } from './areas/quality/InspectScreen';
import { LotForm } from './areas/quality/LotForm';
import { PlanEditor, PlansScreen } from './areas/quality/PlanEditor';
import { LotsScreen, ScorecardsScreen } from './areas/quality/QualityScreen';
import { ScorecardScreen } from './areas/quality/ScorecardScreen';
import { ClaimForm } from './areas/claims/ClaimForm';
import { ConsultationForm } from './areas/consultations/ConsultationForm';
import { ConsultationsScreen } from './areas/consultations/ConsultationsScreen';
import { ClaimsScreen } from './areas/claims/ClaimsScreen';
import { IncidentReportForm } from './areas/claims/IncidentReportForm';
import { PoliciesScreen } from './areas/claims/PoliciesScreen';
import { LANGUAGES, setLanguage } from './i18n';
import { ShortcutsDialog } from './areas/access/ShortcutsDialog';
import { useShortcuts } from './areas/access/shortcuts';

/** The areas of the app, in the seller's order of work. Areas not built yet say so plainly. */
const NAV = [
  { to: '/', key: 'dashboard', icon: '◧' },
  { to: '/catalog', key: 'catalog', icon: '▤' },
  { to: '/suppliers', key: 'suppliers', icon: '⚑' },
  { to: '/quality', key: 'quality', icon: '✓' },
  { to: '/shipments', key: 'shipments', icon: '✈' },
  { to: '/after-sales', key: 'afterSales', icon: '↺' },
  { to: '/claims', key: 'claims', icon: '§' },
  { to: '/settings', key: 'settings', icon: '⚙' },
] as const;

/**
 * The File menu's "Back up now" and "Restore from backup…" lead to Settings → Backups; Help →
 * Keyboard shortcuts opens their list.
 */
function MenuNavigation({ onShortcuts }: { onShortcuts(): void }) {
  const navigate = useNavigate();
  useEffect(
    () =>
      typeof desktop?.onMenu === 'function'
        ? desktop.onMenu((action) => (action === 'shortcuts' ? onShortcuts() : void navigate('/settings/backups')))
        : undefined,
    [navigate, onShortcuts],
  );
  return null;
}

/**
 * The core's state of the data file: in recovery mode the app is replaced by the recovery screen;
 * while a large file is still being checked in the background, it is asked again until it is done.
 */
function useDataFileState(): [AppInfo | null, () => void] {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () =>
      api.app.info().then(
        (next) => {
          if (stopped) return;
          setInfo(next);
          if (next.check === 'checking') timer = setTimeout(ask, 1000);
        },
        () => {},
      );
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tick]);
  // Stable, so a screen that calls it from an effect does not run that effect again.
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  return [info, refresh];
}

export function App() {
  const { t, i18n } = useTranslation();
  const [info, refresh] = useDataFileState();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  useShortcuts(openShortcuts);
  if (info?.recovery)
    return (
      <div className="recovery-shell">
        <CoreRestartedBanner onRestarted={refresh} />
        <RecoveryScreen recovery={info.recovery} onRestored={refresh} />
      </div>
    );
  return (
    <HashRouter>
      <MenuNavigation onShortcuts={openShortcuts} />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <div className="shell">
        <nav className="sidebar" aria-label={t('nav.main')}>
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              CP
            </span>
            <div>
              <div className="brand-name">{t('app.name')}</div>
              <div className="brand-tag">{t('app.tagline')}</div>
            </div>
          </div>
          <ul>
            {NAV.map((item) => (
              <li key={item.key}>
                <NavLink to={item.to} end={item.to === '/'}>
                  <span className="nav-icon" aria-hidden="true">
                    {item.icon}
                  </span>
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
          <div className="lang-switch" role="group" aria-label={t('settings.language')}>
            {LANGUAGES.map((lang) => (
              <button key={lang} type="button" aria-pressed={i18n.language === lang} onClick={() => void setLanguage(lang)} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
                {t(`languages.${lang}`)}
              </button>
            ))}
          </div>
        </nav>
        <main className="content">
          <CoreRestartedBanner onRestarted={refresh} />
          <Routes>
            <Route path="/" element={<Dashboard />} />
            <Route path="/catalog" element={<ProductsScreen />} />
            <Route path="/catalog/new" element={<ProductDetail key="new" />} />
            <Route path="/catalog/import" element={<ImportWizard />} />
            <Route path="/catalog/export" element={<ExportPanel />} />
            <Route path="/catalog/:id" element={<ProductDetail />} />
            <Route path="/suppliers" element={<SuppliersScreen />} />
            <Route path="/suppliers/new" element={<SupplierForm key="new" />} />
            <Route path="/suppliers/:id" element={<SupplierForm />} />
            <Route path="/certificates" element={<CertificatesScreen />} />
            <Route path="/certificates/new" element={<CertificateForm key="new" />} />
            <Route path="/certificates/:id" element={<CertificateForm />} />
            <Route path="/quality" element={<LotsScreen />} />
            <Route path="/quality/lots/new" element={<LotForm key="new" />} />
            <Route path="/quality/lots/:id" element={<LotForm />} />
            <Route path="/quality/lots/:id/inspect" element={<InspectScreen />} />
            <Route path="/quality/scorecards" element={<ScorecardsScreen />} />
            <Route path="/quality/suppliers/:id" element={<ScorecardScreen />} />
            <Route path="/quality/plans" element={<PlansScreen />} />
            <Route path="/quality/plans/:productId" element={<PlanEditor />} />
            <Route path="/shipments" element={<ShipmentsScreen />} />
            <Route path="/shipments/new" element={<ShipmentEditor key="new" />} />
            <Route path="/shipments/rules" element={<RulesScreen />} />
            <Route path="/shipments/import-orders" element={<OrdersImport />} />
            <Route path="/shipments/consultations" element={<ConsultationsScreen />} />
            <Route path="/shipments/consultations/new" element={<ConsultationForm key="new" />} />
            <Route path="/shipments/consultations/:id" element={<ConsultationForm />} />
            <Route path="/shipments/:id" element={<ShipmentEditor />} />
            <Route path="/after-sales" element={<CasesScreen />} />
            <Route path="/after-sales/holds" element={<HoldsScreen />} />
            <Route path="/after-sales/new" element={<CaseForm key="new" />} />
            <Route path="/after-sales/:id" element={<CaseForm />} />
            <Route path="/claims" element={<ClaimsScreen />} />
            <Route path="/claims/new" element={<ClaimForm key="new" />} />
            <Route path="/claims/policies" element={<PoliciesScreen />} />
            <Route path="/claims/incidents" element={<IncidentReportForm />} />
            <Route path="/claims/:id" element={<ClaimForm />} />
            <Route path="/settings" element={<Settings />} />
            <Route path="/settings/backups" element={<BackupsScreen />} />
          </Routes>
        </main>
        <Toaster />
      </div>
    </HashRouter>
  );
}
