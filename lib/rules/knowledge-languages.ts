/**
 * The cheat-sheet in a given language. English is bundled; every other language is its own chunk,
 * loaded when the cheat-sheet first shows in it, so a popup in English carries none of them.
 *
 * Not exported from the rules' index: the content script imports that index and must not carry
 * (or split out) chunks it never shows.
 */

import { KNOWLEDGE_EN, type Knowledge } from './knowledge';
import type { Language } from './language';

/** The cheat-sheet in `language`. Rejects only when the extension's own chunk cannot load. */
export async function knowledgeIn(language: Language): Promise<Knowledge> {
  switch (language) {
    case 'en':
      return KNOWLEDGE_EN;
    case 'de':
      return (await import('./knowledge-de')).KNOWLEDGE_DE;
    case 'fr':
      return (await import('./knowledge-fr')).KNOWLEDGE_FR;
    case 'es':
      return (await import('./knowledge-es')).KNOWLEDGE_ES;
    case 'pt':
      return (await import('./knowledge-pt')).KNOWLEDGE_PT;
    case 'nl':
      return (await import('./knowledge-nl')).KNOWLEDGE_NL;
    case 'it':
      return (await import('./knowledge-it')).KNOWLEDGE_IT;
    case 'ja':
      return (await import('./knowledge-ja')).KNOWLEDGE_JA;
  }
}
