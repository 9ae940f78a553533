import { Anchor, Blockquote, Code, List, Table, Text, Title } from '@mantine/core';
import { isValidElement, type ReactNode } from 'react';
import ReactMarkdown, { type Components, defaultUrlTransform } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

/**
 * AI outputs as written: CommonMark + GFM (tables, nested and task lists, strikethrough, autolinks, fenced
 * code) through react-markdown, which builds React elements and never an HTML string. Raw HTML in the
 * source is shown as text, rehype-sanitize's GitHub schema cleans what remains, and links and images go
 * only to http(s) and mailto. Loaded lazily (see
 * LazyMarkdown.tsx): only pages that show outputs pay for it.
 */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/**
 * Raw HTML in an output is shown as the text it is, never interpreted: a reviewer sees that the model wrote
 * `<script>`. (Block HTML becomes a paragraph of text, inline HTML a text run.)
 */
function rawHtmlAsText() {
  const walk = (node: MdNode, parent: MdNode | null) => {
    if (node.type === 'html') {
      if (parent?.type === 'root') {
        node.type = 'paragraph';
        node.children = [{ type: 'text', value: node.value ?? '' }];
        delete node.value;
      } else node.type = 'text';
      return;
    }
    for (const child of node.children ?? []) walk(child, node);
  };
  return (tree: MdNode) => walk(tree, null);
}

const urlTransform = (url: string) => safeHref(defaultUrlTransform(url)) ?? '';

const components: Components = {
  h1: ({ children }) => (
    <Title order={2} mt="sm" mb={6}>
      {children}
    </Title>
  ),
  h2: ({ children }) => (
    <Title order={3} mt="sm" mb={6}>
      {children}
    </Title>
  ),
  h3: ({ children }) => (
    <Title order={4} mt="sm" mb={6}>
      {children}
    </Title>
  ),
  h4: ({ children }) => (
    <Title order={5} mt="sm" mb={6}>
      {children}
    </Title>
  ),
  h5: ({ children }) => (
    <Title order={6} mt="sm" mb={6}>
      {children}
    </Title>
  ),
  h6: ({ children }) => (
    <Title order={6} mt="sm" mb={6}>
      {children}
    </Title>
  ),
  p: ({ children }) => <Text mb="sm">{children}</Text>,
  a: ({ href, children }) =>
    href ? (
      <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </Anchor>
    ) : (
      children
    ),
  ul: ({ children, className }) => (
    <List type="unordered" withPadding mb="sm" className={className}>
      {children}
    </List>
  ),
  ol: ({ children, start }) => (
    <List type="ordered" start={start} withPadding mb="sm">
      {children}
    </List>
  ),
  li: ({ children, className }) => <List.Item className={className}>{children}</List.Item>,
  blockquote: ({ children }) => (
    <Blockquote p="sm" mb="sm">
      {children}
    </Blockquote>
  ),
  // A fenced block: its <code> child's text in one block Code (not a Code inside a Code).
  pre: ({ children }) => (
    <Code block mb="sm">
      {isValidElement<{ children?: ReactNode }>(children) ? children.props.children : children}
    </Code>
  ),
  code: ({ children }) => <Code>{children}</Code>,
  // No remote images in a review (an image would call out to wherever the model pointed it): its alt text.
  img: ({ alt }) => (alt ? <Text span c="dimmed">{`[image: ${alt}]`}</Text> : null),
  table: ({ children }) => (
    <Table.ScrollContainer minWidth={320} mb="sm">
      <Table withTableBorder withColumnBorders striped>
        {children}
      </Table>
    </Table.ScrollContainer>
  ),
  thead: ({ children }) => <Table.Thead>{children}</Table.Thead>,
  tbody: ({ children }) => <Table.Tbody>{children}</Table.Tbody>,
  tr: ({ children }) => <Table.Tr>{children}</Table.Tr>,
  th: ({ children, style }) => <Table.Th style={style}>{children}</Table.Th>,
  td: ({ children, style }) => <Table.Td style={style}>{children}</Table.Td>,
};

export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm, rawHtmlAsText]}
        rehypePlugins={[rehypeSanitize]}
        urlTransform={urlTransform}
        components={components}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
