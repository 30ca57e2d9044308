import model from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { ResultTables } from '../../islands/ResultTables';

export default (props: CalculatorProps) => <CalculatorView model={model} {...props} extra={(result, currency) => <ResultTables result={result} currency={currency} />} />;
