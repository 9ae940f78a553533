import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, type JudgeAgreement } from '../../api';
import { useOrgKey } from '../../hooks/useOrganization';
import { count, percent } from './format';
import { InfoTip } from './InfoTip';

const WEIGHTING =
  'The judge’s flagged outputs are reviewed more often than the rest, so each review counts for the 1/π outputs it stands for; without that weighting the figures would flatter or wrong the judge.';

const TIPS = {
  sensitivity:
    'Of the outputs reviewers find defective, the share the judge flags (score at or above the threshold). The range is a 95% interval.',
  specificity:
    'Of the outputs reviewers find without a defect, the share the judge leaves unflagged. The range is a 95% interval.',
};

type Rate = NonNullable<JudgeAgreement['sensitivity']>;

/** A range too wide to act on (over 30 points): the panel says why. */
const wide = (rate: Rate | null) => rate !== null && rate.upper - rate.lower > 0.3;

function Figure({
  label,
  tip,
  rate,
  reason,
  n,
  of,
  testId,
}: {
  label: string;
  tip: string;
  rate: Rate | null;
  reason: string | null;
  n: number;
  of: string;
  testId: string;
}) {
  return (
    <Stack gap={2} data-testid={testId}>
      <InfoTip label={label} tip={tip} size="xs" />
      {rate ? (
        <>
          <Text fz={22} fw={650}>
            {percent(rate.estimate, 0)}
          </Text>
          <Text size="xs" c="dimmed">
            95% range {percent(rate.lower, 0)}–{percent(rate.upper, 0)} · {count(n)} {of}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed" fw={500}>
          {reason}
        </Text>
      )}
    </Stack>
  );
}

/**
 * How well the automated judge's flag predicts the reviewers' verdicts (π-weighted sensitivity and
 * specificity); nothing at all when no output of the workflow carries a judge score.
 */
export function JudgeAgreementPanel({ workflowId }: { workflowId: string }) {
  const orgKey = useOrgKey();
  const query = useQuery({
    queryKey: orgKey('judge-agreement', workflowId),
    queryFn: () => api.judgeAgreement(workflowId),
    refetchInterval: 30_000,
  });
  const data = query.data;
  if (!data?.judged) return null;
  return (
    <Card withBorder padding="lg" data-testid="judge-agreement">
      <Group gap="xs" mb="sm" justify="space-between">
        <Group gap="xs">
          <Title order={2} size="h4">
            Judge agreement
          </Title>
          <InfoTip label="Weighted by review probability" tip={WEIGHTING} size="xs" />
        </Group>
        {data.judgeThreshold !== null && (
          <Text size="xs" c="dimmed">
            Flag: judge score ≥ {data.judgeThreshold}
          </Text>
        )}
      </Group>
      {data.reason ? (
        <Text size="sm" c="dimmed">
          {data.reason}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Figure
            label="Sensitivity"
            tip={TIPS.sensitivity}
            rate={data.sensitivity}
            reason={data.sensitivityReason}
            n={data.reviewedDefects}
            of="reviewed defects"
            testId="judge-sensitivity"
          />
          <Figure
            label="Specificity"
            tip={TIPS.specificity}
            rate={data.specificity}
            reason={data.specificityReason}
            n={data.reviewedOk}
            of="reviewed without a defect"
            testId="judge-specificity"
          />
          <Stack gap={2}>
            <InfoTip
              label="Reviewed"
              tip="Sampled reviews of outputs that carry a judge score, under the current standard"
              size="xs"
            />
            <Text fz={22} fw={650}>
              {count(data.reviewed)}
            </Text>
            <Text size="xs" c="dimmed">
              flagged {count(data.counts.flaggedDefect + data.counts.flaggedOk)} · unflagged{' '}
              {count(data.counts.unflaggedDefect + data.counts.unflaggedOk)}
            </Text>
          </Stack>
        </SimpleGrid>
      )}
      {!data.reason && wide(data.sensitivity) && (
        <Text size="xs" c="dimmed" mt="sm">
          The sensitivity range is wide: a miss is a defect the judge left unflagged, and those outputs are
          reviewed rarely, so each one found there stands for many. More reviews of unflagged outputs narrow
          it.
        </Text>
      )}
    </Card>
  );
}
