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

/** Shading in five steps (classes, since the CSP forbids inline styles); the table gives exact figures. */
const shade = (fill: number) => `lc-f${Math.ceil(Math.min(1, Math.max(0, fill)) * 4)}`;

/**
 * A grid of questions by levels, drawn with HTML and CSS rather than a scaled SVG so that it fits
 * any box with its text at full size: on a phone each question's label takes a line above its three
 * cells. Rendered on the server too, with the same figures in a table.
 */
export function LevelChart({ title, summary, legend, columns, rows }: Props) {
  return (
    <figure class="chart level-chart">
      <div class="lc" role="img" aria-label={`${title}. ${summary} The table below gives the same information.`}>
        <div class="lc-row lc-heads">
          <span class="lc-label" />
          {LEVELS.map((level) => (
            <span key={level} class="lc-head">
              {LEVEL_NAMES[level]}
            </span>
          ))}
        </div>
        {rows.map((row, r) => (
          <div class="lc-row" key={r}>
            <span class="lc-label">{row.label}</span>
            {LEVELS.map((level, c) => (
              <span key={level} class={`lc-cell ${shade(row.fills[c] ?? 0)}${row.target === c ? ' lc-target' : ''}`}>
                {row.marks?.[c]}
              </span>
            ))}
          </div>
        ))}
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
