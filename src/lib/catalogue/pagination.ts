export type PageItem = number | 'gap';

/**
 * The page links to show: always the first and the last page, the current page with its
 * neighbours, and a gap where pages are left out, never more than `max` items (at least 5).
 */
export function pageWindow(current: number, pageCount: number, max = 7): PageItem[] {
  const count = Math.max(1, Math.floor(pageCount));
  const limit = Math.max(5, Math.floor(max));
  const page = Math.min(Math.max(1, Math.floor(current)), count);
  if (count <= limit) return Array.from({ length: count }, (_, index) => index + 1);

  // First, last and two gaps take four of the places; the rest surround the current page.
  const middle = limit - 4;
  let start = page - Math.floor((middle - 1) / 2);
  let end = start + middle - 1;
  if (start <= 3) {
    // Near the start: no gap before, so the run reaches from page 1.
    return [...range(1, limit - 2), 'gap', count];
  }
  if (end >= count - 2) {
    return [1, 'gap', ...range(count - (limit - 3), count)];
  }
  start = Math.max(start, 3);
  end = Math.min(end, count - 2);
  return [1, 'gap', ...range(start, end), 'gap', count];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
