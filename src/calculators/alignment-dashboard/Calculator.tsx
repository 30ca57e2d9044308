import model, { FUNNEL_STAGES } from './model';
import { CalculatorView, type CalculatorProps } from '../../islands/CalculatorView';
import { readerNumbers } from '../../islands/reader-numbers';
import { Funnel } from './Funnel';

export default (props: CalculatorProps) => (
  <CalculatorView model={model} numbers={readerNumbers} {...props} extra={(result) => result.series && <Funnel stages={FUNNEL_STAGES} counts={result.series.funnel!} />} />
);

