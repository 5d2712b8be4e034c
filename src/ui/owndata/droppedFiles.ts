import type { ChosenFile } from '../../state/datasetActions';

/**
 * The files of a drop, folders walked (a dropped folder of class sub-folders keeps each file's
 * path, `shapes/cats/1.png`). Must be called inside the drop event: the browser empties the
 * DataTransfer when the handler returns, so the entries are taken first and read afterwards.
 */
export function droppedFiles(data: DataTransfer): Promise<ChosenFile[]> {
  const taken = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  return (async () => {
    const out: ChosenFile[] = [];
    for (const { entry, file } of taken) {
      // Entries exist for drops from the desktop; a page-made DataTransfer has files only.
      if (entry) await walk(entry, out);
      else if (file) out.push({ path: file.name, file });
    }
    return out;
  })();
}

async function walk(entry: FileSystemEntry, out: ChosenFile[]): Promise<void> {
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    out.push({ path: entry.fullPath.replace(/^\/+/, ''), file });
  } else if (isDirectory(entry)) {
    const reader = entry.createReader();
    // readEntries answers in batches (about 100 in Chrome) until an empty one.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, out);
    }
  }
}

const isFile = (e: FileSystemEntry): e is FileSystemFileEntry => e.isFile;
const isDirectory = (e: FileSystemEntry): e is FileSystemDirectoryEntry => e.isDirectory;
