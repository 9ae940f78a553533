export const MIN_PASSWORD_LENGTH = 12;

export function validateRequired(label: string) {
  return (value: string) => (value.trim() ? null : `${label} is required`);
}

export function validateEmail(value: string): string | null {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : 'Enter a valid email address';
}

export function validateNewPassword(value: string): string | null {
  return value.length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters`;
}
