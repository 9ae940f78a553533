import { findCapability } from '../../capabilities';
import { PlannedCapability } from '../../components/PlannedCapability';

export function CapacityPage() {
  return <PlannedCapability capability={findCapability('capacity')} />;
}
