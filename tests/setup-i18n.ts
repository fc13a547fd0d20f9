/**
 * Unit and DOM tests run outside a browser, where the fake browser's `i18n` is not implemented:
 * here it answers as a browser with an English UI does, from the English locale files, so
 * components show the words English users see. A test of another language installs that
 * language's table itself (`useMessageTable`) or stubs `getUILanguage`.
 */
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useMessageTable } from '../lib/i18n';
import { substitute } from '../lib/i18n/catalogue';
import { readTable } from '../scripts/locales';

const english = readTable('en');

beforeEach(() => {
  useMessageTable(null, null);
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (name: string, subs?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (name, subs) => {
    const message = english[name];
    if (message === undefined) return '';
    return substitute(message, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]);
  };
  i18n.getUILanguage = () => 'en';
});
