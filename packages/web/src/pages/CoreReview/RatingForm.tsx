import { Button, Group, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReadinessDimension } from '@trellis/core';
import { useState } from 'react';
import { coreReviewApi, type DimensionReadiness } from '../../api/core-review';
import { FormError } from '../../components/FormError';
import { useOrgKey } from '../../hooks/useOrganization';

/** A lead rates a dimension Trellis cannot compute for this application (1–5, with a note). */
export function RatingForm({ applicationId, items }: { applicationId: string; items: DimensionReadiness[] }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const ratable = items.filter((d) => d.source !== 'computed');
  const [dimension, setDimension] = useState<string | null>(ratable[0]?.dimension ?? null);
  const [rating, setRating] = useState<number | string>(3);
  const [note, setNote] = useState('');
  const rate = useMutation({
    mutationFn: () =>
      coreReviewApi.rate(applicationId, dimension as ReadinessDimension, { rating: Number(rating), note }),
    onSuccess: async (result) => {
      notifications.show({ color: 'teal', message: `${result.label} rated ${result.rating}/5.` });
      setNote('');
      await queryClient.invalidateQueries({ queryKey: orgKey('readiness', applicationId) });
    },
  });
  if (ratable.length === 0) return null;
  return (
    <form
      aria-label="Rate a readiness dimension"
      onSubmit={(event) => {
        event.preventDefault();
        rate.mutate();
      }}
    >
      <Stack gap="xs">
        <Stack gap="xs">
          <Select
            label="Dimension"
            data={ratable.map((d) => ({ value: d.dimension, label: d.label }))}
            value={dimension}
            onChange={setDimension}
            allowDeselect={false}
          />
          <NumberInput label="Rating (1–5)" min={1} max={5} step={1} value={rating} onChange={setRating} />
        </Stack>
        <Textarea
          label="Note"
          description="What the rating rests on"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <FormError error={rate.error} />
        <Group>
          <Button
            type="submit"
            variant="light"
            loading={rate.isPending}
            disabled={!dimension || !note.trim()}
          >
            Save rating
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
