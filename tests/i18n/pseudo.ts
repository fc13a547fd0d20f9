/**
 * A pseudo-language for tests that look for English left in a screen: every message becomes
 * `⟦name⟧` (with its substitutions after it), so whatever letters a rendered screen shows outside
 * those brackets were not read from the locale files.
 */
import { useMessageTable } from '../../lib/i18n';
import { readTable } from '../../scripts/locales';

/** Installs the pseudo-language (as German, so plural rules and `lang` differ from English). */
export function usePseudoMessages(): void {
  const pseudo = Object.fromEntries(
    Object.entries(readTable('en')).map(([name, message]) => {
      const subs = [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
      return [name, `⟦${name}${subs.length ? ` ${subs.join(' ')}` : ''}⟧`];
    }),
  );
  useMessageTable('de', pseudo);
}

/** Words every language writes the same: names of reports, standards, the product, PJ. */
export const SAME_IN_EVERY_LANGUAGE = [
  /Which SOC\??/g,
  /\bSOC ?[123]\b/g,
  /\bType ?[12]\b/g,
  /\bISO(\/IEC)? ?27001\b/g,
  /\bISAE ?3402\b/g,
  /\bSSAE ?1[68]\b/g,
  /\bSideGuy Solutions\b/g,
  /\bPJ\b/g,
];

/**
 * The visible text of `root` and the attributes people read, less the pseudo messages, the
 * `allowed` texts (data the test put in: company names, questions) and words every language
 * writes the same. What is left with letters in it is English nobody translated.
 */
export function untranslatedText(
  root: Element,
  allowed: readonly (string | RegExp)[] = [],
): string[] {
  const pieces: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent && /^(STYLE|SCRIPT)$/.test(parent.tagName)) continue;
      pieces.push(node.textContent ?? '');
    } else {
      const element = node as Element;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = element.getAttribute(name);
        if (value) pieces.push(value);
      }
      if (
        element.tagName === 'INPUT' &&
        /^(button|submit)$/.test(element.getAttribute('type') ?? '')
      ) {
        pieces.push(element.getAttribute('value') ?? '');
      }
    }
  }
  const left: string[] = [];
  for (const piece of pieces) {
    // Innermost first: a message may be a substitution of another ("⟦a ⟦b⟧ x⟧").
    let rest = piece;
    while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    for (const text of allowed)
      rest = typeof text === 'string' ? rest.split(text).join(' ') : rest.replace(text, ' ');
    for (const pattern of SAME_IN_EVERY_LANGUAGE) rest = rest.replace(pattern, ' ');
    if (/[A-Za-z]{2}/.test(rest)) left.push(rest.trim());
  }
  return left;
}
