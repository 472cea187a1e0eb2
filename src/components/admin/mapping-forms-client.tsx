'use client';

import { createContext, useActionState, useCallback, useContext, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { createMappingAction, deleteMappingAction } from '@/server/admin/mappings/actions';
import {
  MAPPING_SOURCES,
  TARGET_KINDS,
  type MappingActionResult,
  type MappingFormField,
  type MappingSource,
  type TargetKind,
} from '@/server/admin/mappings/schemas';

const inputClass = 'mt-1 block w-full rounded-md border border-gray-400 px-3 py-2';
const buttonClass = 'rounded-md border border-gray-500 px-3 py-1 font-semibold disabled:opacity-70';

/** Targets per taxonomy, already labelled in the page language. */
export type TargetOptions = Record<TargetKind, { code: string; name: string }[]>;

function Status({ state }: { state: MappingActionResult | null }) {
  const t = useTranslations('Admin.mappings');
  let text: string | null = null;
  if (state?.ok) text = t(`done.${state.done}`);
  else if (state) text = t(`errors.${state.code}`);
  return (
    <p role={state && !state.ok ? 'alert' : 'status'} className={state?.ok ? 'text-green-800' : 'font-semibold text-red-800'}>
      {text}
    </p>
  );
}

function TargetSelect({
  targets,
  preferredKind,
  defaultValue,
  ...props
}: {
  targets: TargetOptions;
  preferredKind?: TargetKind | null;
  defaultValue?: string;
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  className: string;
}) {
  const t = useTranslations('Admin.mappings');
  // The usual kind for the code's field comes first; nothing is chosen in advance.
  const kinds = preferredKind ? [preferredKind, ...TARGET_KINDS.filter((k) => k !== preferredKind)] : TARGET_KINDS;
  return (
    <select name="target" defaultValue={defaultValue ?? ''} {...props}>
      <option value="">{t('chooseTarget')}</option>
      {kinds
        .filter((kind) => targets[kind].length > 0)
        .map((kind) => (
          <optgroup key={kind} label={t(`kinds.${kind}`)}>
            {targets[kind].map((target) => (
              <option key={target.code} value={`${kind}:${target.code}`}>
                {target.name}
              </option>
            ))}
          </optgroup>
        ))}
    </select>
  );
}

export function AddMappingForm({ targets }: { targets: TargetOptions }) {
  const t = useTranslations('Admin.mappings');
  const tErrors = useTranslations('Admin.mappings.errors');
  const [state, action, pending] = useActionState(createMappingAction, null);
  const id = useId();
  const errorOf = (name: MappingFormField) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  // React resets the form after a submit; an error keeps what was typed.
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const props = (name: MappingFormField) => ({
    id: `${id}-${name}`,
    'aria-invalid': errorOf(name) ? true : undefined,
    'aria-describedby': errorOf(name) ? `${id}-${name}-error` : undefined,
  });
  const error = (name: MappingFormField) => {
    const key = errorOf(name);
    return key ? (
      <p id={`${id}-${name}-error`} className="text-sm font-semibold text-red-800">
        {tErrors(key)}
      </p>
    ) : null;
  };
  return (
    <form key={state?.ok ? 'done' : 'editing'} action={action} className="mt-3 space-y-3" noValidate>
      <div>
        <label htmlFor={`${id}-source`} className="font-semibold">{t('fields.source')}</label>
        <select {...props('source')} name="source" defaultValue={values.source ?? 'LAHELLA'} className={inputClass}>
          {MAPPING_SOURCES.map((source) => (
            <option key={source} value={source}>{t(`sources.${source}`)}</option>
          ))}
        </select>
        {error('source')}
      </div>
      <div>
        <label htmlFor={`${id}-sourceCode`} className="font-semibold">{t('fields.sourceCode')}</label>
        <input {...props('sourceCode')} name="sourceCode" type="text" autoComplete="off" required defaultValue={values.sourceCode ?? ''} className={inputClass} />
        {error('sourceCode')}
      </div>
      <div>
        <label htmlFor={`${id}-target`} className="font-semibold">{t('fields.target')}</label>
        <TargetSelect {...props('target')} targets={targets} defaultValue={values.target} className={inputClass} />
        {error('target')}
      </div>
      <Status state={state} />
      <button type="submit" disabled={pending} className="rounded-md bg-primary px-4 py-2 font-semibold text-on-primary disabled:opacity-70">
        {t('addSubmit')}
      </button>
    </form>
  );
}

/** A ready form for one unknown code: only the target is left to choose. */
export function MapUnknownCodeForm({
  source,
  code,
  suggestedKind,
  targets,
}: {
  source: MappingSource;
  code: string;
  suggestedKind: TargetKind;
  targets: TargetOptions;
}) {
  const t = useTranslations('Admin.mappings');
  const tErrors = useTranslations('Admin.mappings.errors');
  const [state, action, pending] = useActionState(createMappingAction, null);
  const id = useId();
  const key = state && !state.ok ? (state.fieldErrors?.target ?? state.fieldErrors?.sourceCode) : undefined;
  if (state?.ok) return <Status state={state} />;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="source" value={source} />
      <input type="hidden" name="sourceCode" value={code} />
      <label htmlFor={`${id}-target`} className="sr-only">{t('targetFor', { code })}</label>
      <TargetSelect
        id={`${id}-target`}
        targets={targets}
        preferredKind={suggestedKind}
        aria-invalid={key ? true : undefined}
        aria-describedby={key ? `${id}-error` : undefined}
        className="rounded-md border border-gray-400 px-2 py-1"
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('mapSubmit')}
      </button>
      {key ? (
        <p id={`${id}-error`} className="w-full text-sm font-semibold text-red-800">
          {tErrors(key)}
        </p>
      ) : null}
      <Status state={state} />
    </form>
  );
}

/** Tells a mapping table that one of its rows was removed (the row and its form leave the page). */
const RemovalNotice = createContext<((text: string) => void) | null>(null);

/**
 * A table of mappings with its heading and status line: a removal is told there and focus moves
 * to the heading, since the removed row (and the button that had focus) leaves the page.
 */
export function MappingSection({ headingId, heading, children }: { headingId: string; heading: string; children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const announce = useCallback((text: string) => {
    setMessage(text);
    headingRef.current?.focus();
  }, []);
  return (
    <RemovalNotice value={announce}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        {heading}
      </h2>
      <p role="status" className="text-green-800">
        {message}
      </p>
      {children}
    </RemovalNotice>
  );
}

export function DeleteMappingForm({ mappingId, label }: { mappingId: string; label: string }) {
  const t = useTranslations('Admin.mappings');
  const announce = useContext(RemovalNotice);
  const [state, action, pending] = useActionState(async (previous: MappingActionResult | null, formData: FormData) => {
    const result = await deleteMappingAction(previous, formData);
    if (result.ok) announce?.(t(`done.${result.done}`));
    return result;
  }, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={mappingId} />
      <button type="submit" disabled={pending} aria-label={t('removeLabel', { mapping: label })} className={buttonClass}>
        {t('remove')}
      </button>
      <Status state={state} />
    </form>
  );
}
