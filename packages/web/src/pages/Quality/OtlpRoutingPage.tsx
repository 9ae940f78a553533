import {
  ActionIcon,
  Alert,
  Button,
  Code,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api, type OtlpRoutingRule, type OtlpRoutingRuleInput } from '../../api';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';

interface Draft {
  key: number;
  workflowId: string | null;
  serviceName: string;
  spanName: string;
  attributeKey: string;
  attributeValue: string;
}

let nextKey = 0;
const draftOf = (rule?: OtlpRoutingRule): Draft => ({
  key: nextKey++,
  workflowId: rule?.workflowId ?? null,
  serviceName: rule?.serviceName ?? '',
  spanName: rule?.spanName ?? '',
  attributeKey: rule?.attributeKey ?? '',
  attributeValue: rule?.attributeValue ?? '',
});
const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** Quality → OTLP routing: which workflow each GenAI span sent to /v1/traces becomes an output of. */
export function OtlpRoutingPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const canEdit = can('quality', 'lead');
  const rules = useQuery({ queryKey: orgKey('otlp-rules'), queryFn: api.otlpRoutingRules });
  const workflows = usePagedList(orgKey('workflows'), api.workflows);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (rules.data) setDrafts(rules.data.items.map(draftOf));
  }, [rules.data]);

  const update = (index: number, change: Partial<Draft>) =>
    setDrafts((list) => list.map((d, i) => (i === index ? { ...d, ...change } : d)));
  const move = (index: number, by: number) =>
    setDrafts((list) => {
      const next = [...list];
      const [moved] = next.splice(index, 1);
      next.splice(index + by, 0, moved!);
      return next;
    });

  const save = async () => {
    setError(null);
    setErrors({});
    const missing = drafts.findIndex((d) => !d.workflowId);
    if (missing >= 0) {
      setErrors({ [`${missing}.workflowId`]: 'Pick a workflow' });
      return;
    }
    setSaving(true);
    try {
      const body: OtlpRoutingRuleInput[] = drafts.map((d) => ({
        workflowId: d.workflowId!,
        serviceName: orNull(d.serviceName),
        spanName: orNull(d.spanName),
        attributeKey: orNull(d.attributeKey),
        attributeValue: orNull(d.attributeValue),
      }));
      await api.setOtlpRoutingRules(body);
      notifications.show({ color: 'teal', message: 'Routing rules saved.' });
      await queryClient.invalidateQueries({ queryKey: orgKey('otlp-rules') });
    } catch (caught) {
      const placed: Record<string, string> = {};
      if (caught instanceof ApiError)
        for (const e of caught.errors) {
          const match = /^body\.rules\.(\d+)\.(\w+)$/.exec(e.path);
          if (match) placed[`${match[1]}.${match[2]}`] = e.message;
        }
      if (Object.keys(placed).length) setErrors(placed);
      else setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const workflowOptions = workflows.items.map((w) => ({ value: w.id, label: w.name }));
  const endpoint = `${window.location.origin}/v1/traces`;

  return (
    <Stack gap="lg">
      <PageHeader
        title="OTLP routing"
        description={
          <>
            Applications traced with OpenTelemetry send their generative-AI spans to <Code>{endpoint}</Code>{' '}
            with an API token. Each span becomes an output of the workflow of the first rule below whose every
            condition holds; a span no rule takes is refused and reported to its exporter.
          </>
        }
        actions={
          <Button component={Link} to="/quality" variant="default">
            Quality
          </Button>
        }
      />
      {!canEdit && (
        <Alert variant="light" color="gray" icon={<Icon name="lock" />}>
          Only leads, admins and owners change the routing rules.
        </Alert>
      )}
      {rules.isPending || workflows.isPending ? (
        <TableSkeleton />
      ) : rules.isError ? (
        <QueryError error={rules.error} onRetry={() => rules.refetch()} />
      ) : (
        <Stack gap="md">
          {drafts.length === 0 ? (
            <EmptyNote
              title="No routing rules yet"
              description="Without a rule, spans sent to Trellis are refused. Add one per application or model call you want reviewed."
            />
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table verticalSpacing="sm" aria-label="Routing rules, tried in order">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>Service name is</Table.Th>
                    <Table.Th>Span name matches</Table.Th>
                    <Table.Th>Attribute</Table.Th>
                    <Table.Th>equals</Table.Th>
                    <Table.Th>Workflow</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Order</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {drafts.map((d, i) => (
                    <Table.Tr key={d.key}>
                      <Table.Td>{i + 1}</Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`Service name of rule ${i + 1}`}
                          placeholder="any service"
                          value={d.serviceName}
                          disabled={!canEdit}
                          error={errors[`${i}.serviceName`]}
                          onChange={(e) => update(i, { serviceName: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`Span name glob of rule ${i + 1}`}
                          placeholder="any span, or chat *"
                          value={d.spanName}
                          disabled={!canEdit}
                          error={errors[`${i}.spanName`]}
                          onChange={(e) => update(i, { spanName: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`Attribute key of rule ${i + 1}`}
                          placeholder="gen_ai.request.model"
                          value={d.attributeKey}
                          disabled={!canEdit}
                          error={errors[`${i}.attributeKey`]}
                          onChange={(e) => update(i, { attributeKey: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`Attribute value of rule ${i + 1}`}
                          placeholder="value"
                          value={d.attributeValue}
                          disabled={!canEdit}
                          error={errors[`${i}.attributeValue`]}
                          onChange={(e) => update(i, { attributeValue: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={`Workflow of rule ${i + 1}`}
                          placeholder="Pick a workflow"
                          data={workflowOptions}
                          value={d.workflowId}
                          disabled={!canEdit}
                          error={errors[`${i}.workflowId`]}
                          onChange={(value) => update(i, { workflowId: value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            aria-label={`Move rule ${i + 1} up`}
                            disabled={!canEdit || i === 0}
                            onClick={() => move(i, -1)}
                          >
                            <Icon name="arrowUp" size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`Move rule ${i + 1} down`}
                            disabled={!canEdit || i === drafts.length - 1}
                            onClick={() => move(i, 1)}
                          >
                            <Icon name="arrowDown" size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`Remove rule ${i + 1}`}
                            disabled={!canEdit}
                            onClick={() => setDrafts((list) => list.filter((_, k) => k !== i))}
                          >
                            <Icon name="trash" size={16} />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Text size="sm" c="dimmed">
            Empty conditions match anything. A span name glob uses * for any characters and ? for one. The
            attribute is looked up on the span, then on its resource. Resource attributes become each output’s
            metadata, so a standard can segment on them (for instance deployment.environment).
          </Text>
          <FormError error={error} />
          {canEdit && (
            <Group>
              <Button
                variant="default"
                leftSection={<Icon name="plus" size={16} />}
                onClick={() => setDrafts((list) => [...list, draftOf()])}
              >
                Add rule
              </Button>
              <Button onClick={save} loading={saving}>
                Save rules
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
