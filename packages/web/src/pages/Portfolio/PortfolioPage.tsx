import { findCapability } from '../../capabilities';
import { PlannedCapability } from '../../components/PlannedCapability';

export function PortfolioPage() {
  return <PlannedCapability capability={findCapability('portfolio')} />;
}
