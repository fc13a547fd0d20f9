import { render } from 'preact';
import { App } from './app';
import { startChosenLanguage } from '../../lib/settings';
import '../../components/theme.css';
import '../../components/page.css';
import '../../components/controls.css';
import '../../components/findings.css';
import './style.css';

// The chosen language's words are loaded before the first render, so the page never flashes in
// another language.
void (async () => {
  await startChosenLanguage();
  const root = document.getElementById('app');
  if (root) render(<App />, root);
})();
