import { render } from 'preact';

const root = document.getElementById('app');
if (root) render(<h1>Which SOC? — your reports</h1>, root);
