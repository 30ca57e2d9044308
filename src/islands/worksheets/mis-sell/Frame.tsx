import type { ComponentChildren } from 'preact';
import { $misSell } from '../../../state/worksheets/mis-sell';
import { useStore } from '../../../state/use-store';
import { emptyWorksheet, STEPS, type MisSell } from '../../../worksheets/mis-sell/state';
import { stepsDone } from '../../../worksheets/mis-sell/progress';
import { StorageNotices } from '../../StorageNotices';
import { useKeptInput } from '../../kept-input';

const EMPTY = emptyWorksheet();

/** The worksheet and a way to change it; the first render matches the server's empty worksheet. */
export function useWorksheet(): [MisSell, (change: (draft: MisSell) => void) => void] {
  const ws = useStore($misSell, EMPTY);
  const update = (change: (draft: MisSell) => void) => {
    const draft = structuredClone($misSell.get());
    change(draft);
    $misSell.set(draft);
  };
  return [ws, update];
}

interface Props {
  /** Index of this page's step in STEPS. */
  step: number;
  /** Worksheet-wide actions, shown on the first step only so the other pages stay light. */
  options?: ComponentChildren;
  children: ComponentChildren;
}

/** What every step shares: saved-data notices and progress through the four steps. */
export function Frame({ step, options, children }: Props) {
  const [ws] = useWorksheet();
  const done = stepsDone(ws);
  // Whatever was typed or ticked while the page loaded is saved like any other answer.
  useKeptInput('worksheet');
  return (
    <div class="ws" id="worksheet">
      <StorageNotices />
      <div class="ws-screen">
        <nav aria-label="Worksheet steps">
          <ol class="ws-progress">
            {STEPS.map((s, i) => (
              <li key={s.path} class={done[i] ? 'done' : undefined}>
                <a href={s.path} aria-current={i === step ? 'step' : undefined}>{s.name}</a> <span>{done[i] ? 'done' : 'to do'}</span>
              </li>
            ))}
          </ol>
        </nav>
        <p class="ws-saved">Your answers save in this browser as you go and stay here: nothing is sent anywhere, and nothing goes into the page address.</p>
        {options}
      </div>
      {children}
    </div>
  );
}
