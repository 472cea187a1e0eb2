import { describe, expect, it } from 'vitest';
import { organizationJsonLd, schemaTime, serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  it('cannot close the script element and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & <!--', note: 'rivi\u2028toinen' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('schemaTime', () => {
  it('adds the seconds schema.org Time requires', () => {
    expect(schemaTime('18:00')).toBe('18:00:00');
    expect(schemaTime('07:30:15')).toBe('07:30:15');
  });
});

describe('organizationJsonLd', () => {
  it('describes a parish with its contacts and leaves out what is missing', () => {
    const data = organizationJsonLd({
      name: 'Raahen seurakunta',
      description: null,
      url: 'https://polku.example/fi/jarjestajat/raahen-seurakunta',
      website: 'https://seurakunta.example',
      email: null,
      phone: '+358 40 000 0000',
      municipality: 'Raahe',
      providerType: 'PARISH',
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ReligiousOrganization',
      name: 'Raahen seurakunta',
      url: 'https://polku.example/fi/jarjestajat/raahen-seurakunta',
      sameAs: ['https://seurakunta.example'],
      telephone: '+358 40 000 0000',
      address: { '@type': 'PostalAddress', addressLocality: 'Raahe', addressCountry: 'FI' },
    });
  });
});
