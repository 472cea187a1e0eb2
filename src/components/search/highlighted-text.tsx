import type { TextSegment } from '@/lib/search/text';

/** Text with the words that matched the search marked. */
export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return segments.map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-notice px-0.5 font-semibold text-ink">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
