import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import { QUESTIONS, SCALES, summary } from '../../assessment/fixtures';
import { groupBySet } from '../../assessment/sets';
import type { QuestionText, ScaleSet } from '../../assessment/types';
import ScaleIsland, { ScaleView } from './ScaleIsland';
import Assessment from './Assessment';
import { SetCount, SetScales } from './ScaleSets';
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
const sets: ScaleSet[] = groupBySet(SCALES.map(summary)).map((g) => ({ ...g, title: `Chapter ${g.set}` }));

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

  it('counts a chapter\'s scales until the saved answers are read, and points to their own page until they come alive', () => {
    const scales = texts.slice(0, 3).map((q) => ({ ...q, id: `onboarding-${q.id}`, framework: false }));
    expect(render(<SetCount ids={scales.map((q) => q.id)} />)).toBe('<span class="set-count">(3 scales)</span>');
    const html = render(<SetScales set="onboarding" scales={scales} />);
    expect(html).toContain('href="/assessment/chapter/onboarding/"');
    expect(html).not.toContain('<fieldset');
  });

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
    expect(html).toMatch(/<div class="lc" role="img" aria-label="Level per question\. /);
    expect(html).toContain('<th scope="row">4. Funding and capacity</th><td>Average</td><td>Excellent</td>');
    expect(html).toMatch(/class="lc-cell lc-f\d lc-target"/);
  });
});

describe('results with the chapters’ scales', () => {
  const answers = {
    'q1-leader-seat': { level: 'average' as const },
    'onboarding-handoff': { level: 'excellent' as const },
    'onboarding-sequence': { level: 'poor' as const, note: '<b>slow</b>' },
    'onboarding-destination': { unsure: true },
  };
  const html = render(<PersonalResults questions={texts} sets={sets} answers={answers} />);
  const part = html.slice(html.indexOf('id="chapter-scales"'));

  it('keeps the nine-question reading to the framework and says so', () => {
    expect(html).toContain('1 of 2 points on the 1 questions scored');
    expect(part).toContain('They are not part of the nine-question reading above');
  });

  it('shows each chapter with answers as its own picture, weakest first, numbered within the chapter', () => {
    expect(part).toMatch(/<h4><a href="\/chapters\/onboarding\/">Chapter onboarding<\/a><\/h4>/);
    expect(part).toContain(`aria-label="Level per scale: Chapter onboarding. Poor 1, average 0, excellent 1, don't know 1.`);
    expect([...part.matchAll(/<li data-question="([\w-]+)"/g)].map((m) => m[1])).toEqual(['onboarding-sequence', 'onboarding-handoff', 'onboarding-destination']);
    expect(part).toContain('<strong>3. Sequence and intensity</strong>');
    expect(part).toContain('Question text for onboarding-sequence?');
    expect(part).toContain('Front-load the first month.');
    expect(part).toContain('Find out where the company stands here.</p>');
    expect(part).toContain('&lt;b>slow&lt;/b>');
  });

  it('offers the chapters without answers for scoring, on screen only', () => {
    expect(part).toContain('<a href="/assessment/chapter/renewals-and-churn/">Score Chapter renewals-and-churn</a>: 2 scales, none answered yet.');
    expect(part).not.toContain('data-set="renewals-and-churn"');
  });

  it('keeps the whole part off paper when no scale is answered', () => {
    const none = render(<PersonalResults questions={texts} sets={sets} answers={{ 'q1-leader-seat': { level: 'poor' } }} />);
    expect(none).toContain('class="chapter-results no-print"');
  });

  it('shows a shared result’s chapters only where it holds answers, and never offers scoring', () => {
    const shared = render(<PersonalResults questions={texts} sets={sets} answers={answers} shared />);
    expect(shared).toContain('data-set="onboarding"');
    expect(shared).not.toContain('/assessment/chapter/');
    const v1 = render(<PersonalResults questions={texts} sets={sets} answers={{ 'q1-leader-seat': { level: 'poor' } }} shared />);
    expect(v1).toContain('This result holds no answers to the chapters');
  });
});

describe('the level chart', () => {
  it('shades cells by share and writes marks inside them', () => {
    const html = render(
      <LevelChart title="Counts" summary="One split." legend="Numbers are counts." columns={['Poor', 'Average', 'Excellent']} rows={[{ label: 'Q', fills: [1 / 3, 0, 2 / 3], marks: ['1', '', '2'], cells: ['1', '0', '2'] }]} />,
    );
    // A third of the team is the second of four shades, two thirds the third.
    expect(html).toContain('<span class="lc-cell lc-f2">1</span><span class="lc-cell lc-f0"></span><span class="lc-cell lc-f3">2</span>');
    expect(html).toContain('aria-label="Counts. One split. The table below gives the same information."');
    expect(html).not.toContain('style=');
  });
});
