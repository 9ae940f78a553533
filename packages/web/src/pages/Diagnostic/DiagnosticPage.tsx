import { findCapability } from '../../capabilities';
import { PlannedCapability } from '../../components/PlannedCapability';

export function DiagnosticPage() {
  return <PlannedCapability capability={findCapability('diagnostic')} />;
}
