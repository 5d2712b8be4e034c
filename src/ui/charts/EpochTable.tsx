import { useTranslation } from 'react-i18next';
import { useLab } from '../../state/labStore';
import { formatDecimal, formatPercent } from '../format';
import { useLocale } from '../useLocale';

/** The charts' numbers as a table, for screen readers (visually hidden). */
export function EpochTable() {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = useLab((s) => s.epochCurve);
  if (rows.length === 0) return null;
  return (
    <table className="visually-hidden">
      <caption>{t('charts.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.tableEpoch')}</th>
          <th scope="col">{t('charts.tableLoss')}</th>
          <th scope="col">{t('charts.tableTrain')}</th>
          <th scope="col">{t('charts.tablePreview')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.epoch}>
            <th scope="row">{row.epoch}</th>
            <td>{formatDecimal(row.loss, locale)}</td>
            <td>{formatPercent(row.trainAccuracy, locale)}</td>
            <td>{formatPercent(row.previewAccuracy, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
