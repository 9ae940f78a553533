import { findCapability } from '../../capabilities';
import { PlannedCapability } from '../../components/PlannedCapability';

export function QualityPage() {
  return <PlannedCapability capability={findCapability('quality')} />;
}
