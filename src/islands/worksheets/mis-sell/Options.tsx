import { useState } from 'preact/hooks';
import { $misSell } from '../../../state/worksheets/mis-sell';
import { emptyWorksheet, exportWorksheet, importWorksheet } from '../../../worksheets/mis-sell/state';
import { exampleWorksheet } from '../../../worksheets/mis-sell/example';
import { download, importOver } from '../files';

/** Load the book's example, export, import or clear the whole worksheet. */
export function Options() {
  const [message, setMessage] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const upload = async (event: Event) => {
    const said = await importOver(event, $misSell, 'mis-sell', importWorksheet, emptyWorksheet(), 'worksheet');
    if (said) setMessage(said);
  };
  return (
    <details class="ws-tools">
      <summary>Worksheet options: example, export, import, start again</summary>
      <div class="actions">
        <button type="button" onClick={() => ($misSell.set(exampleWorksheet()), setMessage('Loaded the book’s illustrative example into every step. Change anything you like.'))}>Load the book’s example</button>
        <button type="button" onClick={() => download('mis-sell-worksheet.json', exportWorksheet($misSell.get()), 'application/json')}>Export the worksheet</button>
        <label class="button">
          Import a worksheet
          <input class="visually-hidden" type="file" accept="application/json,.json" onChange={upload} />
        </label>
        <button type="button" onClick={() => setConfirming(true)}>Start again</button>
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="ms-confirm">
          <p id="ms-confirm">Clear every step of the worksheet? Export it first if you want to keep it.</p>
          <button type="button" onClick={() => ($misSell.set(emptyWorksheet()), setConfirming(false), setMessage('The worksheet is cleared.'))}>Clear it</button>
          <button type="button" onClick={() => setConfirming(false)}>Keep it</button>
        </div>
      )}
      {message && <p class="calc-note" role="status">{message}</p>}
    </details>
  );
}
