import { ActionIcon, Indicator } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { learningApi } from '../api/learning';
import { useOrgKey } from '../hooks/useOrganization';
import { Icon } from './Icon';

/** The header's bell: unread notifications, polled every minute; opens the inbox. */
export function NotificationBell() {
  const orgKey = useOrgKey();
  const count = useQuery({
    queryKey: orgKey('unread-count'),
    queryFn: learningApi.unreadCount,
    refetchInterval: 60_000,
  });
  const unread = count.data?.unread ?? 0;
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} offset={4} color="red">
      <ActionIcon
        component={Link}
        to="/inbox"
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={unread ? `Inbox, ${unread} unread` : 'Inbox'}
      >
        <Icon name="bell" size={20} />
      </ActionIcon>
    </Indicator>
  );
}
