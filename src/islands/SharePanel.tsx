import type { CalculatorModel } from '../calculators/contract';
import { embedSnippet, snippetHeight } from '../calculators/embed';
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
  return (
    <>
      <CopyField id={`${uid}--share`} label="Link to these inputs" value={url} />
      <CopyField id={`${uid}--embed`} label="Embed code for a wiki or web page" value={embedSnippet(origin, model.id, title, snippetHeight(model.id, compared), query)} multiline />
    </>
  );
}

