import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetRef } from '../../core/data/types';

/** A class's display name: a translation where the catalogue has one, else the dataset's own. */
export function useClassName(
  dataset: DatasetRef,
  classNames: readonly string[],
): (label: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (label: number) =>
      t(`classNames.${dataset}.c${label}`, { defaultValue: classNames[label] ?? String(label) }),
    [t, dataset, classNames],
  );
}
