import { useEffect, useState } from 'react';
import type { DatasetSummary } from '../../engine/userDatasetsDb';
import { DATASETS_CHANGED, listDatasets } from '../../state/datasetActions';

/** The datasets stored in this browser, reloaded after every import or delete. */
export function useStoredDatasets(): { datasets: DatasetSummary[]; loaded: boolean } {
  const [state, setState] = useState<{ datasets: DatasetSummary[]; loaded: boolean }>({
    datasets: [],
    loaded: false,
  });
  useEffect(() => {
    let live = true;
    const load = () => {
      listDatasets().then(
        (datasets) => live && setState({ datasets, loaded: true }),
        // No IndexedDB (private mode in some browsers): an empty list, and imports will say why.
        () => live && setState({ datasets: [], loaded: true }),
      );
    };
    load();
    window.addEventListener(DATASETS_CHANGED, load);
    return () => {
      live = false;
      window.removeEventListener(DATASETS_CHANGED, load);
    };
  }, []);
  return state;
}
