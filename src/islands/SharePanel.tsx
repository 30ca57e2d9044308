import type { CalculatorModel } from '../calculators/contract';
import { embedSnippet, snippetHeight } from '../calculators/embed';
import { LINK_TEXT_MAX } from '../calculators/inputs';
import { CopyField } from './CopyField';

export interface ShareProps {
  uid: string;
  origin: string;
  model: CalculatorModel;
  title: string;
  /** The current inputs (and target, while the comparison is open) as a query string. */
  query: string;
  url: string;
  compared: boolean;
}

/**
 * The body of "Share or embed these numbers", loaded when the reader first opens it.
 * Until then (and without JavaScript) the box holds a plain link to the same address.
 */
export default function SharePanel({ uid, origin, model, title, query, url, compared }: ShareProps) {
  // Two dashes: fields take `<uid>-<field id>`, and a kebab-case field id never holds "--".
  // toQuery leaves out a pasted list too long for an address (and one over its field's limit).
  const given = new URLSearchParams(query);
  const left = model.fields.filter((f) => f.kind === 'text' && !given.has(f.id)).map((f) => f.label.replace(/^./, (c) => c.toLowerCase()));
  return (
    <>
      {left.length > 0 && (
        <p class="calc-note" role="status">
          The link and embed code leave out {left.join(' and ')}: a list longer than {LINK_TEXT_MAX.toLocaleString('en-GB')} characters does not fit in a web address.
          Send the list itself, as a file, with the link.
        </p>
      )}
      <CopyField id={`${uid}--share`} label="Link to these inputs" value={url} />
      <CopyField id={`${uid}--embed`} label="Embed code for a wiki or web page" value={embedSnippet(origin, model.id, title, snippetHeight(model.id, compared), query)} multiline />
    </>
  );
}

