import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';

/** "Sign in with single sign-on": the organization's sign-in name leads to its page (/sign-in/<slug>). */
export function SsoEntry() {
  const navigate = useNavigate();
  const [slug, setSlug] = useState('');
  const clean = slug.trim().toLowerCase();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (clean) navigate(`/sign-in/${encodeURIComponent(clean)}`);
      }}
    >
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label="Single sign-on"
          description="Your organization's sign-in name, as in /sign-in/acme"
          placeholder="acme"
          value={slug}
          onChange={(e) => setSlug(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button type="submit" variant="default" disabled={!clean}>
          Continue
        </Button>
      </Group>
    </form>
  );
}
