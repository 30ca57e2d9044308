import model from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { CiteView, type CiteProps } from '../../islands/CiteView';
import { Sensitivity } from '../../islands/Sensitivity';

export default (props: CalculatorProps) => <CalculatorView model={model} {...props} extra={(_, currency, values) => <Sensitivity model={model} values={values} currency={currency} />} />;
export const Cite = (props: CiteProps) => <CiteView model={model} {...props} />;
