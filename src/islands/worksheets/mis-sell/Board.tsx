import { useEffect, useState } from 'preact/hooks';
import { formatValue } from '../../../calculators/format';
import { $currency } from '../../../state/currency';
import { useStore } from '../../../state/use-store';
import { buildReport, reportMarkdown, GATE_INTRO } from '../../../worksheets/mis-sell/report';
import { exportWorksheet } from '../../../worksheets/mis-sell/state';
import { download, today } from '../files';
import { Frame, useWorksheet } from './Frame';

/** Step 5: the one-page board report, filled from the other steps, to print or paste as Markdown. */
export default function Board() {
  const [ws] = useWorksheet();
  const currency = useStore($currency, 'USD');
  const [message, setMessage] = useState<string>();
  const [printed, setPrinted] = useState('');
  useEffect(() => setPrinted(today()), []);
  const report = buildReport(ws, currency);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(reportMarkdown(ws, currency));
      setMessage('Copied as Markdown, ready to paste into the board pack.');
    } catch {
      setMessage('This browser would not allow copying; use "Download as Markdown" instead.');
    }
  };

  return (
    <Frame step={4}>

      <article class="board-page" aria-labelledby="board-title" data-complete={report.complete ? 'true' : 'false'}>
        <h2 id="board-title">{report.title}</h2>
        {(report.meetingLine || printed) && <p class="board-meta">{[report.meetingLine, printed && `Prepared ${printed}`].filter(Boolean).join(' · ')}</p>}
        <dl class="board-case" aria-label="The account and the path chosen">
          <div>
            <dt>Account</dt>
            <dd data-case="account">{report.case.account || 'Not named'}</dd>
          </div>
          <div>
            <dt>Diagnosis</dt>
            <dd data-case="diagnosis">{report.case.diagnosis}</dd>
          </div>
          <div>
            <dt>Product track</dt>
            <dd data-case="product">{report.case.product}</dd>
          </div>
          <div>
            <dt>Commercial track</dt>
            <dd data-case="commercial">{report.case.commercial}</dd>
          </div>
        </dl>
        {report.case.missing.length > 0 && <p class="board-missing">Still to do: {report.case.missing.join(' ')}</p>}
        <h3>1. Pattern</h3>
        {report.pattern.intro && <p>{report.pattern.intro}</p>}
        {report.pattern.rows.length > 0 ? (
          <table class="ws-table board-pattern">
            <thead>
              <tr>
                <th scope="col">Trait</th>
                <th scope="col">Accounts</th>
                <th scope="col">Share of cohort</th>
              </tr>
            </thead>
            <tbody>
              {report.pattern.rows.map((r) => (
                <tr key={r.text}>
                  <td>{r.text}</td>
                  <td>{report.pattern.cohort ? `${r.count} of ${report.pattern.cohort}` : r.count}</td>
                  <td>{r.share === undefined ? 'n/a' : formatValue(r.share, 'percent')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          report.pattern.missing && <p class="board-missing">{report.pattern.missing}</p>
        )}
        {report.pattern.problems.map((p) => <p class="board-missing" key={p}>{p}</p>)}
        {report.pattern.warning && <p class="board-missing">{report.pattern.warning}</p>}
        <h3>2. Cost</h3>
        {report.cost.rows.length > 0 ? (
          <>
            <table class="ws-table board-cost">
              <thead>
                <tr>
                  <th scope="col">Measure</th>
                  <th scope="col">Mismatch cohort</th>
                  <th scope="col">ICP-matched cohort</th>
                </tr>
              </thead>
              <tbody>
                {report.cost.rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    <td>{r.mismatch}</td>
                    <td>{r.icp}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {report.cost.summary.map((s) => <p key={s}>{s}</p>)}
            {report.cost.warnings.map((s) => <p class="board-missing" key={s}>{s}</p>)}
          </>
        ) : (
          <div class="board-missing">
            <p>The cost comparison is not ready. Still needed in step 3:</p>
            <ul>{report.cost.missing.map((m) => <li key={m}>{m}</li>)}</ul>
          </div>
        )}
        <h3>3. Proposed qualification gate</h3>
        <p>{GATE_INTRO}</p>
        {report.gates.questions.length > 0 ? <ol>{report.gates.questions.map((c, i) => <li key={i}>{c}</li>)}</ol> : <p class="board-missing">{report.gates.missing}</p>}
        {report.gates.drafts.length > 0 && (
          <div class="board-missing ws-screen">
            <p>
              Left off the page until they are yes/no questions (<a href="/worksheets/mis-sell/case/">rephrase them in step 4</a>):
            </p>
            <ul>{report.gates.drafts.map((c, i) => <li key={i}>{c}</li>)}</ul>
          </div>
        )}
      </article>

      <div class="actions ws-screen">
        <button type="button" onClick={() => window.print()}>Print the board page</button>
        <button type="button" onClick={copy}>Copy as Markdown</button>
        <button type="button" onClick={() => download('board-risk-report.md', reportMarkdown(ws, currency), 'text/markdown')}>Download as Markdown</button>
        <button type="button" onClick={() => download('mis-sell-worksheet.json', exportWorksheet(ws), 'application/json')}>Export the worksheet</button>
      </div>
      {message && <p class="calc-note ws-screen" role="status">{message}</p>}
    </Frame>
  );
}
