import type { HTMLAttributes, ReactNode } from 'react';
import './card.css';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'div' | 'section' | 'article' | 'li' | 'aside';
  /** `flat` drops the shadow (cards inside cards, quiet panels). */
  tone?: 'raised' | 'flat' | 'tinted';
  children: ReactNode;
}

export function Card({
  as: Tag = 'div',
  tone = 'raised',
  className,
  children,
  ...rest
}: CardProps) {
  return (
    <Tag {...rest} className={['card', `card--${tone}`, className].filter(Boolean).join(' ')}>
      {children}
    </Tag>
  );
}
