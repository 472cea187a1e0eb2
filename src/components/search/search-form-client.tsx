'use client';

import { useEffect, useRef, useTransition, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { formQuery } from '@/lib/catalogue/query';

interface SearchFormProps {
  /** The localized search path: the form's target, with and without JavaScript. */
  action: string;
  /** The current search as a query string; changes after every navigation. */
  state: string;
  label: string;
  /** The "skip to results" link's text. */
  skipLabel: string;
  searchBox: ReactNode;
  filters: ReactNode;
  results: ReactNode;
}

/**
 * The search form, enhanced: a changed filter or a submitted search pushes a new URL
 * in a transition, so the server renders the new results while the form, its open
 * disclosure and the focused control stay where they are. Without JavaScript it is a
 * plain GET form.
 */
export function SearchForm({ action, state, label, skipLabel, searchBox, filters, results }: SearchFormProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const disclosureRef = useRef<HTMLDivElement>(null);

  // Wide screens show the filters beside the results (CSS does it where it can).
  useEffect(() => {
    const details = disclosureRef.current?.querySelector('details');
    if (details && window.matchMedia('(min-width: 64rem)').matches) details.open = true;
  }, []);

  // Controls are uncontrolled: after a navigation (a chip, the back button) show the URL's state.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    for (const element of Array.from(form.elements)) {
      if (element instanceof HTMLInputElement) {
        if (element.type === 'checkbox' || element.type === 'radio') element.checked = element.defaultChecked;
        else if (element !== document.activeElement) element.value = element.defaultValue;
      } else if (element instanceof HTMLSelectElement) {
        for (const option of Array.from(element.options)) option.selected = option.defaultSelected;
      }
    }
  }, [state]);

  const search = (form: HTMLFormElement) => {
    const query = formQuery(new FormData(form)).toString();
    startTransition(() => {
      // Each change is a history entry: Back undoes one filter at a time.
      router.push(query ? `${action}?${query}` : action, { scroll: false });
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search(event.currentTarget);
  };

  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    const target = event.target as EventTarget;
    // Text and dates are sent with the button or Enter: half-typed values would only flicker.
    // Choosing "certain days" waits for the days themselves.
    const immediate =
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement &&
        (target.type === 'checkbox' || (target.type === 'radio' && target.value !== 'range')));
    if (immediate) search(event.currentTarget);
  };

  return (
    <form ref={formRef} action={action} method="get" aria-label={label} onSubmit={onSubmit} onChange={onChange}>
      {searchBox}
      {/* Past the filters' hundred-odd controls straight to the first result. */}
      <a
        href="#results-heading"
        className="sr-only rounded-md bg-primary px-4 py-2 font-semibold text-on-primary focus:not-sr-only focus:mt-3 focus:inline-block"
      >
        {skipLabel}
      </a>
      <div className="mt-6 gap-8 lg:grid lg:grid-cols-[18rem_minmax(0,1fr)]">
        <div ref={disclosureRef}>{filters}</div>
        <div
          id="search-results"
          aria-busy={pending}
          className={`min-w-0 transition-opacity ${pending ? 'opacity-60' : ''}`}
        >
          {results}
        </div>
      </div>
    </form>
  );
}
