import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { pickScenario, SCENARIO_EN, type ScenarioAnswers, type ScenarioText } from '../lib/rules';

export interface ScenarioPickerProps {
  /** The picker's words in the cheat-sheet's language. */
  text?: ScenarioText;
}

/**
 * "Pick your scenario": three questions as radio groups (arrow keys move
 * within a group, Tab between groups), then the recommendation with its reasoning.
 */
export function ScenarioPicker({ text = SCENARIO_EN }: ScenarioPickerProps) {
  const [answers, setAnswers] = useState<Partial<ScenarioAnswers>>({});
  const complete =
    answers.financialReporting !== undefined &&
    answers.asker !== undefined &&
    answers.dealsStalled !== undefined;
  const outcome = complete ? pickScenario(answers as ScenarioAnswers, text) : null;

  return (
    <section class="cheat-section" aria-labelledby="scenario-title">
      <h2 id="scenario-title">{t('cheatSheetScenarioTitle')}</h2>
      <form class="scenario" onSubmit={(event) => event.preventDefault()}>
        {text.questions.map((question) => (
          <fieldset key={question.id}>
            <legend>{question.question}</legend>
            {question.options.map((option) => (
              <label key={option.value} class="option">
                <input
                  type="radio"
                  name={`scenario-${question.id}`}
                  value={option.value}
                  checked={answers[question.id] === option.value}
                  onChange={() => setAnswers({ ...answers, [question.id]: option.value })}
                />{' '}
                {option.label}
              </label>
            ))}
          </fieldset>
        ))}
      </form>
      <div aria-live="polite" data-testid="scenario-outcome">
        {outcome ? (
          <div class="outcome" data-recommendation={outcome.recommendation}>
            <p class="outcome-headline">{outcome.headline}</p>
            <ul>
              {outcome.reasons.map((reason, i) => (
                <li key={i}>{reason}</li>
              ))}
            </ul>
            <p>{outcome.typeAdvice}</p>
            <button type="button" class="which-soc-button" onClick={() => setAnswers({})}>
              {t('cheatSheetStartOver')}
            </button>
          </div>
        ) : (
          <p class="muted">{t('cheatSheetScenarioPrompt')}</p>
        )}
      </div>
    </section>
  );
}
