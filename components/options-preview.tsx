import { answerFor, FILL_PROFILE, type Answer, type Profile, type Reading } from '../lib/rules';
import { AnswerBox } from './answer-box';

/** Props of `AnswerPreview`. */
export interface AnswerPreviewProps {
  profile: Profile;
  /** The day answers are computed for. @default new Date() */
  today?: Date;
}

const SAMPLES: readonly { ask: string; request: Reading }[] = [
  {
    ask: 'Please provide your most recent SOC 2 Type II report.',
    request: { report: 'soc2', type: 'type2', reasons: [] },
  },
  {
    ask: 'Please provide your SOC 1 report.',
    request: { report: 'soc1', type: null, reasons: [] },
  },
  {
    ask: 'Are you ISO 27001 certified?',
    request: { report: 'iso27001', type: null, reasons: [] },
  },
];

/** On the options page, "fill in your reports on the options page" would point at itself. */
function withoutPointer(answer: Answer): Answer {
  return { ...answer, advice: answer.advice.filter((line) => line !== FILL_PROFILE) };
}

/** How the extension will answer a few common requests with the profile as it stands. */
export function AnswerPreview({ profile, today = new Date() }: AnswerPreviewProps) {
  return (
    <section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview of your answers</h2>
      {SAMPLES.map(({ ask, request }) => (
        <article key={ask} class="preview-item">
          <h3>“{ask}”</h3>
          <AnswerBox answer={withoutPointer(answerFor(request, profile, today))} />
        </article>
      ))}
    </section>
  );
}
