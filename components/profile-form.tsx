import {
  REPORT_IDS,
  reportName,
  type IsoInfo,
  type Profile,
  type ProfileError,
  type ReportAccess,
  type ReportType,
  type SocReportInfo,
} from '../lib/rules';
import { t, type MessageKey } from '../lib/i18n';
import { Check, ErrorText, Field, fieldId, withOptional } from './form-fields';
import { LockedFields, ManagedMark, useLocked } from './managed-fields';
import { ReportWordingFields } from './wording-fields';

export { fieldId } from './form-fields';

/** Props of `ProfileForm`. */
export interface ProfileFormProps {
  /** The draft being edited (not necessarily saved). */
  profile: Profile;
  /** Errors from `parseProfile`, shown next to the field they name. */
  errors: readonly ProfileError[];
  onChange: (profile: Profile) => void;
  /** Save pressed (the form was submitted). */
  onSubmit: () => void;
  /** True while a save is in flight: the Save button waits. */
  saving?: boolean;
  /** Paths of fields the organisation's policy sets: shown read-only. */
  locked?: ReadonlySet<string>;
}

const NO_LOCKED: ReadonlySet<string> = new Set();

type SocKey = 'soc1' | 'soc2' | 'soc3';

/** What each SOC report is for, in a line under its name (in display order). */
const SOC_HINTS: Record<SocKey, MessageKey> = {
  soc2: 'profileSoc2Hint',
  soc1: 'profileSoc1Hint',
  soc3: 'profileSoc3Hint',
};

/** The SOC reports the profile describes, in display order. */
const SOC_KEYS = REPORT_IDS.filter((id): id is SocKey => id in SOC_HINTS);

function SocFieldset({
  report,
  info,
  errors,
  onInfo,
}: {
  report: SocKey;
  info: SocReportInfo;
  errors: readonly ProfileError[];
  onInfo: (info: SocReportInfo) => void;
}) {
  const title = reportName(report);
  const hint = t(SOC_HINTS[report]);
  const set = (key: keyof SocReportInfo) => (value: string) =>
    onInfo(withOptional(info, key, value));
  const typeId = fieldId(`${report}.type`);
  const typeLocked = useLocked(`${report}.type`);
  return (
    <fieldset class="report">
      <legend>{title}</legend>
      <p class="field-hint">{hint}</p>
      <Check
        path={`${report}.held`}
        label={t('profileHoldReport', title)}
        checked={info.held}
        onChecked={(held) => onInfo({ ...info, held })}
        errors={errors}
      />
      {/* Details of a report not held stay stored (nothing is lost) but out of the way. */}
      {info.held ? (
        <>
          <div class="field">
            <label for={typeId}>{t('profileTypeLabel')}</label>
            <select
              id={typeId}
              name={`${report}.type`}
              value={info.type ?? ''}
              disabled={typeLocked}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onInfo({ ...info, type: value === '' ? null : (value as ReportType) });
              }}
            >
              <option value="">{t('profileTypeNotSet')}</option>
              <option value="type1">{t('profileType1Option')}</option>
              <option value="type2">{t('profileType2Option')}</option>
            </select>
            {typeLocked ? <ManagedMark inputId={typeId} /> : null}
            <ErrorText path={`${report}.type`} errors={errors} />
          </div>
          {info.type === 'type1' ? (
            <Field
              path={`${report}.asOf`}
              label={t('profileAsOfDate')}
              type="date"
              value={info.asOf}
              onValue={set('asOf')}
              errors={errors}
            />
          ) : (
            <div class="field-row">
              <Field
                path={`${report}.periodStart`}
                label={t('profilePeriodStart')}
                type="date"
                value={info.periodStart}
                onValue={set('periodStart')}
                errors={errors}
              />
              <Field
                path={`${report}.periodEnd`}
                label={t('profilePeriodEnd')}
                type="date"
                value={info.periodEnd}
                onValue={set('periodEnd')}
                errors={errors}
              />
            </div>
          )}
          <Field
            path={`${report}.auditor`}
            label={t('profileAuditor')}
            value={info.auditor}
            onValue={set('auditor')}
            errors={errors}
          />
        </>
      ) : null}
      <Field
        path={`${report}.nextReportDate`}
        label={
          info.held && info.type === 'type1'
            ? t('profileNextDateFirstType2')
            : info.held
              ? t('profileNextDateNext')
              : t('profileNextDateFirst')
        }
        type="date"
        value={info.nextReportDate}
        onValue={set('nextReportDate')}
        errors={errors}
      />
    </fieldset>
  );
}

/**
 * The vendor profile form: company, SOC 1/2/3, ISO 27001, bridge letter, financial
 * reporting, how buyers get reports, and optional own wording. Presentational: the options page
 * owns the draft, validation and saving. Fields in `locked` (set by the organisation's policy)
 * are read-only and say so.
 */
