import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CheatSheet } from '../../components/cheat-sheet';
import { FileCheckHint } from '../../components/file-check-hint';
import { PopupTabs } from '../../components/popup-tabs';
import { TextPjSection } from '../../components/text-pj-section';
import { ThisPage, type PageState } from '../../components/this-page';
import { originOf, requestAlwaysScan, scanTab } from '../../lib/activation';
import { canvasSheetApp } from '../../lib/canvas-sheets';
import type { Finding } from '../../lib/messages';
import { effectiveProfile, followManagedProfile, type ManagedState } from '../../lib/managed';
import { t, type MessageKey } from '../../lib/i18n';
import { answerInLanguageOf, isProfileFilled, type Language } from '../../lib/rules';
import { loadFixedAnswerLanguage } from '../../lib/settings';
import { loadProfile, type LoadedProfile } from '../../lib/storage';
import {
  requestFindings,
  requestFindingsWithRetry,
  resolveTargetTab,
  watchFindings,
  type TargetTab,
} from './findings';

type SectionId = 'page' | 'cheatsheet' | 'textpj';

const SECTIONS: readonly { id: SectionId; label: MessageKey }[] = [
  { id: 'page', label: 'popupTabThisPage' },
  { id: 'cheatsheet', label: 'popupTabCheatSheet' },
  { id: 'textpj', label: 'popupTabTextPj' },
];

/** `popup.html#cheatsheet` opens the cheat-sheet (the background's "open cheat-sheet"). */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return SECTIONS.some((section) => section.id === id) ? (id as SectionId) : 'page';
}

/** The product's name, the same in every language (as in the store listing). */
const PRODUCT_NAME = 'Which SOC?';

/** One empty list, so the Text PJ message is not rebuilt (and user edits lost) on every render. */
const NO_FINDINGS: readonly Finding[] = [];

