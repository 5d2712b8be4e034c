/**
 * Locale-aware formatting for what the app shows. Pure functions of (value, locale), so the same
 * number reads "1.07 MB" in English and "1.07MB" in Korean, and tests need no browser.
 */

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * Intl.NumberFormat for (locale, options), built once: constructing one costs far more than
 * formatting with it, and a confusion matrix or a list of soft targets formats hundreds of
 * numbers in one render (that alone made long main-thread tasks at the end of training). The
 * cache only memoises a pure function; its contents never change what a call returns.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** Decimal (SI) units, as file sizes are usually quoted: 1,066,440 bytes → "1.07 MB". */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  // Intl's short "byte" reads oddly next to "kB"; "B" is understood in every locale.
  if (unit === 0) return `${formatInteger(value, locale)} B`;
  return numberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 2 : value < 100 ? 1 : 0,
  }).format(value);
}

/** A fraction as a percentage: 0.9731 → "97.3%". */
export function formatPercent(fraction: number, locale: string, digits = 1): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}

/** An integer with grouping: 266610 → "266,610". */
export function formatInteger(n: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** A measured quantity with a few significant digits: 0.123456 → "0.123". */
export function formatDecimal(n: number, locale: string, significant = 3): string {
  return numberFormat(locale, { maximumSignificantDigits: significant }).format(n);
}

/**
 * A duration for ETAs and training times: "850 ms", "12.5 sec", "3 min 05 sec", "1 hr 2 min".
 * Korean reads "12.5초", "3분 5초".
 */
export function formatDuration(ms: number, locale: string): string {
  const unit = (u: 'millisecond' | 'second' | 'minute' | 'hour', v: number, fraction = 0) =>
    numberFormat(locale, {
      style: 'unit',
      unit: u,
      unitDisplay: 'short',
      maximumFractionDigits: fraction,
    }).format(v);
  const safe = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  if (safe < 1000) return unit('millisecond', Math.round(safe));
  if (safe < 60_000) return unit('second', safe / 1000, safe < 10_000 ? 1 : 0);
  const totalSeconds = Math.round(safe / 1000);
  if (totalSeconds < 3600) {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    return seconds === 0
      ? unit('minute', minutes)
      : `${unit('minute', minutes)} ${unit('second', seconds)}`;
  }
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.round((totalSeconds % 3600) / 60);
  return minutes === 0 ? unit('hour', hours) : `${unit('hour', hours)} ${unit('minute', minutes)}`;
}

/** The machine-readable `data-value` of a fraction: always four decimals, "0.9731". */
export const fractionDataValue = (fraction: number): string =>
  (Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0).toFixed(4);

/** Percentage points with an explicit sign and a true minus: +2.1, −0.4. */
export function formatPpDelta(delta: number, locale: string): string {
  const pp = Math.round(delta * 1000) / 10;
  const text = numberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.abs(pp));
  return pp > 0 ? `+${text}` : pp < 0 ? `\u2212${text}` : text;
}

/** A stored time as short date and time; '—' for one `Date` cannot hold (formatting would throw). */
export function formatDateTime(ms: number, locale: string): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '—';
  // Built once per locale, as numberFormat above: a new one per row cost ~10 ms, and 50 rows of
  // a large import made one long task.
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
