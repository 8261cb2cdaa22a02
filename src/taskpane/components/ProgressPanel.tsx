/** What the host is doing right now, with a bar that is determinate when the host says how far. */
import { Field, ProgressBar } from '@fluentui/react-components';
import type { Progress } from '../../core/host';

const PHASE_TEXT: Record<Progress['phase'], string> = {
  reading: 'Reading the sheet…',
  scoring: 'Scoring indicators…',
  writing: 'Writing results…',
  done: 'Finishing…',
};

export function ProgressPanel({ progress }: { progress: Progress }) {
  return (
    <Field label={PHASE_TEXT[progress.phase]} validationState="none">
      <ProgressBar value={progress.fraction} max={1} thickness="large" aria-label={PHASE_TEXT[progress.phase]} />
    </Field>
  );
}
