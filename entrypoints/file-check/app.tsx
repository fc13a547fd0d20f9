import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FileCheckView, type BusyState } from '../../components/file-check-view';
import type { ColumnChoices, FileFinding, FileReading } from '../../lib/file-check/protocol';
import {
  acceptGroup,
  ACCEPTED_EXTENSIONS,
  answersToWrite,
  findingKey,
  formulaCount,
  mediaTypeOf,
  shownAnswer,
  suggestInLanguage,
  type Decision,
  type ReportGroup,
  type Suggestion,
} from '../../lib/file-check/review';
import { fillInWorker, readInWorker, type WorkerLike } from '../../lib/file-check/run-job';
import { failureText } from '../../lib/file-check/texts';
import type { Language } from '../../lib/rules';
import { loadFixedAnswerLanguage } from '../../lib/settings';
import { loadProfile, type LoadedProfile } from '../../lib/storage';
import { downloadBlob } from '../../lib/download';
import { t, tn, uiLanguage } from '../../lib/i18n';

/** A bar appears only for jobs longer than this: a quick read should not flash one. */
export const PROGRESS_DELAY_MS = 300;

/**
 * A job is ended after this long. The reader's budget is 10 s for a 20,000-row workbook on a
 * 2-core machine; six times that leaves room for slower machines and still ends a worker stuck
 * on a hostile file well before the user gives up on the tab.
 */
export const TIME_LIMIT_MS = 60_000;

