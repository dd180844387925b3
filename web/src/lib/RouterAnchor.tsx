import { Anchor, type AnchorProps } from '@mantine/core';
import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** A Mantine anchor that navigates with the router (no full page load). */
export function RouterAnchor({ to, search, children, ...props }: AnchorProps & { to: LinkProps['to']; search?: LinkProps['search']; children: ReactNode }) {
  return <Anchor {...props} renderRoot={(rootProps) => <Link to={to} search={search} {...rootProps} />}>{children}</Anchor>;
}
