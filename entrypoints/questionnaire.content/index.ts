import { defineContentScript } from '#imports';
import { KNOWN_HOST_PATTERNS } from '../../lib/hosts';

export default defineContentScript({
  matches: [...KNOWN_HOST_PATTERNS],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.whichSoc = 'ready';
  },
});
