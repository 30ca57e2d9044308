import type { CalculatorModel } from '../calculators/contract';
import { embedSnippet } from '../calculators/embed';
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
      <CopyField id={`${uid}--embed`} label="Embed code for a wiki or web page" value={embedSnippet(origin, model.id, title, embedHeight(model, compared), query)} multiline />
    </>
  );
}

/** A first guess before the frame reports its real height: fields, results, the compare button and, when open, the comparison. */
const embedHeight = (model: CalculatorModel, compared: boolean) =>
  260 + 72 * Math.ceil(model.fields.length / 2) + 56 * model.outputs.length + (model.scenarios ? 56 : 0) + (compared ? 160 + 88 * model.fields.length + 48 * model.outputs.length : 0);
