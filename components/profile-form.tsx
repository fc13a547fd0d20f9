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
import { useContext } from 'preact/hooks';
import { Check, ErrorText, Field, fieldId, withOptional } from './form-fields';
import { LockedFields, ManagedMark, useLocked } from './managed-fields';

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
const SOC_HINTS: Record<SocKey, string> = {
  soc2: 'Security of customer data (Trust Services Criteria): what security reviews ask for.',
  soc1: 'Controls relevant to your customers’ financial reporting (ICFR).',
  soc3: 'The public, general-use summary of a SOC 2.',
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
  const hint = SOC_HINTS[report];
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
        label={`We hold a current ${title} report`}
        checked={info.held}
        onChecked={(held) => onInfo({ ...info, held })}
        errors={errors}
      />
      {/* Details of a report not held stay stored (nothing is lost) but out of the way. */}
      {info.held ? (
        <>
          <div class="field">
            <label for={typeId}>Type</label>
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
              <option value="">Not set</option>
              <option value="type1">Type 1 (design, at a point in time)</option>
              <option value="type2">Type 2 (operating effectiveness, over a period)</option>
            </select>
            {typeLocked ? <ManagedMark inputId={typeId} /> : null}
            <ErrorText path={`${report}.type`} errors={errors} />
          </div>
          {info.type === 'type1' ? (
            <Field
              path={`${report}.asOf`}
              label="As-of date"
              type="date"
              value={info.asOf}
              onValue={set('asOf')}
              errors={errors}
            />
          ) : (
            <div class="field-row">
              <Field
                path={`${report}.periodStart`}
                label="Period start"
                type="date"
                value={info.periodStart}
                onValue={set('periodStart')}
                errors={errors}
              />
              <Field
                path={`${report}.periodEnd`}
                label="Period end"
                type="date"
                value={info.periodEnd}
                onValue={set('periodEnd')}
                errors={errors}
              />
            </div>
          )}
          <Field
            path={`${report}.auditor`}
            label="Auditor (CPA firm, optional)"
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
            ? 'Expected date of the first Type 2'
            : info.held
              ? 'Expected date of the next report'
              : 'Expected date of the first report'
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
  const lockedPaths = useContext(LockedFields);

  return (
    <form
      class="profile-form"
      aria-label="Your reports"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Field
        path="company"
        label="Company name"
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
        <legend>ISO/IEC 27001</legend>
        <Check
          path="iso27001.held"
          label="We hold an ISO/IEC 27001 certificate"
          checked={profile.iso27001.held}
          onChecked={(held) => setIso({ ...profile.iso27001, held })}
          errors={errors}
        />
        <div class="field-row">
          <Field
            path="iso27001.expiry"
            label="Certificate expiry"
            type="date"
            value={profile.iso27001.expiry}
            onValue={(value) => setIso(withOptional(profile.iso27001, 'expiry', value))}
            errors={errors}
          />
          <Field
            path="iso27001.certificationBody"
            label="Certification body (optional)"
            value={profile.iso27001.certificationBody}
            onValue={(value) => setIso(withOptional(profile.iso27001, 'certificationBody', value))}
            errors={errors}
          />
        </div>
      </fieldset>

      <fieldset class="report">
        <legend>Bridge letter and financial reporting</legend>
        <Check
          path="bridgeLetterAvailable"
          label="A bridge letter from our management covering the time since our last report period is available"
          checked={profile.bridgeLetterAvailable}
          onChecked={(bridgeLetterAvailable) => update({ bridgeLetterAvailable })}
          errors={errors}
        />
        <div class="field" role="radiogroup" aria-labelledby="fin-label">
          <span id="fin-label" class="label">
            Does your service touch your customers’ financial reporting (payroll, billing, payments,
            loans, claims, fund administration)?
          </span>
          <div class="radios">
            {(
              [
                [true, 'Yes'],
                [false, 'No'],
                [null, 'Not sure'],
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
                  <label for={id}>{text}</label>
                </span>
              );
            })}
          </div>
          {finLocked ? <ManagedMark inputId={fieldId(finName)} /> : null}
          <ErrorText path={finName} errors={errors} />
        </div>
      </fieldset>

      <fieldset class="report">
        <legend>How buyers get your reports</legend>
        <Field
          path="access.trustCenterUrl"
          label="Trust-centre address"
          type="url"
          placeholder="https://trust.example.com"
          value={profile.access.trustCenterUrl}
          onValue={setAccess('trustCenterUrl')}
          errors={errors}
        />
        <Field
          path="access.email"
          label="Email for report requests"
          type="email"
          placeholder="security@example.com"
          value={profile.access.email}
          onValue={setAccess('email')}
          errors={errors}
        />
        <Field
          path="access.ndaProcess"
          label="NDA process"
          placeholder="Click-through NDA in the trust centre"
          value={profile.access.ndaProcess}
          onValue={setAccess('ndaProcess')}
          errors={errors}
        />
      </fieldset>

      <details class="report wording">
        <summary>Your own wording (optional)</summary>
        <p class="field-hint">
          Replaces our answer for that report. Placeholders: {'{company}'}, {'{report}'},{' '}
          {'{period}'}, {'{auditor}'}, {'{next}'}, {'{expiry}'}, {'{access}'}.
        </p>
        {REPORT_IDS.map((id) => {
          const label = reportName(id);
          const path = `wording.${id}`;
          const inputId = fieldId(path);
          return (
            <div class="field" key={id}>
              <label for={inputId}>{label}</label>
              <textarea
                id={inputId}
                name={path}
                rows={3}
                value={profile.wording[id] ?? ''}
                readOnly={lockedPaths.has(path)}
                onInput={(event) =>
                  update({ wording: withOptional(profile.wording, id, event.currentTarget.value) })
                }
              />
              {lockedPaths.has(path) ? <ManagedMark inputId={inputId} /> : null}
              <ErrorText path={path} errors={errors} />
            </div>
          );
        })}
      </details>

      <div class="actions">
        <button type="submit" class="which-soc-button which-soc-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
