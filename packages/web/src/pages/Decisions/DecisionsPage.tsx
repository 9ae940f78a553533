import { findCapability } from '../../capabilities';
import { PlannedCapability } from '../../components/PlannedCapability';

export function DecisionsPage() {
  return <PlannedCapability capability={findCapability('decisions')} />;
}
