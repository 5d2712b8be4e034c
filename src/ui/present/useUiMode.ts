import { useEffect } from 'react';
import { selectUiMode, type UiMode } from '../../state/classroomSlice';
import { useLab } from '../../state/labStore';

/**
 * The view mode, also mirrored on <html data-ui>: presenter mode scales the root font size
 * (every size in styles.css is in rem) and swaps in the high-contrast palette.
 */
export function useUiMode(): UiMode {
  const mode = useLab(selectUiMode);
  useEffect(() => {
    document.documentElement.dataset.ui = mode;
  }, [mode]);
  return mode;
}
