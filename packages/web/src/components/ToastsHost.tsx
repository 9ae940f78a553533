import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

/** Bottom centre: clear of the header actions and of drawers, which open on the right. */
export function ToastsHost() {
  return <Notifications position="bottom-center" autoClose={3500} />;
}
