/**
 * The answer field of a question, and putting an answer into it so that the page's framework
 * notices. React keeps its own copy of an input's value and only fires onChange when the DOM value
 * differs from that copy at an `input` event; setting the value through the prototype's native
 * setter (not an instance override a framework may install) and then dispatching `input` and
 * `change` is what makes React, Preact and Vue controlled fields see it (the approach testing
 * libraries use, e.g. @testing-library's fireEvent.change docs).
 */
import { FIELD_SELECTOR } from './context';

export type AnswerField = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

function isTextControl(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  return element.localName === 'textarea' || element.localName === 'input';
}

function isUsable(element: Element): boolean {
  if (isTextControl(element)) return !element.disabled && !element.readOnly;
  return element.getAttribute('aria-readonly') !== 'true';
}

/** True if `b` comes after `a` in document order. */
function follows(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/**
 * The field that answers the question held by `questionBlock` (with the phrase in `block`): the
 * first usable field inside the question, else the first one after it within three ancestors.
 */
export function answerFieldFor(
  questionBlock: Element,
  block: Element = questionBlock,
): AnswerField | null {
  const inside = Array.from(questionBlock.querySelectorAll(FIELD_SELECTOR)).filter(isUsable);
  const after = inside.find((field) => follows(block, field));
  if (after) return after as AnswerField;
  if (inside[0]) return inside[0] as AnswerField;
  let current: Element | null = questionBlock.parentElement;
  for (let level = 0; level < 3 && current; level++, current = current.parentElement) {
    const next = Array.from(current.querySelectorAll(FIELD_SELECTOR)).find(
      (field) => isUsable(field) && follows(questionBlock, field),
    );
    if (next) return next as AnswerField;
  }
  return null;
}

/** The field's current text. */
export function fieldText(field: AnswerField): string {
  return isTextControl(field) ? field.value : (field.textContent ?? '');
}

export type InsertResult = 'inserted' | 'needs-confirm' | 'failed';

/**
 * Puts `text` into `field`. A field that already holds text is left alone unless `overwrite`
 * is true: we never overwrite what the user typed without asking.
 */
export function insertIntoField(field: AnswerField, text: string, overwrite = false): InsertResult {
  if (!overwrite && fieldText(field).trim() !== '') return 'needs-confirm';
  const view = field.ownerDocument.defaultView;
  if (!view) return 'failed';
  try {
    field.focus({ preventScroll: true });
    if (isTextControl(field)) {
      const proto =
        field.localName === 'textarea'
          ? view.HTMLTextAreaElement.prototype
          : view.HTMLInputElement.prototype;
      const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
      if (setter) setter.call(field, text);
      else field.value = text;
    } else {
      // A contenteditable answer: insertText keeps the editor's undo stack and its listeners.
      const selection = view.getSelection();
      const range = field.ownerDocument.createRange();
      range.selectNodeContents(field);
      selection?.removeAllRanges();
      selection?.addRange(range);
      const doc = field.ownerDocument as Document & {
        execCommand?: (command: string, ui: boolean, value: string) => boolean;
      };
      const done =
        typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
      // execCommand fires the editor's own input event; only the fallback needs ours.
      if (done && fieldText(field) === text) return 'inserted';
      field.textContent = text;
    }
    const InputEventCtor = view.InputEvent ?? view.Event;
    field.dispatchEvent(
      new InputEventCtor('input', {
        bubbles: true,
        composed: true,
        inputType: 'insertReplacementText',
        data: text,
      } as InputEventInit),
    );
    field.dispatchEvent(new view.Event('change', { bubbles: true }));
    return fieldText(field) === text ? 'inserted' : 'failed';
  } catch {
    return 'failed';
  }
}
