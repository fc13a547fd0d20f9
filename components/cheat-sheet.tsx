import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../lib/i18n';
import { KNOWLEDGE_EN, type Knowledge, type Language } from '../lib/rules';
import { knowledgeIn } from '../lib/rules/knowledge-languages';
import { ComparisonTable } from './comparison-table';
import { Faq } from './faq';
import { ScenarioPicker } from './scenario-picker';

export interface CheatSheetProps {
  /** The language to show; the UI language when left out. */
  language?: Language;
  /** Loads the cheat-sheet in a language; tests give their own. */
  load?: (language: Language) => Promise<Knowledge>;
}

/** What the cheat-sheet shows: nothing yet, the wanted language, or English because it failed. */
type Shown = { knowledge: Knowledge; failed: boolean } | null;

/**
 * The SOC cheat-sheet in the UI language. Every sentence comes from lib/rules/knowledge (one file
 * per language); only English is bundled, the others load when first shown. A language that fails
 * to load shows the English text under a line that says so, never an empty tab.
 */
export function CheatSheet({ language = uiLanguage(), load = knowledgeIn }: CheatSheetProps) {
  const [shown, setShown] = useState<Shown>(
    language === 'en' ? { knowledge: KNOWLEDGE_EN, failed: false } : null,
  );
  useEffect(() => {
    if (language === 'en') return;
    let current = true;
    load(language).then(
      (knowledge) => current && setShown({ knowledge, failed: false }),
      (error: unknown) => {
        console.warn('Which SOC?: the cheat-sheet could not load', error);
        if (current) setShown({ knowledge: KNOWLEDGE_EN, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [language, load]);

  if (!shown) return <div class="cheat-sheet" aria-busy="true" />;
  const { knowledge, failed } = shown;
  return (
    <div class="cheat-sheet" lang={failed ? 'en' : language}>
      {failed ? (
        <p class="muted" lang={uiLanguage()} role="status">
          {t('cheatSheetLoadFailed')}
        </p>
      ) : null}
      <ComparisonTable table={knowledge.soc1VsSoc2} />
      <ComparisonTable table={knowledge.type1VsType2} />
      <ComparisonTable table={knowledge.soc2VsIso27001} />
      <section class="cheat-section" aria-labelledby="extras-title">
        <h2 id="extras-title">{t('cheatSheetExtrasTitle')}</h2>
        {knowledge.extras.map((topic) => (
          <div key={topic.id} data-testid={topic.id}>
            <h3>{topic.title}</h3>
            <ul>
              {topic.points.map((point, i) => (
                <li key={i}>{point}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section class="cheat-section" aria-labelledby="legacy-title">
        <h2 id="legacy-title">{t('cheatSheetLegacyTitle')}</h2>
        <dl class="legacy">
          {knowledge.legacyNames.map((entry) => (
            <div key={entry.id}>
              <dt>{entry.name}</dt>
              <dd>{entry.meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ScenarioPicker text={knowledge.scenario} />
      <Faq entries={knowledge.faq} />
    </div>
  );
}
