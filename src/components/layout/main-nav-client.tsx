'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface MainNavItem {
  /** The public path (/fi/haku). */
  href: string;
  /** The internal path (/fi/search): what the server may see while rendering a rewritten path. */
  internal: string;
  label: string;
}

/** The main navigation; marks the current page for screen readers and sighted users alike. */
export function MainNav({ label, items }: { label: string; items: MainNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {items.map((item) => {
          const current = pathname === item.href || pathname === item.internal;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 font-semibold no-underline ${
                  current ? 'border-primary text-ink' : 'border-transparent hover:border-line'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
