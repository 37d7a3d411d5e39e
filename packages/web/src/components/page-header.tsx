import { useEffect, useRef, type ReactNode } from 'react';
import { takeFocusRequest } from '../router';
import { useDocumentTitle } from './document-title';
import './page-header.css';

export interface PageHeaderProps {
  title: ReactNode;
  /** The document title, before " · Acupress" (the home page passes null for "Acupress"). */
  documentTitle: string | null;
  eyebrow?: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
}

/**
 * The page's one h1. It names the document and, after an in-app navigation, takes focus so
 * the new page is announced and keyboard users start at its top.
 */
export function PageHeader({ title, documentTitle, eyebrow, lead, children }: PageHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useDocumentTitle(documentTitle);

  useEffect(() => {
    if (takeFocusRequest()) headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <header className="page-header">
      {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
      <h1 ref={headingRef} tabIndex={-1} className="page-header__title">
        {title}
      </h1>
      {lead ? <div className="page-header__lead">{lead}</div> : null}
      {children}
    </header>
  );
}
