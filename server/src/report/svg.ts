/**
 * Plain generated SVG charts for the report: horizontal bars, stacked bars and
 * a histogram. Every chart has a <title> and <desc>, role="img", direct value
 * labels, and a fill pattern per check so that colour is never the only
 * signal. The page puts a data table or a sentence next to each chart.
 */
import { type CheckId } from '../core/types.ts';
import { CHECK_IDS, CHECK_LIST } from '../checks/registry.ts';
import type { ReportCheck } from './model.ts';

/** Escapes text for HTML and SVG. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** How each check's bars are patterned, so that colour is never the only signal. */
const PATTERN_NAMES: Partial<Record<ReportCheck, string>> = {
  risk: 'diagonal stripes',
  trust: 'vertical lines',
  leadership: 'checks',
  jargon: 'solid',
  outdated: 'cross-hatch',
  acronym: 'dots',
  'plain-words': 'horizontal lines',
};

/** Colour (each check's `report.colour`: Okabe–Ito colours, darkened for contrast) and pattern of each check. */
export const CHECK_STYLE = Object.fromEntries(CHECK_LIST.map((check) => [check.id, { colour: check.report.colour, pattern: PATTERN_NAMES[check.id] ?? 'solid' }])) as Record<ReportCheck, { colour: string; pattern: string }>;

/** The fill of a check's bars. */
export const fillOf = (check: CheckId): string => `url(#fill-${check})`;

/** One hidden SVG holding the fill patterns; put it once at the top of the page. */
export function patternDefs(): string {
  const shapes: Partial<Record<ReportCheck, string>> = {
    risk: '<rect width="3" height="8" fill="#fff" fill-opacity=".6"/>',
    trust: '<rect x="3" width="2" height="8" fill="#fff" fill-opacity=".6"/>',
    leadership: '<rect width="4" height="4" fill="#fff" fill-opacity=".5"/><rect x="4" y="4" width="4" height="4" fill="#fff" fill-opacity=".5"/>',
    jargon: '',
    outdated: '<path d="M0 4H8M4 0V8" stroke="#fff" stroke-opacity=".6" stroke-width="1.5"/>',
    acronym: '<circle cx="4" cy="4" r="1.6" fill="#fff" fill-opacity=".7"/>',
    'plain-words': '<rect y="5" width="8" height="2" fill="#fff" fill-opacity=".6"/>',
  };
  const patterns = CHECK_IDS.map((check) => {
    const rotate = check === 'risk' ? ' patternTransform="rotate(45)"' : '';
    return `<pattern id="fill-${check}" width="8" height="8" patternUnits="userSpaceOnUse"${rotate}><rect width="8" height="8" fill="${CHECK_STYLE[check].colour}"/>${shapes[check] ?? ''}</pattern>`;
  }).join('');
  const long = '<pattern id="fill-long" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#8a8a8a"/><rect width="2.5" height="6" fill="#222"/></pattern>';
  return `<svg width="0" height="0" class="defs" aria-hidden="true" focusable="false"><defs>${patterns}${long}</defs></svg>`;
}

/** Short label for a check's swatch, shown in legends. */
export function swatch(check: CheckId, size = 14): string {
  return `<svg class="swatch" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false"><rect width="${size}" height="${size}" fill="${fillOf(check)}" stroke="#222" stroke-width="1"/></svg>`;
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
/** Formats a number the way the page shows it (en-GB, at most 1 decimal place). */
export const formatNumber = (n: number): string => numberFormat.format(n);

/** Shortens a path label for a chart: the file name, then the start of it. The full path is in the table. */
function truncate(label: string, max: number): string {
  if (label.length <= max) return label;
  const name = label.slice(label.lastIndexOf('/') + 1);
  if (name.length + 2 <= max) return `…/${name}`;
  return `${name.slice(0, max - 1)}…`;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * magnitude >= value)! * magnitude;
  return step;
}

function frame(id: string, title: string, desc: string, width: number, height: number, body: string): string {
  return (
    `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>${body}</svg>`
  );
}

/** One bar of {@link barChart}. */
export interface Bar {
  label: string;
  value: number;
  fill: string;
}

/** A chart's identity and its text alternative. */
export interface ChartText {
  /** Unique element id. */
  id: string;
  title: string;
  /** A sentence that says what the chart shows (its text alternative). */
  desc: string;
}

const ROW = 26;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 380;
const VALUE_WIDTH = 70;

