import { sliceClock } from '../../state/yieldToMain';

/** Saves text as a file through a temporary object URL and link, as browsers allow no other way. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves any bytes as a file (the compressed model). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `compression-lab-runs-2025-06-01.json` */
export const exportFileName = (ext: 'json' | 'csv', now = new Date()): string =>
  `compression-lab-runs-${now.toISOString().slice(0, 10)}.${ext}`;

/**
 * Saves a file built from pieces produced lazily (runFileParts, runsToCsvParts), yielding to the
 * page whenever a slice's time is up: a 5,000-run export was one long task.
 */
export async function downloadParts(
  fileName: string,
  parts: Iterable<string>,
  type: string,
): Promise<void> {
  const clock = sliceClock();
  const pieces: string[] = [];
  for (const part of parts) {
    pieces.push(part);
    if (clock.due()) await clock.pause();
  }
  downloadBlob(fileName, new Blob(pieces, { type }));
}
