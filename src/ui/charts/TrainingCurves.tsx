import { AccuracyChart } from './AccuracyChart';
import { EpochTable } from './EpochTable';
import { LossChart } from './LossChart';

export function TrainingCurves() {
  return (
    <div className="charts">
      <LossChart />
      <AccuracyChart />
      <EpochTable />
    </div>
  );
}
