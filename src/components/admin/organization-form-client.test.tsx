import { describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import fi from '../../../messages/fi.json';
import sv from '../../../messages/sv.json';
import { OrganizationForm } from './organization-form-client';

vi.mock('@/server/admin/organizations/actions', () => ({ createOrganizationAction: vi.fn(), updateOrganizationAction: vi.fn() }));
vi.mock('@/i18n/navigation', () => ({ Link: () => null }));

const render = (locale: 'fi' | 'sv', element: React.ReactNode) =>
  renderToString(
    <NextIntlClientProvider locale={locale} messages={{ Admin: (locale === 'fi' ? fi : sv).Admin }} timeZone="Europe/Helsinki">
      {element}
    </NextIntlClientProvider>,
  );

const municipalities = [{ code: '564', name: 'Oulu' }];

describe('OrganizationForm', () => {
  it('renders the create form with every field labelled', () => {
    const html = render('fi', <OrganizationForm municipalities={municipalities} />);
    for (const name of ['nameFi', 'nameSv', 'nameEn', 'descriptionFi', 'providerType', 'businessId', 'website', 'email', 'phone', 'municipalityCode']) {
      expect(html).toContain(`name="${name}"`);
    }
    expect(html).toContain('Lisää järjestäjä');
    expect(html).toContain('<legend');
    expect(html).not.toContain('name="version"');
    expect(html).not.toMatch(/Admin\.organizations/);
  });

  it('renders the edit form in Swedish with the version it was loaded at', () => {
    const html = render(
      'sv',
      <OrganizationForm
        municipalities={municipalities}
        organization={{ id: '01900000-0000-7000-8000-000000000001', version: '2026-06-01T10:00:00.000Z', values: { nameFi: 'Yhdistys (demo)', providerType: 'ASSOCIATION', municipalityCode: '564' } }}
      />,
    );
    expect(html).toContain('name="version" value="2026-06-01T10:00:00.000Z"');
    expect(html).toContain('value="Yhdistys (demo)"');
    expect(html).toContain('Spara ändringarna');
    expect(html).not.toMatch(/Admin\.organizations/);
  });
});
