export { enqueueNotification, notifyApplicant, nounsOf, type NotificationInput } from './enqueue';
export { createDemoMessageGateway, NOTIFICATION_TOPICS, outgoingMessage, type MessageGateway, type OutgoingMessage } from './gateway';
export { renderTemplate, type MessageNouns, type RenderedMessage, type SupplementItem, type TemplateId, type TemplateParams } from './templates';
export { formatDeadlineEn, formatDeadlineVi } from './format';
export { sentNotifications, sentNotificationsTo } from './sent';
