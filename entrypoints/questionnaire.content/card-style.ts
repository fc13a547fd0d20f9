/**
 * The card's styles, as a string for createShadowRootUi's `css` option: they go into our own
 * shadow root only (never the page), with no fetch of a web-accessible file.
 * Light and dark follow the user's system setting, with the colours of the extension's own pages
 * (components/theme.css, inlined at build time and scoped to our shadow host instead of `:root`).
 */
import THEME_CSS from '../../components/theme.css?inline';

export const CARD_CSS = `${THEME_CSS.replaceAll(':root', ':host')}

.which-soc-card {
  position: fixed;
  z-index: 2147483647;
  box-sizing: border-box;
  width: 380px;
  max-width: calc(100vw - 16px);
  max-height: min(70vh, 560px);
  overflow: auto;
  padding: 12px 14px;
  border: 1px solid var(--line);
  border-radius: 10px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 8px 28px rgb(0 0 0 / 28%);
  font:
    14px/1.45 system-ui,
    -apple-system,
    'Segoe UI',
    Roboto,
    sans-serif;
  text-align: left;
}

.which-soc-card *,
.which-soc-card *::before,
.which-soc-card *::after {
  box-sizing: border-box;
}

.which-soc-card:focus {
  outline: none;
}

.which-soc-card-header {
  display: flex;
  align-items: flex-start;
  gap: 8px;
}

.which-soc-card-phrase {
  flex: 1;
  margin: 0;
  font-weight: 600;
}

.which-soc-card-question {
  margin: 6px 0 0;
  font-size: 12.5px;
}

.which-soc-muted {
  color: var(--muted);
  font-weight: normal;
}

.which-soc-close {
  border: 0;
  background: transparent;
  color: var(--fg);
  font-size: 20px;
  line-height: 1;
  cursor: pointer;
  padding: 0 4px;
}

.which-soc-card-item {
  margin-top: 10px;
  padding-top: 10px;
  border-top: 1px solid var(--line);
}

.which-soc-card-report {
  display: inline-block;
  margin: 0 0 4px;
  padding: 1px 8px;
  border-radius: 4px;
  font-size: 15px;
  color: #111;
}

/* Same colours as the highlights (lib/page/highlights.ts), so the card names the colour seen. */
.which-soc-report-soc2 {
  background: #ffe066;
}
.which-soc-report-soc1 {
  background: #9ad7ff;
}
.which-soc-report-soc3 {
  background: #b9f0a6;
}
.which-soc-report-iso27001 {
  background: #e3c2ff;
}
.which-soc-report-bridge-letter {
  background: #ffc9a3;
}

.which-soc-card p {
  margin: 4px 0;
}

.which-soc-card ul {
  margin: 4px 0;
  padding-left: 18px;
}

.which-soc-answer {
  margin-top: 6px;
  padding: 8px;
  border-radius: 6px;
  background: var(--soft);
}

.which-soc-answer-text {
  font-weight: 500;
}

.which-soc-actions {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  margin-top: 8px;
}

.which-soc-button {
  display: inline-block;
  padding: 5px 10px;
  border: 1px solid var(--line);
  border-radius: 6px;
  background: var(--bg);
  color: var(--fg);
  font: inherit;
  font-size: 13px;
  text-decoration: none;
  cursor: pointer;
}

.which-soc-primary {
  border-color: var(--accent);
  background: var(--accent);
  color: var(--accent-fg);
}

.which-soc-button:focus-visible,
.which-soc-close:focus-visible {
  outline: 2px solid var(--focus);
  outline-offset: 1px;
}

.which-soc-confirm,
.which-soc-status {
  margin-top: 8px;
  padding: 6px 8px;
  border-left: 3px solid var(--accent);
  background: var(--soft);
}

.which-soc-textpj {
  margin-top: 8px;
}

.which-soc-qr {
  display: block;
  margin: 6px 0;
  background: #fff;
}
`;
