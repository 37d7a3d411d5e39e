import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { navigate } from './history';
import { useLocation } from './use-location';

/** True when a click on a link should be handled by the router rather than the browser. */
export function isPlainLeftClick(event: MouseEvent<Element>): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}

/** A click handler for any element with an href (HTML or SVG <a>) that routes in-app. */
export function routeClick(event: MouseEvent<Element>, href: string): void {
  if (!isPlainLeftClick(event)) return;
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  children: ReactNode;
  /** Mark the link as the current page when the path matches (nav links). */
  matchCurrent?: 'exact' | 'prefix';
}

export function Link({ to, children, onClick, matchCurrent, target, ...rest }: LinkProps) {
  const { pathname } = useLocation();
  const isCurrent =
    matchCurrent === 'exact'
      ? pathname === to
      : matchCurrent === 'prefix'
        ? pathname === to || pathname.startsWith(`${to}/`)
        : false;
  return (
    <a
      {...rest}
      href={to}
      target={target}
      aria-current={isCurrent ? 'page' : undefined}
      onClick={(event) => {
        onClick?.(event);
        if (!target) routeClick(event, to);
      }}
    >
      {children}
    </a>
  );
}
