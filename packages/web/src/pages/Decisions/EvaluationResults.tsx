import { Badge, Card, Group, List, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { DISAGREEMENT_RANGE } from '@trellis/core';
import type { Evaluation } from '../../api/decisions';
import { percent, score } from './format';

/** Ranking with uncertainty, the spread per criterion with disagreement flagged, and the weight flips. */
export function EvaluationResults({ evaluation }: { evaluation: Evaluation }) {
  const results = evaluation.results!;
  const { criteria } = evaluation.rubric.version;
  const nameOf = (id: string) => evaluation.candidates.find((c) => c.id === id)?.name ?? id;
  const assessorName = (id: string) =>
    evaluation.assessors.find((a) => a.userId === id)?.name ?? 'an assessor';
  const flips = results.sensitivity.filter((f) => f.flipWeight !== null);
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Ranking
          </Title>
          <Text size="sm" c="dimmed">
            Weighted score on the 1–5 scale (cost criteria mirrored), mean over the assessors who submitted,
            with their spread; “first in” is how often the candidate ranks first when the assessors are
            resampled ({'1,000'} bootstrap draws).
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label="Ranking" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>Candidate</Table.Th>
                  <Table.Th>Score</Table.Th>
                  <Table.Th>Assessors’ range</Table.Th>
                  <Table.Th>First in</Table.Th>
                  <Table.Th>Rank (90%)</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.candidates.map((c) => (
                  <Table.Tr key={c.candidateId} data-testid={`rank-${nameOf(c.candidateId)}`}>
                    <Table.Td>{c.rank}</Table.Td>
                    <Table.Td>
                      <Text fw={500} size="sm">
                        {nameOf(c.candidateId)}
                      </Text>
                      {c.knockedOut.map((k) => (
                        <Text key={k.key} c="red" size="xs" fw={500}>
                          Knocked out: {k.label} ({k.by.map(assessorName).join(', ')})
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      {Number.isNaN(c.mean) ? '—' : score(c.mean)}
                      {c.sd !== null && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ± {score(c.sd)} SD
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{Number.isNaN(c.min) ? '—' : `${score(c.min)} – ${score(c.max)}`}</Table.Td>
                    <Table.Td>{c.probabilityFirst === null ? '—' : percent(c.probabilityFirst)}</Table.Td>
                    <Table.Td>{c.rankInterval ? `${c.rankInterval[0]}–${c.rankInterval[1]}` : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Where assessors disagree
          </Title>
          <Text size="sm" c="dimmed">
            Levels each assessor gave; flagged when they span {DISAGREEMENT_RANGE} levels or more — talk it
            through before deciding.
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label="Spread per criterion" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Candidate</Table.Th>
                  {criteria.map((c) => (
                    <Table.Th key={c.key}>{c.label}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.candidates.map((c) => (
                  <Table.Tr key={c.candidateId}>
                    <Table.Td>{nameOf(c.candidateId)}</Table.Td>
                    {criteria.map((k) => {
                      const spread = c.criteria.find((s) => s.key === k.key);
                      return (
                        <Table.Td key={k.key}>
                          {spread ? (
                            <Group gap={6} wrap="nowrap">
                              <Text size="sm">{spread.levels.join(' · ')}</Text>
                              {spread.disagreement && (
                                <Tooltip label={`Range ${spread.range} levels`}>
                                  <Badge
                                    color="orange"
                                    size="sm"
                                    aria-label={`Disagreement on ${k.label} for ${nameOf(c.candidateId)}`}
                                  >
                                    disagree
                                  </Badge>
                                </Tooltip>
                              )}
                            </Group>
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            What would change the ranking
          </Title>
          <Text size="sm" c="dimmed">
            For each pair of neighbours in the ranking: the weight of one criterion (the others keeping their
            proportions) at which they would swap.
          </Text>
          {flips.length === 0 ? (
            <Text size="sm">No single weight change reorders the eligible candidates.</Text>
          ) : (
            <List size="sm" spacing={4} aria-label="Weight changes that reorder the ranking">
              {flips.map((f) => {
                const label = criteria.find((c) => c.key === f.criterion)?.label ?? f.criterion;
                return (
                  <List.Item key={`${f.upper}-${f.criterion}`}>
                    {label}: from {percent(f.currentWeight)} to {percent(f.flipWeight!)} → {nameOf(f.lower)}{' '}
                    would overtake {nameOf(f.upper)}
                  </List.Item>
                );
              })}
            </List>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
