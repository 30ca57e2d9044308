import { describe, it, expect } from 'vitest';
import { render } from 'preact-render-to-string';
import DealReview from './DealReview';
import Diagnose from './mis-sell/Diagnose';
import Path from './mis-sell/Path';
import Cost from './mis-sell/Cost';
import Case from './mis-sell/Case';
import Board from './mis-sell/Board';

// Server output is what a reader sees before JavaScript runs: an empty worksheet, never a broken number.
const clean = (html: string) => expect(html).not.toMatch(/\bNaN\b|\bInfinity\b|>undefined</);

describe('worksheet islands rendered on the server', () => {
  it('renders an empty deal review as not ready, with twelve prompt groups and the summary', () => {
    const html = render(<DealReview />);
    expect(html.match(/<fieldset class="ws-choice"/g)).toHaveLength(13);
    expect(html).toContain('data-status="not-ready"');
    expect(html).toContain('Handoff summary');
    expect(html).toContain('data-readiness="0"');
    clean(html);
  });

  it('renders every step of the mis-sell worksheet with its progress list', () => {
    for (const [Step, title] of [
      [Diagnose, 'Step 1 of 5: diagnose the account'],
      [Path, 'Step 2 of 5: decide the path'],
      [Cost, 'Step 3 of 5: count the cost'],
      [Case, 'Step 4 of 5: the pattern and the gate'],
    ] as const) {
      const html = render(<Step />);
      expect(html).toContain(title);
      expect(html.match(/aria-current="step"/g)).toHaveLength(1);
      clean(html);
    }
  });

  it('renders an empty board page that says what each section still needs', () => {
    const html = render(<Board />);
    expect(html).toContain('No pattern yet');
    expect(html).toContain('The cost comparison is not ready');
    expect(html).toContain('No gate yet');
    expect(html).toContain('data-complete="false"');
    clean(html);
  });
});
