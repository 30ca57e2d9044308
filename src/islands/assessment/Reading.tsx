import { LEVEL_NAMES } from '../../assessment/types';
import { BANDS, type QuestionScore, type Reading } from '../../assessment/scoring';

/** `2025-03-31` → "31 March 2025". */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** How one question stands, in words. */
export function statusText(s: Pick<QuestionScore, 'status' | 'level'>): string {
  if (s.status === 'unsure') return "Don't know";
  if (s.status === 'unanswered') return 'Not answered';
  return s.status === 'exception' ? `${LEVEL_NAMES[s.level!]}, exception` : LEVEL_NAMES[s.level!];
}

type ReadingLike = Pick<Reading, 'total' | 'max' | 'scaled' | 'band' | 'provisional'>;

/** The overall band with its arithmetic, marked provisional when answers are missing. */
export function ReadingView({ reading, whose = 'Overall reading' }: { reading: ReadingLike; whose?: string }) {
  const { total, max, scaled, band, provisional } = reading;
  return (
    <div class="reading" data-band={band?.id ?? 'none'} data-provisional={String(provisional)}>
      <p class="reading-band">
        {whose}: <strong>{band ? band.label : 'nothing scored yet'}</strong>
        {band && provisional && ' (provisional)'}
      </p>
      <p>
        {band === null
          ? 'Choose poor, average or excellent on at least one question for a reading; "don\'t know" answers and exceptions are not scored.'
          : max === 18
            ? `${total} of 18 points.`
            : `${total} of ${max} points on the ${max / 2} questions scored: ${Math.round(scaled!)} of 18 when scaled to the full assessment.`}
        {band && provisional && ' Some questions are unanswered or "don\'t know", so the band may move once they are settled.'}
      </p>
      <p class="reading-scale">Bands: {BANDS.map((b) => `${b.min}–${b.max} ${b.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`).join(', ')}. Poor scores 0, average 1, excellent 2.</p>
    </div>
  );
}
