/**
 * The names of the extension's messages, from the English files: `t('popupTitle')` with a name
 * that is not there fails tsc. English is the source every other language is checked against
 * (tests/i18n/locales.test.ts).
 */
import type background from '../../locales/en/background.json';
import type card from '../../locales/en/card.json';
import type cheatSheet from '../../locales/en/cheat-sheet.json';
import type common from '../../locales/en/common.json';
import type files from '../../locales/en/files.json';
import type manifest from '../../locales/en/manifest.json';
import type options from '../../locales/en/options.json';
import type popup from '../../locales/en/popup.json';
import type profile from '../../locales/en/profile.json';
import type rules from '../../locales/en/rules.json';

type All = typeof background &
  typeof card &
  typeof cheatSheet &
  typeof common &
  typeof files &
  typeof manifest &
  typeof options &
  typeof popup &
  typeof profile &
  typeof rules;

/** Every message name. */
export type MessageKey = Extract<keyof All, string>;

/** The names of counted messages: `x_one` and `x_other` both exist, `tn('x', n)` picks. */
// A mapped type, not `MessageKey extends infer K ? K extends …`: an inferred variable does not
// distribute over the union, so that form was always `never` and no `tn()` call type-checked.
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_other`
    ? `${Base}_one` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];
