'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface AdminNavLink {
  /** The public path (/fi/hallinta/toiminnot). */
  href: string;
  /** The internal path (/fi/admin/activities): what the server may see while rendering a rewritten path. */
  internal: string;
  label: string;
  /** The dashboard is current only on itself; a tool also on its sub-pages (an activity's edit page). */
  exact?: boolean;
}

/** The admin area's links; the current tool is marked for screen readers and sighted users alike. */
export function AdminNavLinks({ links }: { links: AdminNavLink[] }) {
  const pathname = usePathname();
  return links.map(({ href, internal, label, exact }) => {
    const here = pathname === href || pathname === internal;
    const within = !exact && (pathname.startsWith(`${href}/`) || pathname.startsWith(`${internal}/`));
    return (
      <Link
        key={href}
        href={href}
        aria-current={here ? 'page' : within ? 'true' : undefined}
        className={`underline ${here || within ? 'font-bold decoration-2 underline-offset-4' : ''}`}
      >
        {label}
      </Link>
    );
  });
}
