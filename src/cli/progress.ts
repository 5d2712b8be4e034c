import type { TrainEvent } from '../core/experiment/events';

/** A one-line progress bar on stderr, only when stderr is a terminal (never in pipes or CI logs). */
export function progressPrinter(
  stream: NodeJS.WriteStream = process.stderr,
): (e: TrainEvent) => void {
  if (!stream.isTTY) return () => {};
  return (e) => {
    if (e.type !== 'progress') return;
    const width = 30;
    const filled = Math.round(e.fraction * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const eta = Math.round(e.etaMs / 1000);
    stream.write(
      `\r${e.model} ${bar} ${(e.fraction * 100).toFixed(0).padStart(3)}%  epoch ${e.epoch + 1}/${e.epochs}  ` +
        `loss ${e.loss.toFixed(3)}  acc ${(e.accuracy * 100).toFixed(1)}%  ${Math.round(e.samplesPerSec)} ex/s  eta ${eta}s   `,
    );
    if (e.fraction >= 1) stream.write('\n');
  };
}
