import type { MetadataRoute } from 'next';

/**
 * The web app manifest (/manifest.webmanifest): name, colours and icons for a phone's
 * home screen. One manifest serves both languages, so its texts are the product name
 * and the Finnish tagline, and it starts at the Finnish front page (which offers Swedish).
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Polku – hyvinvointia lähelläsi',
    short_name: 'Polku',
    description: 'Järjestöjen, seurakuntien ja hyvinvointialueen toiminta Pohjois-Pohjanmaalla yhdessä paikassa.',
    start_url: '/fi',
    display: 'standalone',
    background_color: '#f4f7f6',
    theme_color: '#0f5f6b',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
