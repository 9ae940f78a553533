import { Modal } from '@mantine/core';
import type { Maturity } from '../../api/diagnostic';
import { SelfAssessmentForm } from './SelfAssessmentForm';

/** The self-assessment in its modal (DiagnosticPage loads it the first time it opens). */
export function SelfAssessmentModal({
  opened,
  onClose,
  maturity,
}: {
  opened: boolean;
  onClose: () => void;
  maturity: Maturity | undefined;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Self-assessment" size="lg">
      {maturity && <SelfAssessmentForm maturity={maturity} onDone={onClose} />}
    </Modal>
  );
}
