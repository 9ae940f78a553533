import { Anchor, Paper, Table, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ContentRemoved } from '../../api';

// The Markdown renderer is its own chunk, fetched the first time an output is shown.
const Markdown = lazy(() => import('../../components/Markdown').then((m) => ({ default: m.Markdown })));

/**
 * An AI output's content, rendered with the safe Markdown renderer, or its link when only a link was logged,
 * or why there is none when the organization's retention setting removed it.
 */
export function OutputContent({
  content,
  link,
  removed = null,
  testId = 'output-content',
}: {
  content: string | null;
  link: string | null;
  removed?: ContentRemoved | null;
  testId?: string;
}) {
  return (
    <Paper
      p="md"
      radius="md"
      bg="var(--mantine-color-default-hover)"
      style={{ overflowWrap: 'anywhere' }}
      data-testid={testId}
    >
      {removed ? (
        <Text c="dimmed" data-testid="output-content-removed">
          {removed.message}
        </Text>
      ) : content !== null ? (
        <Suspense fallback={<Text style={{ whiteSpace: 'pre-wrap' }}>{content}</Text>}>
          <Markdown source={content} />
        </Suspense>
      ) : link ? (
        <Text>
          The content is at{' '}
          <Anchor href={link} target="_blank" rel="noopener noreferrer nofollow">
            {link}
          </Anchor>
        </Text>
      ) : (
        <Text c="dimmed">No content was logged.</Text>
      )}
    </Paper>
  );
}

/** An output's metadata as a compact key/value table; nothing when there is none. */
export function MetadataTable({
  metadata,
  size = 'xs',
  mt = 'md',
}: {
  metadata: Record<string, unknown>;
  size?: 'xs' | 'sm';
  mt?: 'md' | 0;
}) {
  const entries = Object.entries(metadata);
  if (!entries.length) return null;
  return (
    <Table mt={mt} withRowBorders={false} verticalSpacing={2} aria-label="Metadata">
      <Table.Tbody>
        {entries.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Td w="30%">
              <Text size={size} c="dimmed">
                {key}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size={size}>{String(value)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
