/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FileCheckHint } from '../../components/file-check-hint';
import { canvasSheetApp } from '../../lib/canvas-sheets';
import { byText, click, mount, unmountAll } from './render';

afterEach(unmountAll);

describe('FileCheckHint', () => {
  test('on Google Sheets, says in one line why and how to download, with the main button', async () => {
    const onOpen = vi.fn();
    const app = canvasSheetApp('https://docs.google.com/spreadsheets/d/1/edit');
    const root = mount(<FileCheckHint app={app} onOpen={onOpen} />);
    expect(root.querySelector('p')?.textContent).toBe(
      'Google Sheets draws its cells on a canvas, so we cannot read them here: download the sheet as .xlsx (File > Download > Microsoft Excel (.xlsx)) and check the file instead.',
    );
    const button = byText(root, 'button', 'Check a questionnaire file');
    expect(button?.classList.contains('which-soc-primary')).toBe(true);
    await click(button);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  test('elsewhere, one quiet line with a link-style button', async () => {
    const onOpen = vi.fn();
    const root = mount(<FileCheckHint app={null} onOpen={onOpen} />);
    expect(root.querySelector('[data-testid="file-check-hint"]')).toBeNull();
    const button = byText(root, 'button', 'Check a questionnaire file');
    expect(button?.classList.contains('link-button')).toBe(true);
    await click(button);
    expect(onOpen).toHaveBeenCalledOnce();
  });
});
