import { BANDS, type Reading } from '../../assessment/scoring';

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
          ? 'Choose poor, average or excellent on at least one question for a reading; "don\'t know" answers are not scored.'
          : max === 18
            ? `${total} of 18 points.`
            : `${total} of ${max} points on the ${max / 2} questions scored: ${Math.round(scaled!)} of 18 when scaled to the full assessment.`}
        {band && provisional && ' Some questions are unanswered or "don\'t know", so the band may move once they are settled.'}
      </p>
      <p class="reading-scale">Bands: {BANDS.map((b) => `${b.min}–${b.max} ${b.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`).join(', ')}. Poor scores 0, average 1, excellent 2.</p>
    </div>
  );
}
