import { SensitivityCard } from './SensitivityCard';
import { SparseVsDenseCard } from './SparseVsDenseCard';
import { SpeedCard } from './SpeedCard';
import './lab.css';

/**
 * The slower studies of the compressed model: per-layer sensitivity, sparse versus dense, speed.
 * A file of its own so that only the layers tab (a lazy chunk) pulls in their charts.
 */
export function LabCards() {
  return (
    <div className="lab-cards">
      <SensitivityCard />
      <SparseVsDenseCard />
      <SpeedCard />
    </div>
  );
}
