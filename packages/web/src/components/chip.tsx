import type { ReactNode } from 'react';
import './chip.css';

export type ChipTone = 'neutral' | 'primary' | 'caution';

export interface ChipProps {
  tone?: ChipTone;
  children: ReactNode;
  title?: string;
}

/** A small non-interactive label: a meridian, a region, a caution. */
export function Chip({ tone = 'neutral', children, title }: ChipProps) {
  return (
    <span className={`chip chip--${tone}`} title={title}>
      {tone === 'caution' ? <CautionIcon /> : null}
      {children}
    </span>
  );
}

export function CautionIcon() {
  return (
    <svg className="caution-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path d="M8 1.5 15 14H1L8 1.5Z" fill="currentColor" />
      <path d="M8 6v3.6" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="11.6" r="0.95" fill="#fff" />
    </svg>
  );
}

/** A list of chips with list semantics (screen readers announce the count). */
export function ChipList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className="chip-list" aria-label={label}>
      {children}
    </ul>
  );
}
