import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { clearOutboxError, flushNow, pendingFor, useOutbox } from '../../offline';

// What this device still has to send, and what the server refused, in words: a session kept
// offline is not lost, and one the server could not accept is not silently gone either.

export function pendingText(count: number): string {
  return count === 1
    ? '1 entry saved on this device, will be sent when you’re online.'
    : `${count} entries saved on this device, will be sent when you’re online.`;
}

export function SyncNotice({ userId }: { userId: string }) {
  const outbox = useOutbox();
  const count = pendingFor(userId, outbox).length;
  return (
    <div className="practice-sync" role="status" aria-live="polite">
      {count > 0 ? (
        <Notice tone="info" title="Waiting to be sent">
          <p>{pendingText(count)}</p>
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
      ) : null}
      {outbox.lastError ? (
        <Notice tone="danger" title="One entry could not be saved">
          <p>The server did not accept it: {outbox.lastError.message}</p>
          <p>
            <Button variant="quiet" onClick={clearOutboxError}>
              Dismiss
            </Button>
          </p>
        </Notice>
      ) : null}
    </div>
  );
}
