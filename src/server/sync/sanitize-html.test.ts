import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeHtml } from './sanitize-html';

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
