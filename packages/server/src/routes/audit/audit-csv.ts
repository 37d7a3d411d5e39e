import type { AuditEntry } from '../../storage/audit-repository.js';

export const AUDIT_COLUMNS = [
  'id',
  'at',
  'actorUserId',
  'clinicId',
  'action',
  'resourceType',
  'resourceId',
  'personId',
  'ip',
  'userAgent',
  'outcome',
] as const;

/**
 * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would read as a formula (=, +, -, @,
 * tab, CR) is prefixed with ' (OWASP CSV Injection): the user agent is the client's to choose.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) =>
    AUDIT_COLUMNS.map((c) => csvCell(c === 'at' ? e.at.toISOString() : e[c])).join(','),
  );
  return [AUDIT_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
