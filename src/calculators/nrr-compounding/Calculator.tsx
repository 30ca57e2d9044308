import model from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { readerNumbers } from '../../islands/reader-numbers';
import { LineChart } from '../../charts/LineChart';
import { Sensitivity } from '../../islands/Sensitivity';

export default (props: CalculatorProps) => (
  <CalculatorView
    model={model}
    numbers={readerNumbers}
    {...props}
    extra={(result, currency, values) => (
      <>
        {result.series && (
          <LineChart
            title="ARR of company 1 and company 2, year by year"
            xs={result.series.year!.map((y) => (y === 0 ? 'Start' : `Year ${y}`))}
            xLabel="Year"
            lines={[
              { label: 'Company 1', values: result.series.a! },
              { label: 'Company 2', values: result.series.b! },
            ]}
            currency={currency}
          />
        )}
        <Sensitivity model={model} values={values} currency={currency} />
      </>
    )}
  />
);
