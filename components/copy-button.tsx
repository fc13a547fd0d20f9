import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/**
 * Copies `text` to the clipboard. Uses the async Clipboard API when it is there and allowed;
 * falls back to a hidden textarea + `execCommand('copy')`, which still works in extension pages
 * and in pages where the async API is blocked by permissions policy.
 *
 * @returns whether the copy succeeded.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the textarea fallback.
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

export interface CopyButtonProps {
  /** The text put on the clipboard. */
  text: string;
  /** Button label before copying ("Copy answer"). */
  label: string;
  /** Screen-reader label, when the visible one is not enough. */
  ariaLabel?: string;
  /** How long "Copied" stays, in milliseconds. @default 2000 */
  resetAfterMs?: number;
}

/** A real button that copies text and says "Copied" (or "Copy failed") for a moment. */
export function CopyButton({ text, label, ariaLabel, resetAfterMs = 2000 }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async () => {
    const ok = await copyText(text);
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), resetAfterMs);
  };

  return (
    <button
      type="button"
      class="which-soc-button"
      aria-label={state === 'idle' ? ariaLabel : undefined}
      onClick={onClick}
    >
      <span aria-live="polite">
        {state === 'copied'
          ? t('commonCopied')
          : state === 'failed'
            ? t('commonCopyFailed')
            : label}
      </span>
    </button>
  );
}
