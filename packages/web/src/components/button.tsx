import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { Link, type LinkProps } from '../router';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

function classes(variant: ButtonVariant, block: boolean, extra?: string): string {
  return ['button', `button--${variant}`, block ? 'button--block' : '', extra ?? '']
    .filter(Boolean)
    .join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Full width (on phones the main action usually is). */
  block?: boolean;
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  variant = 'primary',
  block = false,
  type = 'button',
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button {...rest} type={type} className={classes(variant, block, className)}>
      {children}
    </button>
  );
}

export interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
  block?: boolean;
}

/** A link that looks like a button: for navigation, never for actions. */
export function ButtonLink({
  variant = 'primary',
  block = false,
  className,
  children,
  ...rest
}: ButtonLinkProps) {
  return (
    <Link {...rest} className={classes(variant, block, className)}>
      {children}
    </Link>
  );
}
