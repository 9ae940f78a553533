import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  PasswordInput,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { ROLES } from '../../api';
import type { MappableRole, SsoSettings, SsoSettingsInput } from '../../api/sso';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { ROLE_LABELS } from '../../roles';

const ROLE_OPTIONS = ROLES.filter((r) => r !== 'owner').map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Every field the form shows (the body may leave some out: the server keeps or defaults them). */
type Values = Required<Omit<SsoSettingsInput, 'clientSecret' | 'rolesClaim'>> & {
  clientSecret: string;
  rolesClaim: string;
};

function initialValues(saved: SsoSettings | null): Values {
  return {
    displayName: saved?.displayName ?? '',
    issuer: saved?.issuer ?? '',
    clientId: saved?.clientId ?? '',
    clientSecret: '',
    scopes: saved?.scopes ?? 'openid email profile',
    rolesClaim: saved?.rolesClaim ?? '',
    roleMapping: saved?.roleMapping ?? [],
    defaultRole: saved?.defaultRole ?? 'viewer',
    allowedDomains: saved?.allowedDomains ?? [],
    enabled: saved?.enabled ?? true,
    passwordsDisabled: saved?.passwordsDisabled ?? false,
  };
}

/** The provider settings: an admin's form; the stored client secret is never shown, only replaced. */
export function SsoForm({
  saved,
  onSave,
}: {
  saved: SsoSettings | null;
  onSave: (input: SsoSettingsInput) => Promise<void>;
}) {
  const form = useForm<Values>({
    initialValues: initialValues(saved),
    validate: {
      displayName: (v) => (v.trim() ? null : 'Name the provider, as on the sign-in button'),
      issuer: (v) =>
        /^https?:\/\/\S+$/.test(v.trim()) ? null : 'The issuer URL, e.g. https://login.example.com',
      clientId: (v) => (v.trim() ? null : 'The client id the provider gave Trellis'),
      clientSecret: (v) => (saved || v ? null : 'The client secret is needed once'),
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    const { clientSecret, rolesClaim, ...rest } = values;
    await onSave({
      ...rest,
      rolesClaim: rolesClaim.trim() || null,
      roleMapping: values.roleMapping.filter((m) => m.claimValue.trim()),
      ...(clientSecret ? { clientSecret } : {}),
    });
    form.setFieldValue('clientSecret', '');
  });
  const mapping = form.getValues().roleMapping;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Fieldset legend="Provider">
          <Stack gap="sm">
            <TextInput
              label="Button label"
              description="People see “Sign in with …”"
              required
              {...form.getInputProps('displayName')}
            />
            <TextInput
              label="Issuer URL"
              description="Trellis reads <issuer>/.well-known/openid-configuration"
              placeholder="https://login.example.com"
              required
              {...form.getInputProps('issuer')}
            />
            <Group grow align="flex-start">
              <TextInput label="Client id" required {...form.getInputProps('clientId')} />
              <PasswordInput
                label="Client secret"
                placeholder={saved ? 'Stored — leave empty to keep it' : undefined}
                required={!saved}
                autoComplete="new-password"
                {...form.getInputProps('clientSecret')}
              />
            </Group>
            <TextInput
              label="Scopes"
              description="Space-separated; must include openid"
              {...form.getInputProps('scopes')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Who gets in, with which role">
          <Stack gap="sm">
            <TagsInput
              label="Allowed e-mail domains"
              description="Empty lets any verified e-mail from the provider in. Press Enter after each domain."
              placeholder="example.com"
              {...form.getInputProps('allowedDomains')}
            />
            <Group grow align="flex-start">
              <TextInput
                label="Roles claim"
                description="The claim with groups or roles, e.g. groups"
                placeholder="groups"
                {...form.getInputProps('rolesClaim')}
              />
              <Select
                label="Default role"
                description="When no claim value below matches"
                data={ROLE_OPTIONS}
                allowDeselect={false}
                {...form.getInputProps('defaultRole')}
              />
            </Group>
            <Text size="sm" fw={500}>
              Claim value → role (the highest match wins; set again at every sign-in; owners are never
              changed)
            </Text>
            {mapping.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
              <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label="Claim value"
                  placeholder="trellis-leads"
                  style={{ flex: 2 }}
                  {...form.getInputProps(`roleMapping.${index}.claimValue`)}
                />
                <Select
                  label="Role"
                  data={ROLE_OPTIONS}
                  allowDeselect={false}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`roleMapping.${index}.role`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  mb={4}
                  aria-label={`Remove the mapping for ${entry.claimValue || 'this row'}`}
                  onClick={() => form.removeListItem('roleMapping', index)}
                >
                  <Icon name="trash" size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<Icon name="plus" size={14} />}
                onClick={() =>
                  form.insertListItem('roleMapping', { claimValue: '', role: 'contributor' as MappableRole })
                }
              >
                Add a mapping
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend="Sign-in">
          <Stack gap="sm">
            <Switch label="Single sign-on is on" {...form.getInputProps('enabled', { type: 'checkbox' })} />
            <Switch
              label="Turn off passwords for members"
              description="Members must sign in with the provider. Owners keep their password as a break-glass way in if the provider is down."
              disabled={!form.getValues().enabled}
              {...form.getInputProps('passwordsDisabled', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>
        <FormError error={error} />
        <Group>
          <Button type="submit" loading={submitting}>
            {saved ? 'Save changes' : 'Save configuration'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
