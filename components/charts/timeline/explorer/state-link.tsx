'use client';

import type { MouseEvent, ReactNode } from 'react';

export type StateLinkProps = {
  /** The URL of the state this link leads to: it works without JavaScript, and opens in a new tab. */
  href: string;
  onNavigate: () => void;
  className?: string;
  children: ReactNode;
  'aria-current'?: 'true' | undefined;
  'aria-pressed'?: boolean;
  'data-id'?: string;
};

/** A link to another explorer state that, with JavaScript, changes the state in place. */
export function StateLink({ href, onNavigate, children, ...rest }: StateLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    onNavigate();
  };
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
