import type { ReactNode } from 'react';

/** A long text page (statements, notices): one h1, a lead paragraph, then sections. */
export function ProsePage({ title, lead, children }: { title: string; lead: ReactNode; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{title}</h1>
      <div className="mt-4 text-lg">{lead}</div>
      <div className="mt-8 flex flex-col gap-10">{children}</div>
    </article>
  );
}

export function ProseSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ProseSubsection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h3 id={id} className="text-xl font-bold">
        {title}
      </h3>
      {children}
    </section>
  );
}

export function ProseList({ items }: { items: ReactNode[] }) {
  return (
    <ul className="flex list-disc flex-col gap-2 pl-6">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

export function DemoNote({ children }: { children: ReactNode }) {
  return <p className="mt-4 rounded-md border border-on-notice/30 bg-notice px-4 py-3 text-on-notice">{children}</p>;
}

/** Rich-text tags shared by the prose messages: <strong>, <email> and <link>. */
export function proseTags({ email, href }: { email?: string; href?: string }) {
  return {
    strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
    email: (chunks: ReactNode) => <a href={`mailto:${email}`}>{chunks}</a>,
    link: (chunks: ReactNode) => <a href={href}>{chunks}</a>,
  };
}