/** A horizontal bar chart with the value written at the end of each bar. */
export function barChart(text: ChartText, bars: readonly Bar[], unit: string): string {
  const max = niceMax(Math.max(0, ...bars.map((bar) => bar.value)));
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = bars.length * ROW + 30;
  const rows = bars
    .map((bar, i) => {
      const y = i * ROW + 4;
      const w = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * BAR_WIDTH);
      return (
        `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(truncate(bar.label, 36))}</text>` +
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 8}" fill="${bar.fill}" stroke="#222" stroke-width="${w > 0 ? 0.75 : 0}"/>` +
        `<text x="${(LABEL_WIDTH + w + 6).toFixed(1)}" y="${y + 15}">${escapeHtml(formatNumber(bar.value))}</text>`
      );
    })
    .join('');
  const axisY = bars.length * ROW + 8;
  const axis = `<line x1="${LABEL_WIDTH}" y1="2" x2="${LABEL_WIDTH}" y2="${axisY}" stroke="#222"/><text x="${LABEL_WIDTH}" y="${axisY + 16}" class="axis">0</text><text x="${LABEL_WIDTH + BAR_WIDTH}" y="${axisY + 16}" text-anchor="end" class="axis">${escapeHtml(`${formatNumber(max)} ${unit}`)}</text>`;
  return frame(text.id, text.title, text.desc, width, height, rows + axis);
}

/** One bar of {@link stackedBarChart}: a segment per check. */
export interface StackedBar {
  label: string;
  segments: Array<{ check: CheckId; value: number }>;
  /** What to write at the end of the bar. */
  total: string;
}

/** Horizontal bars split into a segment per check, with the total written at the end. */
export function stackedBarChart(text: ChartText, bars: readonly StackedBar[]): string {
  const sums = bars.map((bar) => bar.segments.reduce((sum, s) => sum + s.value, 0));
  const max = niceMax(Math.max(0, ...sums));
  const width = LABEL_WIDTH + BAR_WIDTH + Math.max(VALUE_WIDTH, 12 + 7.5 * Math.max(0, ...bars.map((bar) => bar.total.length)));
  const height = bars.length * ROW + 30;
  const rows = bars
    .map((bar, i) => {
      const y = i * ROW + 4;
      let x = LABEL_WIDTH;
      const segments = bar.segments
        .filter((s) => s.value > 0)
        .map((s) => {
          const w = (s.value / max) * BAR_WIDTH;
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 8}" fill="${fillOf(s.check)}" stroke="#222" stroke-width="0.75"/>`;
          x += w;
          return rect;
        })
        .join('');
      return (
        `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(truncate(bar.label, 36))}</text>` +
        segments +
        `<text x="${(x + 6).toFixed(1)}" y="${y + 15}">${escapeHtml(bar.total)}</text>`
      );
    })
    .join('');
  const axisY = bars.length * ROW + 8;
  const axis = `<line x1="${LABEL_WIDTH}" y1="2" x2="${LABEL_WIDTH}" y2="${axisY}" stroke="#222"/><text x="${LABEL_WIDTH}" y="${axisY + 16}" class="axis">0</text><text x="${LABEL_WIDTH + BAR_WIDTH}" y="${axisY + 16}" text-anchor="end" class="axis">${escapeHtml(formatNumber(max))}</text>`;
  return frame(text.id, text.title, text.desc, width, height, rows + axis);
}

/** One column of {@link histogram}. */
export interface HistogramBand {
  label: string;
  value: number;
  /** Drawn with the hatched "long" fill and marked as long. */
  long: boolean;
}

/** A column chart of counts per band, long bands hatched, each column labelled with its count. */
export function histogram(text: ChartText, bands: readonly HistogramBand[], options: { compact?: boolean } = {}): string {
  const column = options.compact ? 46 : 62;
  const plot = options.compact ? 70 : 170;
  const left = 10;
  const width = left + bands.length * column + 10;
  const height = plot + (options.compact ? 40 : 52);
  const max = niceMax(Math.max(0, ...bands.map((band) => band.value)));
  const base = plot + 18;
  const columns = bands
    .map((band, i) => {
      const h = band.value === 0 ? 0 : Math.max(1.5, (band.value / max) * plot);
      const x = left + i * column + 4;
      const w = column - 8;
      const fill = band.long ? 'url(#fill-long)' : '#4a4a4a';
      return (
        `<rect x="${x}" y="${(base - h).toFixed(1)}" width="${w}" height="${h.toFixed(1)}" fill="${fill}" stroke="#222" stroke-width="${h > 0 ? 0.75 : 0}"/>` +
        `<text x="${x + w / 2}" y="${(base - h - 4).toFixed(1)}" text-anchor="middle" class="value">${escapeHtml(formatNumber(band.value))}</text>` +
        `<text x="${x + w / 2}" y="${base + 15}" text-anchor="middle" class="${options.compact ? 'axis small' : 'axis'}">${escapeHtml(band.label)}</text>`
      );
    })
    .join('');
  const axis = `<line x1="${left}" y1="${base}" x2="${width - 10}" y2="${base}" stroke="#222"/>`;
  const caption = options.compact ? '' : `<text x="${width - 10}" y="${height - 4}" text-anchor="end" class="axis">Words per sentence (hatched: over 25 words)</text>`;
  return frame(text.id, text.title, text.desc, width, height, columns + axis + caption);
}
