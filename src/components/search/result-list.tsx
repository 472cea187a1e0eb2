import type { SearchCard } from '@/server/search/results';
import { ResultCard } from './result-card';

interface ResultListProps {
  cards: SearchCard[];
  locale: string;
  /** Two cards side by side on wide screens (outside the search page's narrower column). */
  twoColumns?: boolean;
  /** The search these results belong to (a query string), for the activity page's way back. */
  from?: string;
}

export function ResultList({ cards, locale, twoColumns = false, from }: ResultListProps) {
  return (
    <ol className={`mt-4 grid gap-4 ${twoColumns ? 'md:grid-cols-2' : ''}`} data-testid="search-results">
      {cards.map((card) => (
        <li key={card.id}>
          <ResultCard card={card} locale={locale} from={from} />
        </li>
      ))}
    </ol>
  );
}
