import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App } from './App';
import { refreshSellerTimeZone } from './lib/dates';
import './styles.css';

// The seller's zone first, so no screen decides "today" on another calendar than the core's.
void refreshSellerTimeZone()
  .catch(() => undefined)
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
