import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { systemTheme } from './theme/use-theme';
import './styles/tokens.css';
import './styles/base.css';

// The system's theme until the saved preference arrives, so the first paint is not a white flash.
document.documentElement.dataset.theme = systemTheme();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
