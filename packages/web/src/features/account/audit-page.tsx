import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { AuditEntry, AuditPage as AuditBody, Person, SignedInUser } from '@acupress/core';
import { api, type ApiError } from '../../api';
import { Button, ButtonLink } from '../../components/button';
import { Chip } from '../../components/chip';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { actionText, actorName, personName, type Names } from './audit-text';
import { formatDateTime } from '../../lib/dates';
import { Gate, NotForYou } from '../../components/gate';
import { CLINIC_PATH } from '../../lib/account-paths';
import { listFrom, useResource } from '../../lib/use-resource';

const TITLE = 'Audit log';
export const AUDIT_PAGE_SIZE = 50;

/** Who read or changed which health record, when and from where: for the clinic's owner. */
export function AuditLogPage() {
  return (
    <Gate
      signInReason="Sign in to read the audit log."
      title={TITLE}
      documentTitle={TITLE}
      roles={['owner']}
    >
      {(user) => <AuditLog user={user} />}
    </Gate>
  );
}

type Cursor = number | string;
type Load =
  | { state: 'loading' }
  | { state: 'idle'; next: Cursor | null }
  | { state: 'failed'; error: ApiError };

function AuditLog({ user }: { user: SignedInUser }) {
  // The log holds account ids only: names come from the clinic's accounts.
  const [people] = useResource<Names>(
    '/api/users',
    (d) => new Map(listFrom<Person>(d, 'users').map((p) => [p.id, p.name])),
  );
  const names: Names = people.state === 'ok' ? people.data : new Map();
  const who = (e: AuditEntry) => actorName(e, names, user.id);
  const whose = (e: AuditEntry) => personName(e.personId, names, user.id);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [announce, setAnnounce] = useState('');
  const firstNew = useRef<Cursor | null>(null);

  const fetchPage = (before?: Cursor) => {
    const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
    if (before !== undefined) query.set('before', String(before));
    return api.get<AuditBody>(`/api/audit?${query.toString()}`).then((result) => {
      if (!result.ok) return setLoad({ state: 'failed', error: result.error });
      const page = Array.isArray(result.data?.entries) ? result.data.entries : [];
      setEntries((old) => (before !== undefined ? [...old, ...page] : page));
      const next =
        result.data.nextBefore !== undefined
          ? result.data.nextBefore
          : page.length === AUDIT_PAGE_SIZE
            ? (page[page.length - 1]?.id ?? null)
            : null;
      setLoad({ state: 'idle', next });
      if (before !== undefined) {
        firstNew.current = page[0]?.id ?? null;
        setAnnounce(
          page.length
            ? `${page.length} older ${page.length === 1 ? 'entry' : 'entries'} loaded.`
            : 'There are no older entries.',
        );
      }
    });
  };

  const loadOlder = (before: Cursor | undefined) => {
    setLoad({ state: 'loading' });
    void fetchPage(before);
  };
  // The first page, once (the state starts as loading).
  const fetchFirst = useEffectEvent(() => void fetchPage());
  useEffect(() => fetchFirst(), []);

  useEffect(() => {
    // After "Load older", keyboard users continue from the first entry that arrived.
    if (firstNew.current === null) return;
    const id = firstNew.current;
    const shown = [`audit-item-${id}`, `audit-row-${id}`]
      .map((x) => document.getElementById(x))
      .find((el) => el && el.getClientRects().length > 0);
    shown?.focus();
    firstNew.current = null;
  }, [entries]);

  if (load.state === 'failed' && load.error.code === 'FORBIDDEN') {
    return <NotForYou title={TITLE} documentTitle={TITLE} />;
  }

  return (
    <div className="audit">
      <PageHeader
        eyebrow="Clinic"
        title={TITLE}
        documentTitle={TITLE}
        lead="Who read or changed health records, and who signed in or managed accounts: when, whose record and from which address. Newest first."
      >
        <div className="audit__actions">
          <a className="button button--secondary" href="/api/audit/export?format=csv" download>
            Export CSV
          </a>
          <a className="button button--secondary" href="/api/audit/export?format=json" download>
            Export JSON
          </a>
          <ButtonLink to={CLINIC_PATH} variant="quiet">
            Back to the clinic
          </ButtonLink>
        </div>
      </PageHeader>

      {entries.length > 0 ? (
        <>
          {/* Phones get a list; wider screens a table. Only one is displayed (and read). */}
          <ol className="audit-list" aria-label="Audit log entries, newest first">
            {entries.map((e) => (
              <li key={e.id} id={`audit-item-${e.id}`} tabIndex={-1} className="audit-entry">
                <p className="audit-entry__head">
                  <span className="audit-entry__time">{formatDateTime(e.at)}</span>
                  <Outcome outcome={e.outcome} />
                </p>
                <p>
                  <strong>{who(e)}</strong> · {actionText(e.action)}
                </p>
                <p className="audit-entry__meta">
                  Whose record: {whose(e)} · From: {e.ip ?? 'unknown'}
                </p>
              </li>
            ))}
          </ol>
          <div
            className="audit__scroller"
            role="region"
            aria-labelledby="audit-caption"
            tabIndex={0}
          >
            <table className="audit-table">
              <caption id="audit-caption" className="visually-hidden">
                Audit log entries, newest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Whose record</th>
                  <th scope="col">From</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id} id={`audit-row-${e.id}`} tabIndex={-1}>
                    <td className="audit-table__time">{formatDateTime(e.at)}</td>
                    <td>{who(e)}</td>
                    <td>
                      <span className="audit-table__action">{actionText(e.action)}</span>
                      <span className="audit-table__code">{e.action}</span>
                    </td>
                    <td>{whose(e)}</td>
                    <td className="audit-table__ip" title={e.userAgent ?? undefined}>
                      {e.ip ?? '—'}
                    </td>
                    <td>
                      <Outcome outcome={e.outcome} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : load.state === 'idle' ? (
        <p className="muted">Nothing is in the audit log yet.</p>
      ) : null}

      {load.state === 'failed' ? (
        <Notice tone="danger" role="alert">
          <p>{load.error.message}</p>
        </Notice>
      ) : null}
      <div className="audit__more">
        {load.state === 'loading' ? (
          <p className="muted" role="status">
            Loading entries…
          </p>
        ) : load.state === 'idle' && load.next !== null ? (
          <Button variant="secondary" onClick={() => loadOlder(load.next ?? undefined)}>
            Load older entries
          </Button>
        ) : null}
        <p className="visually-hidden" role="status">
          {announce}
        </p>
      </div>
    </div>
  );
}

const isDenied = (outcome: string): boolean => /den|fail|forbid|refus/i.test(outcome);

function Outcome({ outcome }: { outcome: string }) {
  return <Chip tone={isDenied(outcome) ? 'caution' : 'neutral'}>{outcome}</Chip>;
}
