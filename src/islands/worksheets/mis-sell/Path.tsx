import { useState } from 'preact/hooks';
import trackModel, { answer, walk, type TrackAnswers } from '../../../calculators/two-track-path/model';
import { Choice } from '../Choice';
import { Frame, useWorksheet } from './Frame';

const field = (id: string) => trackModel.fields.find((f) => f.id === id) as { label: string; options: readonly { value: string; label: string }[] };

/** Step 2: the product track and the commercial track, ending on the exact next step. */
export default function Path() {
  const [ws, update] = useWorksheet();
  const [reset, setReset] = useState<string>();
  const w = walk(ws.track);
  const set = (change: TrackAnswers) => {
    const next = answer(ws.track, change);
    setReset(next.reset);
    update((x) => (x.track = next.answers as typeof x.track));
  };
  const choice = (id: 'roadmap' | 'bridge' | 'cro') => (
    <Choice name={`ms-${id}`} legend={field(id).label} options={field(id).options} value={ws.track[id] ?? ''} onChange={(v) => set({ [id]: v })} />
  );
  return (
    <Frame step={1}>
      <section class="ws-section ws-screen" aria-labelledby="step-title">
        <h2 id="step-title">Step 2 of 5: decide the path</h2>
        <div class="ws-prompt">
          <h3>Product track</h3>
          {choice('roadmap')}
          {ws.track.roadmap === 'yes' && choice('bridge')}
          {reset && <p class="calc-note warn" role="status">{reset}</p>}
        </div>
        <div class="ws-prompt">
          <h3>Commercial track</h3>
          {choice('cro')}
        </div>
        <div class="ws-result" aria-live="polite">
          <p>
            <strong>Product track:</strong> {w.product.label}
          </p>
          <p>
            <strong>Commercial track:</strong> {w.commercial.label}
          </p>
          <p class="ws-next">
            <strong>{w.complete ? 'Exact next step' : 'Next question'}:</strong> <span data-output="next-step" data-value={w.next.id}>{w.next.label}</span>
          </p>
          <p class="visually-hidden" data-output="path" data-value={w.path}>{w.complete ? 'Both tracks have an answer.' : 'Both tracks still have a question open.'}</p>
          {w.notes.map((n) => (
            <p class="calc-note" role="status" key={n.text}>{n.text}</p>
          ))}
        </div>
      </section>
    </Frame>
  );
}
