import { useMemo } from 'preact/hooks';
import type { FileFinding, FileReading } from '../lib/file-check/protocol';
import {
  acceptableCount,
  groupByReport,
  type Decision,
  type ReportGroup,
  type Suggestion,
} from '../lib/file-check/review';
import { summaryText } from '../lib/file-check/texts';
import { t, tn } from '../lib/i18n';
import { FileFindings } from './file-findings';
import { FileSheets } from './file-sheets';
import { ProfileNotice } from './profile-notice';

/** A job running in the worker: shown as a progress bar once it has taken 300 ms. */
export interface BusyState {
  /** What is being done, for people: "Reading Vendor SIG.xlsx…". */
  label: string;
  /** False during the first 300 ms: a quick job never flashes a bar. */
  showProgress: boolean;
  done: number;
  total: number;
}

export interface FileCheckViewProps {
  /** The file read, with what was found; undefined before the first file. */
  file?: { name: string; reading: FileReading };
  busy?: BusyState;
  /** The last problem, in words for the user (the core's message for a bad file). */
  error?: string;
  /** A short note after an action ("Saved … (answered).xlsx with 3 answers."). */
  notice?: string;
  decisions: ReadonlyMap<string, Decision>;
  /** The suggested answer, in the language of the finding's question. */
  suggestionOf: (finding: FileFinding) => Suggestion;
  /** Keys (`findingKey`) of the findings whose answer the user switched to English. */
  inEnglish?: ReadonlySet<string>;
  /** Switches one finding's suggested answer to English (true) or back. */
  onEnglish?: (finding: FileFinding, english: boolean) => void;
  /** How many answers the copy would get now. */
  answerCount: number;
  /** False: suggestions are generic; offer to fill in the profile. */
  hasProfile: boolean;
  profileProblem?: string;
  /** A file is being dragged over the page. */
  dragging: boolean;
  /** File types the picker offers (".xlsx,.csv,…"). */
  accept: string;
  onFile: (file: File) => void;
  onCancel: () => void;
  onColumns: (sheet: string, question: string, answer: string) => void;
  onDecide: (finding: FileFinding, decision: Decision) => void;
  onAcceptGroup: (group: ReportGroup) => void;
  onDownload: () => void;
  onOpenOptions: () => void;
}

function Picker(props: {
  accept: string;
  disabled: boolean;
  onFile: (file: File) => void;
  again: boolean;
}) {
  return (
    <label class={`which-soc-button file-picker${props.again ? '' : ' which-soc-primary'}`}>
      {props.again ? t('filesChooseAnother') : t('filesChooseFile')}
      <input
        type="file"
        accept={props.accept}
        disabled={props.disabled}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const picked = input.files?.[0];
          // Cleared, so picking the same file again (after fixing it) reads it again.
          input.value = '';
          if (picked) props.onFile(picked);
        }}
      />
    </label>
  );
}

function Progress({ busy, onCancel }: { busy: BusyState; onCancel: () => void }) {
  const percent = busy.total > 0 ? Math.round((busy.done / busy.total) * 100) : undefined;
  return (
    <div class="file-busy" role="status">
      <span>{busy.label}</span>
      {busy.showProgress ? (
        <>
          <progress
            max={busy.total > 0 ? busy.total : undefined}
            value={busy.total > 0 ? busy.done : undefined}
            aria-label={busy.label}
          />
          {percent === undefined ? null : <span class="muted">{percent}%</span>}
          <button type="button" class="which-soc-button" onClick={onCancel}>
            {t('filesStop')}
          </button>
        </>
      ) : null}
    </div>
  );
}

function Groups(props: {
  groups: readonly ReportGroup[];
  decisions: ReadonlyMap<string, Decision>;
  disabled: boolean;
  onAcceptGroup: (group: ReportGroup) => void;
}) {
  return (
    <div class="which-soc-actions file-groups">
      {props.groups.map((group) => {
        // What "Accept all" takes: open findings whose answer cell can be written.
        const open = acceptableCount(props.decisions, group);
        return (
          <button
            key={group.key}
            type="button"
            class="which-soc-button"
            disabled={props.disabled || open === 0}
            onClick={() => props.onAcceptGroup(group)}
          >
            {t('filesAcceptAll', group.title, open)}
          </button>
        );
      })}
    </div>
  );
}

/**
 * The "Check a questionnaire file" page, all states: nothing picked yet, a job running (with a
 * progress bar after 300 ms), a clear error, and the findings of the file with their answers.
 * Props in, JSX out; the page (entrypoints/file-check/app.tsx) keeps the state and the worker.
 */
export function FileCheckView(props: FileCheckViewProps) {
  const { file, busy } = props;
  const working = busy !== undefined;
  // Once per reading: progress messages and every accept re-render the view.
  const findings = file?.reading.findings;
  const groups = useMemo(() => (findings ? groupByReport(findings) : []), [findings]);
  return (
    <main class={`file-check${props.dragging ? ' file-check-dragging' : ''}`}>
      <header>
        <h1>{t('filesTitle')}</h1>
        <p class="lead">{t('filesLead')}</p>
      </header>

      <div class="file-drop" data-testid="drop-zone">
        <Picker accept={props.accept} disabled={working} onFile={props.onFile} again={!!file} />
        <span class="muted">{t('filesDropHint')}</span>
      </div>

      {busy ? <Progress busy={busy} onCancel={props.onCancel} /> : null}
      {props.error ? (
        <p role="alert" class="problem">
          {props.error}
        </p>
      ) : null}
      {props.notice ? (
        <p role="status" class="file-notice">
          {props.notice}
        </p>
      ) : null}

      {file ? (
        <section class="file-result" aria-labelledby="file-name">
          <h2 id="file-name">{file.name}</h2>
          <p class="verdict" data-testid="summary">
            {summaryText(file.reading.summary)}
          </p>
          <ProfileNotice
            profileProblem={props.profileProblem}
            hasProfile={props.hasProfile}
            onOpenOptions={props.onOpenOptions}
          />

          <h3>{t('filesSheetsTitle')}</h3>
          <FileSheets sheets={file.reading.sheets} onColumns={props.onColumns} disabled={working} />

          <h3>{t('filesRequestsTitle')}</h3>
          {file.reading.findings.length === 0 ? (
            <p class="muted">{t('filesNoRequests')}</p>
          ) : (
            <>
              <Groups
                groups={groups}
                decisions={props.decisions}
                disabled={working}
                onAcceptGroup={props.onAcceptGroup}
              />
              <FileFindings
                findings={file.reading.findings}
                decisions={props.decisions}
                suggestionOf={props.suggestionOf}
                inEnglish={props.inEnglish}
                onEnglish={props.onEnglish}
                onDecide={props.onDecide}
                disabled={working}
              />
            </>
          )}

          <div class="file-download">
            <button
              type="button"
              class="which-soc-button which-soc-primary"
              disabled={working || props.answerCount === 0}
              onClick={props.onDownload}
            >
              {t('filesDownload')}
            </button>
            <span class="muted">
              {props.answerCount === 0
                ? t('filesAcceptFirst')
                : tn('filesWillWrite', props.answerCount)}
            </span>
          </div>
        </section>
      ) : null}
    </main>
  );
}
