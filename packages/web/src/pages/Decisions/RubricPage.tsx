import {
  ActionIcon,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type DecisionCriterion, type KnockOutRule, LEVELS } from '@trellis/core';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api';
import { decisionsApi } from '../../api/decisions';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { percent } from './format';

const keyOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'c_$1')
    .slice(0, 40) || 'criterion';
let nextId = 0;
/** A list item with a stable id for React keys (stripped before saving). */
type Keyed<T> = T & { uid: number };
const keyed = <T,>(item: T): Keyed<T> => ({ ...item, uid: nextId++ });
const strip = <T,>({ uid: _uid, ...item }: Keyed<T>) => item as T;
const blank = (): Keyed<DecisionCriterion> =>
  keyed({ key: '', label: '', weight: 1, direction: 'benefit', anchors: ['', '', '', '', ''] });

/** Edits a rubric; saving makes a new version (refused if someone saved one since you loaded it). */
export function RubricPage() {
  const { rubricId = 'new' } = useParams();
  const isNew = rubricId === 'new';
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const rubric = useQuery({
    queryKey: orgKey('rubric', rubricId),
    queryFn: () => decisionsApi.rubric(rubricId),
    enabled: !isNew,
  });
  const [name, setName] = useState('');
  const [criteria, setCriteria] = useState<Keyed<DecisionCriterion>[]>([blank()]);
  const [knockOuts, setKnockOuts] = useState<Keyed<KnockOutRule>[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (rubric.data) {
      setName(rubric.data.name);
      setCriteria(rubric.data.current.criteria.map(keyed));
      setKnockOuts(rubric.data.current.knockOuts.map(keyed));
    }
  }, [rubric.data]);
  const canEdit = can('decisions', 'admin');
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  const errorAt = (path: string) => fieldErrors[path] ?? fieldErrors[`body.${path}`];
  const total = criteria.reduce((s, c) => s + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  const setCriterion = (i: number, patch: Partial<DecisionCriterion>) =>
    setCriteria((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  const save = async () => {
    setSaving(true);
    setError(null);
    const body = {
      name: name.trim(),
      criteria: criteria.map((c) => ({ ...strip(c), key: c.key || keyOf(c.label) })),
      knockOuts: knockOuts.map((k) => ({ ...strip(k), key: k.key || keyOf(k.label) })),
    };
    try {
      const saved = isNew
        ? await decisionsApi.createRubric(body)
        : await decisionsApi.saveRubric(rubricId, { ...body, baseVersion: rubric.data!.currentVersion });
      await queryClient.invalidateQueries({ queryKey: orgKey('rubrics') });
      await queryClient.invalidateQueries({ queryKey: orgKey('rubric', saved.id) });
      notifications.show({ color: 'teal', message: `Saved as version ${saved.currentVersion}.` });
      if (isNew) navigate(`/decisions/rubrics/${saved.id}`, { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  if (!isNew && rubric.isPending) return <PageSkeleton />;
  if (!isNew && rubric.isError) return <QueryError error={rubric.error} onRetry={() => rubric.refetch()} />;
  const nextVersion = isNew ? 1 : rubric.data!.currentVersion + 1;
  return (
    <Stack gap="lg" maw={980}>
      <Breadcrumbs>
        <Anchor component={Link} to="/decisions/rubrics" size="sm">
          Rubrics
        </Anchor>
        <Text size="sm">{isNew ? 'New rubric' : rubric.data!.name}</Text>
      </Breadcrumbs>
      <Group gap="sm">
        <Title order={1} size="h2">
          {isNew ? 'New rubric' : rubric.data!.name}
        </Title>
        {!isNew && <Badge variant="light">v{rubric.data!.currentVersion}</Badge>}
      </Group>
      <TextInput
        label="Name"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        readOnly={!canEdit}
        error={errorAt('name')}
        maw={480}
      />
      <Title order={2} size="h4">
        Criteria
      </Title>
      {errorAt('criteria') && (
        <Text c="red" size="sm" role="alert">
          {errorAt('criteria')}
        </Text>
      )}
      {criteria.map((c, i) => (
        <Fieldset key={c.uid} legend={`Criterion ${i + 1}`} aria-label={`Criterion ${i + 1}`}>
          <Stack gap="sm">
            <Group align="flex-end" wrap="wrap">
              <TextInput
                label="Label"
                value={c.label}
                onChange={(e) => setCriterion(i, { label: e.currentTarget.value })}
                readOnly={!canEdit}
                error={errorAt(`criteria.${i}.label`) ?? errorAt(`criteria.${i}.key`)}
                style={{ flex: 2, minWidth: 220 }}
              />
              <NumberInput
                label="Weight"
                value={c.weight}
                onChange={(v) => setCriterion(i, { weight: typeof v === 'number' ? v : Number.NaN })}
                readOnly={!canEdit}
                error={errorAt(`criteria.${i}.weight`)}
                w={120}
                description={
                  total > 0 && Number.isFinite(c.weight) ? `${percent(c.weight / total)} of the score` : ' '
                }
              />
              <Select
                label="Direction"
                value={c.direction}
                allowDeselect={false}
                onChange={(v) => v && setCriterion(i, { direction: v as DecisionCriterion['direction'] })}
                data={[
                  { value: 'benefit', label: 'Benefit (higher is better)' },
                  { value: 'cost', label: 'Cost (higher is worse)' },
                ]}
                readOnly={!canEdit}
                w={220}
                description=" "
              />
              {canEdit && criteria.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove criterion ${i + 1}`}
                  onClick={() => setCriteria((cs) => cs.filter((_, j) => j !== i))}
                  mb={4}
                >
                  <Icon name="trash" size={16} />
                </ActionIcon>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs">
              {LEVELS.map((level) => (
                <TextInput
                  key={level}
                  label={`Level ${level}`}
                  value={c.anchors[level - 1] ?? ''}
                  size="xs"
                  readOnly={!canEdit}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setCriterion(i, { anchors: c.anchors.map((x, j) => (j === level - 1 ? value : x)) });
                  }}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Fieldset>
      ))}
      {canEdit && (
        <Group>
          <Button
            variant="default"
            leftSection={<Icon name="plus" size={14} />}
            onClick={() => setCriteria((cs) => [...cs, blank()])}
          >
            Add criterion
          </Button>
        </Group>
      )}
      <Title order={2} size="h4">
        Knock-outs
      </Title>
      <Text size="sm" c="dimmed">
        A candidate an assessor marks with a knock-out cannot proceed, whatever its score.
      </Text>
      {knockOuts.map((k, i) => (
        <Group key={k.uid} align="flex-end">
          <TextInput
            label={`Knock-out ${i + 1}`}
            value={k.label}
            readOnly={!canEdit}
            style={{ flex: 1 }}
            error={errorAt(`knockOuts.${i}.key`)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setKnockOuts((ks) => ks.map((x, j) => (j === i ? { ...x, label: value } : x)));
            }}
          />
          {canEdit && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove knock-out ${i + 1}`}
              onClick={() => setKnockOuts((ks) => ks.filter((_, j) => j !== i))}
              mb={4}
            >
              <Icon name="trash" size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canEdit && (
        <Group>
          <Button
            variant="default"
            leftSection={<Icon name="plus" size={14} />}
            onClick={() => setKnockOuts((ks) => [...ks, keyed({ key: '', label: '' })])}
          >
            Add knock-out
          </Button>
        </Group>
      )}
      <FormError error={error} />
      {canEdit && (
        <Group>
          <Button onClick={save} loading={saving} disabled={!name.trim()}>
            Save {isNew ? 'version 1' : `as version ${nextVersion}`}
          </Button>
        </Group>
      )}
      {!isNew && (
        <Stack gap={4} aria-label="Rubric versions">
          <Title order={2} size="h4">
            Versions
          </Title>
          {rubric.data!.versions.map((v) => (
            <Text size="sm" key={v.id}>
              Version {v.version} · {formatDateTime(v.createdAt)} · {v.criteria.length} criteria
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
