'use client';

import { useActionState, useId } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { createOrganizationAction, updateOrganizationAction } from '@/server/admin/organizations/actions';
import {
  PROVIDER_TYPES,
  type OrganizationActionResult,
  type OrganizationFormField,
  type OrganizationFormValues,
} from '@/server/admin/organizations/schemas';

const inputClass = 'mt-1 block w-full rounded-md border border-gray-400 px-3 py-2';
const legendClass = 'text-lg font-semibold';

export interface MunicipalityOption {
  code: string;
  name: string;
}

interface OrganizationFormProps {
  municipalities: MunicipalityOption[];
  /** Edit mode: the organisation's id, the version it was loaded at and its current values. */
  organization?: { id: string; version: string; values: OrganizationFormValues };
}

function Status({ state }: { state: OrganizationActionResult | null }) {
  const t = useTranslations('Admin.organizations');
  let text: string | null = null;
  if (state?.ok) text = t(`done.${state.done}`);
  else if (state) text = t(`errors.${state.code}`);
  return (
    <div role={state && !state.ok ? 'alert' : 'status'} className={state?.ok ? 'text-green-800' : 'font-semibold text-red-800'}>
      {text ? <p>{text}</p> : null}
      {state?.ok && state.done === 'created' ? (
        <p className="mt-1">
          <Link href={{ pathname: '/admin/organizations/[id]', params: { id: state.id } }} className="font-semibold underline">
            {t('openCreated')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

export function OrganizationForm({ municipalities, organization }: OrganizationFormProps) {
  const t = useTranslations('Admin.organizations');
  const tErrors = useTranslations('Admin.organizations.errors');
  const [state, action, pending] = useActionState(organization ? updateOrganizationAction : createOrganizationAction, null);
  const id = useId();
  // After a submit React resets the form to the default values: keep what was typed on an
  // error, the saved values after an edit, and a blank form after a create.
  const values: OrganizationFormValues =
    state && !state.ok ? (state.values ?? {}) : state?.ok && state.values ? state.values : (organization?.values ?? {});
  const version = state?.ok ? state.version : organization?.version;
  const errorOf = (name: OrganizationFormField) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  const describedBy = (name: OrganizationFormField, hint = false) =>
    [hint ? `${id}-${name}-hint` : null, errorOf(name) ? `${id}-${name}-error` : null].filter(Boolean).join(' ') || undefined;
  const field = (name: OrganizationFormField, hint = false) => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': errorOf(name) ? true : undefined,
    'aria-describedby': describedBy(name, hint),
  });
  const error = (name: OrganizationFormField) => {
    const key = errorOf(name);
    return key ? (
      <p id={`${id}-${name}-error`} className="text-sm font-semibold text-red-800">
        {tErrors(key)}
      </p>
    ) : null;
  };
  const text = (name: 'nameFi' | 'nameSv' | 'nameEn' | 'businessId' | 'website' | 'email' | 'phone', options: { type?: string; hint?: boolean; lang?: string; autoComplete?: string } = {}) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="font-semibold">
        {t(`fields.${name}`)}
      </label>
      {options.hint ? (
        <p id={`${id}-${name}-hint`} className="text-sm">
          {t(`hints.${name}` as 'hints.businessId')}
        </p>
      ) : null}
      <input
        {...field(name, options.hint)}
        type={options.type ?? 'text'}
        lang={options.lang}
        autoComplete={options.autoComplete ?? 'off'}
        defaultValue={values[name] ?? ''}
        className={inputClass}
      />
      {error(name)}
    </div>
  );
  const description = (name: 'descriptionFi' | 'descriptionSv' | 'descriptionEn', lang: string) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="font-semibold">
        {t(`fields.${name}`)}
      </label>
      <textarea {...field(name)} lang={lang} rows={5} defaultValue={values[name] ?? ''} className={inputClass} />
      {error(name)}
    </div>
  );

  return (
    <form key={state?.ok && state.done === 'created' ? `created-${state.id}` : 'editing'} action={action} className="mt-4 space-y-6" noValidate>
      {organization ? (
        <>
          <input type="hidden" name="id" value={organization.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      {error('version')}
      <fieldset className="space-y-3" aria-describedby={`${id}-names-hint${errorOf('nameFi') ? ` ${id}-nameFi-error` : ''}`}>
        <legend className={legendClass}>{t('legends.names')}</legend>
        <p id={`${id}-names-hint`} className="text-sm">
          {t('hints.names')}
        </p>
        {text('nameFi', { lang: 'fi' })}
        {text('nameSv', { lang: 'sv' })}
        {text('nameEn', { lang: 'en' })}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className={legendClass}>{t('legends.descriptions')}</legend>
        {description('descriptionFi', 'fi')}
        {description('descriptionSv', 'sv')}
        {description('descriptionEn', 'en')}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className={legendClass}>{t('legends.details')}</legend>
        <div>
          <label htmlFor={`${id}-providerType`} className="font-semibold">
            {t('fields.providerType')}
          </label>
          <select {...field('providerType')} defaultValue={values.providerType ?? ''} className={inputClass}>
            <option value="">{t('chooseProviderType')}</option>
            {PROVIDER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`providerTypes.${type}`)}
              </option>
            ))}
          </select>
          {error('providerType')}
        </div>
        {text('businessId', { hint: true })}
        <div>
          <label htmlFor={`${id}-municipalityCode`} className="font-semibold">
            {t('fields.municipalityCode')}
          </label>
          <select {...field('municipalityCode')} defaultValue={values.municipalityCode ?? ''} className={inputClass}>
            <option value="">{t('noMunicipality')}</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
          {error('municipalityCode')}
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className={legendClass}>{t('legends.contact')}</legend>
        {text('website', { type: 'url', hint: true, autoComplete: 'url' })}
        {text('email', { type: 'email' })}
        {text('phone', { type: 'tel' })}
      </fieldset>
      <Status state={state} />
      <button type="submit" disabled={pending} className="rounded-md bg-primary px-4 py-2 font-semibold text-on-primary disabled:opacity-70">
        {organization ? t('saveSubmit') : t('createSubmit')}
      </button>
    </form>
  );
}
