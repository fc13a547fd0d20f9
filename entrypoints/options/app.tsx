import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { SetAsideBanner } from '../../components/options-banner';
import { LanguageSettings } from '../../components/options-language';
import { ManagedNotice } from '../../components/options-managed';
import { AnswerPreview } from '../../components/options-preview';
import { ProfileTransfer } from '../../components/options-transfer';
import { fieldId, ProfileForm } from '../../components/profile-form';
import { SiteList } from '../../components/site-list';
import { listAlwaysScan, removeAlwaysScan } from '../../lib/activation';
import { downloadBlob } from '../../lib/download';
import { t, tn, uiLanguage, type TableLoader } from '../../lib/i18n';
import { followManagedProfile, type ManagedState } from '../../lib/managed';
import {
  emptyProfile,
  managedFieldPaths,
  mergeProfiles,
  ownPartOf,
  parseProfile,
  type Profile,
  type ProfileError,
} from '../../lib/rules';
import {
  discardSetAside,
  importProfileFile,
  listSetAside,
  loadProfile,
  profileFile,
  saveProfile,
  type SetAsideValue,
} from '../../lib/storage';

type Status = { kind: 'ok' | 'error'; text: string } | null;

const NO_FIELDS: ReadonlySet<string> = new Set();

/** Props of `App`. */
export interface AppProps {
  /** Loads a chosen language's messages; the packaged `messages.json` unless a test gives one. */
  loadMessages?: TableLoader;
}

/**
 * The options page: loads the profile (telling the user if a stored one was kept aside), edits,
 * validates and saves it, exports and imports it, previews the answers, and lists the "Always
 * scan" sites. State lives here; components only render.
 *
 * The organisation's profile (browser policy) is shown merged over the user's own, its fields
 * read-only; `draft` and what is saved stay the user's own, so withdrawing the policy gives the
 * user's values back. Export writes the merged profile: what answers use (docs/deploy.md).
 */
