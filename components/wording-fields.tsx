import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import {
  LANGUAGE_NAMES,
  ownWordingText,
  reportName,
  WORDING_LANGUAGES,
  withOwnWording,
  wordingLanguagesOf,
  type Language,
  type OwnWording,
  type ProfileError,
  type ReportId,
} from '../lib/rules';
import { ErrorText, fieldId } from './form-fields';
import { LanguageOptions } from './language-options';
import { ManagedMark, useLocked } from './managed-fields';

/** Props of `ReportWordingFields`. */
export interface ReportWordingFieldsProps {
  report: ReportId;
  wording: OwnWording;
  errors: readonly ProfileError[];
  onWording: (wording: OwnWording) => void;
}

/** The form path of one text: `wording.soc2` (English) or `wording.de.soc2`. */
function pathOf(report: ReportId, language: Language): string {
  return language === 'en' ? `wording.${report}` : `wording.${language}.${report}`;
}

/**
 * One report's own wording: the English text, then a text per other language the user has
 * written (or just added), then a list to add one more. A language emptied again stays on screen
 * until the page reloads, so a text being retyped does not vanish under the cursor. Locked as a
 * whole when the organisation's policy sets this report's wording (in any language).
 */
export function ReportWordingFields({
  report,
  wording,
  errors,
  onWording,
}: ReportWordingFieldsProps) {
  const locked = useLocked(`wording.${report}`);
  const [added, setAdded] = useState<readonly Language[]>([]);
  const [focus, setFocus] = useState<string | undefined>(undefined);
  const written = wordingLanguagesOf(wording, report);
  const shown: Language[] = [
    'en',
    ...WORDING_LANGUAGES.filter(
      (language) => written.includes(language) || added.includes(language),
    ),
  ];
  const addable = WORDING_LANGUAGES.filter((language) => !shown.includes(language));
  const addId = `${fieldId(`wording.${report}`)}-add`;

  // A newly added language's box takes the focus, so the user types straight into it.
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
  }, [focus]);

  return (
    <div class="field wording-report">
      {shown.map((language) => {
        const path = pathOf(report, language);
        const inputId = fieldId(path);
        return (
          <div class="wording-text" key={language}>
            <label for={inputId}>
              {t('profileWordingLanguageLabel', reportName(report), LANGUAGE_NAMES[language])}
            </label>
            <textarea
              id={inputId}
              name={path}
              lang={language}
              rows={3}
              value={ownWordingText(wording, report, language) ?? ''}
              readOnly={locked}
              onInput={(event) => {
                // Keep the box of a text being emptied (see above).
                if (language !== 'en' && !added.includes(language)) setAdded([...added, language]);
                onWording(withOwnWording(wording, report, language, event.currentTarget.value));
              }}
            />
            {locked ? <ManagedMark inputId={inputId} /> : null}
            <ErrorText path={path} errors={errors} />
          </div>
        );
      })}
      {addable.length && !locked ? (
        <div class="wording-add">
          <label for={addId}>{t('profileWordingAdd')}</label>
          <select
            id={addId}
            value=""
            onChange={(event) => {
              const language = event.currentTarget.value as Language;
              event.currentTarget.value = '';
              if (!addable.includes(language as never)) return;
              setAdded([...added, language]);
              setFocus(fieldId(pathOf(report, language)));
            }}
          >
            <option value="">{t('profileWordingAddChoose')}</option>
            <LanguageOptions languages={addable} />
          </select>
        </div>
      ) : null}
    </div>
  );
}
