import { useState } from 'preact/hooks';
import { pickScenario, SCENARIO_QUESTIONS, type ScenarioAnswers } from '../lib/rules';

/**
 * "Pick your scenario": three questions as radio groups (arrow keys move
 * within a group, Tab between groups), then the recommendation with its reasoning.
 */
export function ScenarioPicker() {
  const [answers, setAnswers] = useState<Partial<ScenarioAnswers>>({});
  const complete =
    answers.financialReporting !== undefined &&
    answers.asker !== undefined &&
    answers.dealsStalled !== undefined;
  const outcome = complete ? pickScenario(answers as ScenarioAnswers) : null;

  return (
    <section class="cheat-section" aria-labelledby="scenario-title">
      <h2 id="scenario-title">Pick your scenario</h2>
      <form class="scenario" onSubmit={(event) => event.preventDefault()}>
        {SCENARIO_QUESTIONS.map((question) => (
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
              Start over
            </button>
          </div>
        ) : (
          <p class="muted">Answer the three questions to see what to get.</p>
        )}
      </div>
    </section>
  );
}