export function App({ loadMessages }: AppProps = {}) {
  // Held so that choosing another language re-renders the whole page in it.
  const [, setLanguage] = useState(uiLanguage);
  const [loading, setLoading] = useState(true);
  const [draft, setDraft] = useState<Profile>(emptyProfile);
  const [saved, setSaved] = useState<Profile | undefined>();
  const [errors, setErrors] = useState<ProfileError[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [setAside, setSetAside] = useState<SetAsideValue[]>([]);
  const [importErrors, setImportErrors] = useState<ProfileError[]>([]);
  const [origins, setOrigins] = useState<string[]>([]);
  const [sitesError, setSitesError] = useState<string>();
  const [managedState, setManagedState] = useState<ManagedState>();

  // Never waits on the policy: the form shows the user's own profile first (Chromium may answer
  // seconds after start-up), then the policy's fields as they arrive or change.
  useEffect(() => followManagedProfile(setManagedState), []);
  const managed = managedState?.kind === 'ok' ? managedState.managed : undefined;
  const locked = useMemo(() => (managed ? managedFieldPaths(managed) : NO_FIELDS), [managed]);
  const shown = useMemo(() => (managed ? mergeProfiles(draft, managed) : draft), [draft, managed]);

  const refreshSites = useCallback(async () => {
    try {
      setOrigins(await listAlwaysScan());
      setSitesError(undefined);
    } catch {
      setSitesError(t('optionsSitesUnreadable'));
    }
  }, []);

  useEffect(() => {
    void (async () => {
      const loaded = await loadProfile();
      if (loaded.profile) {
        setDraft(loaded.profile);
        setSaved(loaded.profile);
      }
      setProblem(loaded.problem);
      setSetAside(await listSetAside());
      setLoading(false);
    })();
    void refreshSites();
  }, [refreshSites]);

  const dirty = JSON.stringify(draft) !== JSON.stringify(saved ?? emptyProfile());

  const onSubmit = async () => {
    const checked = parseProfile(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ kind: 'error', text: tn('optionsNotSaved', checked.errors.length) });
      const first = checked.errors[0];
      if (first) document.getElementById(fieldId(first.path))?.focus();
      return;
    }
    setErrors([]);
    setSaving(true);
    const result = await saveProfile(checked.profile);
    setSaving(false);
    if (result.ok) {
      setSaved(checked.profile);
      setStatus({ kind: 'ok', text: t('optionsSaved') });
    } else {
      setStatus({ kind: 'error', text: result.error });
    }
  };

  const onExport = () => {
    const checked = parseProfile(shown);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ kind: 'error', text: t('optionsExportFix') });
      return;
    }
    const file = profileFile(checked.profile);
    downloadBlob(file.name, file.blob);
    setStatus({
      kind: 'ok',
      text: managed ? t('optionsExportedManaged', file.name) : t('optionsExported', file.name),
    });
  };

  const onImport = async (file: File) => {
    const result = await importProfileFile(file);
    if (!result.ok) {
      setImportErrors(result.errors);
      setStatus({ kind: 'error', text: t('optionsImportFailed', file.name) });
      return;
    }
    setImportErrors([]);
    setErrors([]);
    setDraft(result.profile);
    setSaved(result.profile);
    setStatus({
      kind: 'ok',
      text: managed ? t('optionsImportedManaged', file.name) : t('optionsImported', file.name),
    });
  };

  const onDownloadAside = (key: string) => {
    const item = setAside.find((entry) => entry.key === key);
    if (!item) return;
    const text = typeof item.value === 'string' ? item.value : JSON.stringify(item.value, null, 2);
    downloadBlob(
      `which-soc-kept-aside-${item.savedAt.getTime() || 'value'}.json`,
      new Blob([text ?? 'null'], { type: 'application/json' }),
    );
  };

  const onDiscardAside = async (key: string) => {
    const item = setAside.find((entry) => entry.key === key);
    if (!item) return;
    await discardSetAside(item.key);
    const rest = await listSetAside();
    setSetAside(rest);
    if (rest.length === 0) setProblem(undefined);
  };

  const onRemoveSite = async (origin: string) => {
    try {
      await removeAlwaysScan(origin);
    } catch {
      setSitesError(t('optionsSiteNotRemoved', origin));
    }
    await refreshSites();
  };

  return (
    <main class="options">
      <header>
        <h1>
          <img class="logo" src="/icon/icon.svg" alt="" width="28" height="28" />
          {t('optionsTitle')}
        </h1>
        <p class="lead">{t('optionsLead')}</p>
        <p>
          {t('optionsFileQuestion')}{' '}
          <a href="/file-check.html" target="_blank">
            {t('optionsFileLink')}
          </a>
        </p>
      </header>

      <ManagedNotice state={managedState} />

      <SetAsideBanner
        problem={problem}
        items={setAside}
        onDownload={onDownloadAside}
        onDiscard={(key) => void onDiscardAside(key)}
      />

      <p
        class={`status status-${status?.kind ?? 'none'}`}
        role={status?.kind === 'error' ? 'alert' : 'status'}
      >
        {status?.text ?? (loading ? t('optionsLoading') : dirty ? t('optionsUnsaved') : '')}
      </p>

      {loading ? null : (
        <div class="columns">
          <div>
            <ProfileForm
              profile={shown}
              errors={errors}
              saving={saving}
              locked={locked}
              onChange={(next) => {
                setDraft(managed ? ownPartOf(next, draft, managed) : next);
                if (status?.kind === 'ok') setStatus(null);
              }}
              onSubmit={() => void onSubmit()}
            />
            <ProfileTransfer
              onExport={onExport}
              onImport={(file) => void onImport(file)}
              importErrors={importErrors}
            />
            <section class="sites" aria-labelledby="sites-title">
              <h2 id="sites-title">{t('optionsSitesTitle')}</h2>
              {sitesError ? <p role="alert">{sitesError}</p> : null}
              <SiteList origins={origins} onRemove={(origin) => void onRemoveSite(origin)} />
            </section>
            <LanguageSettings onUiLanguage={setLanguage} loadMessages={loadMessages} />
          </div>
          <AnswerPreview profile={shown} />
        </div>
      )}
    </main>
  );
}
