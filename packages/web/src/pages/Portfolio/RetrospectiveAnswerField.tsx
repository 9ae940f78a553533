import { MultiSelect, Stack, Textarea } from '@mantine/core';
import type { EvidenceLink } from '../../api/core-review';

export interface AnswerDraft {
  text: string;
  /** `${kind}:${id}` of each linked object. */
  links: string[];
}

export const linkKey = (l: { kind: string; id: string }) => `${l.kind}:${l.id}`;

/** One of the four questions: the answer and the evidence it rests on. */
export function RetrospectiveAnswerField({
  label,
  value,
  options,
  error,
  readOnly,
  onChange,
}: {
  label: string;
  value: AnswerDraft;
  options: EvidenceLink[];
  error?: string | undefined;
  readOnly: boolean;
  onChange: (value: AnswerDraft) => void;
}) {
  return (
    <Stack gap={6}>
      <Textarea
        label={label}
        value={value.text}
        autosize
        minRows={3}
        maxRows={12}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...value, text: e.currentTarget.value })}
      />
      <MultiSelect
        label={`Evidence for: ${label}`}
        placeholder={readOnly ? undefined : 'Link a workflow, quality standard, element or package'}
        data={options.map((o) => ({ value: linkKey(o), label: o.label }))}
        value={value.links}
        readOnly={readOnly}
        searchable
        clearable={!readOnly}
        error={error}
        onChange={(links) => onChange({ ...value, links })}
        size="sm"
      />
    </Stack>
  );
}
