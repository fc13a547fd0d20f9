/**
 * The card's styles, as a string for createShadowRootUi's `css` option: they go into our own
 * shadow root only (never the page), with no fetch of a web-accessible file.
 * Light and dark follow the user's system setting, with the colours of the extension's own pages
 * (components/theme.css, inlined at build time and scoped to our shadow host instead of `:root`).
 * The card's own rules are in card.css, inlined the same way.
 */
import THEME_CSS from '../../components/theme.css?inline';
import CARD_RULES from './card.css?inline';

export const CARD_CSS = `${THEME_CSS.replaceAll(':root', ':host')}\n\n${CARD_RULES}`;
