import { findCapability } from '../../capabilities';
import { PlannedCapability } from '../../components/PlannedCapability';

export function SequencingPage() {
  return <PlannedCapability capability={findCapability('sequencing')} />;
}
