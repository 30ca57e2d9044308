import { formatValue } from '../calculators/format';
import type { Currency, Unit } from '../calculators/units';

export interface Line {
  label: string;
  /** One value per x label; null where the line has no figure (a young cohort's later years). */
  values: (number | null)[];
}

interface Props {
  title: string;
  /** Labels along the x axis, one per value. */
  xs: (number | string)[];
  xLabel: string;
  lines: Line[];
  currency: Currency;
  /** How the values read; money unless said otherwise. */
  unit?: Unit;
}

const W = 640;
const H = 280;
const PAD = { top: 16, right: 28, bottom: 40, left: 72 };

/** An accessible SVG line chart (server-rendered too) with its data as a table beside it. */
export function LineChart({ title, xs, xLabel, lines, currency, unit = 'currency' }: Props) {
  const all = lines.flatMap((l) => l.values.filter((v): v is number => v !== null));
  const max = Math.max(1, ...all);
  const min = Math.min(0, ...all);
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, xs.length - 1);
  const y = (v: number) => PAD.top + ((max - v) * (H - PAD.top - PAD.bottom)) / (max - min || 1);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => min + t * (max - min));
  const money = (v: number) => formatValue(v, unit, { currency, compact: true });
  // Runs of consecutive figures, so a line stops where its figures stop.
  const runs = (values: (number | null)[]) =>
    values.reduce<[number, number][][]>((out, v, i) => {
      if (v === null) return out;
      const last = out[out.length - 1];
      if (last && values[i - 1] !== null && i > 0) last.push([i, v]);
      else out.push([[i, v]]);
      return out;
    }, []);
  const every = Math.ceil(xs.length / 10);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. The table that follows gives the same figures.`}>
        {ticks.map((t, i) => (
          <g key={i} class="chart-grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text x={PAD.left - 8} y={y(t) + 4} text-anchor="end">{money(t)}</text>
          </g>
        ))}
        {xs.map((label, i) =>
          i % every === 0 || i === xs.length - 1 ? (
            <text key={i} class="chart-x" x={x(i)} y={H - PAD.bottom + 18} text-anchor="middle">{label}</text>
          ) : null,
        )}
        <text class="chart-x" x={(W + PAD.left) / 2} y={H - 4} text-anchor="middle">{xLabel}</text>
        {lines.map((line, n) => (
          <g key={line.label} class={`chart-line series-${n % 6}`}>
            {runs(line.values).map((run) => (
              <polyline key={run[0]![0]} fill="none" points={run.map(([i, v]) => `${x(i)},${y(v)}`).join(' ')} />
            ))}
            {line.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r="3" />))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="chart-legend">
          {lines.map((line, n) => (
            <li key={line.label} class={`series-${n % 6}`}>{line.label}</li>
          ))}
        </ul>
        <details>
          <summary>Show the figures as a table</summary>
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{xLabel}</th>
                {lines.map((l) => (
                  <th scope="col" key={l.label}>{l.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {xs.map((label, i) => (
                <tr key={i}>
                  <th scope="row">{label}</th>
                  {lines.map((l) => (
                    <td key={l.label}>{l.values[i] === null || l.values[i] === undefined ? '–' : formatValue(l.values[i]!, unit, { currency })}</td>
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
