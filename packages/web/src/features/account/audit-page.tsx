import { useEffect, useRef, useState } from 'react';
import { api, type ApiError, type AuditEntry, type AuditPage as AuditBody } from '../../api';
import { Button, ButtonLink } from '../../components/button';
import { Chip } from '../../components/chip';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from './dates';
import { Gate, NotForYou } from './gate';
import { CLINIC_PATH } from './paths';

const TITLE = 'Audit log';
export const AUDIT_PAGE_SIZE = 50;

/** Who read or changed which health record, when and from where: for the clinic's owner. */
export function AuditLogPage() {
  return (
    <Gate title={TITLE} documentTitle={TITLE} roles={['owner']}>
      {() => <AuditLog />}
    </Gate>
  );
}

type Load =
  { state: 'loading' } | { state: 'idle'; more: boolean } | { state: 'failed'; error: ApiError };

function AuditLog() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [announce, setAnnounce] = useState('');
  const firstNew = useRef<string | null>(null);

  const fetchPage = async (before?: string) => {
    setLoad({ state: 'loading' });
    const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
    if (before) query.set('before', before);
    const result = await api.get<AuditBody>(`/api/audit?${query.toString()}`);
    if (!result.ok) return setLoad({ state: 'failed', error: result.error });
    const page = Array.isArray(result.data?.entries) ? result.data.entries : [];
    setEntries((old) => (before ? [...old, ...page] : page));
    setLoad({ state: 'idle', more: page.length === AUDIT_PAGE_SIZE });
    if (before) {
      firstNew.current = page[0]?.id ?? null;
      setAnnounce(
        page.length ? `${page.length} older entries loaded.` : 'There are no older entries.',
      );
    }
  };

  useEffect(() => {
    void fetchPage();
  }, []);

  useEffect(() => {
    // After "Load older", keyboard users continue from the first entry that arrived.
    if (!firstNew.current) return;
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

  const last = entries[entries.length - 1];
  return (
    <div className="audit">
      <PageHeader
        eyebrow="Clinic"
        title={TITLE}
        documentTitle={TITLE}
        lead="Every time someone reads or changes health records, it is written here: who, what, whose record, when and from which address. Newest first."
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
        ) : load.state === 'idle' && load.more && last ? (
          <Button variant="secondary" onClick={() => void fetchPage(last.id)}>
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

const who = (e: AuditEntry): string => e.actorName ?? shortId(e.actorUserId) ?? 'No one signed in';
const whose = (e: AuditEntry): string => e.personName ?? shortId(e.personId) ?? '—';

const VERBS: Readonly<Record<string, string>> = {
  read: 'read',
  list: 'listed',
  create: 'created',
  update: 'changed',
  delete: 'deleted',
  export: 'exported',
};

/** "check-in.read" → "Read check-in"; an action it does not know, as it is. */
export function actionText(action: string): string {
  const dot = action.lastIndexOf('.');
  if (dot < 0) return action;
  const verb = VERBS[action.slice(dot + 1)];
  if (!verb) return action;
  const thing = action.slice(0, dot).replace(/[._]/g, ' ');
  return `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${thing}`;
}

/** Ids are long; the first block is enough to tell people apart in a table. */
function shortId(id: string | null | undefined): string | undefined {
  return id ? id.split('-')[0] : undefined;
}
