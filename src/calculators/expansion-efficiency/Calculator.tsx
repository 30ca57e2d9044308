import model from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { readerNumbers } from '../../islands/reader-numbers';

export default (props: CalculatorProps) => <CalculatorView model={model} numbers={readerNumbers} {...props} />;
