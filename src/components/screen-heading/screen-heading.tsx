import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Props of ScreenHeading. */
export interface ScreenHeadingProps {
  children: ComponentChildren;
  /** Move focus here when the screen appears (not on first load), so screen readers announce it. */
  focusOnMount: boolean;
}

/** The h1 of a screen; takes focus after in-app navigation, as a page load would. */
export function ScreenHeading({ children, focusOnMount }: ScreenHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
