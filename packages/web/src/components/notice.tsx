import type { ReactNode } from 'react';
import { CautionIcon } from './chip';
import './notice.css';

export type NoticeTone = 'info' | 'caution' | 'danger' | 'success';

export interface NoticeProps {
  tone?: NoticeTone;
  /** A short heading; pass `titleAs` to make it a real heading in the page outline. */
  title?: ReactNode;
  titleAs?: 'h2' | 'h3' | 'p';
  children?: ReactNode;
  role?: 'status' | 'alert' | 'note';
  className?: string;
  id?: string;
}

function InfoIcon() {
  return (
    <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 7.2v4.2" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="4.8" r="0.95" fill="#fff" />
    </svg>
  );
}

export function Notice({
  tone = 'info',
  title,
  titleAs: TitleTag = 'p',
  children,
  role,
  className,
  id,
}: NoticeProps) {
  return (
    <div
      id={id}
      role={role}
      className={['notice', `notice--${tone}`, className].filter(Boolean).join(' ')}
    >
      <span className="notice__icon">
        {tone === 'caution' || tone === 'danger' ? <CautionIcon /> : <InfoIcon />}
      </span>
      <div className="notice__body">
        {title ? <TitleTag className="notice__title">{title}</TitleTag> : null}
        {children}
      </div>
    </div>
  );
}
