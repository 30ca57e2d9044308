import type { Currency } from '../calculators/units';
import { LineChart } from './LineChart';

/** Two companies' ARR year by year, from a result's `year`, `a` and `b` series. */
export function TwoCompanyChart({ series, names, currency }: { series: Record<string, number[]>; names: [string, string]; currency: Currency }) {
  return (
    <LineChart
      title={`ARR of ${names.map((n) => n[0]!.toLowerCase() + n.slice(1)).join(' and ')}, year by year`}
      xs={series.year!.map((y) => (y === 0 ? 'Start' : `Year ${y}`))}
      xLabel="Year"
      lines={[
        { label: names[0], values: series.a! },
        { label: names[1], values: series.b! },
      ]}
      currency={currency}
    />
  );
}
