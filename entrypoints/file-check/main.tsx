import { render } from 'preact';
import { t } from '../../lib/i18n';
import { startChosenLanguage } from '../../lib/settings';
import { App } from './app';
import '../../components/theme.css';
import '../../components/page.css';
import '../../components/controls.css';
import '../../components/findings.css';
import './style.css';

// The page's words in the language chosen on the options page (or the browser's) before the
// first render, so it never shows English first.
async function start(): Promise<void> {
  await startChosenLanguage();
  document.title = `Which SOC? — ${t('filesTitle')}`;
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

void start();
