import type { TFunction } from 'i18next';
import { formatDecimal } from '../format';

/** Within this factor of float32 either way, "n× smaller" would overstate a rounding. */
export const SAME_SIZE = 1.05;

/** "4.2× smaller than float32", "about the same size", or "1.3× larger" for a bigger file. */
export function ratioText(ratio: number, locale: string, t: TFunction): string {
  if (ratio >= SAME_SIZE) return t('lab.ratio', { ratio: formatDecimal(ratio, locale, 3) });
  if (ratio > 1 / SAME_SIZE) return t('workbench.sameSize');
  return t('workbench.larger', { ratio: formatDecimal(1 / ratio, locale, 3) });
}
