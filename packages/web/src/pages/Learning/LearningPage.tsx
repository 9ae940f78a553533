import { findCapability } from '../../capabilities';
import { PlannedCapability } from '../../components/PlannedCapability';

export function LearningPage() {
  return <PlannedCapability capability={findCapability('learning')} />;
}
