import type { ReactNode } from 'react';
import './globals.css';

// The <html> element lives in [locale]/layout.tsx so that it can carry the page language.
// This root layout exists because app/not-found.tsx needs one.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
