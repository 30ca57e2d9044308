import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import { CalculatorView } from './CalculatorView';
import Scenarios from './Scenarios';
import SharePanel from './SharePanel';
import type { CalculatorModel } from '../calculators/contract';
import { defaultTexts, toQuery } from '../calculators/inputs';
import cltv from '../calculators/cltv/model';
import ltvCac from '../calculators/ltv-cac/model';
import compounding from '../calculators/compounding/model';

const origin = 'https://playbook.example';
const view = (model: CalculatorModel, place: 'tool' | 'embed' = 'tool') => render(<CalculatorView model={model} place={place} uid="c1" origin={origin} title={model.title} />);

describe('the calculator as the server renders it', () => {
  it('gives a plain share link with the inputs, and no share code until the box is opened', () => {
    const html = view(cltv);
    expect(html).toContain(`<details><summary>Share or embed these numbers</summary><p><a href="${origin}/tools/cltv/?${toQuery(cltv, defaultTexts(cltv)).replace(/&/g, '&amp;')}">Link to these inputs</a></p></details>`);
    expect(html).not.toContain('copy-field');
  });

  it('offers the comparison only on calculators that hold two scenarios, disabled until the page runs', () => {
    expect(view(cltv)).toContain('<button type="button" class="calc-compare" disabled aria-expanded="false">Compare today with a target</button>');
    expect(view(compounding)).not.toContain('calc-compare');
    expect(view(cltv)).not.toContain('data-scenario');
  });
});

describe('the share box', () => {
  it('copies the link and an iframe that carry the target while the comparison is open', () => {
    const query = 'ltv=90000&cac=30000&target-ltv=120000&target-cac=30000';
    const html = render(<SharePanel uid="c1" origin={origin} model={ltvCac} title="LTV to CAC ratio" query={query} url={`${origin}/tools/ltv-cac/?${query}`} compared />);
    expect(html).toContain(`value="${origin}/tools/ltv-cac/?${query.replace(/&/g, '&amp;')}"`);
    expect(html).toContain(`${origin}/embed/ltv-cac/?${query.replace(/&/g, '&amp;')}`);
    expect(html).toContain('title=&quot;LTV to CAC ratio calculator&quot;');
  });
});

describe('today against a target', () => {
  const today = defaultTexts(cltv);
  const panel = (target: Record<string, string>) =>
    render(<Scenarios id="c1--compare" model={cltv} uid="c1" currency="USD" today={today} target={target} setTarget={() => {}} />);

  it('shows both scenarios and the change in a table with a caption and headers', () => {
    const html = panel({ ...today, retention: '95' });
    expect(html).toMatch(/<table class="scenario-table"><caption>[^<]+<\/caption><thead><tr><th scope="col">Figure<\/th><th scope="col">Today<\/th><th scope="col">Target<\/th><th scope="col">Change<\/th>/);
    expect(html).toContain('<th scope="row">Lifetime value (churn-based)</th><td data-scenario="today" data-label="Today"><span data-output="cltv" data-value="90000">$90,000</span></td><td data-scenario="target" data-label="Target"><span data-output="cltv" data-value="180000">$180,000</span></td><td data-change="cltv" data-value="90000" data-percent="100" data-label="Change">+$90,000 (+100%)</td>');
    expect(html).toContain('data-change="lifespan" data-value="10" data-percent="100" data-label="Change">+10 years (+100%)');
  });

  it('edits the target with the calculator’s own fields and explains a bad value at the field', () => {
    const html = panel({ ...today, retention: '120' });
    expect(html).toContain('<legend>Target</legend>');
    expect(html).toContain('id="c1--target-retention"');
    expect(html).toContain('<p class="error" id="c1--target-retention-error">Annual retention must be between 0% and 100%.</p>');
    expect(html).toContain('<td data-scenario="today" data-label="Today"><span data-output="cltv" data-value="90000">$90,000</span></td>');
    expect(html).toContain('<td data-scenario="target" data-label="Target"><span data-output="cltv" data-value="n/a">Not calculated</span><span class="calc-reason">Waiting for a valid Annual retention.</span></td>');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('shows today’s inputs as the reader would say them', () => {
    const html = panel(today);
    expect(html).toContain('<dt>Annual revenue per customer</dt><dd>$12,000</dd>');
    expect(html).toContain('<dt>Annual retention</dt><dd>90%</dd>');
    expect(html).toContain('data-change="cltv" data-value="0" data-percent="0" data-label="Change">No change');
  });

  it('moves percentages by points, and shows keywords side by side', () => {
    const html = render(<Scenarios id="x" model={ltvCac} uid="c2" currency="GBP" today={{ ltv: '60000', cac: '30000' }} target={{ ltv: '120000', cac: '30000' }} setTarget={() => {}} />);
    expect(html).toContain('data-change="ratio" data-value="2" data-percent="100" data-label="Change">+2 (+100%)');
    expect(html).toContain('<span data-output="band" data-value="weak">Weak: below 3 to 1</span>');
    expect(html).toContain('<span data-output="band" data-value="healthy">Healthy: 3 to 1 or better</span>');
    expect(html).toContain('data-change="band" data-value="changed" data-label="Change">Changed');
  });
});
