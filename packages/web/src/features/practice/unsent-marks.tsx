import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { flushNow, useOutbox, type OutboxItem } from '../../offline';
import { isRecord } from '../../offline/local-store';

// A log (or next-day check) still on this device that reports a bruise or swelling: the plan on
// screen does not rest that spot yet, so no session starts from it until the server has the log
// and the plan has adapted.

export type Mark = 'bruising' | 'swelling';

const listed = (v: unknown) => Array.isArray(v) && v.length > 0;

/** The marks that entries still waiting to be sent report, bruising first. */
export function unsentMarks(items: readonly OutboxItem[]): Mark[] {
  const found = new Set<Mark>();
  for (const item of items) {
    if (!isRecord(item.body)) continue;
    // A session log keeps them under `after`; a next-day check at its top level.
    const answers = isRecord(item.body.after) ? item.body.after : item.body;
    if (listed(answers.bruising)) found.add('bruising');
    if (listed(answers.swelling)) found.add('swelling');
  }
  return (['bruising', 'swelling'] as const).filter((m) => found.has(m));
}

export function UnsentMarksNotice({
  marks,
  titleAs = 'h3',
}: {
  marks: readonly Mark[];
  /** Its heading's level where it is shown. */
  titleAs?: 'h2' | 'h3';
}) {
  const outbox = useOutbox();
  const what = marks.join(' and ');
  return (
    <Notice tone="caution" title={`Your last log reported ${what}`} titleAs={titleAs} role="status">
      <p>
        It has not reached the server yet. Your plan will adapt once it is sent: the next session
        starts from that plan, not from the one on this device, which does not know about the{' '}
        {marks.length > 1 ? 'marks' : what}.
      </p>
      <p>
        <Button
          variant="secondary"
          aria-disabled={outbox.sending || undefined}
          onClick={() => void flushNow()}
        >
          {outbox.sending ? 'Sending…' : 'Try sending now'}
        </Button>
      </p>
    </Notice>
  );
}
