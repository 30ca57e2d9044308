import model from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { CiteView, type CiteProps } from '../../islands/CiteView';

export default (props: CalculatorProps) => <CalculatorView model={model} {...props} />;
export const Cite = (props: CiteProps) => <CiteView model={model} {...props} />;
