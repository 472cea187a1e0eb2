import type { ReactNode } from 'react';
import { parseRichText, type Block, type Inline } from '@/lib/text/rich-text';

/**
 * A description as React elements: paragraphs, lists, headings, emphasis and safe links.
 * The text is parsed into data first (see lib/text/rich-text), never inserted as HTML.
 */
export function RichText({ text, lang, className }: { text: string; lang?: string; className?: string }) {
  const blocks = parseRichText(text);
  if (blocks.length === 0) return null;
  return (
    <div lang={lang} className={className ?? 'flex flex-col gap-3'}>
      {blocks.map((block, index) => (
        <BlockElement key={index} block={block} />
      ))}
    </div>
  );
}

function BlockElement({ block }: { block: Block }) {
  switch (block.type) {
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{inlines(item)}</li>);
      return block.ordered ? (
        <ol className="flex list-decimal flex-col gap-1 pl-6">{items}</ol>
      ) : (
        <ul className="flex list-disc flex-col gap-1 pl-6">{items}</ul>
      );
    }
    case 'heading':
      return <h3 className="text-lg font-bold">{inlines(block.children)}</h3>;
    case 'quote':
      return <blockquote className="border-l-4 border-line pl-4">{inlines(block.children)}</blockquote>;
    default:
      return <p>{inlines(block.children)}</p>;
  }
}

function inlines(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'br':
        return <br key={index} />;
      case 'strong':
        return <strong key={index}>{inlines(node.children)}</strong>;
      case 'em':
        return <em key={index}>{inlines(node.children)}</em>;
      case 'link':
        return (
          <a key={index} href={node.href} rel="noopener noreferrer nofollow">
            {inlines(node.children)}
          </a>
        );
    }
  });
}
