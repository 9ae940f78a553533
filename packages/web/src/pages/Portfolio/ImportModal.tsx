import { Alert, Badge, Button, FileInput, Group, Modal, Progress, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { useState } from 'react';
import { type ImportPreview, portfolioApi } from '../../api/portfolio';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { STAGE_LABELS } from './registry';

const SHOWN_ROWS = 200;
type Phase = { step: 'idle' } | { step: 'reading' | 'checking' | 'importing'; progress: number };

function readFile(file: File, onProgress: (f: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

const PHASE_LABELS = { reading: 'Reading the file', checking: 'Checking every row', importing: 'Importing' };

/** CSV import: choose a file, see every row checked (nothing stored), then import all rows or none. */
export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const { session } = useOrganization();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [error, setError] = useState<unknown>(null);

  const reset = () => {
    setFile(null);
    setCsv('');
    setPreview(null);
    setPhase({ step: 'idle' });
    setError(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  const choose = async (chosen: File | null) => {
    reset();
    setFile(chosen);
    if (!chosen) return;
    try {
      setPhase({ step: 'reading', progress: 0 });
      const text = await readFile(chosen, (progress) => setPhase({ step: 'reading', progress }));
      setCsv(text);
      setPhase({ step: 'checking', progress: 0 });
      setPreview(
        await portfolioApi.previewImport(text, session.csrfToken, (progress) =>
          setPhase({ step: 'checking', progress }),
        ),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setPhase({ step: 'idle' });
    }
  };
  const runImport = async () => {
    setError(null);
    try {
      setPhase({ step: 'importing', progress: 0 });
      const result = await portfolioApi.importApplications(csv, session.csrfToken, (progress) =>
        setPhase({ step: 'importing', progress }),
      );
      await queryClient.invalidateQueries({ queryKey: orgKey('applications') });
      notifications.show({ color: 'teal', message: `Imported ${countNoun(result.created, 'application')}.` });
      close();
    } catch (caught) {
      setError(caught);
      setPhase({ step: 'idle' });
    }
  };

  const rows = preview
    ? [...preview.rows].sort((a, b) => Number(b.errors.length > 0) - Number(a.errors.length > 0))
    : [];
  const ready = preview && preview.invalid === 0 && preview.fileErrors.length === 0 && preview.valid > 0;
  return (
    <Modal opened={opened} onClose={close} title="Import applications" size="xl">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          A CSV with a header row. Columns: name (required), purpose, owner_email, stage, risk_tier,
          data_sensitivity, audience, ai_tools, org_units, links, and custom.&lt;key&gt; for each custom
          field. Lists are separated by semicolons. Every row is checked first; the import stores all rows or
          none.
        </Text>
        <FileInput
          label="CSV file"
          accept=".csv,text/csv"
          placeholder="Choose a file"
          value={file}
          onChange={choose}
          clearable
        />
        {phase.step !== 'idle' && (
          <Stack gap={4}>
            <Text size="sm">
              {PHASE_LABELS[phase.step]}… {Math.round(phase.progress * 100)}%
            </Text>
            <Progress
              value={phase.progress * 100}
              aria-label={PHASE_LABELS[phase.step]}
              animated={phase.progress >= 1}
            />
          </Stack>
        )}
        {preview && (
          <Stack gap="sm" data-testid="import-preview">
            <Group gap="sm">
              <Badge color="teal" variant="light">
                {preview.valid} ready
              </Badge>
              <Badge color={preview.invalid ? 'red' : 'gray'} variant="light">
                {preview.invalid} with errors
              </Badge>
            </Group>
            {preview.fileErrors.length > 0 && (
              <Alert
                color="red"
                variant="light"
                title="The file cannot be imported"
                icon={<Icon name="alert" />}
              >
                {preview.fileErrors.map((e) => (
                  <Text size="sm" key={`${e.column}-${e.message}`}>
                    {e.message}
                  </Text>
                ))}
              </Alert>
            )}
            {preview.invalid > 0 && (
              <Text size="sm" c="red">
                Fix the rows marked below and choose the file again; nothing has been stored.
              </Text>
            )}
            {rows.length > 0 && (
              <Table.ScrollContainer minWidth={560} maxHeight={360}>
                <Table striped verticalSpacing={6} aria-label="Import preview">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={60}>Row</Table.Th>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Stage</Table.Th>
                      <Table.Th>Check</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.slice(0, SHOWN_ROWS).map((r) => (
                      <Table.Tr key={r.row}>
                        <Table.Td>{r.row}</Table.Td>
                        <Table.Td>{r.name || '—'}</Table.Td>
                        <Table.Td>{STAGE_LABELS[r.stage as keyof typeof STAGE_LABELS] ?? r.stage}</Table.Td>
                        <Table.Td>
                          {r.errors.length === 0 ? (
                            <Text size="sm" c="teal">
                              Ready
                            </Text>
                          ) : (
                            r.errors.map((e) => (
                              <Text size="sm" c="red" key={`${e.column}-${e.message}`}>
                                {e.column && <b>{e.column}: </b>}
                                {e.message}
                              </Text>
                            ))
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {rows.length > SHOWN_ROWS && (
              <Text size="xs" c="dimmed">
                Showing {SHOWN_ROWS} of {rows.length} rows, those with errors first.
              </Text>
            )}
          </Stack>
        )}
        <FormError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={runImport} disabled={!ready} loading={phase.step === 'importing'}>
            {ready ? `Import ${countNoun(preview.valid, 'application')}` : 'Import'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
