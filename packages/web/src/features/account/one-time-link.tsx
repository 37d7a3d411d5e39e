import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/button';
import { formatDateTime } from '../../lib/dates';

export interface OneTimeLinkProps {
  /** What the link is, as a heading ("Invitation link for a client"). */
  title: string;
  /** The server's path (`/invite/<token>`); shown as a full address on this site. */
  link: string;
  expiresAt: string;
  /** Who should receive it and how. */
  note: string;
  headingLevel?: 'h2' | 'h3' | 'h4';
  /** The id of the address field. */
  inputId?: string;
  /** Take focus when it appears: the link is what the person asked for. */
  focusOnMount?: boolean;
}

/** Selects the text of a read-only input and copies it the old way (no clipboard API). */
function copyBySelection(input: HTMLInputElement): boolean {
  input.focus();
  input.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * A one-time link, shown once: a read-only field with the whole address, a Copy button and when
 * it expires. Nothing is sent by Acupress; the person who made it passes it on.
 */
export function OneTimeLink({
  title,
  link,
  expiresAt,
  note,
  headingLevel = 'h3',
  inputId,
  focusOnMount = false,
}: OneTimeLinkProps) {
  const url = new URL(link, window.location.origin).href;
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const id = useId();
  const urlId = inputId ?? `${id}-url`;
  const Heading = headingLevel;
  useEffect(() => {
    // When it first appears (the prop does not change afterwards).
    if (focusOnMount) inputRef.current?.focus();
  }, [focusOnMount]);

  const copy = async () => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(url);
      ok = true;
    } catch {
      ok = inputRef.current ? copyBySelection(inputRef.current) : false;
    }
    if (!ok) inputRef.current?.select();
    setCopied(ok ? 'yes' : 'no');
  };

  return (
    <div className="one-time-link" role="group" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="one-time-link__title">
        {title}
      </Heading>
      <label className="visually-hidden" htmlFor={urlId}>
        {title}
      </label>
      <div className="one-time-link__row">
        <input
          ref={inputRef}
          id={urlId}
          className="field__input one-time-link__url"
          type="text"
          readOnly
          value={url}
          aria-describedby={`${id}-note`}
          spellCheck={false}
          onFocus={(event) => {
            // Selected, ready to copy, but showing the start of the address.
            const input = event.currentTarget;
            input.select();
            requestAnimationFrame(() => (input.scrollLeft = 0));
          }}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          Copy <span className="visually-hidden">the link</span>
        </Button>
      </div>
      <p id={`${id}-note`} className="one-time-link__note">
        Works once, until {formatDateTime(expiresAt)}. {note}
      </p>
      <p className="one-time-link__status" role="status">
        {copied === 'yes'
          ? 'Copied.'
          : copied === 'no'
            ? 'Could not copy: the link is selected, copy it with your keyboard or menu.'
            : ''}
      </p>
    </div>
  );
}
