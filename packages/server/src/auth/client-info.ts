/** Where a request came from, for sign-in sessions and the audit log. */
export interface ClientInfo {
  /** The peer address, or the X-Forwarded-For client when ACUPRESS_TRUST_PROXY is set. */
  ip: string;
  userAgent: string;
}

/**
 * Bounded and printable: the user agent is the client's to fill, and both are stored and
 * exported. Taken when the request arrives (http/auth-hooks.ts), never read from the socket
 * later: a client that has disconnected has no address any more, and its record must still get
 * its audit entry.
 */
export const clientInfo = (ip: string | undefined, userAgent: string | undefined): ClientInfo => ({
  ip: (ip ?? '').replace(/\p{Cc}/gu, '').slice(0, 64),
  userAgent: (userAgent ?? '').replace(/\p{Cc}/gu, '').slice(0, 300),
});
