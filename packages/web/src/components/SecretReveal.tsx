import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { Icon } from './Icon';

/** A one-time value (invite link, token secret) with a copy button. */
export function SecretReveal({ value, label }: { value: string; label: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code
        block
        style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
        data-testid={`${label}-value`}
      >
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
            <ActionIcon
              variant={copied ? 'filled' : 'default'}
              color={copied ? 'teal' : undefined}
              size="lg"
              onClick={copy}
              aria-label={copied ? 'Copied' : `Copy ${label}`}
            >
              <Icon name={copied ? 'check' : 'copy'} size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
