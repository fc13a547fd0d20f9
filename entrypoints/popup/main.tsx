import { render } from 'preact';
import { startChosenLanguage } from '../../lib/settings';
import { App } from './app';
import '../../components/theme.css';
import '../../components/page.css';
import '../../components/controls.css';
import '../../components/findings.css';
import './style.css';

/** The words are loaded before the first render, so the popup never flashes in another language. */
async function start(): Promise<void> {
  await startChosenLanguage();
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

void start();
