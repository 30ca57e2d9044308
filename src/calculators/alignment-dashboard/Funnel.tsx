import { formatValue } from '../format';

interface Props {
  stages: readonly string[];
  counts: number[];
}

const W = 640;
const ROW = 58;
const LEFT = 8;
const BAR_MAX = 520;

/** The three-stage misalignment funnel as an accessible SVG, with the same figures as a table. */
export function Funnel({ stages, counts }: Props) {
  const max = Math.max(1, ...counts);
  const share = (i: number) => (i === 0 || counts[i - 1] === 0 ? undefined : (counts[i]! * 100) / counts[i - 1]!);
  const summary = stages.map((s, i) => `${s}: ${counts[i]}`).join('; ');
  return (
    <figure class="chart funnel">
      <svg viewBox={`0 0 ${W} ${ROW * stages.length + 8}`} role="img" aria-label={`Misalignment funnel. ${summary}. The table that follows gives the same figures.`}>
        {stages.map((stage, i) => {
          const width = Math.max(2, (counts[i]! / max) * BAR_MAX);
          const y = i * ROW + 4;
          return (
            <g key={stage}>
              <text x={LEFT} y={y + 14}>{stage}</text>
              <rect class={`funnel-bar funnel-${i}`} x={LEFT} y={y + 22} width={width} height={24} rx={3} />
              <text class="funnel-count" x={LEFT + width + 8} y={y + 40}>{formatValue(counts[i]!, 'count')}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <details>
          <summary>Show the funnel as a table</summary>
          <table>
            <caption class="visually-hidden">Misalignment funnel</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Clients</th>
                <th scope="col">Share of the stage before</th>
              </tr>
            </thead>
            <tbody>
              {stages.map((stage, i) => {
                const s = share(i);
                return (
                  <tr key={stage}>
                    <th scope="row">{stage}</th>
                    <td>{formatValue(counts[i]!, 'count')}</td>
                    <td>{i === 0 ? 'First stage' : s === undefined ? 'Not defined' : formatValue(s, 'percent')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
