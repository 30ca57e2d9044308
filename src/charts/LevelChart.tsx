import { LEVELS, LEVEL_NAMES } from '../assessment/types';

/** One question in the chart: three cells, poor to excellent. */
export interface LevelRow {
  label: string;
  /** How strongly each cell is shaded, 0 to 1. */
  fills: readonly number[];
  /** Text drawn in each cell, such as a count of people. */
  marks?: readonly string[];
  /** Column of a target level, drawn as a dashed outline. */
  target?: number;
  /** The row's cells in the table alternative, after the label. */
  cells: readonly string[];
}

interface Props {
  title: string;
  /** One sentence the picture says, read out before the table is offered. */
  summary: string;
  /** How to read the picture, shown under it. */
  legend: string;
  /** Headings of the table alternative's columns after the question. */
  columns: readonly string[];
  rows: readonly LevelRow[];
}

const W = 640;
const LABEL = 250;
const HEAD = 26;
const ROW = 30;
const CELL = (W - LABEL) / 3;

/**
 * A grid of questions by levels, as an accessible SVG (rendered on the server too) with the same
 * figures in a table. Colours come from classes, never inline styles, which the CSP forbids.
 */
export function LevelChart({ title, summary, legend, columns, rows }: Props) {
  const h = HEAD + rows.length * ROW + 4;
  return (
    <figure class="chart level-chart">
      {/* On a narrow screen the picture scrolls sideways rather than shrinking its text out of reach; the wrapper takes focus so keyboards can scroll it. */}
      <div class="lc-scroll" tabIndex={0} role="group" aria-label={`${title}, scrollable`}>
        <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-label={`${title}. ${summary} The table below gives the same information.`}>
          {LEVELS.map((level, c) => (
            <text key={level} x={LABEL + c * CELL + CELL / 2} y={17} text-anchor="middle" class="lc-head">
              {LEVEL_NAMES[level]}
            </text>
          ))}
          {rows.map((row, r) => {
            const y = HEAD + r * ROW;
            return (
              <g key={r}>
                <text x={LABEL - 10} y={y + ROW / 2 + 4} text-anchor="end">
                  {row.label}
                </text>
                {LEVELS.map((level, c) => {
                  const x = LABEL + c * CELL + 2;
                  const fill = row.fills[c] ?? 0;
                  return (
                    <g key={level}>
                      <rect class="lc-cell" x={x} y={y + 2} width={CELL - 4} height={ROW - 4} rx="4" />
                      {fill > 0 && <rect class="lc-fill" x={x} y={y + 2} width={CELL - 4} height={ROW - 4} rx="4" fill-opacity={fill.toFixed(2)} />}
                      {row.target === c && <rect class="lc-target" x={x + 2} y={y + 4} width={CELL - 8} height={ROW - 8} rx="3" />}
                      {row.marks?.[c] && (
                        <text x={x + CELL / 2 - 2} y={y + ROW / 2 + 4} text-anchor="middle" class={fill > 0.5 ? 'lc-mark on' : 'lc-mark'}>
                          {row.marks[c]}
                        </text>
                      )}
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption>
        <p class="chart-legend-text">{legend}</p>
        <details>
          <summary>Show as a table</summary>
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                {columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={r}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
