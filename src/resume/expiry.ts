// When to renew the part credentials instead of sending parts with them.

/**
 * The default renewal margin, in milliseconds: the vendor's uploader renews
 * when fewer than 5 minutes remain before `expiration`, since a part started
 * later may reach storage after it, be refused, and be sent twice.
 */
export const RENEW_WITHIN = 5 * 60_000;

/** Whether to renew at `now`: less than `renewWithin` remains before `expiresAt` (epoch milliseconds all three). */
export function mustRenew(expiresAt: number, now: number, renewWithin: number): boolean {
  const remaining = expiresAt - now;
  // At the expiration itself storage already refuses the headers, whatever the margin.
  return remaining <= 0 || remaining < renewWithin;
}
