'use client';

import { useActionState, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { createActivityAction, updateActivityAction } from '@/server/admin/activities/actions';
import {
  EDIT_COLLECTIONS,
  FLAG_FIELDS,
  LANGS,
  PLAIN_FIELDS,
  PROVIDER_TYPES,
  TEXT_GROUPS,
  type ActivityActionResult,
  type ActivityFormField,
  type ActivityFormValues,
  type EditCollection,
  type SnapshotValue,
  type TextField,
  type TextGroup,
} from '@/server/admin/activities/schemas';

const inputClass = 'mt-1 block w-full rounded-md border border-gray-500 px-3 py-2';
const fieldsetClass = 'mt-6 rounded-md border border-gray-400 p-4';
const legendClass = 'px-1 text-lg font-semibold';
const hintClass = 'text-sm text-gray-700';
const errorClass = 'text-sm font-semibold text-red-800';

export interface TermOption {
  code: string;
  name: string;
}

export interface ActivityFormOptions {
  collections: Record<EditCollection, TermOption[]>;
  organizations: { id: string; name: string }[];
}

export interface ActivityFormProps {
  mode: 'create' | 'manual' | 'synced';
  options: ActivityFormOptions;
  initial: ActivityFormValues;
  /** Edit only. */
  activityId?: string;
  version?: number;
  baseline?: string;
  /** Synced only: the source's values and the keys owned in Polku. */
  upstream?: Partial<Record<string, SnapshotValue>> | null;
  overriddenFields?: string[];
  sourceName?: string;
  /** Manual edit: whether there is a place or schedule that "keep" refers to. */
  hasChannel?: boolean;
  hasSchedule?: boolean;
  placeSummary?: string;
  scheduleSummary?: string;
}

const STATUS_CHOICES = ['PUBLISHED', 'HIDDEN', 'DRAFT'] as const;

export function ActivityForm(props: ActivityFormProps) {
  const { mode, options } = props;
  const t = useTranslations('Admin.activities');
  const [state, action, pending] = useActionState(mode === 'create' ? createActivityAction : updateActivityAction, null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const id = useId();
  const summaryRef = useRef<HTMLDivElement>(null);

  const values = state && 'values' in state && state.values ? state.values : props.initial;
  const version = state && 'version' in state && state.version ? state.version : props.version;
  const baseline = state && 'baseline' in state && state.baseline ? state.baseline : props.baseline;
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  // Sub-fields of the place and schedule choices follow the chosen option; a returned result resets them.
  const [channelType, setChannelType] = useState(values.channelType);
  const [scheduleKind, setScheduleKind] = useState(values.scheduleKind);
  const [shownValues, setShownValues] = useState(values);
  if (shownValues !== values) {
    setShownValues(values);
    setChannelType(values.channelType);
    setScheduleKind(values.scheduleKind);
  }

  useEffect(() => {
    if (state && !state.ok && (state.code === 'INVALID' || state.code === 'CONFLICT')) summaryRef.current?.focus();
  }, [state]);

  if (mode === 'create' && state?.ok && state.done === 'created' && dismissed !== state.id) {
    return (
      <div className="mt-4 rounded-md border border-green-800 p-4">
        <p role="status" className="font-semibold text-green-800">{t('done.created')}</p>
        <p className="mt-3 flex flex-wrap gap-4">
          <Link href={{ pathname: '/admin/activities/[id]', params: { id: state.id } }} className="font-semibold underline">
            {t('new.openCreated')}
          </Link>
          <button type="button" className="underline" onClick={() => setDismissed(state.id)}>
            {t('new.another')}
          </button>
        </p>
      </div>
    );
  }

  const fid = (name: string) => `${id}-${name}`;
  const errorOf = (name: ActivityFormField) => fieldErrors[name];
  const describedBy = (name: ActivityFormField, ...extra: (string | false | undefined)[]) => {
    const ids = [...extra.filter(Boolean), errorOf(name) ? `${fid(name)}-error` : undefined].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : undefined;
  };
  const fieldError = (name: ActivityFormField) =>
    errorOf(name) ? (
      <p id={`${fid(name)}-error`} className={errorClass}>
        {t(`errors.${errorOf(name)}`)}
      </p>
    ) : null;

  const upstream = mode === 'synced' ? (props.upstream ?? {}) : null;
  const overridden = new Set(props.overriddenFields ?? []);
  const termName = new Map(Object.values(options.collections).flat().map((term) => [term.code, term.name]));
  const format = (value: SnapshotValue | undefined): string => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0) || value === '') return t('form.empty');
    if (Array.isArray(value)) return value.map((code) => termName.get(code) ?? code).join(', ');
    if (typeof value === 'boolean') return value ? t('form.yes') : t('form.no');
    return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  };
  const fieldLabel = (key: string): string => {
    const text = /^(.*)(Fi|Sv|En)$/.exec(key);
    if (text && (TEXT_GROUPS as readonly string[]).includes(text[1]!)) return `${t(`form.group.${text[1]}`)} ${t(`form.lang.${text[2]}`)}`;
    if ((EDIT_COLLECTIONS as readonly string[]).includes(key)) return t(`form.collections.${key}`);
    if (key === 'organizationId') return t('form.organization');
    if (key === 'weeklyStartTime' || key === 'weeklyEndTime') return t(key === 'weeklyStartTime' ? 'form.startTime' : 'form.endTime');
    return t(`form.${key}`);
  };

  /** The source's value under a field, and the choice to go back to it. */
  const upstreamNote = (field: string, long = false) => {
    if (!upstream || !(field in upstream)) return null;
    const value = upstream[field];
    const isOverridden = overridden.has(field);
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    const text = empty ? t('form.upstreamEmpty') : t('form.upstreamValue', { value: format(value) });
    return (
      <div id={`${fid(field)}-upstream`} className="mt-1 rounded bg-gray-100 px-2 py-1 text-sm text-gray-800">
        {isOverridden ? <p className="font-semibold text-amber-900">{t('form.overridden')}</p> : null}
        {long && !empty && typeof value === 'string' ? (
          <details>
            <summary className="cursor-pointer underline">{t('form.showUpstream')}</summary>
            <p className="mt-1 whitespace-pre-wrap">{value}</p>
          </details>
        ) : (
          <p className="whitespace-pre-wrap">{text}</p>
        )}
        {isOverridden ? (
          <label className="mt-1 flex items-center gap-2">
            <input type="checkbox" name="revert" value={field} defaultChecked={values.revert.includes(field)} />
            <span>
              {t('form.revert')} <span className="sr-only">({fieldLabel(field)})</span>
            </span>
          </label>
        ) : null}
      </div>
    );
  };
  const upstreamId = (field: string) => (upstream && field in upstream ? `${fid(field)}-upstream` : undefined);

  const textInput = (group: TextGroup, lang: (typeof LANGS)[number]) => {
    const name = `${group}${lang}` as TextField;
    const long = group === 'description';
    const common = {
      id: fid(name),
      name,
      defaultValue: values[name],
      'aria-invalid': errorOf(name) ? true : undefined,
      'aria-describedby': describedBy(name, upstreamId(name)),
      className: inputClass,
    };
    return (
      <div key={name} className="mt-3">
        <label htmlFor={fid(name)} className="font-semibold">
          {t(`form.group.${group}`)} {t(`form.lang.${lang}`)}
        </label>
        {long || group === 'summary' ? <textarea {...common} rows={long ? 8 : 3} /> : <input {...common} type="text" />}
        {fieldError(name)}
        {upstreamNote(name, long)}
      </div>
    );
  };

  const text = (
    name: (typeof PLAIN_FIELDS)[number] | 'placeName' | 'streetAddress' | 'postalCode' | 'city' | 'onlineUrl' | 'channelPhone' | 'contactEmail' | 'contactPhone' | 'contactWeb',
    type = 'text',
    hint?: string,
  ) => (
    <div className="mt-3">
      <label htmlFor={fid(name)} className="font-semibold">{t(`form.${name}`)}</label>
      {hint ? <p id={`${fid(name)}-hint`} className={hintClass}>{hint}</p> : null}
      <input
        id={fid(name)}
        name={name}
        type={type}
        defaultValue={values[name]}
        autoComplete="off"
        aria-invalid={errorOf(name) ? true : undefined}
        aria-describedby={describedBy(name, hint && `${fid(name)}-hint`, upstreamId(name))}
        className={inputClass}
      />
      {fieldError(name)}
      {upstreamNote(name)}
    </div>
  );

  const flag = (name: (typeof FLAG_FIELDS)[number] | 'featured') => (
    <div className="mt-3">
      <label className="flex items-center gap-2">
        <input type="checkbox" name={name} defaultChecked={values[name]} aria-describedby={upstreamId(name)} />
        <span id={`${fid(name)}-label`}>{t(`form.${name}`)}</span>
      </label>
      {upstreamNote(name)}
    </div>
  );

  const collection = (name: EditCollection) => (
    <fieldset key={name} id={fid(name)} tabIndex={-1} className="mt-4" aria-describedby={describedBy(name, upstreamId(name))}>
      <legend className="font-semibold">{t(`form.collections.${name}`)}</legend>
      <div className={name === 'municipalities' ? 'grid grid-cols-2 gap-x-4 sm:grid-cols-3' : 'grid gap-x-4 sm:grid-cols-2'}>
        {options.collections[name].map((term) => (
          <label key={term.code} className="flex items-start gap-2 py-0.5">
            <input type="checkbox" name={name} value={term.code} defaultChecked={values[name].includes(term.code)} className="mt-1" />
            {term.name}
          </label>
        ))}
      </div>
      {fieldError(name)}
      {upstreamNote(name)}
    </fieldset>
  );

  const radios = (
    name: 'channelType' | 'scheduleKind',
    choices: readonly string[],
    current: string,
    onChange: (value: string) => void,
    keepSummary?: string,
  ) => (
    <fieldset id={fid(name)} tabIndex={-1} className="mt-2" aria-describedby={describedBy(name, keepSummary && choices.includes('KEEP') && `${fid(name)}-current`)}>
      <legend className="font-semibold">{t(`form.${name}`)}</legend>
      {keepSummary && choices.includes('KEEP') ? (
        <p id={`${fid(name)}-current`} className={hintClass}>
          {t('form.current', { value: keepSummary })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-5">
        {choices.map((choice) => (
          <label key={choice} className="flex items-center gap-2 py-1">
            <input type="radio" name={name} value={choice} checked={current === choice} onChange={() => onChange(choice)} />
            {t(`form.${name === 'channelType' ? 'channel' : 'schedule'}.${choice}`)}
          </label>
        ))}
      </div>
      {fieldError(name)}
    </fieldset>
  );

  const errorList = Object.entries(fieldErrors).filter(([field]) => field !== 'form');

  return (
    <form action={action} className="mt-4" noValidate>
      {props.activityId ? <input type="hidden" name="id" value={props.activityId} /> : null}
      {version ? <input type="hidden" name="version" value={version} /> : null}
      {baseline ? <input type="hidden" name="baseline" value={baseline} /> : null}

      <div ref={summaryRef} tabIndex={-1}>
        <StatusMessage state={state} />
        {state && !state.ok && state.code === 'CONFLICT' ? (
          <div className="mt-2 rounded-md border-2 border-red-800 p-3">
            <p>{t('conflict.intro')}</p>
            <ul className="mt-2 list-disc pl-6">
              {(state.changes ?? []).map((change) => (
                <li key={change.field}>
                  {t(change.alsoYours ? 'conflict.alsoYours' : 'conflict.taken', { field: fieldLabel(change.field), value: format(change.current) })}
                </li>
              ))}
            </ul>
            <p className="mt-2 font-semibold">{t('conflict.again')}</p>
          </div>
        ) : null}
        {errorList.length > 0 ? (
          <div className="mt-2 rounded-md border-2 border-red-800 p-3">
            <p className="font-semibold">{t('form.errorSummary')}</p>
            <ul className="mt-1 list-disc pl-6">
              {errorList.map(([field, key]) => (
                <li key={field}>
                  <a href={`#${fid(field)}`} className="underline">
                    {fieldLabel(field)}: {t(`errors.${key}`)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {fieldErrors.form ? <p className={errorClass}>{t(`errors.${fieldErrors.form}`)}</p> : null}
      </div>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t('form.visibilityHeading')}</legend>
        <div className="mt-2">
          <label htmlFor={fid('status')} className="font-semibold">{t('form.status')}</label>
          <p id={`${fid('status')}-hint`} className={hintClass}>{t('form.statusHint')}</p>
          <select
            id={fid('status')}
            name="status"
            defaultValue={values.status}
            aria-invalid={errorOf('status') ? true : undefined}
            aria-describedby={describedBy('status', `${fid('status')}-hint`)}
            className={inputClass}
          >
            {[...STATUS_CHOICES, ...(props.initial.status === 'ARCHIVED' ? (['ARCHIVED'] as const) : [])].map((status) => (
              <option key={status} value={status}>{t(`status.${status}`)}</option>
            ))}
          </select>
          {fieldError('status')}
        </div>
        {flag('featured')}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t('form.textsHeading')}</legend>
        <p className={hintClass}>{t('form.textsHint')}</p>
        {TEXT_GROUPS.map((group) => (
          <div key={group} className="mt-4 border-t border-gray-300 pt-2">
            {LANGS.map((lang) => (
              textInput(group, lang)
            ))}
          </div>
        ))}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t('form.organizerHeading')}</legend>
        <div className="mt-2">
          <label htmlFor={fid('providerType')} className="font-semibold">{t('form.providerType')}</label>
          <select
            id={fid('providerType')}
            name="providerType"
            defaultValue={values.providerType}
            aria-invalid={errorOf('providerType') ? true : undefined}
            aria-describedby={describedBy('providerType', upstreamId('providerType'))}
            className={inputClass}
          >
            {mode === 'create' ? <option value="">–</option> : null}
            {PROVIDER_TYPES.map((type) => (
              <option key={type} value={type}>{t(`providerType.${type}`)}</option>
            ))}
          </select>
          {fieldError('providerType')}
          {upstreamNote('providerType')}
        </div>
        {mode !== 'synced' ? (
          <div className="mt-3">
            <label htmlFor={fid('organizationId')} className="font-semibold">{t('form.organization')}</label>
            <select
              id={fid('organizationId')}
              name="organizationId"
              defaultValue={values.organizationId}
              aria-invalid={errorOf('organizationId') ? true : undefined}
              aria-describedby={describedBy('organizationId')}
              className={inputClass}
            >
              <option value="">{t('form.noOrganization')}</option>
              {options.organizations.map((org) => (
                <option key={org.id} value={org.id}>{org.name}</option>
              ))}
            </select>
            {fieldError('organizationId')}
          </div>
        ) : null}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t('form.practicalHeading')}</legend>
        {flag('isFree')}
        {flag('registrationRequired')}
        {text('registrationUrl', 'url', t('form.urlHint'))}
        {text('registrationEmail', 'email')}
        {text('registrationPhone', 'tel')}
        {flag('isRemote')}
        {flag('isRegionWide')}
        {text('imageUrl', 'url', t('form.urlHint'))}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t('form.classificationHeading')}</legend>
        <p className={hintClass}>{t('form.classificationHint')}</p>
        {EDIT_COLLECTIONS.map((name) => (
          collection(name)
        ))}
      </fieldset>

      {mode === 'synced' ? (
        <p className="mt-6">{t('form.syncedPartsNote')}</p>
      ) : (
        <>
          <fieldset className={fieldsetClass}>
            <legend className={legendClass}>{t('form.placeHeading')}</legend>
            {radios(
              'channelType',
              mode === 'manual' && props.hasChannel ? ['KEEP', 'PLACE', 'ONLINE', 'PHONE', 'NONE'] : ['PLACE', 'ONLINE', 'PHONE', 'NONE'],
              channelType,
              setChannelType,
              props.placeSummary,
            )}
            <Shown when={channelType === 'PLACE'}>
              {text('placeName')}
              {text('streetAddress')}
              {text('postalCode')}
              {text('city')}
              <div className="mt-3">
                <label htmlFor={fid('channelMunicipality')} className="font-semibold">{t('form.channelMunicipality')}</label>
                <select
                  id={fid('channelMunicipality')}
                  name="channelMunicipality"
                  defaultValue={values.channelMunicipality}
                  aria-invalid={errorOf('channelMunicipality') ? true : undefined}
                  aria-describedby={describedBy('channelMunicipality')}
                  className={inputClass}
                >
                  <option value="">{t('form.chooseMunicipality')}</option>
                  {options.collections.municipalities.map((m) => (
                    <option key={m.code} value={m.code}>{m.name}</option>
                  ))}
                </select>
                {fieldError('channelMunicipality')}
              </div>
            </Shown>
            <Shown when={channelType === 'ONLINE'}>
              {text('onlineUrl', 'url', t('form.urlHint'))}
            </Shown>
            <Shown when={channelType === 'PHONE'}>
              {text('channelPhone', 'tel')}
            </Shown>
          </fieldset>

          <fieldset className={fieldsetClass}>
            <legend className={legendClass}>{t('form.scheduleHeading')}</legend>
            <p className={hintClass}>{t('form.scheduleHint')}</p>
            {radios(
              'scheduleKind',
              mode === 'manual' && props.hasSchedule ? ['KEEP', 'ONE_OFF', 'WEEKLY', 'NONE'] : ['ONE_OFF', 'WEEKLY', 'NONE'],
              scheduleKind,
              setScheduleKind,
              props.scheduleSummary,
            )}
            <Shown when={scheduleKind === 'ONE_OFF'}>
              <div className="flex flex-wrap gap-4">
                {dateTime('date', 'date', t('form.date'))}
                {dateTime('startTime', 'time', t('form.startTime'))}
                {dateTime('endTime', 'time', t('form.endTime'))}
              </div>
            </Shown>
            <Shown when={scheduleKind === 'WEEKLY'}>
              <fieldset id={fid('weekdays')} tabIndex={-1} className="mt-3" aria-describedby={describedBy('weekdays')}>
                <legend className="font-semibold">{t('form.weekdays')}</legend>
                <div className="flex flex-wrap gap-x-4">
                  {['1', '2', '3', '4', '5', '6', '7'].map((day) => (
                    <label key={day} className="flex items-center gap-2 py-1">
                      <input type="checkbox" name="weekdays" value={day} defaultChecked={values.weekdays.includes(day)} />
                      {t(`form.weekday.${day}`)}
                    </label>
                  ))}
                </div>
                {fieldError('weekdays')}
              </fieldset>
              <div className="flex flex-wrap gap-4">
                {dateTime('weeklyStartTime', 'time', t('form.startTime'))}
                {dateTime('weeklyEndTime', 'time', t('form.endTime'))}
                {dateTime('validFrom', 'date', t('form.validFrom'))}
                {dateTime('validUntil', 'date', t('form.validUntil'))}
              </div>
            </Shown>
          </fieldset>

          <fieldset className={fieldsetClass}>
            <legend className={legendClass}>{t('form.contactsHeading')}</legend>
            <p className={hintClass}>{t('form.contactsHint')}</p>
            {text('contactEmail', 'email')}
            {text('contactPhone', 'tel')}
            {text('contactWeb', 'url', t('form.urlHint'))}
          </fieldset>
        </>
      )}

      <div className="mt-6">
        <button type="submit" disabled={pending} className="rounded-md bg-primary px-5 py-2 font-semibold text-on-primary disabled:opacity-70">
          {mode === 'create' ? t('form.create') : t('form.save')}
        </button>
      </div>
    </form>
  );

  function dateTime(name: 'date' | 'startTime' | 'endTime' | 'weeklyStartTime' | 'weeklyEndTime' | 'validFrom' | 'validUntil', type: 'date' | 'time', label: string) {
    return (
      <div className="mt-3">
        <label htmlFor={fid(name)} className="font-semibold">{label}</label>
        <input
          id={fid(name)}
          name={name}
          type={type}
          defaultValue={values[name]}
          aria-invalid={errorOf(name) ? true : undefined}
          aria-describedby={describedBy(name)}
          className="mt-1 block rounded-md border border-gray-500 px-3 py-2"
        />
        {fieldError(name)}
      </div>
    );
  }
}

/** Hidden sub-fields still post their values; the server reads only the chosen option's. */
function Shown({ when, children }: { when: boolean; children: ReactNode }) {
  return <div hidden={!when}>{children}</div>;
}

function StatusMessage({ state }: { state: ActivityActionResult | null }) {
  const t = useTranslations('Admin.activities');
  let text: string | null = null;
  if (state?.ok) text = t(`done.${state.done}`);
  else if (state) text = t(`errors.${state.code}`);
  return (
    <p role={state && !state.ok ? 'alert' : 'status'} className={state?.ok ? 'font-semibold text-green-800' : 'font-semibold text-red-800'}>
      {text}
    </p>
  );
}
