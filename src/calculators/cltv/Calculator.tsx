import model from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { readerNumbers } from '../../islands/reader-numbers';
import { Sensitivity } from '../../islands/Sensitivity';

export default (props: CalculatorProps) => <CalculatorView model={model} numbers={readerNumbers} {...props} extra={(_, currency, values) => <Sensitivity model={model} values={values} currency={currency} />} />;
