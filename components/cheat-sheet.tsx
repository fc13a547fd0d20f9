import {
  FAQ,
  LEGACY_NAMES,
  SOC1_VS_SOC2,
  SOC2_VS_ISO27001,
  SOC3_AND_BRIDGE_LETTERS,
  TYPE1_VS_TYPE2,
} from '../lib/rules';
import { ComparisonTable } from './comparison-table';
import { Faq } from './faq';
import { ScenarioPicker } from './scenario-picker';

/**
 * The SOC cheat-sheet. Every sentence comes from lib/rules/knowledge, the
 * same data the in-page cards use.
 */
export function CheatSheet() {
  return (
    <div class="cheat-sheet">
      <ComparisonTable table={SOC1_VS_SOC2} />
      <ComparisonTable table={TYPE1_VS_TYPE2} />
      <ComparisonTable table={SOC2_VS_ISO27001} />
      <section class="cheat-section" aria-labelledby="extras-title">
        <h2 id="extras-title">SOC 3 and bridge letters</h2>
        {SOC3_AND_BRIDGE_LETTERS.map((topic) => (
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
        <h2 id="legacy-title">Old and international names</h2>
        <dl class="legacy">
          {LEGACY_NAMES.map((entry) => (
            <div key={entry.id}>
              <dt>{entry.name}</dt>
              <dd>{entry.meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ScenarioPicker />
      <Faq entries={FAQ} />
    </div>
  );
}
