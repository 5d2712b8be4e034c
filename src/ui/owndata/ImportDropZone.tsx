import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chosenFromInput, type ChosenFile } from '../../state/datasetActions';
import { droppedFiles } from './droppedFiles';

/** What the file picker offers: images, CSVs, zips of class folders, exported datasets. */
const ACCEPT = '.csv,.zip,.clds,image/*';

/**
 * The one way in for a dataset. Browsers' pickers choose files or a folder, never both in one
 * opening, so there is one `<input type=file>` (`dataset-import`) that two buttons open in either
 * mode (its `webkitdirectory` is set just before it opens), and the zone around them takes
 * dropped files, zips and whole folders (walked with `webkitGetAsEntry`).
 */
export function ImportDropZone({
  onFiles,
  disabled,
}: {
  onFiles: (files: ChosenFile[]) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const open = (folder: boolean) => {
    const el = input.current;
    if (!el) return;
    el.webkitdirectory = folder;
    // A folder pick takes every file in it; the filter would only hide the CSV of labels.
    el.accept = folder ? '' : ACCEPT;
    el.click();
  };
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = chosenFromInput([...(e.target.files ?? [])]);
    e.target.value = '';
    e.target.webkitdirectory = false;
    e.target.accept = ACCEPT;
    if (files.length) onFiles(files);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    void droppedFiles(e.dataTransfer).then((files) => {
      if (files.length) onFiles(files);
    });
  };

  return (
    <div
      className={over ? 'owndata-drop is-over' : 'owndata-drop'}
      data-testid="dataset-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>{t('owndata.data.drop')}</p>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('owndata.data.input')}
        data-testid="dataset-import"
        disabled={disabled}
        onChange={onChange}
      />
      <div className="owndata-inputs">
        <button type="button" className="button" disabled={disabled} onClick={() => open(false)}>
          {t('owndata.data.chooseFiles')}
        </button>
        <button type="button" className="button" disabled={disabled} onClick={() => open(true)}>
          {t('owndata.data.chooseFolder')}
        </button>
      </div>
    </div>
  );
}
