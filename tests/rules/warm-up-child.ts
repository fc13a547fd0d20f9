/**
 * Run by tests/rules/warm-up.test.ts in a fresh Node process (V8 caches compiled regular
 * expressions per process): prints how long three first `analyze` calls take, after running every
 * warm-up step when the argument is `warm`.
 */
import { analyze } from '../../lib/rules/analyze';
import { warmUpSteps } from '../../lib/rules/warm-up';

const blocks = [
  '1.4 Please attach your most recent SOC 2 Type II report.',
  '2.9 Do you have a current SOC report? If yes, attach it.',
  '3.1 Provide a copy of your ISO/IEC 27001 certificate and, if needed, a bridge letter.',
];

if (process.argv[2] === 'warm') for (const step of warmUpSteps()) step();
const started = performance.now();
for (const block of blocks)
  analyze(block, { context: 'Section 3: Compliance | Vendor assessment' });
process.stdout.write(String(performance.now() - started));
