/** A message after something the reader did (an import, a clear, a replace), with what was left out and what they can do next. */
export interface Message {
  text: string;
  /** What was left out, one sentence each (rendered as text). */
  problems?: string[];
  warn?: boolean;
  /** Follow-ups the reader can take, such as undoing or downloading what was replaced. */
  actions?: { label: string; run: () => void }[];
}

/** Rendered as text, never HTML; a warning is announced at once (alert), anything else politely (status). */
export function MessageView({ message }: { message: Message | undefined }) {
  if (!message) return null;
  return (
    <div class={`calc-note${message.warn ? ' warn' : ''}`} role={message.warn ? 'alert' : 'status'}>
      <p>
        {message.text}
        {message.actions?.map((a) => (
          <>
            {' '}
            <button type="button" class="link" onClick={a.run}>
              {a.label}
            </button>
          </>
        ))}
      </p>
      {message.problems && message.problems.length > 0 && (
        <ul>
          {message.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
