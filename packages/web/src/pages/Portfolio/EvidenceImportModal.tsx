import { Alert, Button, Code, FileInput, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api';
import { type EvidenceMetric, evidenceApi, type ImportResult } from '../../api/evidence';
import { FormError } from '../../components/FormError';
import { useOrgKey } from '../../hooks/useOrganization';

const EXAMPLE =
  'window,measured_on,value,group,note\nbaseline,2026-02-02,19.5,pilot,Module 4\npilot,2026-04-14,4.2,pilot,Module 12';

/** Imports a CSV: Check shows what would be stored (or every row's error); Import stores all or nothing. */
export function EvidenceImportModal({
  metric,
  opened,
  onClose,
}: {
  metric: EvidenceMetric;
  opened: boolean;
  onClose: () => void;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);

  const run = async (dryRun: boolean) => {
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    try {
      const result = await evidenceApi.importMeasurements(metric.id, { csv, dryRun });
      if (dryRun) setPreview(result);
      else {
        setDone(result);
        setPreview(null);
        await queryClient.invalidateQueries({ queryKey: orgKey('evidence', metric.applicationId) });
      }
    } catch (caught) {
      setPreview(null);
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  const close = () => {
    onClose();
    setCsv('');
    setPreview(null);
    setDone(null);
    setError(null);
  };
  const rowErrors = error instanceof ApiError ? error.errors : [];
  return (
    <Modal opened={opened} onClose={close} title={`Import measurements · ${metric.name}`} size="xl">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Columns <Code>window</Code>, <Code>measured_on</Code> (YYYY-MM-DD), <Code>value</Code>; optional{' '}
          <Code>group</Code> (pilot or comparison), <Code>total</Code> (proportions), <Code>unit</Code>,{' '}
          <Code>note</Code>, <Code>client_id</Code> (makes a re-import store nothing twice). Every row is
          checked first: one bad row imports nothing.
        </Text>
        <FileInput
          label="CSV file"
          accept=".csv,text/csv"
          placeholder="Choose a file"
          onChange={async (file) => {
            setCsv(file ? await file.text() : '');
            setPreview(null);
            setDone(null);
          }}
        />
        <Textarea
          label="Or paste CSV"
          placeholder={EXAMPLE}
          autosize
          minRows={4}
          maxRows={12}
          value={csv}
          onChange={(e) => {
            setCsv(e.currentTarget.value);
            setPreview(null);
            setDone(null);
          }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        {preview && (
          <Alert color="blue" variant="light" title="Ready to import">
            {preview.rows} rows: {preview.baseline} baseline, {preview.pilot} pilot
            {preview.comparison ? ` (${preview.comparison} from the comparison group)` : ''}.
          </Alert>
        )}
        {done && (
          <Alert color="teal" variant="light" title="Imported" role="status">
            {done.imported} measurements stored{done.duplicates ? `, ${done.duplicates} already there` : ''}.
          </Alert>
        )}
        <FormError error={error} />
        {rowErrors.length > 0 && (
          <Table striped withTableBorder aria-label="Rows with errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Column</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rowErrors.slice(0, 50).map((e) => {
                const [, , line, column] = e.path.split('.');
                return (
                  <Table.Tr key={`${e.path}-${e.message}`}>
                    <Table.Td>{line ?? '—'}</Table.Td>
                    <Table.Td>{column ?? (e.path === 'csv.header' ? 'header' : e.path)}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Close
          </Button>
          <Button variant="light" disabled={!csv.trim()} loading={busy === 'check'} onClick={() => run(true)}>
            Check
          </Button>
          <Button
            disabled={!csv.trim() || busy !== null}
            loading={busy === 'import'}
            onClick={() => run(false)}
          >
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
