/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { AnswerBox } from '../../components/answer-box';
import { ANSWER } from '../fixtures/popup-state';
import { byText, click, mount, unmountAll } from './render';

afterEach(unmountAll);

describe('AnswerBox', () => {
  test('shows the text, what to attach and every line of advice', () => {
    const root = mount(<AnswerBox answer={ANSWER} />);
    expect(root.textContent).toContain(ANSWER.text);
    expect(root.textContent).toContain(`Attach: ${ANSWER.attach}`);
    const advice = Array.from(root.querySelectorAll('li')).map((li) => li.textContent);
    expect(advice).toEqual([
      'A SOC report asked for in a security review means SOC 2 (security of customer data, under the Trust Services Criteria).',
      'If your report period ended more than three months ago, add a bridge letter from your management covering the time since.',
    ]);
  });

  test('leaves out the attach line and advice list when there are none', () => {
    const root = mount(<AnswerBox answer={{ text: 'Yes.', advice: [] }} />);
    expect(root.textContent).not.toContain('Attach');
    expect(root.querySelector('ul')).toBeNull();
  });

  test('copies the answer text and says "Copied"', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = mount(<AnswerBox answer={ANSWER} />);
    await click(byText(root, 'button', 'Copy answer'));
    expect(writeText).toHaveBeenCalledWith(ANSWER.text);
    expect(byText(root, 'button', 'Copied')).toBeDefined();
  });

  test('falls back to execCommand when the Clipboard API fails', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('blocked')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    let copied = '';
    const execCommand = vi.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement | null)?.value ?? 'selected';
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const root = mount(<AnswerBox answer={ANSWER} />);
    await click(byText(root, 'button', 'Copy answer'));
    await act(async () => {});
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).not.toBe('');
    expect(byText(root, 'button', 'Copied')).toBeDefined();
    expect(document.querySelector('textarea')).toBeNull();
  });

  test('shows the insert button only when asked, with its label', async () => {
    expect(byText(mount(<AnswerBox answer={ANSWER} />), 'button', 'Insert')).toBeUndefined();
    const onInsert = vi.fn();
    const root = mount(
      <AnswerBox answer={ANSWER} onInsert={onInsert} insertLabel="Insert answer" />,
    );
    await click(byText(root, 'button', 'Insert answer'));
    expect(onInsert).toHaveBeenCalledOnce();
  });
});
