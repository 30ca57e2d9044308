import model from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { readerNumbers } from '../../islands/reader-numbers';
import { LineChart } from '../../charts/LineChart';

export default (props: CalculatorProps) => (
  <CalculatorView
    model={model}
    numbers={readerNumbers}
    {...props}
    extra={(result, currency) =>
      result.series && (
        <LineChart
          title="Contract value of the account and of a flat account, year by year"
          xs={result.series.year!.map((y) => `Year ${y}`)}
          xLabel="Year"
          lines={[
            { label: 'This account', values: result.series.acv! },
            { label: 'A flat account', values: result.series.flat! },
          ]}
          currency={currency}
        />
      )
    }
  />
);
