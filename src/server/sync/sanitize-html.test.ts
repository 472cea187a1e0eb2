import { describe, expect, it } from 'vitest';
import { htmlToText, MAX_HTML_INPUT, sanitizeHtml } from './sanitize-html';

describe('sanitizeHtml', () => {
  it('keeps the allowed subset and normalises b/i', () => {
    expect(sanitizeHtml('<p>Hei <b>kaikki</b> <i>ja</i> <em>muut</em><br/>!</p>')).toBe(
      '<p>Hei <strong>kaikki</strong> <em>ja</em> <em>muut</em><br>!</p>',
    );
  });

  it('drops scripts, styles and event handlers', () => {
    expect(sanitizeHtml('<p onclick="x()">ok<script>alert(1)</script><style>p{}</style></p>')).toBe('<p>ok</p>');
    expect(sanitizeHtml('<img src=x onerror=alert(1)>text')).toBe('text');
    expect(sanitizeHtml('<svg><script>alert(1)</script></svg>safe')).toBe('safe');
  });

  it('keeps only safe link targets and marks them', () => {
    expect(sanitizeHtml('<a href="https://example.org/a?b=1&amp;c=2" target="_blank">x</a>')).toBe(
      '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">x</a>',
    );
    expect(sanitizeHtml('<a href="java&#x09;script:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(sanitizeHtml("<a href='javascript:alert(1)'>x</a>")).toBe('<a>x</a>');
    expect(sanitizeHtml('<a href="mailto:info@example.org">mail</a>')).toContain('href="mailto:info@example.org"');
  });

  it('escapes text and balances tags', () => {
    expect(sanitizeHtml('<ul><li>1 < 2 &amp; 3 > 2<li>b')).toBe('<ul><li>1 &lt; 2 &amp; 3 &gt; 2</li><li>b</li></ul>');
    expect(sanitizeHtml('</p>stray<strong>open')).toBe('stray<strong>open</strong>');
    expect(sanitizeHtml('<p><strong>x</p>')).toBe('<p><strong>x</strong></p>');
  });

  it('drops comments and returns null for empty content', () => {
    expect(sanitizeHtml('<!-- hidden --><p> </p>')).toBeNull();
    expect(sanitizeHtml('')).toBeNull();
    expect(sanitizeHtml(null)).toBeNull();
  });
});

describe('htmlToText', () => {
  it('strips markup, decodes entities and collapses whitespace', () => {
    expect(htmlToText('<p>Päivä&nbsp;kahvila</p>\n<p>Tule &amp; tutustu</p>')).toBe('Päivä kahvila Tule & tutustu');
    expect(htmlToText('<script>x</script>  ')).toBeNull();
  });
});

describe('linear time on hostile input', () => {
  // Generous bounds: a quadratic scan of these inputs takes minutes, a linear one milliseconds.
  it.each([
    ['unclosed tags', '<a '.repeat(100_000)],
    ['unclosed quotes', '<a href="'.repeat(30_000)],
    ['unclosed comments', '<!--'.repeat(50_000)],
    ['deep nesting', '<b>'.repeat(50_000) + '</i>'.repeat(50_000)],
    ['entity-like text', '&#x'.repeat(50_000) + '&a'.repeat(50_000)],
  ])('handles %s quickly', (_kind, input) => {
    const started = performance.now();
    sanitizeHtml(input);
    htmlToText(input);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('reads at most MAX_HTML_INPUT characters of upstream text', () => {
    const long = `<p>${'sana '.repeat(60_000)}</p>`;
    expect(htmlToText(long)!.length).toBeLessThanOrEqual(MAX_HTML_INPUT);
    expect(sanitizeHtml(long)).toBe(sanitizeHtml(long.slice(0, MAX_HTML_INPUT)));
  });

  it('drops a tag left open at the end, as browsers do, and keeps the text before it', () => {
    expect(sanitizeHtml('<p>Hei</p><a href="https://example.org" ')).toBe('<p>Hei</p>');
    expect(htmlToText('Hei <a ')).toBe('Hei');
  });
});
