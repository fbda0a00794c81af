import { hasRole, type Actor } from '../identity/actor.ts';

/** Every staff member reads the working-day calendar: deadlines shown to them count on it. */
export function canReadCalendar(_actor: Actor): boolean {
  return true;
}

/** Only the system administrator corrects the calendar (it is national, not a region's). */
export function canEditCalendar(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}

/** A notification is its recipient's alone. */
export function canReadNotification(actor: Actor, notification: { userId: string }): boolean {
  return notification.userId === actor.userId;
}
