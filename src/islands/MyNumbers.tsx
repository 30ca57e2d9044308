import { useEffect, useState } from 'preact/hooks';
import { useKeptInput } from './kept-input';
import { formatValue } from '../calculators/format';
import { $mode, $profile } from '../state/profile';
import { $currency } from '../state/currency';
import { profileFields, type Profile, type ProfileKey } from '../calculators/profile';
import { editProfile } from '../calculators/profile-edit';
import { exportProfile, importProfile, MAX_PROFILE_FILE } from '../state/profile-file';
import { $storageNotices, BLOCKED, backUp } from '../state/persist';
import { StorageNotices } from './StorageNotices';
import { useStore } from '../state/use-store';
import { FieldInput } from './FieldInput';
import { download } from '../lib/download';
import { MessageView, type Message } from './MessageView';

/** One line under a field; kept here rather than in profile-fields.ts, which every calculator page loads. */
const hints: Partial<Record<ProfileKey, string>> = {
  arr: 'Total recurring revenue across all customers, per year.',
  arpc: 'Annual. Leave it blank and the calculators work it out as ARR ÷ customers.',
  retention: 'Share of customers (or gross revenue) still with you a year later. Leave it blank and the calculators work out gross revenue retention from the last-year figures below.',
  'start-arr': 'What the customers you had a year ago were paying then. With the next three figures it makes your own NRR and GRR.',
  expansion: 'Upsell and cross-sell from those customers during the year.',
  contraction: 'Downgrades from those customers during the year.',
  churned: 'Revenue from those customers who left during the year.',
  csms: 'Customer success managers carrying accounts today.',
  discount: 'Your cost of capital, per year; 10% is a common planning figure.',
  cac: 'Sales and marketing cost per customer won.',
  'involuntary-churned': 'Customers that closed, were acquired or cut their tools for reasons unconnected with the product.',
  downgraded: 'They stayed but pay less: not lost customers.',
  'enterprise-customers': 'Customers in the segments you run, for the team planner. Chapter 6 puts enterprise above $250,000 a year.',
  'mid-market-customers': 'Chapter 6: $50,000 to $250,000 a year.',
  'smb-customers': 'Chapter 6: $10,000 to $50,000 a year.',
  'tech-touch-customers': 'Chapter 6: below $10,000 a year.',
};

const textsOf = (profile: Profile): Record<string, string> => Object.fromEntries(profileFields.map((f) => [f.id, profile[f.id] === undefined ? '' : String(profile[f.id])]));

type Pending = { kind: 'import'; profile: Profile } | { kind: 'clear' } | undefined;

