import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import { QUESTIONS } from '../../assessment/fixtures';
import type { QuestionText } from '../../assessment/types';
import ScaleIsland, { ScaleView } from './ScaleIsland';
import Assessment from './Assessment';
import Team from './Team';
import ResultsPage from './ResultsPage';
import Plan from './Plan';
import { PersonalResults } from './Results';
import { LevelChart } from '../../charts/LevelChart';

// Server output is what a reader without JavaScript gets, and what hydration starts from.
const texts: QuestionText[] = QUESTIONS.map((q) => ({
  ...q,
  question: `Question text for ${q.id}?`,
  levels: { poor: `Poor text ${q.order}`, average: `Average text ${q.order}`, excellent: `Excellent text ${q.order}` },
  chapterTitle: `Chapter ${q.chapter}`,
  framework: true,
}));
const q2 = { ...texts[1]!, exception: 'The recognised exception applies.' };

describe('a scale rendered on the server', () => {
  const html = render(<ScaleView q={q2} uid="a2" full />);

  it('is a fieldset named by its question, anchored by the question id', () => {
    expect(html).toMatch(/^<fieldset class="scale" id="q2-commercial-ownership"/);
    expect(html).toContain('<legend>');
    expect(html).toContain('Question text for q2-commercial-ownership?');
  });

  it('offers the three levels and "don\'t know" as one native radio group, each label carrying its description', () => {
    const radios = [...html.matchAll(/<input type="radio" name="a2-level" value="(\w+)"/g)].map((m) => m[1]);
    expect(radios).toEqual(['poor', 'average', 'excellent', 'unsure']);
    expect(html).toMatch(/<label class="scale-level"><input type="radio" name="a2-level" value="poor"\/><span><strong>Poor.<\/strong> Poor text 2<\/span><\/label>/);
  });

  it('has the exception box, a capped note and the hint with its chapter', () => {
    expect(html).toContain('type="checkbox"');
    expect(html).toMatch(/<textarea id="a2-note" rows="2" maxlength="500"/);
    expect(html).toContain('What moving up takes.');
    expect(html).toContain('href="/chapters/renewals-and-churn/"');
  });

  it('links an inline framework scale to its place in the full assessment, and a chapter scale nowhere', () => {
    expect(render(<ScaleIsland q={texts[0]!} uid="scale-1" />)).toContain('href="/assessment/#q1-leader-seat"');
    expect(render(<ScaleIsland q={{ ...texts[0]!, id: 'extra', framework: false }} uid="scale-2" />)).not.toContain('href="/assessment/');
  });
});

describe('the assessment page rendered on the server', () => {
  const html = render(<Assessment questions={texts} />);

  it('holds all nine questions with their anchors and the progress', () => {
    for (const q of texts) expect(html).toContain(`id="${q.id}"`);
    expect(html).toContain('0 of 9 answered');
    expect(html).not.toContain('data-ready');
  });

  it('says where the results will appear rather than showing an empty reading, and links the results and plan pages', () => {
    expect(html).toContain('Your results');
    expect(html).not.toContain('class="reading"');
    expect(html).toContain('href="/assessment/results/"');
    expect(html).toContain('href="/assessment/plan/"');
  });

  it('keeps results, sharing, targets, history and files off the questions page', () => {
    for (const id of ['id="share"', 'id="targets"', 'id="history"', 'id="files"', 'class="weakest"']) expect(html).not.toContain(id);
  });

  it('renders the results page pointing back to the questions before any answer', () => {
    const results = render(<ResultsPage questions={texts} />);
    expect(results).toContain('id="results"');
    expect(results).toContain('href="/assessment/"');
    expect(results).not.toContain('id="share"');
  });

  it('renders the plan page with export and import', () => {
    const plan = render(<Plan questions={texts} />);
    expect(plan).toContain('id="files"');
    expect(plan).toContain('Import a JSON file');
  });

  it('renders the team page form without any result', () => {
    const team = render(<Team questions={texts} />);
    expect(team).toContain('<label for="team-codes">');
    expect(team).not.toContain('team-results');
  });
});

describe('results', () => {
  const answers = {
    'q1-leader-seat': { level: 'excellent' as const },
    'q2-commercial-ownership': { level: 'poor' as const, note: '<img src=x onerror=alert(1)>' },
    'q3-shared-goals': { unsure: true },
    'q4-cost-to-retain': { level: 'average' as const },
  };
  const html = render(<PersonalResults questions={texts} answers={answers} targets={{ 'q4-cost-to-retain': 'excellent' }} />);

  it('reads provisionally and lists the weakest first, then the unknowns', () => {
    expect(html).toContain('data-band="developing"');
    expect(html).toContain('data-provisional="true"');
    const order = [...html.matchAll(/<li data-question="([\w-]+)"/g)].map((m) => m[1]);
    expect(order.slice(0, 3)).toEqual(['q2-commercial-ownership', 'q4-cost-to-retain', 'q1-leader-seat']);
    expect(order[3]).toBe('q3-shared-goals');
  });

  it('shows notes as text, never as markup', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
  });

  it('draws an accessible chart with the same figures in a table, targets included', () => {
    expect(html).toMatch(/<svg viewBox="0 0 640 \d+" role="img" aria-label="Level per question\. /);
    expect(html).toContain('<th scope="row">4. Funding and capacity</th><td>Average</td><td>Excellent</td>');
    expect(html).toContain('class="lc-target"');
  });
});

describe('the level chart', () => {
  it('shades cells by share and writes marks inside them', () => {
    const html = render(
      <LevelChart title="Counts" summary="One split." legend="Numbers are counts." columns={['Poor', 'Average', 'Excellent']} rows={[{ label: 'Q', fills: [1 / 3, 0, 2 / 3], marks: ['1', '', '2'], cells: ['1', '0', '2'] }]} />,
    );
    expect(html).toContain('fill-opacity="0.33"');
    expect(html).toContain('fill-opacity="0.67"');
    expect(html).toContain('aria-label="Counts. One split. The table below gives the same information."');
    expect(html).not.toContain('style=');
  });
});
