import { useTranslation } from 'react-i18next';
import { parseArch } from '../../core/config/arch';
import { datasetFacts } from '../../core/data/facts';
import { useLab } from '../../state/labStore';
import type { DatasetSummary } from '../../engine/userDatasetsDb';

const isCnn = (arch: string): boolean => {
  try {
    return parseArch(arch).kind === 'cnn';
  } catch {
    return false; // a bad string has its own message at its field
  }
};

/**
 * Says before training, with the reason, that a CNN teacher or student cannot run on this data
 * (a table or 2-D points have no image to convolve); the worker refuses the run the same way.
 */
export function ArchDataRefusal({ stored }: { stored: DatasetSummary | undefined }) {
  const { t } = useTranslation();
  const dataset = useLab((s) => s.config.dataset);
  const teacher = useLab((s) => s.config.teacher.arch);
  const student = useLab((s) => s.config.student.arch);
  const shape = stored?.featureShape ?? datasetFacts(dataset)?.featureShape;
  if (!shape || shape.length === 3) return null;
  const refused = [
    ['teacher.arch', teacher],
    ['student.arch', student],
  ].filter(([, arch]) => isCnn(arch));
  if (refused.length === 0) return null;
  return (
    <ul
      className="field-error"
      data-testid="arch-data-refusal"
      data-value={refused.map(([key]) => key).join(',')}
    >
      {refused.map(([key, arch]) => (
        <li key={key}>
          {t('owndata.data.cnnNeedsImages', {
            model: t(key === 'teacher.arch' ? 'owndata.draw.teacher' : 'owndata.draw.student'),
            arch,
            features: shape.reduce((a, b) => a * b, 1),
          })}
        </li>
      ))}
    </ul>
  );
}
