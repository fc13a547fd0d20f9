/**
 * Unit and DOM tests run outside a browser, where `i18n.getMessage` does not exist: they get the
 * English table, so components show the words an English browser shows. A test of another
 * language installs that language's table itself (`useMessageTable`).
 */
import { beforeEach } from 'vitest';
import { useMessageTable } from '../lib/i18n';
import { readTable } from '../scripts/locales';

const english = readTable('en');

beforeEach(() => {
  useMessageTable('en', english);
});