/** View, edit, export, import and clear the reader's own figures. */
export default function MyNumbers() {
  const profile = useStore($profile, {});
  const mode = useStore($mode, 'example');
  const currency = useStore($currency, 'USD');
  const notices = useStore($storageNotices, []);
  const [texts, setTexts] = useState<Record<string, string>>(() => textsOf({}));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>();
  const [pending, setPending] = useState<Pending>();

  // The saved figures fill the boxes once the page is alive; when they read as the boxes already
  // do (nothing saved, the common first visit), the form is not drawn again for nothing.
  useEffect(() => {
    const next = textsOf(profile);
    setTexts((now) => (profileFields.every((f) => now[f.id] === next[f.id]) ? now : next));
  }, [profile]);

  const edit = (key: ProfileKey, text: string) => {
    setTexts({ ...texts, [key]: text });
    const { profile: next, error } = editProfile($profile.get(), key, text);
    const { [key]: _, ...rest } = errors;
    setErrors(error ? { ...errors, [key]: error } : rest);
    if (!error) $profile.set(next);
  };

  // A calculator that lacks a figure links here with ?focus=<figure>: take the reader straight to it.
  useEffect(() => {
    const focus = new URLSearchParams(location.search).get('focus');
    if (focus && profileFields.some((f) => f.id === focus)) document.getElementById(`mine-${focus}`)?.focus();
  }, []);

  const exportFile = () => download('my-numbers.json', exportProfile($profile.get()), 'application/json');

  const upload = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_PROFILE_FILE) {
      setMessage({ warn: true, text: `"${file.name}" was not imported: it is too large to be a "my numbers" export. Your numbers are unchanged.` });
      return;
    }
    const result = importProfile(await file.text().catch(() => undefined));
    if (!result.ok) {
      setMessage({ warn: true, text: `"${file.name}" was not imported, and your numbers are unchanged:`, problems: result.problems });
      return;
    }
    setMessage(undefined);
    if (Object.keys($profile.get()).length === 0) apply(result.profile);
    else setPending({ kind: 'import', profile: result.profile });
  };

  /**
   * Replaces the saved figures, as an import or a clear does, keeping a copy of the old ones in
   * this browser first; when the browser has no room for it, the message offers them as a file.
   */
  const replace = (next: Profile, done: string) => {
    const previous = $profile.get();
    const backup = Object.keys(previous).length ? backUp('profile', JSON.stringify(previous)) : '';
    $profile.set(next);
    setPending(undefined);
    const undo = { label: 'Undo', run: () => ($profile.set(previous), setMessage({ text: 'Your previous figures are back.' })) };
    if (backup !== undefined) setMessage({ text: `${done}${backup ? ` Your previous figures are kept in this browser under "${backup}".` : ''}`, actions: backup ? [undo] : [] });
    else
      setMessage({
        text: `${done} This browser would not keep a copy of your previous figures (its storage is full or blocked): download them if you may need them.`,
        warn: true,
        actions: [undo, { label: 'Download them', run: () => download('my-numbers-previous.json', exportProfile(previous), 'application/json') }],
      });
  };
  const apply = (next: Profile) => replace(next, `Imported ${Object.keys(next).length} figure(s).`);
  const clear = () => replace({}, 'Your numbers are cleared.');
  const blocked = notices.some((n) => n.key === BLOCKED);

  // Figures typed (or the switch flipped) while the page loaded are saved, not undone.
  useKeptInput('my-numbers');
  const count = Object.keys(profile).length;
  return (
    <div class="my-numbers" id="my-numbers">
      <StorageNotices />
      {count > 0 && mode === 'example' && (
        <div class="calc-note" role="status">
          <p>Your figures are saved. Switch the book to them, and every calculator whose situation they complete starts from them, with a reading of what they mean.</p>
          <button type="button" onClick={() => $mode.set('mine')}>Use my numbers across the book</button>
        </div>
      )}
      <fieldset class="segmented">
        <legend>Numbers the calculators use</legend>
        <label>
          <input type="radio" name="mode" value="example" checked={mode === 'example'} onChange={() => $mode.set('example')} />
          <span>The book's example numbers</span>
        </label>
        <label>
          <input type="radio" name="mode" value="mine" checked={mode === 'mine'} onChange={() => $mode.set('mine')} />
          <span>My numbers</span>
        </label>
      </fieldset>
      <form class="calc-fields" onSubmit={(e) => e.preventDefault()} noValidate aria-label="My company figures">
        {profileFields.map((field) => (
          <FieldInput
            key={field.id}
            field={{ ...field, optional: true, hint: hints[field.id] }}
            uid="mine"
            currency={currency}
            text={texts[field.id] ?? ''}
            error={errors[field.id]}
            onInput={(text) => edit(field.id, text)}
          />
        ))}
      </form>
      <p class="saved-summary" role="status">
        {count === 0
          ? blocked
            ? 'No figures entered yet. This browser is not letting the playbook keep them, so they will last only while the page is open.'
            : 'No figures saved yet. Each one saves as you type.'
          : `${count} figure(s) ${blocked ? 'entered, kept only while this page is open' : 'saved in this browser'}${profile.arr !== undefined ? `, including ARR of ${formatValue(profile.arr, 'currency', { currency })}` : ''}.`}
      </p>
      <div class="actions">
        <button type="button" onClick={exportFile} disabled={count === 0}>Export as JSON</button>
        <label class="button">
          Import a JSON file
          <input class="visually-hidden" type="file" accept="application/json,.json" onChange={upload} />
        </label>
        <button type="button" onClick={() => setPending({ kind: 'clear' })} disabled={count === 0}>Clear my numbers</button>
      </div>
      {pending && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">
            {pending.kind === 'clear'
              ? 'Clear all your saved figures? A copy is kept in this browser, or offered as a file if it has no room.'
              : `Replace your ${count} saved figure(s) with the ${Object.keys(pending.profile).length} in the file?`}
          </p>
          <button type="button" onClick={() => (pending.kind === 'clear' ? clear() : apply(pending.profile))}>
            {pending.kind === 'clear' ? 'Clear them' : 'Replace them'}
          </button>
          <button type="button" onClick={() => setPending(undefined)}>Keep what I have</button>
        </div>
      )}
      <MessageView message={message} />
    </div>
  );
}
