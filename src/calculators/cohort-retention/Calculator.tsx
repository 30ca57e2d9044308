import model, { parseCohorts } from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { LineChart } from '../../charts/LineChart';

export default (props: CalculatorProps) => (
  <CalculatorView
    model={model}
    {...props}
    extra={(_, currency, values) => {
      const { cohorts, periods } = parseCohorts(values.cohorts as string);
      if (!cohorts.length) return null;
      return (
        <LineChart
          title="Gross revenue retention by cohort, by age"
          xs={['Start', ...periods]}
          xLabel="Time since the cohort joined"
          lines={cohorts.map((c) => ({ label: c.label, values: [100, ...periods.map((_, i) => c.kept[i] ?? null)] }))}
          currency={currency}
          unit="percent"
        />
      );
    }}
  />
);
