import { env } from '@/lib/env';
import { mockGateway, type PaymentGateway } from './gateway';

export type { GatewayResult, GatewayReturn, PaymentGateway } from './gateway';

/**
 * The payment gateway the portal uses. Only the built-in mock exists yet; it serves in demo mode
 * (DEMO_MODE=true), and a production start without a real gateway has none to pay through.
 */
export function paymentGateway(): PaymentGateway {
  if (!env.payments.simulatorEnabled) throw new Error('No payment gateway is configured: the built-in simulator serves in demo mode only');
  return mockGateway({ appUrl: env.appUrl, secret: env.payments.secret });
}
