import model from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';

export default (props: CalculatorProps) => <CalculatorView model={model} {...props} />;
