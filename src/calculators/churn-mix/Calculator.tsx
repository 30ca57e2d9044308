import model from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { readerNumbers } from '../../islands/reader-numbers';
import { ResultTables } from '../../islands/ResultTables';

export default (props: CalculatorProps) => <CalculatorView model={model} numbers={readerNumbers} {...props} extra={(result, currency) => <ResultTables result={result} currency={currency} />} />;
