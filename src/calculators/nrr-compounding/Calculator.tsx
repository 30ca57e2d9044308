import model from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { readerNumbers } from '../../islands/reader-numbers';
import { TwoCompanyChart } from '../../charts/TwoCompanyChart';
import { Sensitivity } from '../../islands/Sensitivity';

export default (props: CalculatorProps) => (
  <CalculatorView
    model={model}
    numbers={readerNumbers}
    {...props}
    extra={(result, currency, values) => (
      <>
        {result.series && <TwoCompanyChart series={result.series} names={['Company 1', 'Company 2']} currency={currency} />}
        <Sensitivity model={model} values={values} currency={currency} />
      </>
    )}
  />
);
