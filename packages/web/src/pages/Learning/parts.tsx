import { Badge, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type {
  ExperimentResult,
  ExperimentStatus,
  IdeaStatus,
  InsightStatus,
  SnippetPart,
} from '../../api/learning';
import { Icon } from '../../components/Icon';
import { RecordInsightModal } from './RecordInsightModal';

export const INSIGHT_COLORS: Record<InsightStatus, string> = {
  emerging: 'yellow',
  confirmed: 'teal',
  rejected: 'gray',
};
export const RESULT_COLORS: Record<ExperimentResult, string> = {
  supported: 'teal',
  refuted: 'red',
  inconclusive: 'gray',
};
export const EXPERIMENT_COLORS: Record<ExperimentStatus, string> = {
  planned: 'gray',
  running: 'blue',
  completed: 'teal',
  abandoned: 'gray',
};
export const IDEA_COLORS: Record<IdeaStatus, string> = {
  new: 'blue',
  under_evaluation: 'yellow',
  accepted: 'teal',
  declined: 'gray',
  merged: 'gray',
};
export const DESIGN_LABELS = {
  before_after: 'Before–after',
  controlled: 'Controlled',
  ab: 'A/B of two approaches',
};
export const KIND_LABELS: Record<string, string> = {
  insight: 'Insight',
  experiment: 'Experiment',
  idea: 'Idea',
  review_comment: 'Review comment',
  retrospective: 'Retrospective',
  review_finding: 'Review finding',
  gate_decision: 'Gate decision',
};
export const TARGET_LABELS = {
  rubric: 'Rubric',
  gate_threshold: 'Gate threshold',
  plan_template: 'Plan template',
  quality_standard: 'Quality standard',
};

export const words = (s: string) => s.replaceAll('_', ' ');

export function StatusBadge({ status, color }: { status: string; color: string }) {
  return (
    <Badge variant="light" color={color}>
      {words(status)}
    </Badge>
  );
}

/** Text with the search's matches marked; every part is rendered as text, never as markup. */
export function Highlighted({
  parts,
  size = 'sm',
  fw,
}: {
  parts: SnippetPart[];
  size?: string;
  fw?: number;
}) {
  return (
    <Text size={size} fw={fw} component="span">
      {parts.map((part, i) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
          <span key={i}>{part.text}</span>
        ),
      )}
    </Text>
  );
}

export function TagList({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return (
    <Group gap={4}>
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" size="sm" radius="sm">
          #{tag}
        </Badge>
      ))}
    </Group>
  );
}

/** Opens the record-insight dialog, optionally citing an experiment as support. */
export function RecordInsightButton({ supportingExperimentId }: { supportingExperimentId?: string }) {
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button leftSection={<Icon name="plus" size={16} />} onClick={open}>
        Record insight
      </Button>
      <RecordInsightModal opened={opened} onClose={close} supportingExperimentId={supportingExperimentId} />
    </>
  );
}
