import type { ReactNode } from 'react';

export type ConceptSectionProps = {
  id: string;
  title: string;
  lead?: string;
  /** "Source: the deck, slides 12–18". */
  source: string;
  children: ReactNode;
};

/** One part of the concepts page: a heading the contents link to, its lead, its body and its source slides. */
export function ConceptSection({ id, title, lead, source, children }: ConceptSectionProps) {
  return (
    <section className="concept-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
      <p className="concept-section__source">{source}</p>
    </section>
  );
}
