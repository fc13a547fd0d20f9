import { render } from 'preact';
import { App } from './app';
import '../../components/theme.css';
import '../../components/page.css';
import '../../components/controls.css';
import '../../components/findings.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
