import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import { DemoChoice } from '../demo/DemoChoice';
import { formatCount } from '../../lib/format';

export function Dashboard() {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<{ active: number; archived: number } | null>(null);
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    Promise.all([api.products.list({ status: 'active', limit: 1 }), api.products.list({ status: 'archived', limit: 1 })]).then(
      ([a, b]) => setCounts({ active: a.total, archived: b.total }),
      () => setCounts(null),
    );
  }, [loads]);
  return (
    <section className="screen" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <p className="muted">{t('dashboard.intro')}</p>
      {counts && counts.active + counts.archived === 0 && <DemoChoice onLoaded={() => setLoads((n) => n + 1)} />}
      <div className="cards">
        <div className="card">
          <div className="card-figure">{counts ? formatCount(counts.active) : '…'}</div>
          <div className="card-label">{t('dashboard.products')}</div>
        </div>
        <div className="card">
          <div className="card-figure">{counts ? formatCount(counts.archived) : '…'}</div>
          <div className="card-label">{t('dashboard.archived')}</div>
        </div>
      </div>
      <div className="form-actions">
        <Link className="button primary" to="/catalog/new">
          {t('dashboard.addProduct')}
        </Link>
        <Link className="button" to="/catalog">
          {t('dashboard.openCatalog')}
        </Link>
      </div>
    </section>
  );
}
