import type { ComponentChildren } from 'preact';
import { Ltr } from '../ltr/ltr';

/** Props of SourceLink. */
export interface SourceLinkProps {
  /** The page, when it has an address (a borough strategy read from its document may not). */
  url?: string;
  /** The page's own date, when it shows one. */
  pageDate?: string;
  children: ComponentChildren;
}

/** One page the information rests on, opening in a new tab, with its own date kept left to right. */
export function SourceLink({ url, pageDate, children }: SourceLinkProps) {
  return (
    <li>
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        children
      )}
      {pageDate && (
        <>
          {' '}
          (<Ltr whole>{pageDate}</Ltr>)
        </>
      )}
    </li>
  );
}