/** Loads the tab's findings and the profile, then hands everything down as props. */
export function App() {
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(location.hash));
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [loaded, setLoaded] = useState<LoadedProfile>({});
  const [alwaysScanNote, setAlwaysScanNote] = useState<string>();
  const [askAbout, setAskAbout] = useState<Finding | null>(null);
  // The organisation's profile (browser policy) arrives on its own time: never wait for it.
  const [managed, setManaged] = useState<ManagedState>();
  // The one answer language the user chose on the options page; undefined: the question's own.
  const [answerLanguage, setAnswerLanguage] = useState<Language>();
  const profile = useMemo(() => effectiveProfile(loaded.profile, managed), [loaded, managed]);

  useEffect(() => followManagedProfile(setManaged), []);

  useEffect(() => {
    void loadProfile().then(setLoaded);
    void loadFixedAnswerLanguage().then(setAnswerLanguage);
    void (async () => {
      const tab = await resolveTargetTab(location.search).catch(() => null);
      setTarget(tab);
      if (!tab) {
        setState({ kind: 'error', message: t('popupNoTab') });
        return;
      }
      if (tab.url?.startsWith(browser.runtime.getURL('/'))) {
        // Opened in a tab of its own without ?tab= (e.g. the cheat-sheet): no page to read.
        setState({ kind: 'error', message: t('popupOwnPage') });
        return;
      }
      const response = await requestFindings(tab.id);
      if (response) performance.mark('which-soc/findings-arrived');
      if (response) setState({ kind: 'ready', url: response.url, findings: response.findings });
      else setState({ kind: 'not-scanned', origin: originOf(tab.url ?? '') ?? undefined });
    })();
  }, []);

  // Marks for the "renders in under 100 ms after the findings arrive" bar, read by
  // tests/e2e/popup-sections.spec.ts: 'arrived' when findings are stored, 'rendered' once Preact
  // has committed them to the DOM (layout effect), 'painted' after the next frame.
  useLayoutEffect(() => {
    if (state.kind !== 'ready') return;
    performance.mark('which-soc/findings-rendered');
    requestAnimationFrame(() => performance.mark('which-soc/findings-painted'));
  }, [state]);

  const selectSection = useCallback((id: SectionId) => {
    setSection(id);
    history.replaceState(null, '', id === 'page' ? location.pathname + location.search : `#${id}`);
  }, []);

  const scan = useCallback(async () => {
    if (!target) return;
    setState((previous) =>
      previous.kind === 'not-scanned' ? { ...previous, scanning: true } : previous,
    );
    const ok = await scanTab(target.id);
    const response = ok ? await requestFindingsWithRetry(target.id) : null;
    if (response) performance.mark('which-soc/findings-arrived');
    setState(
      response
        ? { kind: 'ready', url: response.url, findings: response.findings }
        : { kind: 'error', message: t('popupCannotScan') },
    );
  }, [target]);

  const alwaysScan = useCallback(() => {
    const origin = state.kind === 'not-scanned' ? state.origin : undefined;
    if (!origin) return;
    // No await before this call: the permission prompt needs the click's user gesture.
    void requestAlwaysScan(origin).then(
      (granted) => {
        setAlwaysScanNote(
          granted ? t('popupAlwaysScanGranted', origin) : t('popupAlwaysScanDeclined', origin),
        );
        if (granted) void scan();
      },
      () => setAlwaysScanNote(t('popupAlwaysScanFailed')),
    );
  }, [state, scan]);

  // `index` counts within the finding's own frame (requestFindings tags each with its frameId).
  const show = useCallback(
    (index: number, frameId = 0) => {
      if (target) {
        void browser.tabs
          .sendMessage(target.id, { type: 'which-soc/show-finding', index }, { frameId })
          .catch(() => undefined);
      }
    },
    [target],
  );

  /** Reads the findings again; `fromUser` (the Refresh button) also drops the Text PJ focus. */
  const refresh = useCallback(
    async (fromUser = true) => {
      if (!target) return;
      const response = await requestFindings(target.id);
      if (response) performance.mark('which-soc/findings-arrived');
      if (fromUser) setAskAbout(null);
      setState(
        response
          ? { kind: 'ready', url: response.url, findings: response.findings }
          : { kind: 'not-scanned', origin: originOf(target.url ?? '') ?? undefined },
      );
    },
    [target],
  );

  // Findings that change while the popup is open (a late frame, rows rendered later) show up
  // by themselves; the Refresh button stays for a page that changed without new findings.
  const liveState = state.kind;
  useEffect(() => {
    if (!target || liveState === 'loading' || liveState === 'error') return undefined;
    return watchFindings(target.id, () => void refresh(false));
  }, [target, liveState, refresh]);

  const ask = useCallback(
    (finding: Finding) => {
      setAskAbout(finding);
      selectSection('textpj');
    },
    [selectSection],
  );

  const openOptions = useCallback(() => void browser.runtime.openOptionsPage(), []);

  // The file page opens in a tab of its own; `tabs.create` needs no permission.
  const openFileCheck = useCallback(() => {
    browser.tabs
      .create({ url: browser.runtime.getURL('/file-check.html') })
      .then(() => {
        if (location.search === '') window.close();
      })
      // The tab could not open (the window is closing): the popup stays, nothing to report.
      .catch(() => undefined);
  }, []);
  const sheetApp = canvasSheetApp(target?.url);

  // In the question's language, with a switch to English (the question, else the phrase).
  // Worked out once per finding and profile: detecting the language and answering twice (in it and
  // in English) for up to 2,000 findings must not rerun on every render of the popup. A new
  // profile or answer language starts a new cache.
  const answers = useMemo(
    () => new WeakMap<Finding, ReturnType<typeof answerInLanguageOf>>(),
    [profile, answerLanguage],
  );
  const answerOf = useCallback(
    (finding: Finding) => {
      let answer = answers.get(finding);
      if (!answer) {
        answer = answerInLanguageOf(
          finding.question || finding.text,
          finding,
          profile,
          new Date(),
          answerLanguage,
        );
        answers.set(finding, answer);
      }
      return answer;
    },
    [answers, profile, answerLanguage],
  );

  const tabs = useMemo(() => SECTIONS.map((tab) => ({ id: tab.id, label: t(tab.label) })), []);

  const findings = state.kind === 'ready' ? state.findings : NO_FINDINGS;
  const pageUrl = state.kind === 'ready' && state.url ? state.url : target?.url;
  const panel =
    section === 'cheatsheet' ? (
      <CheatSheet />
    ) : section === 'textpj' ? (
      <TextPjSection
        findings={findings}
        pageUrl={pageUrl || undefined}
        focus={askAbout}
        onClearFocus={() => setAskAbout(null)}
      />
    ) : (
      <ThisPage
        state={state}
        answerOf={answerOf}
        hasProfile={profile !== undefined && isProfileFilled(profile)}
        profileProblem={loaded.problem}
        alwaysScanNote={alwaysScanNote}
        onShow={show}
        onAsk={ask}
        onRefresh={() => void refresh()}
        onScan={() => void scan()}
        onAlwaysScan={alwaysScan}
        onOpenOptions={openOptions}
      />
    );

  return (
    <div class="popup">
      <header>
        <h1>
          <img class="logo" src="/icon/icon.svg" alt="" width="20" height="20" />
          {PRODUCT_NAME}
        </h1>
        <PopupTabs tabs={tabs} selected={section} onSelect={selectSection} />
      </header>
      <main id={`panel-${section}`} role="tabpanel" aria-labelledby={`tab-${section}`} tabIndex={0}>
        {section === 'page' && sheetApp ? (
          <FileCheckHint app={sheetApp} onOpen={openFileCheck} />
        ) : null}
        {panel}
        {section === 'page' && !sheetApp ? (
          <FileCheckHint app={null} onOpen={openFileCheck} />
        ) : null}
      </main>
    </div>
  );
}
