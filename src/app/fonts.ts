import localFont from 'next/font/local';

// Self-hosted: the build machine has no internet, so next/font/google is not an option.
// The latin subset covers Finnish and Swedish (å, ä, ö).
export const inter = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
});
