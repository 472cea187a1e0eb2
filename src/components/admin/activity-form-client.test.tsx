import { describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import fi from '../../../messages/fi.json';
import sv from '../../../messages/sv.json';
import { emptyFormValues } from '@/server/admin/activities/schemas';
import { ActivityForm, type ActivityFormOptions } from './activity-form-client';

vi.mock('@/server/admin/activities/actions', () => ({ createActivityAction: vi.fn(), updateActivityAction: vi.fn() }));
vi.mock('@/i18n/navigation', () => ({ Link: () => null }));

const options: ActivityFormOptions = {
  collections: {
    themes: [{ code: 'safety', name: 'Turvallisuus' }],
    stages: [],
    activityTypes: [],
    ageGroups: [{ code: 'seniors', name: 'Ikäihmiset' }],
    specialGroups: [],
    languages: [{ code: 'fi', name: 'suomi' }],
    accessibility: [],
    municipalities: [{ code: '564', name: 'Oulu' }],
  },
  organizations: [{ id: '01900000-0000-7000-8000-000000000001', name: 'Seurakunta (demo)' }],
};

const render = (locale: 'fi' | 'sv', element: React.ReactNode) =>
  renderToString(
    <NextIntlClientProvider locale={locale} messages={{ Admin: (locale === 'fi' ? fi : sv).Admin }} timeZone="Europe/Helsinki">
      {element}
    </NextIntlClientProvider>,
  );

describe('ActivityForm', () => {
  it('shows the source value beside an overridden field with a way back to it', () => {
    const html = render(
      'fi',
      <ActivityForm
        mode="synced"
        options={options}
        initial={{ ...emptyFormValues(), titleFi: 'Oma otsikko', themes: ['safety'] }}
        activityId="01900000-0000-7000-8000-000000000002"
        version={3}
        baseline="{}"
        upstream={{ titleFi: 'Lähteen otsikko', themes: [] }}
        overriddenFields={['titleFi']}
      />,
    );
    expect(html).toContain('Lähteen arvo: Lähteen otsikko');
    expect(html).toContain('name="revert" value="titleFi"');
    expect(html).toContain('Muutettu Polussa');
    expect(html).toContain('name="version" value="3"');
    expect(html).not.toContain('name="channelType"');
    expect(html).toContain('Tallenna muutokset');
  });

  it('renders the new listing form in Swedish with place and schedule choices', () => {
    const html = render('sv', <ActivityForm mode="create" options={options} initial={{ ...emptyFormValues(), channelType: 'PLACE' }} />);
    for (const name of ['titleFi', 'titleSv', 'titleEn', 'providerType', 'organizationId', 'themes', 'municipalities', 'channelType', 'postalCode', 'city', 'scheduleKind', 'weekdays', 'validFrom', 'contactEmail']) {
      expect(html).toContain(`name="${name}"`);
    }
    expect(html).toContain('Lägg till annonsen');
    expect(html).not.toContain('name="revert"');
  });
});
