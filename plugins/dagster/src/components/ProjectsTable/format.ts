import type { RegisteredProject } from '../../api';

const gbp = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
});

const registeredAtFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** A budget in pounds as the finance team writes it, for example £1,500.00. */
export function formatGbp(amount: number): string {
  return gbp.format(amount);
}

/** A registration time in the reader's time zone; unparsable values are shown as sent. */
export function formatRegisteredAt(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : registeredAtFormat.format(date);
}

/** "No", or "Yes" with the UK GDPR lawful basis and retention the project declared. */
export function describePersonalData(project: RegisteredProject): string {
  if (!project.personalData) {
    return 'No';
  }
  const details = [
    project.lawfulBasis
      ? `lawful basis: ${project.lawfulBasis.replace(/-/g, ' ')}`
      : 'lawful basis not recorded',
    project.retentionPeriod && `retention: ${project.retentionPeriod}`,
  ].filter(Boolean);
  return `Yes (${details.join(', ')})`;
}