/**
 * The largest file the page reads into memory. The biggest real questionnaires (a SIG Detail
 * with all its tabs) are a few megabytes; this refuses a mistaken pick of a huge file at once.
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const ACCEPT = [
  ...ACCEPTED_EXTENSIONS,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'text/tab-separated-values',
].join(',');

/** The worker that reads and writes files; Vite bundles it as its own chunk, loaded only here. */
function createFileWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/** Offers bytes as a file download. */
function saveBytes(bytes: Uint8Array, name: string, type: string): void {
  downloadBlob(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

/** Megabytes with one decimal, for messages, written as the UI language writes numbers. */
function megabytes(bytes: number): string {
  return new Intl.NumberFormat(uiLanguage(), {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(Math.round(bytes / 104_857.6) / 10);
}

export interface AppProps {
  /** Makes the worker for one job; tests pass a fake. */
  createWorker?: () => WorkerLike;
  timeLimitMs?: number;
  /** Saves the answered copy; tests pass a spy. */
  save?: (bytes: Uint8Array, name: string, type: string) => void;
  /** The day the answers are written on (dates and "current" reports); tests fix it. */
  today?: Date;
}

interface OpenFile {
  name: string;
  /** The original bytes: every read and the fill start from them, untouched. */
  bytes: Uint8Array;
  columns: ColumnChoices;
  reading: FileReading;
}

/**
 * The "Check a questionnaire file" page: takes a picked or dropped file, reads it in a worker,
 * keeps the user's decisions, and writes the answered copy. The file stays in this tab's memory
 * only: nothing is uploaded or stored.
 */
export function App({
  createWorker = createFileWorker,
  timeLimitMs = TIME_LIMIT_MS,
  save = saveBytes,
  today,
}: AppProps) {
  const [loaded, setLoaded] = useState<LoadedProfile>({});
  // The answer language the user fixed on the options page; undefined: each question's own.
  const [fixed, setFixed] = useState<Language>();
  const [inEnglish, setInEnglish] = useState<ReadonlySet<string>>(new Set());
  const [file, setFile] = useState<OpenFile>();
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(new Map());
  const [busy, setBusy] = useState<BusyState>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const job = useRef<AbortController | null>(null);

  useEffect(() => {
    void loadProfile().then(setLoaded);
    void loadFixedAnswerLanguage().then(setFixed);
  }, []);

  /** Runs one worker job with the busy state, the delayed bar and the Stop button. */
  const track = useCallback(
    async <T,>(
      label: string,
      work: (signal: AbortSignal, onProgress: (done: number, total: number) => void) => Promise<T>,
    ): Promise<T> => {
      job.current?.abort();
      const controller = new AbortController();
      job.current = controller;
      setBusy({ label, showProgress: false, done: 0, total: 0 });
      const timer = setTimeout(
        () => setBusy((previous) => previous && { ...previous, showProgress: true }),
        PROGRESS_DELAY_MS,
      );
      try {
        return await work(controller.signal, (done, total) =>
          setBusy((previous) => previous && { ...previous, done, total }),
        );
      } finally {
        clearTimeout(timer);
        if (job.current === controller) {
          job.current = null;
          setBusy(undefined);
        }
      }
    },
    [],
  );

  const read = useCallback(
    (name: string, bytes: Uint8Array, columns: ColumnChoices, label: string) =>
      track(label, (signal, onProgress) =>
        readInWorker(
          createWorker,
          // A copy goes to the worker (transferred); the page keeps the original for later jobs.
          { type: 'read', bytes: bytes.slice().buffer, fileName: name, columns },
          { timeLimitMs, signal, onProgress },
        ),
      ),
    [createWorker, timeLimitMs, track],
  );

  const openFile = useCallback(
    async (picked: File) => {
      setError(undefined);
      setNotice(undefined);
      if (picked.size > MAX_FILE_BYTES) {
        setError(
          t('filesTooLarge', picked.name, megabytes(picked.size), megabytes(MAX_FILE_BYTES)),
        );
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await picked.arrayBuffer());
      } catch {
        setError(t('filesCannotOpen', picked.name));
        return;
      }
      const result = await read(picked.name, bytes, {}, t('filesReading', picked.name));
      if (!result.ok) {
        // The file open before (and the user's choices on it) stays: a bad file loses nothing.
        setError(t('filesProblemIn', picked.name, failureText(result)));
        return;
      }
      setFile({ name: picked.name, bytes, columns: {}, reading: result.value });
      setDecisions(new Map());
      setInEnglish(new Set());
    },
    [read],
  );

  const changeColumns = useCallback(
    async (sheet: string, question: string, answer: string) => {
      if (!file) return;
      setError(undefined);
      setNotice(undefined);
      const columns = { ...file.columns, [sheet]: { question, answer } };
      const result = await read(file.name, file.bytes, columns, t('filesReadingAgain', sheet));
      if (!result.ok) {
        setError(t('filesProblemIn', sheet, failureText(result)));
        return;
      }
      setFile({ ...file, columns, reading: result.value });
      // Choices on that sheet were about other cells; the other sheets' choices stay.
      setDecisions(
        (previous) => new Map([...previous].filter(([key]) => !key.startsWith(`${sheet}\u0000`))),
      );
      setInEnglish(
        (previous) => new Set([...previous].filter((key) => !key.startsWith(`${sheet}\u0000`))),
      );
    },
    [file, read],
  );

  const suggestionOf = useMemo(() => {
    const cache = new Map<FileFinding, Suggestion>();
    return (finding: FileFinding) => {
      let suggestion = cache.get(finding);
      if (!suggestion) {
        suggestion = suggestInLanguage(
          finding.question,
          finding.requests,
          loaded.profile,
          today,
          fixed,
        );
        cache.set(finding, suggestion);
      }
      return suggestion;
    };
  }, [loaded, today, fixed]);

  const switchEnglish = useCallback((finding: FileFinding, english: boolean) => {
    setInEnglish((previous) => {
      const next = new Set(previous);
      if (english) next.add(findingKey(finding));
      else next.delete(findingKey(finding));
      return next;
    });
  }, []);

  const decide = useCallback((finding: FileFinding, decision: Decision) => {
    setNotice(undefined);
    setDecisions((previous) => new Map(previous).set(findingKey(finding), decision));
  }, []);

  const acceptAll = useCallback(
    (group: ReportGroup) => {
      // Said, not silently left: the rows "Accept all" cannot take (a formula in the answer cell).
      const locked = formulaCount(decisions, group);
      setNotice(locked > 0 ? tn('filesFormulaSkipped', locked) : undefined);
      setDecisions((previous) =>
        acceptGroup(
          previous,
          group,
          // The answer as each row shows it: in its question's language unless switched.
          (finding) => shownAnswer(suggestionOf(finding), inEnglish.has(findingKey(finding))).text,
        ),
      );
    },
    [decisions, suggestionOf, inEnglish],
  );

  const answers = useMemo(
    () => (file ? answersToWrite(file.reading.findings, decisions) : []),
    [file, decisions],
  );

  const download = useCallback(async () => {
    if (!file || answers.length === 0) return;
    setError(undefined);
    setNotice(undefined);
    const result = await track(t('filesWriting'), (signal, onProgress) =>
      fillInWorker(
        createWorker,
        { type: 'fill', bytes: file.bytes.slice().buffer, fileName: file.name, answers },
        { timeLimitMs, signal, onProgress },
      ),
    );
    if (!result.ok) {
      setError(t('filesWriteFailed', failureText(result)));
      return;
    }
    const name = file.reading.answeredName;
    save(result.value, name, mediaTypeOf(name));
    setNotice(tn('filesSaved', answers.length, name));
  }, [answers, createWorker, file, save, timeLimitMs, track]);

  // A file can be dropped anywhere on the page, not only on the picker.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      // Leaving the window (no element to go to), not just moving between children.
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const dropped = event.dataTransfer?.files[0];
      if (dropped && !job.current) void openFile(dropped);
    };
    document.addEventListener('dragenter', over);
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragenter', over);
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [openFile]);

  useEffect(() => () => job.current?.abort(), []);

  return (
    <FileCheckView
      file={file && { name: file.name, reading: file.reading }}
      busy={busy}
      error={error}
      notice={notice}
      decisions={decisions}
      suggestionOf={suggestionOf}
      inEnglish={inEnglish}
      onEnglish={switchEnglish}
      answerCount={answers.length}
      hasProfile={loaded.profile !== undefined}
      profileProblem={loaded.problem}
      dragging={dragging}
      accept={ACCEPT}
      onFile={(picked) => void openFile(picked)}
      onCancel={() => job.current?.abort()}
      onColumns={(sheet, question, answer) => void changeColumns(sheet, question, answer)}
      onDecide={decide}
      onAcceptGroup={acceptAll}
      onDownload={() => void download()}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
