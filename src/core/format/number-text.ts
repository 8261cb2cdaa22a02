/** Numbers written the way the sheet writes them, for variance lines. */

/** Round half away from zero at `decimals` places, as Excel displays. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const d = Math.max(0, Math.min(15, Math.floor(decimals)));
  const factor = 10 ** d;
  const raw = Math.abs(value) * factor;
  // Float noise only matters for a value sitting on a half (1.005 stored as 1.00499...). Below 1e8,
  // toPrecision(15) moves the value by at most 5e-7, so away from a half plain rounding gives the
  // same answer without it (this is the engine's hottest call).
  const frac = raw - Math.floor(raw);
  if (raw < 1e8 && Math.abs(frac - 0.5) > 1e-5) {
    const quick = Math.round(raw) / factor;
    const signedQuick = value < 0 ? -quick : quick;
    return signedQuick === 0 ? 0 : signedQuick;
  }
  // toPrecision first strips float noise (1.005 stored as 1.00499...) that would round the wrong way.
  const scaled = Number(raw.toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  const signed = value < 0 ? -rounded : rounded;
  return signed === 0 ? 0 : signed;
}

/** "1,305", "36.00", "94%": decimals as displayed, thousands separators where the sheet shows them. */
export function formatNumber(value: number, decimals: number, grouping: boolean, percent = false): string {
  if (!Number.isFinite(value)) return String(value);
  const d = Math.max(0, Math.min(15, Math.floor(decimals)));
  const fixed = roundTo(value, d).toFixed(d);
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  // Sliced at the point rather than split into an array: this runs for every figure a line quotes.
  const point = body.indexOf('.');
  const whole = point < 0 ? body : body.slice(0, point);
  // Three characters or fewer have no thousands to separate.
  const grouped = grouping && whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const text = `${negative ? '-' : ''}${grouped}${point < 0 ? '' : body.slice(point)}`;
  return percent ? `${text}%` : text;
}

/** Decimal places Excel's General format would show for a number (up to 10 significant digits). */
export function generalDecimals(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  // Most council figures are whole numbers: General shows them without decimals (below 1e10 it
  // does not switch to scientific notation either).
  if (Number.isInteger(value) && Math.abs(value) < 1e10) return 0;
  const shown = Number(value.toPrecision(10)).toString();
  if (shown.includes('e')) return 0;
  const point = shown.indexOf('.');
  return point < 0 ? 0 : shown.length - point - 1;
}

/**
 * A duration in seconds as a clock, the way a time format shows it: "2:00", "0:40", "1:02:05"
 * (hours only when there are any), fractional seconds to `decimals` places ("2:00.5").
 */
export function formatDuration(seconds: number, decimals: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const d = Math.max(0, Math.min(3, Math.floor(decimals)));
  const total = roundTo(Math.abs(seconds), d);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total - h * 3600) / 60);
  const sec = total - h * 3600 - m * 60;
  const secText = sec.toFixed(d).padStart(d > 0 ? 3 + d : 2, '0');
  const clock = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${secText}` : `${m}:${secText}`;
  return seconds < 0 && total > 0 ? `-${clock}` : clock;
}

/** A figure as its reading shows it: a clock for a duration, else formatNumber. */
export function formatFigure(
  value: number,
  r: { decimals: number; grouping: boolean; duration?: boolean },
  percent = false,
): string {
  return r.duration ? formatDuration(value, r.decimals) : formatNumber(value, r.decimals, r.grouping, percent);
}
