import { describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import fi from '../../../messages/fi.json';
import sv from '../../../messages/sv.json';
import { AddMappingForm, DeleteMappingForm, MapUnknownCodeForm, type TargetOptions } from './mapping-forms-client';

vi.mock('@/server/admin/mappings/actions', () => ({ createMappingAction: vi.fn(), deleteMappingAction: vi.fn() }));

const render = (locale: 'fi' | 'sv', element: React.ReactNode) =>
  renderToString(
    <NextIntlClientProvider locale={locale} messages={{ Admin: (locale === 'fi' ? fi : sv).Admin }} timeZone="Europe/Helsinki">
      {element}
    </NextIntlClientProvider>,
  );

const targets: TargetOptions = {
  THEME: [{ code: 'safety', name: 'Turvallisuus' }],
  STAGE: [],
  ACTIVITY_TYPE: [{ code: 'peer-support', name: 'Vertaistuki' }],
  AGE_GROUP: [{ code: 'seniors', name: 'Ikäihmiset' }],
  SPECIAL_GROUP: [],
  LANGUAGE: [],
  ACCESSIBILITY: [],
};

describe('mapping forms', () => {
  it('offer targets grouped by taxonomy, the suggested kind first, nothing chosen', () => {
    const html = render('fi', <MapUnknownCodeForm source="LAHELLA" code="hm_uusi" suggestedKind="ACTIVITY_TYPE" targets={targets} />);
    expect(html).toContain('name="sourceCode" value="hm_uusi"');
    expect(html.indexOf('label="Toimintamuoto"')).toBeLessThan(html.indexOf('label="Teema"'));
    expect(html).toContain('value="ACTIVITY_TYPE:peer-support"');
    expect(html).toContain('<option value="" selected="">');
    expect(html.match(/selected=""/g)).toHaveLength(1);
    expect(html).not.toContain('label="Kieli"');
    expect(html).toContain('Vastine koodille hm_uusi');
  });

  it('render the add and remove forms in Swedish', () => {
    const html = render('sv', <><AddMappingForm targets={targets} /><DeleteMappingForm mappingId="01900000-0000-7000-8000-000000000001" label="ht_x → Trygghet" /></>);
    expect(html).toContain('Lägg till mappning');
    expect(html).toContain('aria-label="Ta bort mappningen ht_x → Trygghet"');
    expect(html).not.toMatch(/Admin\.mappings/);
  });
});