export function ProfileForm(props: ProfileFormProps) {
  return (
    <LockedFields.Provider value={props.locked ?? NO_LOCKED}>
      <ProfileFormFields {...props} />
    </LockedFields.Provider>
  );
}

function ProfileFormFields({ profile, errors, onChange, onSubmit, saving }: ProfileFormProps) {
  const update = (patch: Partial<Profile>) => onChange({ ...profile, ...patch });
  const setIso = (iso: IsoInfo) => update({ iso27001: iso });
  const setAccess = (key: keyof ReportAccess) => (value: string) =>
    update({ access: withOptional(profile.access, key, value) });
  const fin = profile.touchesFinancialReporting;
  const finName = 'touchesFinancialReporting';
  const finLocked = useLocked(finName);

  return (
    <form
      class="profile-form"
      aria-label={t('profileFormLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Field
        path="company"
        label={t('profileCompanyLabel')}
        value={profile.company}
        onValue={(company) => update({ company })}
        errors={errors}
        autocomplete="organization"
      />

      {SOC_KEYS.map((report) => (
        <SocFieldset
          key={report}
          report={report}
          info={profile[report]}
          errors={errors}
          onInfo={(info) => update({ [report]: info })}
        />
      ))}

      <fieldset class="report">
        <legend>{reportName('iso27001')}</legend>
        <Check
          path="iso27001.held"
          label={t('profileHoldIso')}
          checked={profile.iso27001.held}
          onChecked={(held) => setIso({ ...profile.iso27001, held })}
          errors={errors}
        />
        <div class="field-row">
          <Field
            path="iso27001.expiry"
            label={t('profileIsoExpiry')}
            type="date"
            value={profile.iso27001.expiry}
            onValue={(value) => setIso(withOptional(profile.iso27001, 'expiry', value))}
            errors={errors}
          />
          <Field
            path="iso27001.certificationBody"
            label={t('profileIsoBody')}
            value={profile.iso27001.certificationBody}
            onValue={(value) => setIso(withOptional(profile.iso27001, 'certificationBody', value))}
            errors={errors}
          />
        </div>
      </fieldset>

      <fieldset class="report">
        <legend>{t('profileBridgeTitle')}</legend>
        <Check
          path="bridgeLetterAvailable"
          label={t('profileBridgeAvailable')}
          checked={profile.bridgeLetterAvailable}
          onChecked={(bridgeLetterAvailable) => update({ bridgeLetterAvailable })}
          errors={errors}
        />
        <div class="field" role="radiogroup" aria-labelledby="fin-label">
          <span id="fin-label" class="label">
            {t('profileFinQuestion')}
          </span>
          <div class="radios">
            {(
              [
                [true, 'profileYes'],
                [false, 'profileNo'],
                [null, 'profileNotSure'],
              ] as const
            ).map(([value, text]) => {
              const id = `${fieldId(finName)}-${String(value)}`;
              return (
                <span key={text} class="radio">
                  <input
                    id={id}
                    type="radio"
                    name={finName}
                    checked={fin === value}
                    disabled={finLocked}
                    onChange={() => update({ touchesFinancialReporting: value })}
                  />
                  <label for={id}>{t(text)}</label>
                </span>
              );
            })}
          </div>
          {finLocked ? <ManagedMark inputId={fieldId(finName)} /> : null}
          <ErrorText path={finName} errors={errors} />
        </div>
      </fieldset>

      <fieldset class="report">
        <legend>{t('profileAccessTitle')}</legend>
        <Field
          path="access.trustCenterUrl"
          label={t('profileTrustCenter')}
          type="url"
          placeholder={t('profileTrustCenterPlaceholder')}
          value={profile.access.trustCenterUrl}
          onValue={setAccess('trustCenterUrl')}
          errors={errors}
        />
        <Field
          path="access.email"
          label={t('profileRequestEmail')}
          type="email"
          placeholder={t('profileEmailPlaceholder')}
          value={profile.access.email}
          onValue={setAccess('email')}
          errors={errors}
        />
        <Field
          path="access.ndaProcess"
          label={t('profileNda')}
          placeholder={t('profileNdaPlaceholder')}
          value={profile.access.ndaProcess}
          onValue={setAccess('ndaProcess')}
          errors={errors}
        />
      </fieldset>

      <details class="report wording">
        <summary>{t('profileWordingTitle')}</summary>
        <p class="field-hint">{t('profileWordingHint')}</p>
        <p class="field-hint">{t('profileWordingLanguagesHint')}</p>
        {REPORT_IDS.map((id) => (
          <ReportWordingFields
            key={id}
            report={id}
            wording={profile.wording}
            errors={errors}
            onWording={(wording) => update({ wording })}
          />
        ))}
      </details>

      <div class="actions">
        <button type="submit" class="which-soc-button which-soc-primary" disabled={saving}>
          {saving ? t('profileSaving') : t('profileSave')}
        </button>
      </div>
    </form>
  );
}
