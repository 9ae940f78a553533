import { Button, Group, NumberInput } from '@mantine/core';
import type { GateCriterion } from '../../api/sequencing';
import { Icon } from '../../components/Icon';

/** What a new stage starts with, in a plan or a template: three months at 30 change points a month. */
export const newStage = (count: number) => ({
  name: `Stage ${count + 1}`,
  durationMonths: 3,
  changeLoad: 30,
  criteria: [] as GateCriterion[],
});

/**
 * A stage's months and monthly change load per unit (`disabled` once the stage has run), as two elements to
 * place inline: a Mantine `Group grow` sizes its columns by its direct children, which a wrapper would hide.
 */
export function stageLoadInputs(props: {
  durationMonths: number;
  changeLoad: number;
  onChange: (change: { durationMonths?: number; changeLoad?: number }) => void;
  disabled?: boolean;
  durationError?: string | undefined;
}) {
  return [
    <NumberInput
      key="months"
      label="Months"
      min={1}
      max={60}
      value={props.durationMonths}
      disabled={props.disabled}
      onChange={(v) => props.onChange({ durationMonths: Number(v) || 1 })}
      error={props.durationError}
    />,
    <NumberInput
      key="load"
      label="Change load / unit / month"
      min={0}
      value={props.changeLoad}
      disabled={props.disabled}
      onChange={(v) => props.onChange({ changeLoad: Number(v) || 0 })}
    />,
  ];
}

export function AddStageButton({ onAdd }: { onAdd: () => void }) {
  return (
    <Group>
      <Button variant="default" leftSection={<Icon name="plus" size={16} />} onClick={onAdd}>
        Add stage
      </Button>
    </Group>
  );
}
