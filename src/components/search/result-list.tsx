import type { SearchCard } from '@/server/search/results';
import { ResultCard } from './result-card';

interface ResultListProps {
  cards: SearchCard[];
  locale: string;
  /** Two cards side by side on wide screens (outside the search page's narrower column). */
  twoColumns?: boolean;
}

export function ResultList({ cards, locale, twoColumns = false }: ResultListProps) {
  return (
    <ol className={`mt-4 grid gap-4 ${twoColumns ? 'md:grid-cols-2' : ''}`} data-testid="search-results">
      {cards.map((card) => (
        <li key={card.id}>
          <ResultCard card={card} locale={locale} />
        </li>
      ))}
    </ol>
  );
}
