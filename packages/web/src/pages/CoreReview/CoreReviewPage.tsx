import { findCapability } from '../../capabilities';
import { PlannedCapability } from '../../components/PlannedCapability';

export function CoreReviewPage() {
  return <PlannedCapability capability={findCapability('core-review')} />;
}
